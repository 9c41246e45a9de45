#include "widgets/composer/part_kind_delegate.h"

#include "models/composer_roles.h"

#include <QComboBox>

namespace hinterscope {

QWidget* PartKindDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() != MultipartColumn::Kind)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("Text"));
    combo->addItem(tr("File"));
    return combo;
}

void PartKindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == MultipartColumn::Kind) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toBool() ? 1 : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PartKindDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == MultipartColumn::Kind) {
        model->setData(index, combo->currentIndex() == 1);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hinterscope
