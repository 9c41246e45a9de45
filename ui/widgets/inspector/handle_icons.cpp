#include "widgets/inspector/handle_icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QSvgRenderer>

#include <winhttp.h>

#include <array>

namespace hinterscope::handle_icons {

namespace {

// The sizes the badged icons are pre-rendered at: item views ask for 16 (32 on a 2x screen), toolbars for 24/48.
constexpr std::array kBadgedSizes{16, 24, 32, 48, 64};

// A closed handle's type glyph is faded so a finished tree reads at a glance, like the greyed row text.
constexpr double kClosedTypeOpacity = 0.5;

bool resourceAvailable(const QString& resource)
{
    if (QFile::exists(resource))
        return true;
    // Said once per file instead of once per rendered size; the icon is then drawn without that part.
    static QSet<QString> reported;
    if (!reported.contains(resource)) {
        reported.insert(resource);
        qWarning("handle icon %s is not in the resources: link hinterscope_resources", qPrintable(resource));
    }
    return false;
}

void paintSvg(QPainter& painter, const QString& resource, const QRectF& target)
{
    if (!resourceAvailable(resource))
        return;
    // QSvgRenderer instead of QIcon(resource): the composition must not depend on the icon engine plugin.
    QSvgRenderer renderer(resource);
    if (renderer.isValid())
        renderer.render(&painter, target);
}

QPixmap renderBadged(const QString& typeResource, const QString& statusResource, bool faded, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    painter.setOpacity(faded ? kClosedTypeOpacity : 1.0);
    paintSvg(painter, typeResource, QRectF(0, 0, size, size));
    painter.setOpacity(1.0);

    // The badge covers the bottom-right 9/16 of the icon, leaving the type's shape readable; a transparent gap
    // around it separates it from the type glyph on any background, light or dark.
    const int badge = (size * 9 + 8) / 16;
    const int gap = qMax(1, size / 16);
    const QRectF badgeRect(size - badge, size - badge, badge, badge);
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawEllipse(badgeRect.adjusted(-gap, -gap, gap, gap));
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    paintSvg(painter, statusResource, badgeRect);
    painter.end();
    return pixmap;
}

} // namespace

QString handleTypeResource(std::uint32_t handleType)
{
    switch (handleType) {
    case WINHTTP_HANDLE_TYPE_SESSION:
    case WINHTTP_HANDLE_TYPE_PROXY_RESOLVER: // created from a session and lives at its level
        return QStringLiteral(":/icons/handles/session.svg");
    case WINHTTP_HANDLE_TYPE_REQUEST:
        return QStringLiteral(":/icons/handles/request.svg");
    case WINHTTP_HANDLE_TYPE_WEBSOCKET:
        return QStringLiteral(":/icons/handles/websocket.svg");
    case WINHTTP_HANDLE_TYPE_CONNECT:
    default: // protocol handles and anything newer: a connection-level object
        return QStringLiteral(":/icons/handles/connect.svg");
    }
}

QString statusResource(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral(":/icons/status/open.svg");
    case Status::Sending:
        return QStringLiteral(":/icons/status/sending.svg");
    case Status::Receiving:
        return QStringLiteral(":/icons/status/receiving.svg");
    case Status::Closed:
        return QStringLiteral(":/icons/status/closed.svg");
    case Status::Success:
        return QStringLiteral(":/icons/status/success.svg");
    case Status::Error:
        return QStringLiteral(":/icons/status/error.svg");
    case Status::Cancelled:
        return QStringLiteral(":/icons/status/cancelled.svg");
    }
    return QStringLiteral(":/icons/status/open.svg");
}

Status statusOf(HandleState state)
{
    switch (state) {
    case HandleState::Open:
        return Status::Open;
    case HandleState::Sending:
        return Status::Sending;
    case HandleState::Receiving:
        return Status::Receiving;
    case HandleState::Closed:
        return Status::Closed;
    }
    return Status::Open;
}

QIcon forHandle(std::uint32_t handleType, HandleState state)
{
    // Item views ask for the icon on every paint: build each combination once (GUI thread only, like QPixmap).
    static QHash<quint64, QIcon> cache;
    const quint64 key = (static_cast<quint64>(handleType) << 8) | static_cast<quint64>(state);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;

    QIcon icon;
    const QString type = handleTypeResource(handleType);
    const QString status = statusResource(statusOf(state));
    for (const int size : kBadgedSizes)
        icon.addPixmap(renderBadged(type, status, state == HandleState::Closed, size));
    return *cache.insert(key, icon);
}

QIcon forOptions()
{
    static const QIcon icon(QStringLiteral(":/icons/handles/options.svg"));
    return icon;
}

QIcon forHandleType(std::uint32_t handleType)
{
    return QIcon(handleTypeResource(handleType));
}

QIcon forStatus(Status status)
{
    return QIcon(statusResource(status));
}

} // namespace hinterscope::handle_icons
