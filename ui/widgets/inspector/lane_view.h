#pragma once

#include "models/model_roles.h"
#include "widgets/inspector/lane_scale.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

namespace hinterscope {

class LaneSummary;

// Each handle as a horizontal lane over time: a label (type and HINTERNET value) at the left, the handle's
// life as a line, its events as marks coloured by category and its body traffic as a density strip. Ctrl+wheel
// zooms around the pointer, Shift+wheel or the scroll bar moves in time. Paints from a LaneSummary: the cost
// of a paint depends on the pixels shown, not on how many events there are.
class LaneView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr int kLabelWidth = 160;
    static constexpr int kRulerHeight = 20;
    static constexpr int kLaneHeight = 24;

    struct Hit {
        int row = -1;                      // the TimelineModel row: the mark's, or the first one in the strip's bin
        int lane = -1;                     // index into LaneSummary::lanes()
        bool density = false;              // the strip, not a mark
        std::int64_t fromNs = 0, toNs = 0; // the strip's time range under the pointer
    };

    explicit LaneView(LaneSummary* summary, QWidget* parent = nullptr);

    const LaneScale& scale() const { return scale_; }
    bool isFitting() const { return fitting_; }
    // Indexes into LaneSummary::lanes() of the lanes shown, top to bottom.
    const std::vector<int>& visibleLanes() const { return visible_; }
    std::optional<Hit> hitTest(const QPoint& viewportPos) const;
    QSize sizeHint() const override;

public slots:
    void setHandleFilter(const QSet<quintptr>& handles); // empty: every handle
    void setCategories(hinterscope::TimelineCategories categories);
    void zoomIn();
    void zoomOut();
    void zoomToFit(); // and keep fitting as events arrive, until the next zoom
    void zoomAround(int viewportX, double factor);

signals:
    void eventClicked(int timelineRow);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void summaryChanged();
    void rebuildVisible();
    void updateScrollBars();
    int plotWidth() const;
    double spanNs() const;
    void paintRuler(QPainter& painter) const;
    void paintLane(QPainter& painter, int laneIndex, int top) const;
    QString toolTipFor(const Hit& hit) const;

    QPointer<LaneSummary> summary_;
    LaneScale scale_;
    bool fitting_ = true;
    bool syncingScrollBar_ = false;
    QSet<quintptr> handleFilter_;
    TimelineCategories categories_ = kAllTimelineCategories;
    std::vector<int> visible_;
    std::size_t lanesKnown_ = 0;
};

} // namespace hinterscope
