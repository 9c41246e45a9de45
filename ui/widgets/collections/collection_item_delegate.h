#pragma once

#include <QStyledItemDelegate>

namespace hinterscope {

// Rows of the collection tree: a coloured method badge before each request's name (GET green, POST orange,
// DELETE red, …), folder and collection icons, a warning icon on collections with broken files.
class CollectionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    // What the badge says: methods longer than five letters are shortened ("DELETE" → "DEL").
    static QString badgeText(const QString& method);
    static QColor badgeColor(const QString& method);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int badgeWidth(const QStyleOptionViewItem& option) const;
};

} // namespace hinterscope
