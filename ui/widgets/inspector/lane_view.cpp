#include "widgets/inspector/lane_view.h"

#include "models/timeline_model.h"
#include "models/winhttp_names.h"
#include "widgets/inspector/category_style.h"
#include "widgets/inspector/lane_summary.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hinterscope {

namespace {

constexpr int kStripHeight = 7;   // the density strip at the bottom of a lane
constexpr int kMarkSlop = 4;      // pixels either side a click or hover still hits a mark
constexpr double kZoomStep = 1.5; // per button press

using Lane = LaneSummary::Lane;
using Mark = LaneSummary::Mark;

bool marksBefore(const Mark& mark, double ns)
{
    return static_cast<double>(mark.timeNs) < ns;
}

QString millisecondsText(double ns, int decimals)
{
    return QLocale().toString(ns / 1e6, 'f', decimals);
}

} // namespace

LaneView::LaneView(LaneSummary* summary, QWidget* parent)
    : QAbstractScrollArea(parent)
    , summary_(summary)
{
    setObjectName(QStringLiteral("laneView"));
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(kLaneHeight);
    horizontalScrollBar()->setSingleStep(20);
    setToolTip(tr("Ctrl+wheel zooms, Shift+wheel scrolls in time; click a mark to show its event"));
    if (summary_)
        connect(summary_, &LaneSummary::changed, this, &LaneView::summaryChanged);
    summaryChanged();
}

QSize LaneView::sizeHint() const
{
    return {640, kRulerHeight + 5 * kLaneHeight + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth()};
}

int LaneView::plotWidth() const
{
    return std::max(1, viewport()->width() - kLabelWidth);
}

double LaneView::spanNs() const
{
    // A little room at the right so the last mark is not on the edge.
    const double end = summary_ ? static_cast<double>(summary_->endNs()) : 0.0;
    return std::max(end * 1.02, 1e6);
}

void LaneView::summaryChanged()
{
    if (!summary_)
        return;
    const auto& lanes = summary_->lanes();
    if (lanes.size() < lanesKnown_) {
        rebuildVisible(); // the summary was reset
    } else {
        for (std::size_t i = lanesKnown_; i < lanes.size(); ++i) {
            if (handleFilter_.isEmpty() || handleFilter_.contains(lanes[i].handle))
                visible_.push_back(static_cast<int>(i));
        }
        lanesKnown_ = lanes.size();
    }
    if (fitting_)
        scale_.fit(spanNs(), plotWidth());
    updateScrollBars();
    viewport()->update();
}

void LaneView::rebuildVisible()
{
    visible_.clear();
    lanesKnown_ = summary_ ? summary_->lanes().size() : 0;
    for (std::size_t i = 0; i < lanesKnown_; ++i) {
        if (handleFilter_.isEmpty() || handleFilter_.contains(summary_->lanes()[i].handle))
            visible_.push_back(static_cast<int>(i));
    }
}

void LaneView::setHandleFilter(const QSet<quintptr>& handles)
{
    if (handles == handleFilter_)
        return;
    handleFilter_ = handles;
    rebuildVisible();
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void LaneView::setCategories(TimelineCategories categories)
{
    categories_ = categories;
    viewport()->update();
}

void LaneView::zoomIn()
{
    zoomAround(kLabelWidth + plotWidth() / 2, kZoomStep);
}

void LaneView::zoomOut()
{
    zoomAround(kLabelWidth + plotWidth() / 2, 1.0 / kZoomStep);
}

void LaneView::zoomToFit()
{
    fitting_ = true;
    scale_.fit(spanNs(), plotWidth());
    updateScrollBars();
    viewport()->update();
}

void LaneView::zoomAround(int viewportX, double factor)
{
    fitting_ = false;
    scale_.zoomAround(std::max(0, viewportX - kLabelWidth), factor);
    scale_.clampTo(spanNs(), plotWidth());
    updateScrollBars();
    viewport()->update();
}

void LaneView::updateScrollBars()
{
    syncingScrollBar_ = true;
    auto* horizontal = horizontalScrollBar();
    const double total = scale_.spanPixels(spanNs());
    const int maximum = static_cast<int>(std::clamp(total - plotWidth(), 0.0, 2e9));
    horizontal->setRange(0, maximum);
    horizontal->setPageStep(plotWidth());
    horizontal->setValue(static_cast<int>(std::clamp(scale_.startNs / scale_.nsPerPixel, 0.0, 2e9)));

    auto* vertical = verticalScrollBar();
    const int lanesHeight = static_cast<int>(visible_.size()) * kLaneHeight;
    const int room = std::max(0, viewport()->height() - kRulerHeight);
    vertical->setRange(0, std::max(0, lanesHeight - room));
    vertical->setPageStep(std::max(kLaneHeight, room));
    syncingScrollBar_ = false;
}

void LaneView::scrollContentsBy(int, int)
{
    if (!syncingScrollBar_) {
        const double wanted = horizontalScrollBar()->value() * scale_.nsPerPixel;
        if (std::abs(wanted - scale_.startNs) >= scale_.nsPerPixel) {
            scale_.startNs = wanted;
            fitting_ = false;
        }
    }
    viewport()->update();
}

void LaneView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (fitting_)
        scale_.fit(spanNs(), plotWidth());
    updateScrollBars();
}

