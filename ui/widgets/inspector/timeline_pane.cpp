#include "widgets/inspector/timeline_pane.h"

#include "models/timeline_filter_proxy.h"
#include "models/timeline_model.h"
#include "widgets/inspector/category_style.h"
#include "widgets/inspector/lane_summary.h"
#include "widgets/inspector/lane_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& text, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TimelinePane::TimelinePane(TimelineModel* timeline, QWidget* parent)
    : QWidget(parent)
    , timeline_(timeline)
{
    setObjectName(QStringLiteral("timelinePane"));
    Q_ASSERT(timeline != nullptr);

    proxy_ = new TimelineFilterProxy(this);
    proxy_->setObjectName(QStringLiteral("timelineProxy"));
    proxy_->setSourceModel(timeline);
    summary_ = new LaneSummary(this);
    summary_->setModel(timeline);

    // The tool row: category toggles, zoom of the lanes, follow, the count.
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    tools->setSpacing(2);
    for (const TimelineCategory category : category_style::kAll) {
        auto* button = toolButton(this, category_style::objectName(category), category_style::name(category),
                                  category_style::toolTip(category));
        button->setIcon(category_style::swatch(category));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setChecked(true);
        button->setProperty("category", static_cast<int>(category));
        connect(button, &QToolButton::toggled, this, &TimelinePane::categoryToggled);
        categoryButtons_ << button;
        tools->addWidget(button);
    }
    tools->addSpacing(12);
    auto* zoomIn = toolButton(this, QStringLiteral("laneZoomIn"), tr("Zoom in"), tr("Zoom the lanes in (Ctrl+wheel)"));
    auto* zoomOut = toolButton(this, QStringLiteral("laneZoomOut"), tr("Zoom out"), tr("Zoom the lanes out"));
    auto* zoomFit = toolButton(this, QStringLiteral("laneZoomFit"), tr("Fit"),
                               tr("Fit the whole trace into the lanes and keep fitting as events arrive"));
    tools->addWidget(zoomIn);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomFit);
    tools->addSpacing(12);
    followButton_ = toolButton(this, QStringLiteral("followTail"), tr("Follow"),
                               tr("Keep the newest event in view while the table is scrolled to the bottom"));
    followButton_->setCheckable(true);
    followButton_->setChecked(true);
    connect(followButton_, &QToolButton::toggled, this, &TimelinePane::setFollowTail);
    tools->addWidget(followButton_);
    tools->addStretch(1);
    countLabel_ = new QLabel(this);
    countLabel_->setObjectName(QStringLiteral("timelineCount"));
    tools->addWidget(countLabel_);

    lanes_ = new LaneView(summary_, this);
    connect(zoomIn, &QToolButton::clicked, lanes_, &LaneView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, lanes_, &LaneView::zoomOut);
    connect(zoomFit, &QToolButton::clicked, lanes_, &LaneView::zoomToFit);
    connect(lanes_, &LaneView::eventClicked, this, &TimelinePane::selectTimelineRow);

    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("timelineView"));
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setShowGrid(false);
    view_->setSortingEnabled(false); // arrival order is the timeline's order
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never measures rows, so a million of them scroll like ten.
    auto* rows = view_->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->setMinimumSectionSize(fontMetrics().height() + 2);
    rows->hide();
    auto* columns = view_->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    columns->resizeSection(TimelineColumn::Time, digit * 12);
    columns->resizeSection(TimelineColumn::Thread, digit * 9);
    columns->resizeSection(TimelineColumn::Handle, digit * 16);
    columns->resizeSection(TimelineColumn::Event, digit * 28);
    columns->resizeSection(TimelineColumn::Delivered, digit * 10);
    columns->setSectionResizeMode(TimelineColumn::Information, QHeaderView::Stretch);
    columns->setSectionsMovable(true);

    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            emit eventSelected(proxy_->mapToSource(current).row());
    });

    tailTimer_ = new QTimer(this);
    tailTimer_->setSingleShot(true);
    tailTimer_->setInterval(0);
    connect(tailTimer_, &QTimer::timeout, this, [this] {
        view_->scrollToBottom();
        updateCount();
    });
    connect(proxy_, &QAbstractItemModel::rowsAboutToBeInserted, this, &TimelinePane::rowsAboutToBeInserted);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &TimelinePane::rowsInserted);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &TimelinePane::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &TimelinePane::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::updateCount);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lanes_);
    splitter->addWidget(view_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    updateCount();
}

TimelineCategories TimelinePane::categories() const
{
    return proxy_->categories();
}

void TimelinePane::categoryToggled()
{
    TimelineCategories categories;
    for (const QToolButton* button : std::as_const(categoryButtons_)) {
        if (button->isChecked())
            categories |= static_cast<TimelineCategory>(button->property("category").toInt());
    }
    proxy_->setCategories(categories);
    lanes_->setCategories(categories);
    updateCount();
}

void TimelinePane::setCategories(TimelineCategories categories)
{
    for (QToolButton* button : std::as_const(categoryButtons_)) {
        const QSignalBlocker blocker(button);
        button->setChecked(categories.testFlag(static_cast<TimelineCategory>(button->property("category").toInt())));
    }
    categoryToggled();
}

void TimelinePane::setHandleFilter(const QSet<quintptr>& handles)
{
    proxy_->setHandleFilter(handles);
    lanes_->setHandleFilter(handles);
    updateCount();
    if (followTail_)
        tailTimer_->start();
}

void TimelinePane::setFollowTail(bool follow)
{
    followTail_ = follow;
    if (followButton_->isChecked() != follow)
        followButton_->setChecked(follow);
    if (follow)
        tailTimer_->start();
}

void TimelinePane::rowsAboutToBeInserted()
{
    const QScrollBar* bar = view_->verticalScrollBar();
    atBottom_ = bar->value() >= bar->maximum();
}

void TimelinePane::rowsInserted()
{
    // One scroll per event-loop pass however many batches came in it.
    if (followTail_ && atBottom_)
        tailTimer_->start();
    else if (!tailTimer_->isActive())
        updateCount();
}

void TimelinePane::selectTimelineRow(int sourceRow)
{
    if (!timeline_ || sourceRow < 0 || sourceRow >= timeline_->rowCount())
        return;
    const QModelIndex index = proxy_->mapFromSource(timeline_->index(sourceRow, TimelineColumn::Event));
    if (!index.isValid())
        return;
    view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TimelinePane::updateCount()
{
    const QLocale locale;
    const int shown = proxy_->rowCount();
    const int total = timeline_ ? timeline_->rowCount() : 0;
    countLabel_->setText(shown == total ? tr("%1 events").arg(locale.toString(total))
                                        : tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace hinterscope
