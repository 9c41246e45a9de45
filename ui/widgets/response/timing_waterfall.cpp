#include "widgets/response/timing_waterfall.h"

#include "models/timing_model.h"
#include "widgets/response/response_texts.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hinterscope {

using response::Texts;

namespace {

constexpr int kMargin = 8;
constexpr int kSwatch = 10;

} // namespace

TimingWaterfall::TimingWaterfall(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timingWaterfall"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void TimingWaterfall::setModel(TimingModel* model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) {
        const auto changed = [this] {
            updateGeometry();
            update();
        };
        connect(model_, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model_, &QAbstractItemModel::modelReset, this, changed);
        connect(model_, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    }
    updateGeometry();
    update();
}

QColor TimingWaterfall::phaseColour(TimingBreakdown::Phase phase)
{
    switch (phase) {
    case TimingBreakdown::Dns:
        return QColor(0x26, 0xa6, 0x9a);
    case TimingBreakdown::Connect:
        return QColor(0xff, 0xa7, 0x26);
    case TimingBreakdown::Tunnel:
        return QColor(0x8d, 0x6e, 0x63);
    case TimingBreakdown::Tls:
        return QColor(0xab, 0x47, 0xbc);
    case TimingBreakdown::Send:
        return QColor(0x9c, 0xcc, 0x65);
    case TimingBreakdown::Wait:
        return QColor(0x90, 0xa4, 0xae);
    case TimingBreakdown::Receive:
        return QColor(0x1e, 0x88, 0xe5);
    case TimingBreakdown::PhaseCount:
        break;
    }
    return Qt::gray;
}

int TimingWaterfall::legendHeight() const
{
    return fontMetrics().height() + 8;
}

int TimingWaterfall::rowHeight() const
{
    return fontMetrics().height() * 2 + 14; // the bar (one line high), the numbers, spacing
}

int TimingWaterfall::labelWidth() const
{
    return fontMetrics().horizontalAdvance(tr("Hop %1 · %2").arg(88).arg(888)) + kMargin;
}

QSize TimingWaterfall::sizeHint() const
{
    const int hops = model_ ? model_->rowCount() : 0;
    return {480, kMargin * 2 + legendHeight() + std::max(1, hops) * rowHeight() + fontMetrics().height()};
}

QSize TimingWaterfall::minimumSizeHint() const
{
    return {labelWidth() + 120, legendHeight() + rowHeight()};
}

QRectF TimingWaterfall::barArea(int hop) const
{
    const qreal left = kMargin + labelWidth();
    const qreal top = kMargin + legendHeight() + hop * rowHeight();
    return {left, top, std::max<qreal>(20, width() - left - kMargin), qreal(fontMetrics().height())};
}

QList<TimingWaterfall::Segment> TimingWaterfall::segments() const
{
    QList<Segment> result;
    if (!model_)
        return result;
    const auto& breakdown = model_->breakdown();
    const quint64 origin = breakdown.originNs();
    const quint64 total = std::max<quint64>(1, breakdown.totalNs());
    const int hops = model_->rowCount();
    for (int hop = 0; hop < hops; ++hop) {
        const auto& timing = breakdown.hops()[hop];
        const QRectF area = barArea(hop);
        const qreal scale = area.width() / static_cast<qreal>(total);
        for (int phase = 0; phase < TimingBreakdown::PhaseCount; ++phase) {
            const auto span = TimingBreakdown::shown(timing, static_cast<TimingBreakdown::Phase>(phase));
            if (!span.isValid())
                continue;
            const qreal x = area.left() + static_cast<qreal>(span.startNs - origin) * scale;
            // A phase of a few microseconds still gets a visible sliver.
            const qreal w = std::max<qreal>(1.5, static_cast<qreal>(span.duration()) * scale);
            result.append({hop, static_cast<TimingBreakdown::Phase>(phase),
                           QRectF(std::min(x, area.right() - 1.5), area.top(), w, area.height()), span.startNs - origin,
                           span.duration()});
        }
    }
    return result;
}

