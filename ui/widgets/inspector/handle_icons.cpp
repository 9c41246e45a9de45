#include "widgets/inspector/handle_icons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <winhttp.h>

#include <functional>

namespace hinterscope::handle_icons {

namespace {

QColor stateColor(HandleState state)
{
    switch (state) {
    case HandleState::Open:
        return QColor(0x2e, 0xa0, 0x5a);
    case HandleState::Sending:
        return QColor(0xd8, 0x8a, 0x2b);
    case HandleState::Receiving:
        return QColor(0x3d, 0x8e, 0xd8);
    case HandleState::Closed:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::gray;
}

void drawShape(QPainter& painter, std::uint32_t type, const QColor& color, double size)
{
    painter.scale(size / 16.0, size / 16.0);
    QPen pen(color.darker(140), 1.2);
    painter.setPen(pen);
    painter.setBrush(color);
    switch (type) {
    case WINHTTP_HANDLE_TYPE_SESSION: { // a globe
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 1.0));
        painter.drawEllipse(QRectF(5, 1.5, 6, 13));
        painter.drawLine(QPointF(2, 8), QPointF(14, 8));
        break;
    }
    case WINHTTP_HANDLE_TYPE_CONNECT: { // two linked boxes
        painter.drawRoundedRect(QRectF(1.5, 4.5, 6, 7), 1.5, 1.5);
        painter.drawRoundedRect(QRectF(8.5, 4.5, 6, 7), 1.5, 1.5);
        painter.setPen(QPen(Qt::white, 1.4));
        painter.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    case WINHTTP_HANDLE_TYPE_REQUEST: { // an arrow to the right
        QPainterPath arrow;
        arrow.moveTo(1.5, 5.5);
        arrow.lineTo(8.5, 5.5);
        arrow.lineTo(8.5, 2);
        arrow.lineTo(14.5, 8);
        arrow.lineTo(8.5, 14);
        arrow.lineTo(8.5, 10.5);
        arrow.lineTo(1.5, 10.5);
        arrow.closeSubpath();
        painter.drawPath(arrow);
        break;
    }
    default: // websocket and others: a diamond
        painter.drawPolygon(QPolygonF{{8, 1.5}, {14.5, 8}, {8, 14.5}, {1.5, 8}});
        break;
    }
}

QIcon render(const std::function<void(QPainter&, double)>& draw)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon forHandle(std::uint32_t handleType, HandleState state)
{
    static QHash<quint64, QIcon> cache;
    const quint64 key = (static_cast<quint64>(handleType) << 8) | static_cast<quint64>(state);
    auto found = cache.find(key);
    if (found == cache.end()) {
        found = cache.insert(key, render([&](QPainter& painter, double size) {
                                 drawShape(painter, handleType, stateColor(state), size);
                             }));
    }
    return *found;
}

QIcon forOptions()
{
    static const QIcon icon = render([](QPainter& painter, double size) {
        painter.scale(size / 16.0, size / 16.0);
        painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 1.4));
        for (const double y : {4.0, 8.0, 12.0}) // a list of sliders
            painter.drawLine(QPointF(2, y), QPointF(14, y));
        painter.setBrush(QColor(0x9b, 0x6b, 0xd1));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(5, 4), 2, 2);
        painter.drawEllipse(QPointF(11, 8), 2, 2);
        painter.drawEllipse(QPointF(7, 12), 2, 2);
    });
    return icon;
}

} // namespace hinterscope::handle_icons
