#pragma once

// A JSON document being imported: parse errors and values of the wrong type become one ImportError with the
// line:column of the offending value and its JSON path; the first error wins and the import returns nothing.
#include "interchange/imported_collection.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace hinterscope {

class JsonInput {
public:
    JsonInput(const QByteArray& text, const QString& source);

    // The top-level object, or nothing with error() set.
    std::optional<QJsonObject> parse();

    void fail(const QString& path, const QString& message);
    bool failed() const { return failed_; }
    const ImportError& error() const { return error_; }

    // Missing (undefined or null) gives an empty value; any other wrong type fails at `path`.
    QJsonObject object(const QJsonValue& value, const QString& path);
    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& parentPath);
    QJsonArray array(const QJsonValue& value, const QString& path);
    // Strings as they are; numbers and booleans as text (Postman writes `"value": 5`); others fail.
    QString string(const QJsonValue& value, const QString& path);
    QString string(const QJsonObject& parent, const QString& key, const QString& parentPath);

private:
    static QString join(const QString& path, const QString& key);

    const QByteArray& text_;
    QString source_;
    bool failed_ = false;
    ImportError error_;
};

} // namespace hinterscope
