#include "widgets/environments/secret_value_delegate.h"

#include "models/environment_roles.h"

#include <QLineEdit>

namespace hinterscope {

SecretValueDelegate::SecretValueDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* SecretValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setObjectName(QStringLiteral("variableValueEditor"));
        if (index.data(EnvironmentVariableRole::IsSecret).toBool() && !reveal_)
            line->setEchoMode(QLineEdit::Password);
    }
    return editor;
}

} // namespace hinterscope