void LaneView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(static_cast<int>(event->position().x()), std::pow(1.0015, delta));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta / 2);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

std::optional<LaneView::Hit> LaneView::hitTest(const QPoint& pos) const
{
    if (!summary_ || pos.x() < kLabelWidth || pos.y() < kRulerHeight)
        return std::nullopt;
    const int y = pos.y() - kRulerHeight + verticalScrollBar()->value();
    const int slot = y / kLaneHeight;
    if (slot < 0 || slot >= static_cast<int>(visible_.size()))
        return std::nullopt;
    const int laneIndex = visible_[static_cast<std::size_t>(slot)];
    const Lane& lane = summary_->lanes()[static_cast<std::size_t>(laneIndex)];
    const double x = pos.x() - kLabelWidth;
    const bool densityShown = categories_ & (TimelineCategory::Completions | TimelineCategory::Wire);

    if (densityShown && y % kLaneHeight >= kLaneHeight - kStripHeight - 2 && !lane.bins.empty()) {
        const double from = std::max(0.0, scale_.timeAt(x - 1));
        const double to = scale_.timeAt(x + 2);
        const auto binNs = static_cast<double>(summary_->binWidthNs());
        const auto first = static_cast<std::size_t>(from / binNs);
        const auto last = std::min(lane.bins.size(), static_cast<std::size_t>(to / binNs) + 1);
        for (std::size_t bin = first; bin < last; ++bin) {
            if (lane.bins[bin].count == 0)
                continue;
            Hit hit;
            hit.row = lane.bins[bin].firstRow;
            hit.lane = laneIndex;
            hit.density = true;
            hit.fromNs = static_cast<std::int64_t>(std::max(from, static_cast<double>(bin) * binNs));
            hit.toNs = static_cast<std::int64_t>(to);
            return hit;
        }
    }

    const double target = scale_.timeAt(x);
    const double slop = kMarkSlop * scale_.nsPerPixel;
    std::optional<Hit> best;
    double bestDistance = slop;
    for (int c = 0; c < LaneSummary::kCategoryCount; ++c) {
        if (!categories_.testFlag(LaneSummary::categoryAt(c)))
            continue;
        const auto& marks = lane.marks[static_cast<std::size_t>(c)];
        const auto after = std::lower_bound(marks.begin(), marks.end(), target, marksBefore);
        // In a sorted list the nearest mark is the first at or after the target, or the one before it.
        for (auto it : {after, after == marks.begin() ? marks.end() : after - 1}) {
            if (it == marks.end())
                continue;
            const double distance = std::abs(static_cast<double>(it->timeNs) - target);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = Hit{it->row, laneIndex, false, it->timeNs, it->timeNs};
            }
        }
    }
    return best;
}

