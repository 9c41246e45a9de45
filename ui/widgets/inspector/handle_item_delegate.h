#pragma once

#include <QStyledItemDelegate>

namespace hinterscope {

// Draws HandleTreeModel rows as the handles pane wants them: an icon per handle type and state in the first
// column, and closed handles (with their option rows) greyed out. The model stays free of colours and icons.
class HandleItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace hinterscope
