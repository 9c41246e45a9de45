#pragma once

#include "models/model_roles.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace hinterscope {

class LaneSummary;
class LaneView;
class TimelineFilterProxy;
class TimelineModel;

// Every callback and engine event as a table (time since start, thread, handle, status name, decoded
// information, delivered), with the lane view above it in a splitter. Filters by category (the toggle
// buttons) and by handle set (setHandleFilter, normally from HandlesPane::handlesSelected). While the table
// is scrolled to the bottom it follows new events. Rows have a fixed height, so a million scroll smoothly.
//
// The pane does not feed the model: whoever owns it connects EngineBridge::eventsArrived to
// TimelineModel::ingest. The pane owns the filter proxy and the lane summary.
class TimelinePane : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePane(TimelineModel* timeline, QWidget* parent = nullptr);

    TimelineModel* model() const { return timeline_; }
    TimelineFilterProxy* proxy() const { return proxy_; }
    LaneSummary* laneSummary() const { return summary_; }
    LaneView* laneView() const { return lanes_; }
    QTableView* view() const { return view_; }
    TimelineCategories categories() const;
    bool isFollowingTail() const { return followTail_; }

public slots:
    void setHandleFilter(const QSet<quintptr>& handles); // empty: every handle
    void setCategories(hinterscope::TimelineCategories categories);
    // Selects and shows a row of the TimelineModel, if the filters let it through.
    void selectTimelineRow(int sourceRow);
    void setFollowTail(bool follow);

signals:
    // The user picked an event (in the table or the lane view): its TimelineModel row.
    void eventSelected(int sourceRow);

private:
    void categoryToggled();
    void rowsAboutToBeInserted();
    void rowsInserted();
    void updateCount();

    QPointer<TimelineModel> timeline_;
    TimelineFilterProxy* proxy_ = nullptr;
    LaneSummary* summary_ = nullptr;
    LaneView* lanes_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QToolButton* followButton_ = nullptr;
    QList<QToolButton*> categoryButtons_;
    QTimer* tailTimer_ = nullptr;
    bool followTail_ = true;
    bool atBottom_ = true;
};

} // namespace hinterscope
