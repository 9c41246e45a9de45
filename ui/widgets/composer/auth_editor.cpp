#include "widgets/composer/auth_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hinterscope {

AuthEditor::AuthEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("authEditor"));
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("authMode"));
    mode_->addItem(tr("None"), int(AuthMode::None));
    mode_->addItem(tr("Basic"), int(AuthMode::Basic));
    mode_->addItem(tr("Digest"), int(AuthMode::Digest));
    mode_->addItem(tr("Bearer token"), int(AuthMode::Bearer));
    mode_->setToolTip(tr("How the request authenticates; Basic and Digest answer the server's challenge"));
    mode_->setItemData(1, tr("WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_BASIC"), Qt::ToolTipRole);
    mode_->setItemData(2, tr("WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_DIGEST after the server's challenge"),
                       Qt::ToolTipRole);
    mode_->setItemData(3, tr("An Authorization: Bearer header added with WinHttpAddRequestHeaders"), Qt::ToolTipRole);

    noneHint_ = new QLabel(tr("No credentials are sent; a 401 or 407 is shown as it comes."), this);
    noneHint_->setEnabled(false);
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("authUser"));
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("authPassword"));
    password_->setEchoMode(QLineEdit::Password);
    token_ = new QLineEdit(this);
    token_->setObjectName(QStringLiteral("authToken"));
    token_->setEchoMode(QLineEdit::Password);
    token_->setPlaceholderText(tr("Sent as “Authorization: Bearer <token>”"));
    reveal_ = new QCheckBox(tr("Show the password or token"), this);
    reveal_->setObjectName(QStringLiteral("authReveal"));

    // One form for every mode; rows are hidden rather than pages swapped, so the labels stay aligned and the
    // tab is no taller than the mode in use.
    form_ = new QFormLayout(this);
    form_->setContentsMargins(4, 4, 4, 4);
    form_->addRow(tr("Type:"), mode_);
    form_->addRow(QString(), noneHint_);
    form_->addRow(tr("User name:"), user_);
    form_->addRow(tr("Password:"), password_);
    form_->addRow(tr("Token:"), token_);
    form_->addRow(QString(), reveal_);

    connect(mode_, &QComboBox::currentIndexChanged, this, &AuthEditor::showModeFields);
    connect(mode_, &QComboBox::activated, this, &AuthEditor::edited);
    for (QLineEdit* field : {user_, password_, token_})
        connect(field, &QLineEdit::textEdited, this, &AuthEditor::edited);
    connect(reveal_, &QCheckBox::toggled, this, [this](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        password_->setEchoMode(echo);
        token_->setEchoMode(echo);
    });
    showModeFields();
}

AuthSpec AuthEditor::auth() const
{
    AuthSpec auth;
    auth.mode = static_cast<AuthMode>(mode_->currentData().toInt());
    auth.user = user_->text();
    auth.password = password_->text();
    auth.token = token_->text();
    return auth;
}

void AuthEditor::setAuth(const AuthSpec& auth)
{
    mode_->setCurrentIndex(mode_->findData(int(auth.mode)));
    user_->setText(auth.user);
    password_->setText(auth.password);
    token_->setText(auth.token);
    showModeFields();
}

void AuthEditor::showModeFields()
{
    const auto mode = static_cast<AuthMode>(mode_->currentData().toInt());
    const bool credentials = mode == AuthMode::Basic || mode == AuthMode::Digest;
    form_->setRowVisible(noneHint_, mode == AuthMode::None);
    form_->setRowVisible(user_, credentials);
    form_->setRowVisible(password_, credentials);
    form_->setRowVisible(token_, mode == AuthMode::Bearer);
    form_->setRowVisible(reveal_, mode != AuthMode::None);
}

} // namespace hinterscope
