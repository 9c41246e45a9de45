#include "widgets/documents/method_badge.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hinterscope {
namespace {

QColor methodColour(const QString& method)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("GET"), QColor(0x2e, 0x8b, 0x57)},     {QStringLiteral("POST"), QColor(0xd9, 0x7b, 0x00)},
        {QStringLiteral("PUT"), QColor(0x1f, 0x6f, 0xc5)},     {QStringLiteral("PATCH"), QColor(0x8e, 0x44, 0xad)},
        {QStringLiteral("DELETE"), QColor(0xc0, 0x39, 0x2b)},  {QStringLiteral("HEAD"), QColor(0x2e, 0x8b, 0x57)},
        {QStringLiteral("OPTIONS"), QColor(0xb0, 0x3a, 0x8c)},
    };
    return colours.value(method, QColor(0x70, 0x70, 0x70));
}

QString shortMethod(const QString& method)
{
    if (method == QLatin1String("DELETE"))
        return QStringLiteral("DEL");
    if (method == QLatin1String("OPTIONS"))
        return QStringLiteral("OPT");
    return method.size() > 5 ? method.left(4) : method;
}

} // namespace

QIcon methodBadge(const QString& method)
{
    const QString upper = method.trimmed().toUpper();
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(upper); found != cache.constEnd())
        return *found;

    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(kMethodBadgeSize * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(kMethodBadgeSize.height() - 4);
    painter.setFont(font);
    painter.setPen(methodColour(upper));
    painter.drawText(QRect(QPoint(0, 0), kMethodBadgeSize), Qt::AlignLeft | Qt::AlignVCenter, shortMethod(upper));
    painter.end();
    const QIcon icon(pixmap);
    if (cache.size() < 64) // methods are free text: keep the cache from growing with typos
        cache.insert(upper, icon);
    return icon;
}

} // namespace hinterscope