void LaneView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = hitTest(event->position().toPoint()); hit && hit->row >= 0) {
            emit eventClicked(hit->row);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

QString LaneView::toolTipFor(const Hit& hit) const
{
    const TimelineModel* model = summary_ ? summary_->model() : nullptr;
    if (model == nullptr || hit.row < 0 || hit.row >= model->rowCount())
        return {};
    const auto& lane = summary_->lanes()[static_cast<std::size_t>(hit.lane)];
    if (hit.density) {
        const auto binNs = summary_->binWidthNs();
        std::uint64_t count = 0;
        std::uint64_t bytes = 0;
        for (auto bin = static_cast<std::size_t>(hit.fromNs / binNs);
             bin < lane.bins.size() && static_cast<std::int64_t>(bin) * binNs <= hit.toNs; ++bin) {
            count += lane.bins[bin].count;
            bytes += lane.bins[bin].bytes;
        }
        return tr("%1 body events (%2 bytes) between %3 and %4 ms\nData available, reads, writes and bytes on the "
                  "wire, counted per %5 µs")
            .arg(count)
            .arg(bytes)
            .arg(millisecondsText(static_cast<double>(hit.fromNs), 3),
                 millisecondsText(static_cast<double>(hit.toNs), 3))
            .arg(static_cast<double>(binNs) / 1e3);
    }
    const auto& row = model->row(hit.row);
    QString text =
        QStringLiteral("%1  %2 ms\n%3")
            .arg(model->eventName(row), millisecondsText(static_cast<double>(row.timeNs), 3), model->eventToolTip(row));
    const QString information = model->information(row);
    if (!information.isEmpty())
        text += u'\n' + information.left(200);
    return text;
}

bool LaneView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto hit = hitTest(help->pos());
        const QString text = hit ? toolTipFor(*hit) : QString();
        if (text.isEmpty()) {
            if (help->pos().x() < kLabelWidth || help->pos().y() < kRulerHeight)
                QToolTip::showText(help->globalPos(), toolTip(), viewport());
            else
                QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// ---- painting --------------------------------------------------------------------------------------------------

void LaneView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    const int top = kRulerHeight - verticalScrollBar()->value();
    const int first = std::max(0, (verticalScrollBar()->value()) / kLaneHeight);
    for (int slot = first; slot < static_cast<int>(visible_.size()); ++slot) {
        const int laneTop = top + slot * kLaneHeight;
        if (laneTop > viewport()->height())
            break;
        paintLane(painter, visible_[static_cast<std::size_t>(slot)], laneTop);
    }
    paintRuler(painter);
    if (visible_.empty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(viewport()->rect().adjusted(0, kRulerHeight, 0, 0), Qt::AlignCenter,
                         summary_ && !summary_->lanes().empty() ? tr("No events of the selected handles")
                                                                : tr("No events yet"));
    }
}

void LaneView::paintRuler(QPainter& painter) const
{
    const QRect ruler(0, 0, viewport()->width(), kRulerHeight);
    painter.fillRect(ruler, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, kRulerHeight - 1, ruler.width(), kRulerHeight - 1);
    painter.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, viewport()->height());

    // A step of 1, 2 or 5 × 10^k ns that puts at least 80 pixels between ticks.
    double step = 1.0;
    while (step / scale_.nsPerPixel < 80) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double leading = step / magnitude;
        step = (leading < 1.5 ? 2 : leading < 3.5 ? 5 : 10) * magnitude;
    }
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step / 1e6))), 0, 6);
    painter.setPen(palette().color(QPalette::WindowText));
    const double firstTick = std::ceil(scale_.startNs / step) * step;
    for (double t = firstTick; scale_.xOf(t) < plotWidth(); t += step) {
        const int x = kLabelWidth + static_cast<int>(std::lround(scale_.xOf(t)));
        painter.drawLine(x, kRulerHeight - 5, x, kRulerHeight - 1);
        painter.drawText(QRect(x + 3, 0, 120, kRulerHeight - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 ms").arg(millisecondsText(t, decimals)));
    }
    painter.drawText(QRect(4, 0, kLabelWidth - 8, kRulerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%n handle(s)", nullptr, static_cast<int>(visible_.size())));
}

void LaneView::paintLane(QPainter& painter, int laneIndex, int top) const
{
    const Lane& lane = summary_->lanes()[static_cast<std::size_t>(laneIndex)];
    const int width = plotWidth();
    const QRect row(0, top, viewport()->width(), kLaneHeight);
    painter.fillRect(row, (laneIndex % 2) != 0 ? palette().alternateBase() : palette().base());

    // The label: type and HINTERNET value, greyed once the handle is closed.
    const bool closed = lane.closedNs.has_value();
    painter.setPen(palette().color(closed ? QPalette::Disabled : QPalette::Active, QPalette::Text));
    const QString label = (lane.type != 0 ? names::handleType(lane.type) : tr("handle")) +
                          QStringLiteral(" 0x%1").arg(lane.handle, 0, 16);
    painter.drawText(QRect(6, top, kLabelWidth - 12, kLaneHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(label, Qt::ElideRight, kLabelWidth - 12));

    painter.save();
    painter.setClipRect(QRect(kLabelWidth, top, width, kLaneHeight));
    painter.translate(kLabelWidth, top);

    // Its life: created to closed (or to now).
    const double lifeEnd = closed ? static_cast<double>(*lane.closedNs) : static_cast<double>(summary_->endNs());
    const int lifeFrom = static_cast<int>(std::clamp(scale_.xOf(static_cast<double>(lane.firstNs)), -1.0, width + 1.0));
    const int lifeTo = static_cast<int>(std::clamp(scale_.xOf(lifeEnd), -1.0, width + 1.0));
    const int markBottom = kLaneHeight - kStripHeight - 2;
    QColor life = palette().color(QPalette::Mid);
    painter.fillRect(QRect(lifeFrom, markBottom / 2, std::max(1, lifeTo - lifeFrom), 2), life);

    // The density strip: per pixel column, the events counted in the bins under it (log scale).
    const bool densityShown = categories_ & (TimelineCategory::Completions | TimelineCategory::Wire);
    if (densityShown && !lane.bins.empty()) {
        const auto binNs = static_cast<double>(summary_->binWidthNs());
        std::vector<std::uint32_t> columns(static_cast<std::size_t>(width), 0);
        std::uint32_t highest = 0;
        for (int x = 0; x < width; ++x) {
            const double from = scale_.timeAt(x);
            const double to = scale_.timeAt(x + 1);
            if (to <= 0)
                continue;
            const auto firstBin = static_cast<std::size_t>(std::max(0.0, from) / binNs);
            if (firstBin >= lane.bins.size())
                break;
            const auto endBin =
                std::min(lane.bins.size(), std::max(firstBin + 1, static_cast<std::size_t>(to / binNs)));
            std::uint32_t count = 0;
            for (std::size_t bin = firstBin; bin < endBin; ++bin)
                count += lane.bins[bin].count;
            columns[static_cast<std::size_t>(x)] = count;
            highest = std::max(highest, count);
        }
        if (highest > 0) {
            QColor strip = palette().color(QPalette::Highlight);
            painter.setPen(strip);
            const double scale = (kStripHeight - 1) / std::log1p(static_cast<double>(highest));
            for (int x = 0; x < width; ++x) {
                const auto count = columns[static_cast<std::size_t>(x)];
                if (count == 0)
                    continue;
                const int height = 1 + static_cast<int>(std::lround(std::log1p(static_cast<double>(count)) * scale));
                painter.drawLine(x, kLaneHeight - 2, x, kLaneHeight - 1 - height);
            }
        }
    }

    // The marks, one per pixel column and category at most: after drawing at x, jump to the first mark past x.
    const double from = scale_.timeAt(0);
    const double to = scale_.timeAt(width);
    for (int c = 0; c < LaneSummary::kCategoryCount; ++c) {
        const auto category = LaneSummary::categoryAt(c);
        if (!categories_.testFlag(category))
            continue;
        const auto& marks = lane.marks[static_cast<std::size_t>(c)];
        const bool error = category == TimelineCategory::Errors;
        const QColor color = category_style::color(category);
        const int markTop = error ? 1 : 4;
        const int markHeight = error ? markBottom : markBottom - 6;
        auto it = std::lower_bound(marks.begin(), marks.end(), from, marksBefore);
        while (it != marks.end() && static_cast<double>(it->timeNs) <= to) {
            const double x = std::floor(scale_.xOf(static_cast<double>(it->timeNs)));
            painter.fillRect(QRect(static_cast<int>(x) - (error ? 1 : 0), markTop, error ? 3 : 2, markHeight), color);
            it = std::lower_bound(it, marks.end(), scale_.timeAt(x + 1), marksBefore);
        }
    }
    painter.restore();
}

} // namespace hinterscope
