#include "widgets/inspector/handle_item_delegate.h"

#include "models/model_roles.h"
#include "widgets/inspector/handle_icons.h"

#include <QFontDatabase>

namespace hinterscope {

void HandleItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = static_cast<HandleTreeRowKind>(index.data(HandleTreeRole::RowKind).toInt());
    if (index.column() == 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (kind == HandleTreeRowKind::Handle) {
            option->icon = handle_icons::forHandle(index.data(HandleTreeRole::HandleType).toUInt(),
                                                   static_cast<HandleState>(index.data(HandleTreeRole::State).toInt()));
        } else if (kind == HandleTreeRowKind::OptionGroup) {
            option->icon = handle_icons::forOptions();
        } else {
            option->features &= ~QStyleOptionViewItem::HasDecoration;
        }
    }
    if (kind == HandleTreeRowKind::Option && index.column() == 0)
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (index.data(HandleTreeRole::Closed).toBool()) {
        const QColor greyed = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, greyed);
        option->palette.setColor(QPalette::WindowText, greyed);
    }
}

} // namespace hinterscope
