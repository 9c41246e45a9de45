#pragma once

#include "request/request_spec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hinterscope {

// The Auth tab: none / Basic / Digest (user name and password, answered by WinHTTP through
// WinHttpSetCredentials when the server challenges) / Bearer (a token sent as "Authorization: Bearer").
// All fields are kept whatever the mode, so auth() after setAuth() returns exactly what was set.
class AuthEditor : public QWidget {
    Q_OBJECT

public:
    explicit AuthEditor(QWidget* parent = nullptr);

    AuthSpec auth() const;
    void setAuth(const AuthSpec& auth);

signals:
    void edited();

private:
    void showModeFields();

    QFormLayout* form_ = nullptr;
    QComboBox* mode_ = nullptr;
    QLabel* noneHint_ = nullptr;
    QLineEdit* user_ = nullptr;
    QLineEdit* password_ = nullptr;
    QLineEdit* token_ = nullptr;
    QCheckBox* reveal_ = nullptr;
};

} // namespace hinterscope
