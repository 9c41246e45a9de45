#pragma once

#include <QStyledItemDelegate>

namespace hinterscope {

// Edits the name column of the headers table with completion over common request header names.
class HeaderNameDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hinterscope
