#pragma once

#include <QValidator>

#include <functional>

namespace hinterscope {

// Lets the method combo take any RFC 9110 token (WebDAV's PROPFIND, a custom PURGE) and refuses the rest as
// it is typed or pasted; `onRejected` is told why, so the composer can say it.
class MethodValidator : public QValidator {
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString& input, int& position) const override;

    std::function<void(const QString& message)> onRejected;
};

} // namespace hinterscope