QString TimingWaterfall::hopLabel(int hop) const
{
    const auto& timing = model_->breakdown().hops()[hop];
    return timing.status != 0 ? tr("Hop %1 · %2").arg(hop + 1).arg(timing.status) : tr("Hop %1").arg(hop + 1);
}

QString TimingWaterfall::hopNumbers(int hop) const
{
    const auto& timing = model_->breakdown().hops()[hop];
    QStringList parts;
    for (int phase = 0; phase < TimingBreakdown::PhaseCount; ++phase) {
        const auto span = TimingBreakdown::shown(timing, static_cast<TimingBreakdown::Phase>(phase));
        if (span.isValid())
            parts << tr("%1 %2").arg(TimingModel::phaseName(static_cast<TimingBreakdown::Phase>(phase)),
                                     Texts::duration(span.duration()));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (timing.reusedConnection)
        text = tr("reused connection · %1").arg(text);
    text += tr("  = %1").arg(Texts::duration(timing.duration()));
    if (timing.open)
        text += tr(" (running)");
    else if (timing.failed)
        text += tr(" (failed)");
    return text;
}

void TimingWaterfall::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette& colours = palette();
    const QFontMetrics metrics = fontMetrics();

    // Legend.
    qreal x = kMargin;
    const qreal legendBaseline = kMargin + metrics.ascent();
    for (int phase = 0; phase < TimingBreakdown::PhaseCount; ++phase) {
        const auto which = static_cast<TimingBreakdown::Phase>(phase);
        painter.fillRect(QRectF(x, legendBaseline - kSwatch, kSwatch, kSwatch), phaseColour(which));
        x += kSwatch + 4;
        const QString name = TimingModel::phaseName(which);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QPointF(x, legendBaseline), name);
        x += metrics.horizontalAdvance(name) + 12;
    }

    if (!model_ || model_->rowCount() == 0) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin + legendHeight(), -kMargin, -kMargin),
                         Qt::AlignLeft | Qt::AlignTop, tr("No timing yet: send a request"));
        return;
    }

    const int hops = model_->rowCount();
    for (int hop = 0; hop < hops; ++hop) {
        const QRectF area = barArea(hop);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QRectF(kMargin, area.top(), labelWidth() - kMargin, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, hopLabel(hop));
        painter.fillRect(area, colours.color(QPalette::AlternateBase));
        painter.setPen(colours.color(QPalette::PlaceholderText));
        const QRectF numbers(area.left(), area.bottom() + 2, area.width(), metrics.height());
        painter.drawText(numbers, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(hopNumbers(hop), Qt::ElideRight, static_cast<int>(numbers.width())));
    }
    for (const Segment& segment : segments())
        painter.fillRect(segment.rect, phaseColour(segment.phase));

    // The axis: 0 at the left, the whole request's time at the right.
    const QRectF first = barArea(0);
    const qreal axisY = kMargin + legendHeight() + hops * rowHeight();
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(QPointF(first.left(), axisY), QPointF(first.right(), axisY));
    painter.setPen(colours.color(QPalette::WindowText));
    painter.drawText(QRectF(first.left(), axisY + 2, first.width(), metrics.height()), Qt::AlignLeft,
                     QStringLiteral("0"));
    painter.drawText(QRectF(first.left(), axisY + 2, first.width(), metrics.height()), Qt::AlignRight,
                     Texts::duration(model_->breakdown().totalNs()));
}

bool TimingWaterfall::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const Segment& segment : segments()) {
            if (segment.rect.adjusted(-2, 0, 2, 0).contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("Hop %1 · %2: %3 (at %4)")
                                       .arg(segment.hop + 1)
                                       .arg(TimingModel::phaseName(segment.phase), Texts::duration(segment.durationNs),
                                            Texts::duration(segment.startNs)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace hinterscope
