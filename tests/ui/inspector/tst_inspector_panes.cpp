// The handles pane, the timeline pane and its lane view, fed with synthetic batches (no engine).
#include "models/handle_tree_model.h"
#include "models/model_roles.h"
#include "models/timeline_filter_proxy.h"
#include "models/timeline_model.h"
#include "ui/tst_event_factory.h"
#include "widgets/inspector/category_style.h"
#include "widgets/inspector/handles_pane.h"
#include "widgets/inspector/lane_scale.h"
#include "widgets/inspector/lane_summary.h"
#include "widgets/inspector/lane_view.h"
#include "widgets/inspector/timeline_pane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <winhttp.h>

using namespace hinterscope;
using namespace hs::uitest;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

constexpr std::uintptr_t kSecondConnect = 0x2001;
constexpr std::uintptr_t kSecondRequest = 0x2002;

Event optionSet(std::uintptr_t handle, std::uint32_t type, std::uint32_t option, std::string value, double ms)
{
    auto e = event(EventKind::OptionChanged, handle, 0, type, ms);
    e.number = option;
    e.text = std::move(value);
    return e;
}

// A session with an option set before and after its connect was opened, a connect, and a request with an
// option of its own.
std::vector<Event> sessionWithOptions()
{
    return {
        created(kSession, 0, WINHTTP_HANDLE_TYPE_SESSION,
                "agent=\"t\" access=no proxy mode=async timeouts(resolve/connect/send/receive)=0/60000/30000/30000", 0),
        optionSet(kSession, WINHTTP_HANDLE_TYPE_SESSION, WINHTTP_OPTION_REDIRECT_POLICY, "always", 0.5),
        created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=example.test port=8080", 1),
        created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /old HTTP/1.1", 2),
        optionSet(kRequest, WINHTTP_HANDLE_TYPE_REQUEST, WINHTTP_OPTION_SECURITY_FLAGS, "0x3300", 2.5),
        optionSet(kRequest, WINHTTP_HANDLE_TYPE_REQUEST, WINHTTP_OPTION_REDIRECT_POLICY, "never", 2.6),
        optionSet(kSession, WINHTTP_HANDLE_TYPE_SESSION, WINHTTP_OPTION_CONNECT_TIMEOUT, "5000", 3), // too late
    };
}

// name → (source text, value) of a handle's option rows.
QMap<QString, QPair<QString, QString>> optionRowsOf(const HandleTreeModel& tree, quintptr handle)
{
    QMap<QString, QPair<QString, QString>> rows;
    const QModelIndex group = tree.optionGroupOf(handle);
    for (int row = 0; row < tree.rowCount(group); ++row) {
        const auto cell = [&](int column) { return tree.index(row, column, group).data().toString(); };
        rows.insert(cell(HandleTreeColumn::Handle),
                    {cell(HandleTreeColumn::Type), cell(HandleTreeColumn::Description)});
    }
    return rows;
}

QSet<quintptr> handlesShown(const QAbstractItemModel& model)
{
    QSet<quintptr> handles;
    for (int row = 0; row < model.rowCount(); ++row)
        handles.insert(static_cast<quintptr>(model.index(row, 0).data(TimelineRole::Handle).toULongLong()));
    return handles;
}

