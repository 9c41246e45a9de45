#include "widgets/collections/collection_item_delegate.h"

#include "models/collection_roles.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace hinterscope {
namespace {

constexpr int kBadgeGap = 6;

QFont badgeFont(const QStyleOptionViewItem& option)
{
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

bool isRequest(const QModelIndex& index)
{
    return index.data(CollectionRole::Kind).toInt() == int(CollectionNodeKind::Request);
}

} // namespace

QString CollectionItemDelegate::badgeText(const QString& method)
{
    if (method == QLatin1String("DELETE"))
        return QStringLiteral("DEL");
    if (method == QLatin1String("OPTIONS"))
        return QStringLiteral("OPT");
    return method.left(5);
}

QColor CollectionItemDelegate::badgeColor(const QString& method)
{
    if (method == QLatin1String("GET"))
        return QColor(0x2e, 0x7d, 0x32);
    if (method == QLatin1String("POST"))
        return QColor(0xe6, 0x51, 0x00);
    if (method == QLatin1String("PUT"))
        return QColor(0x15, 0x65, 0xc0);
    if (method == QLatin1String("PATCH"))
        return QColor(0x6a, 0x1b, 0x9a);
    if (method == QLatin1String("DELETE"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x54, 0x6e, 0x7a); // HEAD, OPTIONS and custom methods
}

int CollectionItemDelegate::badgeWidth(const QStyleOptionViewItem& option) const
{
    return QFontMetrics(badgeFont(option)).horizontalAdvance(QStringLiteral("PATCH")) + 8;
}

void CollectionItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    switch (CollectionNodeKind(index.data(CollectionRole::Kind).toInt())) {
    case CollectionNodeKind::Collection:
        option->icon = style->standardIcon(index.data(CollectionRole::Errors).toStringList().isEmpty()
                                               ? QStyle::SP_DirHomeIcon
                                               : QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (index.data(CollectionRole::Loading).toBool())
            option->text = tr("%1 (loading…)").arg(option->text);
        option->font.setBold(true);
        break;
    case CollectionNodeKind::Folder:
        option->icon = style->standardIcon(QStyle::SP_DirIcon);
        option->features |= QStyleOptionViewItem::HasDecoration;
        break;
    case CollectionNodeKind::Request:
        break;
    }
}

void CollectionItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    if (!isRequest(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QString method = index.data(CollectionRole::Method).toString();
    const QRect badge(opt.rect.left() + 2, opt.rect.top() + 2, badgeWidth(opt), opt.rect.height() - 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(method));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont(opt));
    painter->drawText(badge, Qt::AlignCenter, badgeText(method));
    painter->restore();

    opt.rect.setLeft(badge.right() + kBadgeGap);
    opt.backgroundBrush = Qt::NoBrush;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize CollectionItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isRequest(index))
        size.rwidth() += badgeWidth(option) + kBadgeGap + 2;
    return size;
}

void CollectionItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    if (isRequest(index))
        opt.rect.setLeft(opt.rect.left() + badgeWidth(option) + kBadgeGap);
    QStyledItemDelegate::updateEditorGeometry(editor, opt, index);
}

} // namespace hinterscope
