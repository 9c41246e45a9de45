#include "widgets/composer/header_name_delegate.h"

#include "models/composer_roles.h"
#include "widgets/composer/http_tokens.h"

#include <QCompleter>
#include <QLineEdit>

namespace hinterscope {

QWidget* HeaderNameDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.column() == KeyValueColumn::Name) {
        auto* completer = new QCompleter(http_tokens::commonRequestHeaderNames(), line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchStartsWith);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        line->setCompleter(completer);
        line->setObjectName(QStringLiteral("headerNameEditor"));
    }
    return editor;
}

} // namespace hinterscope