// Two connects under one session, a request each: the first redirected GET, the second a failed request.
std::vector<Event> twoRequests()
{
    auto events = redirectedGet();
    events.push_back(created(kSecondConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=other.test port=443", 20));
    events.push_back(created(kSecondRequest, kSecondConnect, WINHTTP_HANDLE_TYPE_REQUEST, "POST /x HTTP/1.1", 21));
    events.push_back(callback(kSecondRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 22));
    events.push_back(
        callback(kSecondRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 23, {}, ERROR_WINHTTP_CANNOT_CONNECT, 5));
    return events;
}

int countCategory(const TimelineModel& timeline, TimelineCategories categories)
{
    int count = 0;
    for (int row = 0; row < timeline.rowCount(); ++row)
        count += categories.testFlag(static_cast<TimelineCategory>(timeline.row(row).category)) ? 1 : 0;
    return count;
}

} // namespace

class tst_InspectorPanes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<QList<quintptr>>(); }

    // ---- the handle tree's option rows --------------------------------------------------------------------

    void optionRows_data()
    {
        QTest::addColumn<bool>("eventPerBatch");
        QTest::newRow("one batch") << false;
        QTest::newRow("a batch per event") << true;
    }

    void optionRows()
    {
        QFETCH(bool, eventPerBatch);
        HandleTreeModel tree;
        QAbstractItemModelTester tester(&tree, Mode::QtTest);
        HandlesPane pane(&tree); // turns the option rows on
        QVERIFY(tree.optionRowsShown());
        const auto events = sessionWithOptions();
        if (eventPerBatch) {
            for (const auto& e : events)
                tree.ingest(batch({e}));
        } else {
            tree.ingest(batch(events));
        }

        // The session: its "Options" row first, then the connect.
        const QModelIndex session = tree.indexOf(kSession);
        QCOMPARE(tree.rowCount(session), 2);
        QCOMPARE(tree.rowKind(tree.index(0, 0, session)), HandleTreeRowKind::OptionGroup);
        QCOMPARE(tree.index(1, 0, session), tree.indexOf(kConnect));
        QCOMPARE(tree.handleAt(tree.index(0, 0, session)), kSession);
        const auto sessionOptions = optionRowsOf(tree, kSession);
        QCOMPARE(sessionOptions.value(QStringLiteral("agent")),
                 qMakePair(QStringLiteral("opened with"), QStringLiteral("t")));
        QCOMPARE(sessionOptions.value(QStringLiteral("access")).second, QStringLiteral("no proxy"));
        QCOMPARE(sessionOptions.value(QStringLiteral("mode")).second, QStringLiteral("async"));
        QCOMPARE(sessionOptions.value(QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY")),
                 qMakePair(QStringLiteral("set"), QStringLiteral("always")));
        QCOMPARE(sessionOptions.value(QStringLiteral("WINHTTP_OPTION_CONNECT_TIMEOUT")).second, QStringLiteral("5000"));
        QCOMPARE(tree.optionGroupOf(kSession).data().toString(),
                 QStringLiteral("Options (%1)").arg(sessionOptions.size()));

        // The connect inherited what the session had when it was opened.
        const auto connectOptions = optionRowsOf(tree, kConnect);
        QCOMPARE(connectOptions.value(QStringLiteral("server")),
                 qMakePair(QStringLiteral("opened with"), QStringLiteral("example.test")));
        QCOMPARE(connectOptions.value(QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY")),
                 qMakePair(QStringLiteral("inherited from session 0x1000"), QStringLiteral("always")));
        QVERIFY(!connectOptions.contains(QStringLiteral("WINHTTP_OPTION_CONNECT_TIMEOUT"))); // set after it opened

        // The request: its own value replaces the inherited one; the origin of an inherited row is kept.
        const auto requestOptions = optionRowsOf(tree, kRequest);
        QCOMPARE(requestOptions.value(QStringLiteral("opened as")).second, QStringLiteral("GET /old HTTP/1.1"));
        QCOMPARE(requestOptions.value(QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY")),
                 qMakePair(QStringLiteral("set"), QStringLiteral("never")));
        QCOMPARE(requestOptions.value(QStringLiteral("WINHTTP_OPTION_SECURITY_FLAGS")).second,
                 QStringLiteral("0x3300"));
        QCOMPARE(requestOptions.value(QStringLiteral("agent")).first, QStringLiteral("inherited from session 0x1000"));
        QCOMPARE(requestOptions.value(QStringLiteral("server")).first, QStringLiteral("inherited from connect 0x1001"));

        const QModelIndex group = tree.optionGroupOf(kRequest);
        for (int row = 0; row < tree.rowCount(group); ++row) {
            const QModelIndex option = tree.index(row, 0, group);
            QCOMPARE(tree.rowKind(option), HandleTreeRowKind::Option);
            QCOMPARE(tree.handleAt(option), kRequest);
            if (option.data().toString() == QStringLiteral("WINHTTP_OPTION_SECURITY_FLAGS")) {
                QCOMPARE(option.data(HandleTreeRole::OptionId).toUInt(),
                         static_cast<uint>(WINHTTP_OPTION_SECURITY_FLAGS));
                QVERIFY(option.data(Qt::ToolTipRole).toString().contains(QStringLiteral("SECURITY_FLAG_IGNORE")));
            }
        }
    }

    void orphansMoveUnderTheirParentWithTheirOptionRows()
    {
        HandleTreeModel tree;
        QAbstractItemModelTester tester(&tree, Mode::QtTest);
        HandlesPane pane(&tree);
        const auto events = sessionWithOptions();   // session, option, connect, request, options, option
        tree.ingest(batch({events[3], events[4]})); // the request and its option, parent unknown
        tree.ingest(batch({events[2]}));            // the connect: the request moves under it
        tree.ingest(batch({events[0], events[1]})); // the session: the connect moves under it
        QCOMPARE(tree.rowCount(), 1);
        QCOMPARE(tree.indexOf(kRequest).parent(), tree.indexOf(kConnect));
        QCOMPARE(tree.indexOf(kConnect).parent(), tree.indexOf(kSession));
        QCOMPARE(tree.rowCount(tree.indexOf(kConnect)), 2); // its options, then the request
        QCOMPARE(tree.index(1, 0, tree.indexOf(kConnect)), tree.indexOf(kRequest));
        QVERIFY(optionRowsOf(tree, kRequest).contains(QStringLiteral("WINHTTP_OPTION_SECURITY_FLAGS")));
        // Opened before its parents were seen: nothing to inherit.
        QVERIFY(!optionRowsOf(tree, kRequest).contains(QStringLiteral("agent")));
    }

    void optionRowsCanBeHidden()
    {
        HandleTreeModel tree;
        QAbstractItemModelTester tester(&tree, Mode::QtTest);
        HandlesPane pane(&tree);
        tree.ingest(batch(sessionWithOptions()));
        auto* toggle = pane.findChild<QAction*>(QStringLiteral("showOptionsAction"));
        QVERIFY(toggle);
        toggle->setChecked(false);
        QCOMPARE(tree.rowCount(tree.indexOf(kSession)), 1);
        QCOMPARE(tree.index(0, 0, tree.indexOf(kSession)), tree.indexOf(kConnect));
        QVERIFY(!tree.optionGroupOf(kSession).isValid());
        // Options that arrive while hidden are there when shown again.
        tree.ingest(batch({optionSet(kConnect, WINHTTP_HANDLE_TYPE_CONNECT, WINHTTP_OPTION_SEND_TIMEOUT, "1", 5)}));
        toggle->setChecked(true);
        QVERIFY(optionRowsOf(tree, kConnect).contains(QStringLiteral("WINHTTP_OPTION_SEND_TIMEOUT")));
    }

    // ---- pruning -------------------------------------------------------------------------------------------

    void pruneClosedRemovesClosedSubtreesInBatches()
    {
        HandleTreeModel tree;
        QAbstractItemModelTester tester(&tree, Mode::QtTest);
        HandlesPane pane(&tree);
        std::vector<Event> events = sessionWithOptions();
        // Three more requests under the connect, all closed, and one that stays open.
        for (std::uintptr_t h = 0x3000; h < 0x3003; ++h) {
            events.push_back(created(h, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /c HTTP/1.1", 4));
            events.push_back(callback(h, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, 5));
        }
        events.push_back(created(0x3010, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /open HTTP/1.1", 6));
        events.push_back(closed(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, 7));
        tree.ingest(batch(events));
        const QModelIndex connect = tree.indexOf(kConnect);
        QCOMPARE(tree.rowCount(connect), 1 + 5); // options, kRequest, three closed, one open
        QVERIFY(tree.indexOf(kRequest).data(HandleTreeRole::Closed).toBool());

        QSignalSpy removed(&tree, &QAbstractItemModel::rowsRemoved);
        QSignalSpy pruned(&pane, &HandlesPane::handlesPruned);
        auto* prune = pane.findChild<QAction*>(QStringLiteral("pruneClosedAction"));
        QVERIFY(prune);
        prune->trigger();
        QCOMPARE(removed.count(), 1); // the four closed requests are one contiguous range
        QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), connect);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 4);
        QCOMPARE(pruned.count(), 1);
        auto handles = pruned.at(0).at(0).value<QList<quintptr>>();
        std::sort(handles.begin(), handles.end());
        QCOMPARE(handles, (QList<quintptr>{kRequest, 0x3000, 0x3001, 0x3002}));
        QCOMPARE(tree.rowCount(connect), 2);
        QCOMPARE(tree.index(1, 0, connect), tree.indexOf(0x3010));
        QVERIFY(!tree.contains(kRequest));
    }

    // ---- selection filters the timeline --------------------------------------------------------------------

    void selectingAConnectFiltersTheTimelineToItsSubtree()
    {
        HandleTreeModel tree;
        TimelineModel timeline;
        QAbstractItemModelTester treeTester(&tree, Mode::QtTest);
        QAbstractItemModelTester timelineTester(&timeline, Mode::QtTest);
        HandlesPane handles(&tree);
        TimelinePane pane(&timeline);
        QAbstractItemModelTester proxyTester(pane.proxy(), Mode::QtTest);
        connect(&handles, &HandlesPane::handlesSelected, &pane, &TimelinePane::setHandleFilter);
        QSignalSpy selected(&handles, &HandlesPane::handlesSelected);
        handles.resize(600, 400);
        handles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&handles));

        const auto events = twoRequests();
        tree.ingest(batch(events));
        timeline.ingest(batch(events));
        QCOMPARE(pane.proxy()->rowCount(), timeline.rowCount());

        // Clicking the connect's row in the view.
        const QRect rect = handles.view()->visualRect(tree.indexOf(kConnect));
        QVERIFY(rect.isValid()); // expanded automatically
        QTest::mouseClick(handles.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).value<QSet<quintptr>>(), (QSet<quintptr>{kConnect, kRequest}));
        QCOMPARE(handlesShown(*pane.proxy()), (QSet<quintptr>{kConnect, kRequest}));
        QCOMPARE(pane.laneView()->visibleLanes().size(), std::size_t{2});

        // A request opened later under the selected connect joins the selection.
        const std::vector<Event> later{
            created(0x4000, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /later HTTP/1.1", 30),
            callback(0x4000, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 31)};
        tree.ingest(batch(later));
        timeline.ingest(batch(later));
        QCOMPARE(selected.last().at(0).value<QSet<quintptr>>(), (QSet<quintptr>{kConnect, kRequest, 0x4000}));
        QCOMPARE(handlesShown(*pane.proxy()), (QSet<quintptr>{kConnect, kRequest, 0x4000}));

        // An option row selects its handle.
        handles.view()->selectionModel()->select(tree.optionGroupOf(kSecondRequest),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(handlesShown(*pane.proxy()), QSet<quintptr>{kSecondRequest});

        // "Show all".
        handles.findChild<QAction*>(QStringLiteral("showAllAction"))->trigger();
        QVERIFY(selected.last().at(0).value<QSet<quintptr>>().isEmpty());
        QCOMPARE(pane.proxy()->rowCount(), timeline.rowCount());
        QCOMPARE(pane.laneView()->visibleLanes().size(), std::size_t{6});
    }

    // ---- category filters ------------------------------------------------------------------------------------

    void categoryFilters_data()
    {
        QTest::addColumn<QStringList>("unchecked");
        QTest::addColumn<int>("categories");
        QTest::newRow("all") << QStringList{} << int(kAllTimelineCategories.toInt());
        QTest::newRow("no progress")
            << QStringList{QStringLiteral("filterProgress")}
            << int((kAllTimelineCategories & ~TimelineCategories(TimelineCategory::Progress)).toInt());
        QTest::newRow("no wire") << QStringList{QStringLiteral("filterWire")}
                                 << int((kAllTimelineCategories & ~TimelineCategories(TimelineCategory::Wire)).toInt());
        QTest::newRow("errors only") << QStringList{QStringLiteral("filterProgress"),
                                                    QStringLiteral("filterCompletions"),
                                                    QStringLiteral("filterHandles"), QStringLiteral("filterWire")}
                                     << int(TimelineCategory::Errors);
        QTest::newRow("handles only") << QStringList{QStringLiteral("filterProgress"),
                                                     QStringLiteral("filterCompletions"),
                                                     QStringLiteral("filterErrors"), QStringLiteral("filterWire")}
                                      << int(TimelineCategory::Handles);
        QTest::newRow("none") << QStringList{QStringLiteral("filterProgress"), QStringLiteral("filterCompletions"),
                                             QStringLiteral("filterErrors"), QStringLiteral("filterHandles"),
                                             QStringLiteral("filterWire")}
                              << 0;
    }

    void categoryFilters()
    {
        QFETCH(QStringList, unchecked);
        QFETCH(int, categories);
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, Mode::QtTest);
        TimelinePane pane(&timeline);
        QAbstractItemModelTester proxyTester(pane.proxy(), Mode::QtTest);
        timeline.ingest(batch(twoRequests()));
        for (const QString& name : unchecked) {
            auto* button = pane.findChild<QToolButton*>(name);
            QVERIFY2(button, qPrintable(name));
            button->click();
        }
        const auto expected = TimelineCategories::fromInt(categories);
        QCOMPARE(pane.categories(), expected);
        QCOMPARE(pane.proxy()->rowCount(), countCategory(timeline, expected));
        for (int row = 0; row < pane.proxy()->rowCount(); ++row)
            QVERIFY(expected.testFlag(
                static_cast<TimelineCategory>(pane.proxy()->index(row, 0).data(TimelineRole::Category).toInt())));
        // Filters by category and handle together.
        pane.setHandleFilter({kSecondRequest});
        for (int row = 0; row < pane.proxy()->rowCount(); ++row)
            QCOMPARE(pane.proxy()->index(row, 0).data(TimelineRole::Handle).toULongLong(), qulonglong{kSecondRequest});
    }

    void statusNamesExplainThemselves()
    {
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, Mode::QtTest);
        timeline.ingest(batch(twoRequests()));
        for (int row = 0; row < timeline.rowCount(); ++row) {
            const QString tip = timeline.index(row, TimelineColumn::Event).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral(": ")) && tip.size() > 30, qPrintable(tip));
        }
        const QString error =
            timeline.index(timeline.rowCount() - 1, TimelineColumn::Event).data(Qt::ToolTipRole).toString();
        QVERIFY2(error.startsWith(QStringLiteral("WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: ")), qPrintable(error));
    }

    // ---- the lane summary ----------------------------------------------------------------------------------

    void laneSummaryCountsMarksAndBinsDensity()
    {
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, Mode::QtTest);
        LaneSummary summary;
        summary.setModel(&timeline);
        QSignalSpy changed(&summary, &LaneSummary::changed);

        auto events = redirectedGet();
        // 300 reads of 1000 bytes at 20 + i*0.01 ms (10 µs apart: one per initial bin), in three batches.
        std::vector<Event> reads;
        for (int i = 0; i < 300; ++i)
            reads.push_back(callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 20 + i * 0.01, {}, 1000));
        timeline.ingest(batch(events));
        for (int part = 0; part < 3; ++part)
            timeline.ingest(batch({reads.begin() + part * 100, reads.begin() + (part + 1) * 100}));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(summary.rowsSeen(), static_cast<std::uint64_t>(timeline.rowCount()));

        QCOMPARE(summary.lanes().size(), std::size_t{3});
        const auto& lane = summary.lanes()[static_cast<std::size_t>(summary.laneOf(kRequest))];
        QCOMPARE(lane.type, static_cast<std::uint32_t>(WINHTTP_HANDLE_TYPE_REQUEST));
        QVERIFY(lane.closedNs.has_value());
        QCOMPARE(*lane.closedNs, std::int64_t{16'000'000});
        // redirectedGet: BytesSent ×2, BytesReceived ×2, BodyDecoded, READ_COMPLETE are density; + 300 reads.
        QCOMPARE(lane.densityEvents, std::uint64_t{306});
        std::uint64_t binned = 0;
        std::uint64_t bytes = 0;
        for (const auto& bin : lane.bins) {
            binned += bin.count;
            bytes += bin.bytes;
        }
        QCOMPARE(binned, std::uint64_t{306});
        QCOMPARE(lane.bins[static_cast<std::size_t>(20'000'000 / summary.binWidthNs())].count, 1u);
        const int markCount = [&] {
            int n = 0;
            for (const auto& marks : lane.marks)
                n += static_cast<int>(marks.size());
            return n;
        }();
        int requestRows = 0;
        for (int row = 0; row < timeline.rowCount(); ++row)
            requestRows += timeline.row(row).handle == kRequest ? 1 : 0;
        QCOMPARE(markCount + 306, requestRows);
        const auto& progress =
            lane.marks[static_cast<std::size_t>(LaneSummary::categoryIndex(TimelineCategory::Progress))];
        QVERIFY(std::is_sorted(progress.begin(), progress.end(),
                               [](const auto& a, const auto& b) { return a.timeNs < b.timeNs; }));
        // The first READ_COMPLETE bin points at its row, for a click on the strip.
        const auto& first = lane.bins[static_cast<std::size_t>(20'000'000 / summary.binWidthNs())];
        QCOMPARE(timeline.row(first.firstRow).timeNs, std::int64_t{20'000'000});

        // An event far out coarsens the bins; the counts are kept.
        const auto before = summary.binWidthNs();
        timeline.ingest(batch({callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 5'000, {}, 1)})); // 5 s
        QVERIFY(summary.binWidthNs() > before);
        QVERIFY(lane.bins.size() <= LaneSummary::kMaxBins);
        binned = 0;
        for (const auto& bin : lane.bins)
            binned += bin.count;
        QCOMPARE(binned, std::uint64_t{307});

        timeline.clear();
        QVERIFY(summary.lanes().empty());
    }

    void laneScaleZoomMaths_data()
    {
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("expectedNsPerPixel");
        QTest::newRow("in at the left edge") << 1000.0 << 0.0 << 0.0 << 2.0 << 500.0;
        QTest::newRow("in in the middle") << 1000.0 << 50'000.0 << 300.0 << 4.0 << 250.0;
        QTest::newRow("out") << 1000.0 << 10'000.0 << 100.0 << 0.5 << 2000.0;
        QTest::newRow("in past the limit") << 20.0 << 0.0 << 10.0 << 100.0 << LaneScale::kMinNsPerPixel;
        QTest::newRow("out past the limit") << 5e9 << 0.0 << 10.0 << 0.01 << LaneScale::kMaxNsPerPixel;
    }

    void laneScaleZoomMaths()
    {
        QFETCH(double, nsPerPixel);
        QFETCH(double, start);
        QFETCH(double, x);
        QFETCH(double, factor);
        QFETCH(double, expectedNsPerPixel);
        LaneScale scale{nsPerPixel, start};
        const double anchor = scale.timeAt(x);
        scale.zoomAround(x, factor);
        QCOMPARE(scale.nsPerPixel, expectedNsPerPixel);
        QVERIFY(std::abs(scale.timeAt(x) - anchor) < 1e-6); // the time under the pointer stays there
        QVERIFY(std::abs(scale.xOf(anchor) - x) < 1e-9);
    }

    void laneScaleFitsAndClamps()
    {
        LaneScale scale;
        scale.fit(10e6, 500); // 10 ms in 500 px
        QCOMPARE(scale.nsPerPixel, 20'000.0);
        QCOMPARE(scale.startNs, 0.0);
        QCOMPARE(scale.xOf(10e6), 500.0);
        scale.zoomAround(500, 4);
        QCOMPARE(scale.startNs, 7.5e6);
        scale.startNs = 20e6;
        scale.clampTo(10e6, 500); // 500 px at 5000 ns show 2.5 ms: the last start is 7.5 ms
        QCOMPARE(scale.startNs, 7.5e6);
        scale.startNs = -3;
        scale.clampTo(10e6, 500);
        QCOMPARE(scale.startNs, 0.0);
        QCOMPARE(scale.spanPixels(10e6), 2000.0);
    }

    // ---- the lane view ----------------------------------------------------------------------------------------

    void laneViewZoomsAndClicksSelectTheTimelineRow()
    {
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, Mode::QtTest);
        TimelinePane pane(&timeline);
        pane.resize(900, 700);
        pane.laneView()->setMinimumHeight(220); // every lane in view
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        timeline.ingest(batch(twoRequests()));
        LaneView* lanes = pane.laneView();
        QVERIFY(lanes->isFitting());
        QCOMPARE(lanes->visibleLanes().size(), std::size_t{5});

        // The REQUEST_ERROR mark of the second request.
        const int errorRow = timeline.rowCount() - 1;
        const int slot = static_cast<int>(std::find(lanes->visibleLanes().begin(), lanes->visibleLanes().end(),
                                                    pane.laneSummary()->laneOf(kSecondRequest)) -
                                          lanes->visibleLanes().begin());
        const int x = LaneView::kLabelWidth + static_cast<int>(lanes->scale().xOf(23e6));
        const QPoint at(x, LaneView::kRulerHeight + slot * LaneView::kLaneHeight + 6);
        const auto hit = lanes->hitTest(at);
        QVERIFY(hit.has_value());
        QCOMPARE(hit->row, errorRow);
        QVERIFY(!hit->density);

        QSignalSpy picked(&pane, &TimelinePane::eventSelected);
        QTest::mouseClick(lanes->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).toInt(), errorRow);
        QCOMPARE(pane.proxy()->mapToSource(pane.view()->currentIndex()).row(), errorRow);

        // Zoom buttons and Ctrl+wheel keep fitting off until "Fit".
        const double fitted = lanes->scale().nsPerPixel;
        pane.findChild<QToolButton*>(QStringLiteral("laneZoomIn"))->click();
        QVERIFY(!lanes->isFitting());
        QVERIFY(lanes->scale().nsPerPixel < fitted);
        QVERIFY(lanes->horizontalScrollBar()->maximum() > 0);
        const double zoomed = lanes->scale().nsPerPixel;
        QWheelEvent wheel(QPointF(at), lanes->viewport()->mapToGlobal(QPointF(at)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        const double anchor = lanes->scale().timeAt(at.x() - LaneView::kLabelWidth);
        QCoreApplication::sendEvent(lanes->viewport(), &wheel);
        QVERIFY(lanes->scale().nsPerPixel < zoomed);
        QVERIFY(std::abs(lanes->scale().timeAt(at.x() - LaneView::kLabelWidth) - anchor) <= lanes->scale().nsPerPixel);
        pane.findChild<QToolButton*>(QStringLiteral("laneZoomFit"))->click();
        QVERIFY(lanes->isFitting());
        QCOMPARE(lanes->scale().nsPerPixel, fitted);
    }

    void panesPaint()
    {
        HandleTreeModel tree;
        TimelineModel timeline;
        QAbstractItemModelTester treeTester(&tree, Mode::QtTest);
        QAbstractItemModelTester timelineTester(&timeline, Mode::QtTest);
        HandlesPane handles(&tree);
        TimelinePane pane(&timeline);
        handles.resize(500, 300);
        pane.resize(900, 500);
        pane.laneView()->setMinimumHeight(220); // every lane in view
        handles.show();
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto events = twoRequests();
        for (int i = 0; i < 2000; ++i)
            events.push_back(callback(kSecondRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 24 + i * 0.005, {}, 100));
        tree.ingest(batch(events));
        timeline.ingest(batch(events));

        const QImage handlesImage = handles.grab().toImage();
        QVERIFY(!handlesImage.isNull());
        QCOMPARE(handlesImage.size(), QSize(500, 300) * handlesImage.devicePixelRatio());
        const QImage paneImage = pane.grab().toImage();
        QVERIFY(!paneImage.isNull());

        // The lane view drew the error mark in the errors colour, and the density strip.
        const QImage lanes = pane.laneView()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb errorColor = category_style::color(TimelineCategory::Errors).rgb();
        const QRgb stripColor = pane.laneView()->palette().color(QPalette::Highlight).rgb();
        bool sawError = false;
        bool sawStrip = false;
        for (int y = 0; y < lanes.height(); ++y) {
            for (int x = 0; x < lanes.width(); ++x) {
                sawError = sawError || lanes.pixel(x, y) == errorColor;
                sawStrip = sawStrip || lanes.pixel(x, y) == stripColor;
            }
        }
        QVERIFY(sawError);
        QVERIFY(sawStrip);
    }

    // ---- a million events --------------------------------------------------------------------------------------

    void millionEvents()
    {
        // No QAbstractItemModelTester here: it checks the whole model on every insert (minutes for a million
        // rows); the tests above run the same code under testers.
        constexpr int kEvents = 1'000'000;
        constexpr int kBatch = 20'000;
        constexpr int kRequests = 50;
        constexpr qint64 kSanityBoundMs = 60'000;
        const std::uint32_t statuses[] = {
            WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE,     WINHTTP_CALLBACK_STATUS_READ_COMPLETE,
            WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,
            WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE,     WINHTTP_CALLBACK_STATUS_READ_COMPLETE,
        };
        std::vector<hinterscope::EventBatch> batches;
        for (int start = 0; start < kEvents; start += kBatch) {
            std::vector<Event> events;
            events.reserve(kBatch);
            for (int i = start; i < start + kBatch; ++i) {
                const std::uintptr_t request = 0x10000 + static_cast<std::uintptr_t>(i % kRequests);
                const double ms = i * 0.001;
                if (i % 97 == 0)
                    events.push_back(wire(EventKind::BodyDecoded, request, {}, static_cast<std::uint64_t>(i), ms));
                else if (i % 1009 == 0)
                    events.push_back(callback(request, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, ms, {}, 12002, 5));
                else if (i % 101 == 0)
                    events.push_back(engine(EventKind::ConnectionReused, request, {}, ms, 7));
                else
                    events.push_back(callback(request, statuses[i % 6], ms, {}, 16384));
            }
            batches.push_back(batch(std::move(events)));
        }

        TimelineModel timeline;
        TimelinePane pane(&timeline);
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QElapsedTimer clock;
        clock.start();
        qint64 longestBatch = 0;
        for (const auto& b : batches) {
            QElapsedTimer one;
            one.start();
            timeline.ingest(b);
            QCoreApplication::processEvents(); // the follow-tail scroll and the repaints, as in the window
            longestBatch = std::max(longestBatch, one.elapsed());
        }
        const qint64 ingestMs = clock.elapsed();
        QCOMPARE(timeline.rowCount(), kEvents);
        QCOMPARE(pane.proxy()->rowCount(), kEvents);
        QCOMPARE(pane.laneSummary()->lanes().size(), std::size_t{kRequests});
        qInfo("TimelinePane: %d events in batches of %d (model, proxy, lane summary, follow-tail, paints): %lld ms, "
              "%.2f million events/s, longest batch %lld ms",
              kEvents, kBatch, ingestMs, kEvents / 1e3 / std::max<qint64>(ingestMs, 1), longestBatch);
        QTRY_VERIFY_WITH_TIMEOUT(pane.view()->verticalScrollBar()->value() ==
                                     pane.view()->verticalScrollBar()->maximum(),
                                 5000); // following the tail

        clock.restart();
        pane.setHandleFilter({0x10000 + 7});
        const qint64 handleMs = clock.elapsed();
        QCOMPARE(pane.proxy()->rowCount(), kEvents / kRequests);
        qInfo("TimelineFilterProxy: filtering %d rows to one handle: %lld ms", kEvents, handleMs);

        clock.restart();
        pane.setHandleFilter({});
        pane.setCategories(TimelineCategory::Errors);
        const qint64 categoryMs = clock.elapsed();
        int errors = 0;
        for (int i = 0; i < kEvents; ++i)
            errors += (i % 97 != 0 && i % 1009 == 0) ? 1 : 0;
        QCOMPARE(pane.proxy()->rowCount(), errors);
        qInfo("TimelineFilterProxy: clearing the handle filter and filtering %d rows to errors: %lld ms", kEvents,
              categoryMs);

        pane.setCategories(kAllTimelineCategories);
        clock.restart();
        const QImage image = pane.laneView()->viewport()->grab().toImage();
        const qint64 paintMs = clock.elapsed();
        QVERIFY(!image.isNull());
        qInfo("LaneView: one paint over %d events in %zu lanes: %lld ms", kEvents, pane.laneSummary()->lanes().size(),
              paintMs);

        clock.restart();
        auto* bar = pane.view()->verticalScrollBar();
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() / 20 * step);
            pane.view()->viewport()->repaint();
        }
        const qint64 scrollMs = clock.elapsed();
        qInfo("TimelinePane: 21 jumps through %d rows, each repainted: %lld ms", kEvents, scrollMs);

        QVERIFY(ingestMs < kSanityBoundMs);
        QVERIFY(handleMs < kSanityBoundMs);
        QVERIFY(categoryMs < kSanityBoundMs);
        QVERIFY(paintMs < kSanityBoundMs);
        QVERIFY(scrollMs < kSanityBoundMs);
    }
};

QTEST_MAIN(tst_InspectorPanes)
#include "tst_inspector_panes.moc"
