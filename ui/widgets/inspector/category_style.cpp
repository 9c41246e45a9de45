#include "widgets/inspector/category_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace hinterscope::category_style {

namespace {

// Not called translate(): lupdate would take it for QCoreApplication::translate and skip the QT_TRANSLATE_NOOP inside.
QString categoryText(const char* text)
{
    return QCoreApplication::translate("hinterscope::category_style", text);
}

} // namespace

QColor color(TimelineCategory category)
{
    // Mid-tone hues that read on light and dark backgrounds alike.
    switch (category) {
    case TimelineCategory::Progress:
        return QColor(0x3d, 0x8e, 0xd8); // blue
    case TimelineCategory::Completions:
        return QColor(0x2e, 0xa0, 0x5a); // green
    case TimelineCategory::Errors:
        return QColor(0xd9, 0x3f, 0x3f); // red
    case TimelineCategory::Handles:
        return QColor(0x9b, 0x6b, 0xd1); // violet
    case TimelineCategory::Wire:
        return QColor(0xd8, 0x8a, 0x2b); // orange
    }
    return Qt::gray;
}

QString name(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::Progress:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "Progress"));
    case TimelineCategory::Completions:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "Completions"));
    case TimelineCategory::Errors:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "Errors"));
    case TimelineCategory::Handles:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "Handles"));
    case TimelineCategory::Wire:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "Wire"));
    }
    return {};
}

QString toolTip(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::Progress:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style",
                                              "Callbacks on the way: resolving, connecting, sending, receiving, "
                                              "redirects; redirect decisions and timing marks"));
    case TimelineCategory::Completions:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style",
                                              "Completions of asynchronous calls: SENDREQUEST_COMPLETE, "
                                              "HEADERS_AVAILABLE, DATA_AVAILABLE, READ_COMPLETE, WRITE_COMPLETE"));
    case TimelineCategory::Errors:
        return categoryText(QT_TRANSLATE_NOOP("hinterscope::category_style", "REQUEST_ERROR and SECURE_FAILURE"));
    case TimelineCategory::Handles:
        return categoryText(QT_TRANSLATE_NOOP(
            "hinterscope::category_style", "Handles created and closed, HANDLE_CREATED, HANDLE_CLOSING, options set"));
    case TimelineCategory::Wire:
        return categoryText(QT_TRANSLATE_NOOP(
            "hinterscope::category_style", "Bytes sent, received and decoded; connections, TLS handshakes, cookies"));
    }
    return {};
}

QString objectName(TimelineCategory category)
{
    switch (category) {
    case TimelineCategory::Progress:
        return QStringLiteral("filterProgress");
    case TimelineCategory::Completions:
        return QStringLiteral("filterCompletions");
    case TimelineCategory::Errors:
        return QStringLiteral("filterErrors");
    case TimelineCategory::Handles:
        return QStringLiteral("filterHandles");
    case TimelineCategory::Wire:
        return QStringLiteral("filterWire");
    }
    return {};
}

QIcon swatch(TimelineCategory category)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color(category).darker(130));
    painter.setBrush(color(category));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 9, 9), 2, 2);
    return QIcon(pixmap);
}

} // namespace hinterscope::category_style
