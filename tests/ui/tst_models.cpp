// The inspector's models fed with synthetic batches, each checked by QAbstractItemModelTester as it changes.
#include "models/handle_tree_model.h"
#include "models/headers_model.h"
#include "models/hop_ledger_model.h"
#include "models/message_heads.h"
#include "models/model_roles.h"
#include "models/timeline_filter_proxy.h"
#include "models/timeline_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

#include "tst_event_factory.h" // last: <windows.h> defines macros Qt's headers must not see

using namespace hs::uitest;
using namespace hinterscope;

Q_DECLARE_METATYPE(hinternet::trace::Event)

namespace {

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString cell(const QAbstractItemModel& model, int row, int column, const QModelIndex& parent = {})
{
    return model.index(row, column, parent).data().toString();
}

// How the three HandleCreated events of redirectedGet() reach the tree.
enum class Arrival {
    InOrderOneBatch,
    OneBatchPerEvent,
    ChildrenFirstAcrossBatches,
    ReversedOneBatch,
    ParentsNeverCome
};

} // namespace

Q_DECLARE_METATYPE(Arrival)

class tst_Models : public QObject {
    Q_OBJECT

private slots:
    // ---- HandleTreeModel ---------------------------------------------------------------------------------

    void treeBuildsSessionConnectRequest_data()
    {
        QTest::addColumn<Arrival>("arrival");
        QTest::newRow("in order, one batch") << Arrival::InOrderOneBatch;
        QTest::newRow("in order, a batch per event") << Arrival::OneBatchPerEvent;
        QTest::newRow("children first, across batches") << Arrival::ChildrenFirstAcrossBatches;
        QTest::newRow("reversed, one batch") << Arrival::ReversedOneBatch;
        QTest::newRow("parents never come") << Arrival::ParentsNeverCome;
    }

    void treeBuildsSessionConnectRequest()
    {
        QFETCH(Arrival, arrival);
        HandleTreeModel tree;
        const auto tester = testerFor(&tree);
        auto events = redirectedGet();
        const auto session = events[0];
        const auto connect = events[1];
        const auto rest = std::vector<Event>(events.begin() + 2, events.end()); // the request's events
        switch (arrival) {
        case Arrival::InOrderOneBatch:
            tree.ingest(batch(events));
            break;
        case Arrival::OneBatchPerEvent:
            for (const auto& e : events)
                tree.ingest(batch({e}));
            break;
        case Arrival::ChildrenFirstAcrossBatches:
            tree.ingest(batch(rest));
            QCOMPARE(tree.rowCount(), 1); // the request waits at the top level
            tree.ingest(batch({connect}));
            tree.ingest(batch({session}));
            break;
        case Arrival::ReversedOneBatch:
            std::reverse(events.begin(), events.end());
            tree.ingest(batch(events));
            break;
        case Arrival::ParentsNeverCome:
            tree.ingest(batch(rest));
            QCOMPARE(tree.rowCount(), 1);
            QCOMPARE(cell(tree, 0, HandleTreeColumn::Handle), QStringLiteral("0x1002"));
            QCOMPARE(cell(tree, 0, HandleTreeColumn::Description), QStringLiteral("GET /old HTTP/1.1"));
            return;
        }
        QCOMPARE(tree.rowCount(), 1);
        const auto sessionIndex = tree.index(0, 0);
        QCOMPARE(tree.handleAt(sessionIndex), kSession);
        QCOMPARE(cell(tree, 0, HandleTreeColumn::Type), QStringLiteral("session"));
        QCOMPARE(tree.rowCount(sessionIndex), 1);
        const auto connectIndex = tree.index(0, 0, sessionIndex);
        QCOMPARE(tree.handleAt(connectIndex), kConnect);
        QCOMPARE(cell(tree, 0, HandleTreeColumn::Description, sessionIndex),
                 QStringLiteral("server=example.test port=8080"));
        QCOMPARE(tree.rowCount(connectIndex), 1);
        const auto requestIndex = tree.index(0, 0, connectIndex);
        QCOMPARE(tree.handleAt(requestIndex), kRequest);
        QCOMPARE(tree.indexOf(kRequest), requestIndex);
        QCOMPARE(cell(tree, 0, HandleTreeColumn::Type, connectIndex), QStringLiteral("request"));
        QCOMPARE(cell(tree, 0, HandleTreeColumn::State, connectIndex), QStringLiteral("closed"));
        QCOMPARE(cell(tree, 0, HandleTreeColumn::Created, connectIndex), QStringLiteral("2.000"));
        QCOMPARE(cell(tree, 0, HandleTreeColumn::Closed, connectIndex), QStringLiteral("16.000"));
        QCOMPARE(requestIndex.data(HandleTreeRole::Closed).toBool(), true);
        QCOMPARE(sessionIndex.data(HandleTreeRole::Closed).toBool(), false);
        QCOMPARE(tree.subtreeHandles(kConnect), (QSet<quintptr>{kConnect, kRequest}));
    }

    void treeDerivesStateFromCallbacks_data()
    {
        QTest::addColumn<int>("events"); // how many of redirectedGet()'s events arrived
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("isClosed");
        QTest::newRow("created") << 3 << "open" << false;
        QTest::newRow("resolving") << 5 << "open" << false;
        QTest::newRow("sending") << 6 << "sending" << false;
        QTest::newRow("receiving") << 9 << "receiving" << false;
        QTest::newRow("sending again after the redirect") << 13 << "sending" << false;
        QTest::newRow("HANDLE_CLOSING") << 21 << "closed" << true;
        QTest::newRow("HandleClosed") << 22 << "closed" << true;
    }

    void treeDerivesStateFromCallbacks()
    {
        QFETCH(int, events);
        HandleTreeModel tree;
        const auto tester = testerFor(&tree);
        const auto all = redirectedGet();
        for (int i = 0; i < events; ++i)
            tree.ingest(batch({all[static_cast<std::size_t>(i)]}));
        const auto request = tree.indexOf(kRequest);
        QVERIFY(request.isValid());
        QFETCH(QString, state);
        QCOMPARE(request.siblingAtColumn(HandleTreeColumn::State).data().toString(), state);
        QFETCH(bool, isClosed);
        QCOMPARE(request.data(HandleTreeRole::Closed).toBool(), isClosed);
        QCOMPARE(request.data(HandleTreeRole::ClosedNs).isValid(), isClosed);
    }

    void treeInsertsOncePerParentAndBatch()
    {
        HandleTreeModel tree;
        const auto tester = testerFor(&tree);
        QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        std::vector<Event> first{created(kSession, 0, WINHTTP_HANDLE_TYPE_SESSION, "s", 0),
                                 created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "c", 0)};
        for (std::uintptr_t r = 0; r < 50; ++r)
            first.push_back(created(0x5000 + r, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "r", 1));
        tree.ingest(batch(first));
        QCOMPARE(inserted.size(), 1); // the session, with everything under it
        std::vector<Event> second;
        for (std::uintptr_t r = 50; r < 100; ++r)
            second.push_back(created(0x5000 + r, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "r", 2));
        for (std::uintptr_t r = 0; r < 10; ++r) {
            second.push_back(callback(0x5000, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 3));
            second.push_back(callback(0x5000, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, 3));
        }
        tree.ingest(batch(second));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 50);
        QCOMPARE(inserted.at(1).at(2).toInt(), 99);
        QCOMPARE(changed.size(), 1); // twenty changes of one handle: one signal
        QCOMPARE(tree.rowCount(tree.indexOf(kConnect)), 100);
    }

    void treePrunesClosedSubtrees()
    {
        HandleTreeModel tree;
        const auto tester = testerFor(&tree);
        auto events = redirectedGet();
        events.push_back(created(0x2000, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /open HTTP/1.1", 20));
        tree.ingest(batch(events));
        QCOMPARE(tree.rowCount(tree.indexOf(kConnect)), 2);
        QCOMPARE(tree.pruneClosed(), QList<quintptr>{kRequest});
        QCOMPARE(tree.rowCount(tree.indexOf(kConnect)), 1);
        QVERIFY(!tree.contains(kRequest));
        tree.ingest(batch({callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 30)})); // late: ignored
        QVERIFY(!tree.contains(kRequest));

        tree.ingest(batch({closed(0x2000, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, 31),
                           closed(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, 32)}));
        QCOMPARE(tree.pruneClosed(), (QList<quintptr>{0x2000, kConnect}));
        QCOMPARE(tree.rowCount(), 1); // the session is still open
        tree.ingest(batch({closed(kSession, 0, WINHTTP_HANDLE_TYPE_SESSION, 33)}));
        QCOMPARE(tree.pruneClosed(), QList<quintptr>{kSession});
        QCOMPARE(tree.rowCount(), 0);
    }

    void treeSurvivesNonsense()
    {
        HandleTreeModel tree;
        const auto tester = testerFor(&tree);
        tree.ingest(batch({created(0xA, 0xB, WINHTTP_HANDLE_TYPE_CONNECT, "a", 0),
                           created(0xB, 0xA, WINHTTP_HANDLE_TYPE_CONNECT, "b", 0), // a cycle
                           created(0xC, 0xC, WINHTTP_HANDLE_TYPE_REQUEST, "self", 0),
                           created(0, 0, WINHTTP_HANDLE_TYPE_REQUEST, "null handle", 0)}));
        QVERIFY(tree.indexOf(0xA).isValid());
        QVERIFY(tree.indexOf(0xB).isValid());
        QVERIFY(tree.indexOf(0xC).isValid());
        QVERIFY(!tree.indexOf(0).isValid());
        tree.ingest(batch({created(0xD, 0xA, WINHTTP_HANDLE_TYPE_REQUEST, "child", 1)}));
        QCOMPARE(tree.indexOf(0xD).parent(), tree.indexOf(0xA));
        tree.clear();
        QCOMPARE(tree.rowCount(), 0);
    }

    // ---- TimelineModel -----------------------------------------------------------------------------------

    void timelineDecodesEvents_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("information");
        QTest::addColumn<int>("category");
        const auto Progress = int(TimelineCategory::Progress);
        const auto Completions = int(TimelineCategory::Completions);
        const auto Errors = int(TimelineCategory::Errors);
        const auto Handles = int(TimelineCategory::Handles);
        const auto Wire = int(TimelineCategory::Wire);
        QTest::newRow("name payload") << callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 1, "example.test")
                                      << "RESOLVING_NAME" << "example.test" << Progress;
        QTest::newRow("request error") << callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 1, {},
                                                   ERROR_WINHTTP_CANNOT_CONNECT, API_SEND_REQUEST)
                                       << "REQUEST_ERROR" << "API_SEND_REQUEST: ERROR_WINHTTP_CANNOT_CONNECT (12029)"
                                       << Errors;
        QTest::newRow("request error, unknown code")
            << callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 1, {}, 99999, 42) << "REQUEST_ERROR"
            << "API 42: 99999 (99999)" << Errors;
        QTest::newRow("secure failure") << callback(kRequest, WINHTTP_CALLBACK_STATUS_SECURE_FAILURE, 1, {},
                                                    WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA |
                                                        WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID)
                                        << "SECURE_FAILURE" << "INVALID_CA | CERT_CN_INVALID" << Errors;
        QTest::newRow("data available") << callback(kRequest, WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, 1, {}, 512)
                                        << "DATA_AVAILABLE" << "512 bytes" << Completions;
        QTest::newRow("interim response")
            << callback(kRequest, WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE, 1, {}, 100) << "INTERMEDIATE_RESPONSE"
            << "status 100" << Progress;
        QTest::newRow("handle closing") << callback(kRequest, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, 1)
                                        << "HANDLE_CLOSING" << "" << Handles;
        QTest::newRow("unknown status") << callback(kRequest, 0x40000000u, 1) << "0x40000000" << "" << Progress;
        QTest::newRow("handle created") << created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET / HTTP/1.1", 1)
                                        << "HandleCreated"
                                        << "request: GET / HTTP/1.1" << Handles;
        QTest::newRow("handle closed") << closed(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, 1) << "HandleClosed"
                                       << "connect" << Handles;
        QTest::newRow("option") << engine(EventKind::OptionChanged, kRequest, {}, 1, 45) << "OptionChanged"
                                << "option 45" << Handles;
        QTest::newRow("bytes received") <<
            [] {
                auto e = wire(EventKind::BytesReceived, kRequest, {}, 10, 1);
                e.number = 1000;
                return e;
            }() << "BytesReceived" << "1000 bytes at 10"
                                        << Wire;
        QTest::newRow("connection opened")
            << engine(EventKind::ConnectionOpened, kRequest, "127.0.0.1:5 -> 127.0.0.1:80", 1, 7) << "ConnectionOpened"
            << "#7 127.0.0.1:5 -> 127.0.0.1:80" << Wire;
        QTest::newRow("cookie") << engine(EventKind::CookieStored, kRequest, "a=b", 1) << "CookieStored" << "a=b"
                                << Wire;
        QTest::newRow("timing mark") << engine(EventKind::TimingMark, kRequest, "dns-start", 1) << "TimingMark"
                                     << "dns-start" << Progress;
        QTest::newRow("redirect decision") << engine(EventKind::RedirectDecision, kRequest, "200 final -> ", 1)
                                           << "RedirectDecision" << "200 final -> " << Progress;
    }

    void timelineDecodesEvents()
    {
        QFETCH(Event, event);
        TimelineModel timeline;
        const auto tester = testerFor(&timeline);
        timeline.ingest(batch({event}));
        QCOMPARE(timeline.rowCount(), 1);
        QFETCH(QString, name);
        QCOMPARE(cell(timeline, 0, TimelineColumn::Event), name);
        QFETCH(QString, information);
        QCOMPARE(cell(timeline, 0, TimelineColumn::Information), information);
        QFETCH(int, category);
        QCOMPARE(timeline.index(0, 0).data(TimelineRole::Category).toInt(), category);
        QCOMPARE(timeline.index(0, 0).data(TimelineRole::IsError).toBool(), category == int(TimelineCategory::Errors));
        const bool isCallback = event.kind == EventKind::Callback;
        QCOMPARE(cell(timeline, 0, TimelineColumn::Delivered), isCallback ? QStringLiteral("yes") : QString());
        QCOMPARE(timeline.index(0, 0).data(TimelineRole::Delivered).isValid(), isCallback);
    }

    void timelineColumns()
    {
        TimelineModel timeline;
        const auto tester = testerFor(&timeline);
        auto late = callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 12.3456789, {}, 5, 0, false);
        timeline.ingest(batch({callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 0.001), late}));
        QCOMPARE(cell(timeline, 0, TimelineColumn::Time), QStringLiteral("0.001"));
        QCOMPARE(cell(timeline, 1, TimelineColumn::Time), QStringLiteral("12.346"));
        QCOMPARE(timeline.index(1, 0).data(TimelineRole::TimeNs).toLongLong(), 12'345'678);
        QCOMPARE(cell(timeline, 1, TimelineColumn::Thread), QStringLiteral("4242"));
        QCOMPARE(cell(timeline, 1, TimelineColumn::Handle), QStringLiteral("0x1002"));
        QCOMPARE(cell(timeline, 1, TimelineColumn::Delivered), QStringLiteral("no"));
        QCOMPARE(timeline.headerData(TimelineColumn::Information, Qt::Horizontal).toString(),
                 QStringLiteral("Information"));
    }

    void timelineInsertsOncePerBatch_data()
    {
        QTest::addColumn<QList<int>>("batchSizes");
        QTest::newRow("one") << QList<int>{1};
        QTest::newRow("three") << QList<int>{5, 1, 100};
        QTest::newRow("huge") << QList<int>{100'000};
    }

    void timelineInsertsOncePerBatch()
    {
        QFETCH(QList<int>, batchSizes);
        TimelineModel timeline;
        const auto tester = testerFor(&timeline);
        QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
        int expectedRows = 0;
        for (int size : batchSizes) {
            std::vector<Event> events;
            events.reserve(static_cast<std::size_t>(size));
            for (int i = 0; i < size; ++i)
                events.push_back(callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, i * 0.01, {},
                                          static_cast<std::uint64_t>(expectedRows + i)));
            timeline.ingest(batch(std::move(events)));
            QCOMPARE(inserted.last().at(1).toInt(), expectedRows);
            expectedRows += size;
            QCOMPARE(inserted.last().at(2).toInt(), expectedRows - 1);
        }
        QCOMPARE(inserted.size(), batchSizes.size());
        QCOMPARE(timeline.rowCount(), expectedRows);
        QCOMPARE(timeline.index(expectedRows - 1, 0).data(TimelineRole::Number).toInt(), expectedRows - 1);
        timeline.ingest(batch({})); // an empty batch is no change at all
        QCOMPARE(inserted.size(), batchSizes.size());
    }

    // ---- TimelineFilterProxy -------------------------------------------------------------------------------

    void proxyFiltersByCategory_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("all") << int(kAllTimelineCategories);
        QTest::newRow("progress") << int(TimelineCategory::Progress);
        QTest::newRow("completions") << int(TimelineCategory::Completions);
        QTest::newRow("errors") << int(TimelineCategory::Errors);
        QTest::newRow("handles") << int(TimelineCategory::Handles);
        QTest::newRow("wire") << int(TimelineCategory::Wire);
        QTest::newRow("errors and handles") << int(TimelineCategory::Errors | TimelineCategory::Handles);
        QTest::newRow("none") << 0;
    }

    void proxyFiltersByCategory()
    {
        QFETCH(int, mask);
        const auto categories = TimelineCategories::fromInt(mask);
        TimelineModel timeline;
        TimelineFilterProxy proxy;
        proxy.setSourceModel(&timeline);
        const auto timelineTester = testerFor(&timeline);
        const auto proxyTester = testerFor(&proxy);
        proxy.setCategories(categories);
        auto events = redirectedGet();
        events.push_back(callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 20, {}, 12002, 5));
        timeline.ingest(batch(events));
        int expected = 0;
        for (const auto& e : events)
            expected += categories.testFlag(TimelineModel::categoryOf(e)) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(categories.testFlag(
                static_cast<TimelineCategory>(proxy.index(row, 0).data(TimelineRole::Category).toInt())));
        proxy.setCategories(kAllTimelineCategories);
        QCOMPARE(proxy.rowCount(), timeline.rowCount());
    }

    void proxyFiltersByHandleSubtree()
    {
        HandleTreeModel tree;
        TimelineModel timeline;
        TimelineFilterProxy proxy;
        proxy.setSourceModel(&timeline);
        const auto treeTester = testerFor(&tree);
        const auto timelineTester = testerFor(&timeline);
        const auto proxyTester = testerFor(&proxy);
        const auto feed = [&](std::vector<Event> events) {
            const auto b = batch(std::move(events));
            tree.ingest(b);
            timeline.ingest(b);
        };
        feed(redirectedGet());
        feed(redirectedGet(0x3000, 0x3001, 0x3002)); // a second session
        proxy.setHandleSubtree(kConnect, &tree);
        const auto handlesShown = [&proxy] {
            QSet<quintptr> handles;
            for (int row = 0; row < proxy.rowCount(); ++row)
                handles.insert(proxy.index(row, 0).data(TimelineRole::Handle).toULongLong());
            return handles;
        };
        QCOMPARE(handlesShown(), (QSet<quintptr>{kConnect, kRequest}));
        const int before = proxy.rowCount();
        // A request opened later on the same connect joins the filter by itself.
        feed({created(0x1003, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /later HTTP/1.1", 30),
              callback(0x1003, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 31),
              callback(0x3002, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 31)});
        QCOMPARE(proxy.rowCount(), before + 2);
        QCOMPARE(handlesShown(), (QSet<quintptr>{kConnect, kRequest, 0x1003}));

        proxy.setHandles({0x3002});
        QCOMPARE(handlesShown(), QSet<quintptr>{0x3002});
        proxy.setFilterKeyColumn(TimelineColumn::Event);
        proxy.setFilterRegularExpression(QStringLiteral("^REDIRECT$"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterRegularExpression(QString());
        proxy.clearHandleFilter();
        QCOMPARE(proxy.rowCount(), timeline.rowCount());
    }

    // ---- HeadersModel and MessageHeads ---------------------------------------------------------------------

    void headersParse_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("startLine");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<bool>>("malformed");
        QTest::newRow("response, CRLF")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n")
            << "HTTP/1.1 200 OK" << QStringList{"Content-Type", "Content-Length"} << QStringList{"text/plain", "5"}
            << QList<bool>{false, false};
        QTest::newRow("request, LF only, body after the blank line")
            << QByteArray("GET / HTTP/1.1\nHost: a\n\nX-Body: not a header\n") << "GET / HTTP/1.1"
            << QStringList{"Host"} << QStringList{"a"} << QList<bool>{false};
        QTest::newRow("value whitespace trimmed, empty value")
            << QByteArray("HTTP/1.1 204 No Content\r\nA:   spaced   \r\nB:\r\n\r\n") << "HTTP/1.1 204 No Content"
            << QStringList{"A", "B"} << QStringList{"spaced", ""} << QList<bool>{false, false};
        QTest::newRow("folded value") << QByteArray("HTTP/1.1 200 OK\r\nX: one\r\n  two\r\n\ttab\r\n\r\n")
                                      << "HTTP/1.1 200 OK" << QStringList{"X"} << QStringList{"one two tab"}
                                      << QList<bool>{false};
        QTest::newRow("line without colon, space in name")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\nBad Name: v\r\n\r\n") << "HTTP/1.1 200 OK"
            << QStringList{"no colon here", "Bad Name"} << QStringList{"", "v"} << QList<bool>{true, true};
        QTest::newRow("UTF-8 value") << QByteArray("HTTP/1.1 200 OK\r\nX: caf\xc3\xa9\r\n\r\n") << "HTTP/1.1 200 OK"
                                     << QStringList{"X"} << QStringList{QStringLiteral("café")} << QList<bool>{false};
        QTest::newRow("Latin-1 value") << QByteArray("HTTP/1.1 200 OK\r\nX: caf\xe9\r\n\r\n") << "HTTP/1.1 200 OK"
                                       << QStringList{"X"} << QStringList{QStringLiteral("café")} << QList<bool>{false};
        QTest::newRow("no terminator") << QByteArray("HTTP/1.1 200 OK\r\nA: b") << "HTTP/1.1 200 OK" << QStringList{"A"}
                                       << QStringList{"b"} << QList<bool>{false};
        QTest::newRow("start line only") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << "HTTP/1.1 200 OK" << QStringList{}
                                         << QStringList{} << QList<bool>{};
        QTest::newRow("empty") << QByteArray() << "" << QStringList{} << QStringList{} << QList<bool>{};
    }

    void headersParse()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, values);
        QFETCH(QList<bool>, malformed);
        HeadersModel headers;
        const auto tester = testerFor(&headers);
        headers.setRawHead(QByteArray("HTTP/1.1 500 Stale\r\nOld: x\r\n\r\n"));
        QFETCH(QByteArray, head);
        headers.setRawHead(head);
        QFETCH(QString, startLine);
        QCOMPARE(headers.startLine(), startLine);
        QCOMPARE(headers.rowCount(), names.size());
        for (int row = 0; row < headers.rowCount(); ++row) {
            QCOMPARE(cell(headers, row, HeadersColumn::Name), names[row]);
            QCOMPARE(cell(headers, row, HeadersColumn::Value), values[row]);
            QCOMPARE(headers.index(row, 0).data(HeadersRole::Malformed).toBool(), malformed[row]);
        }
    }

    void headersLookUpByName()
    {
        HeadersModel headers;
        const auto tester = testerFor(&headers);
        headers.setRawHead("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\n");
        QCOMPARE(headers.value(u"SET-COOKIE"), QStringLiteral("a=1"));
        QVERIFY(headers.value(u"Missing").isNull());
        headers.clear();
        QCOMPARE(headers.rowCount(), 0);
    }

    void messageHeadsCutHeadsOutOfWireBytes()
    {
        MessageHeads heads;
        QSignalSpy changed(&heads, &MessageHeads::headsChanged);
        heads.ingest(batch(redirectedGet()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(heads.requestHeads(kRequest).size(), 2);
        QCOMPARE(heads.requestHead(kRequest), QByteArray("GET /new HTTP/1.1\r\nHost: example.test:8080\r\n\r\n"));
        QCOMPARE(heads.responseHeads(kRequest).size(), 2);
        QCOMPARE(heads.responseHead(kRequest), QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"));
        heads.forget({kRequest});
        QVERIFY(heads.responseHead(kRequest).isEmpty());
    }

    void messageHeadsFollowSplitAndInterimHeads_data()
    {
        QTest::addColumn<QStringList>("chunks");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one read") << QStringList{"HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody"}
                                  << QStringList{"HTTP/1.1 200 OK\r\nA: b\r\n\r\n"};
        QTest::newRow("split in three") << QStringList{"HTTP/1.1 200 OK\r\nA", ": b\r", "\n\r\nbody", "more body"}
                                        << QStringList{"HTTP/1.1 200 OK\r\nA: b\r\n\r\n"};
        QTest::newRow("100 then 200 in one read")
            << QStringList{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nbody"}
            << QStringList{"HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n"};
        QTest::newRow("103 then 200 in two reads")
            << QStringList{"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n"}
            << QStringList{"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n"};
        QTest::newRow("body bytes that look like a status line are not a head")
            << QStringList{"HTTP/1.1 200 OK\r\n\r\n", "x", "HTTP/1.1 200 OK\r\n\r\n"}
            << QStringList{"HTTP/1.1 200 OK\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n"};
    }

    void messageHeadsFollowSplitAndInterimHeads()
    {
        QFETCH(QStringList, chunks);
        MessageHeads heads;
        std::vector<Event> events;
        std::uint64_t offset = 0;
        for (const auto& chunk : chunks) {
            events.push_back(wire(EventKind::BytesReceived, kRequest, chunk.toStdString(), offset, 1));
            offset += static_cast<std::uint64_t>(chunk.size());
        }
        heads.ingest(batch(events));
        QStringList found;
        for (const auto& head : heads.responseHeads(kRequest))
            found << QString::fromLatin1(head);
        QFETCH(QStringList, expected);
        QCOMPARE(found, expected);
        QVERIFY(!heads.responseHead(kRequest).startsWith("HTTP/1.1 1"));
    }

    void messageHeadsKeepWhatACutWindowLeft()
    {
        MessageHeads heads;
        auto event = wire(EventKind::BytesReceived, kRequest, "HTTP/1.1 200 OK\r\nHuge: xxxx", 0, 1);
        event.number = 200'000; // the bridge kept only the start of a larger read
        heads.ingest(batch({event}));
        QCOMPARE(heads.responseHead(kRequest), QByteArray("HTTP/1.1 200 OK\r\nHuge: xxxx"));
    }

    // ---- HopLedgerModel ----------------------------------------------------------------------------------

    void hopDecisionsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("leadsOn");
        QTest::newRow("final") << "200 final -> " << 200 << "final" << "" << false;
        QTest::newRow("followed") << "302 followed -> /cookies" << 302 << "followed" << "/cookies" << true;
        QTest::newRow("rewritten") << "303 method rewritten POST→GET, body dropped -> https://b.test/x" << 303
                                   << "method rewritten POST→GET, body dropped" << "https://b.test/x" << true;
        QTest::newRow("refused") << "301 refused by policy: https to http -> http://a.test/" << 301
                                 << "refused by policy: https to http" << "http://a.test/" << false;
        QTest::newRow("challenge") << "401 answered the challenge with the credentials set -> " << 401
                                   << "answered the challenge with the credentials set" << "" << true;
        QTest::newRow("no status") << "odd" << 0 << "odd" << "" << false;
    }

    void hopDecisionsParse()
    {
        QFETCH(QString, text);
        const auto hop =
            HopLedgerModel::parseDecision(engine(EventKind::RedirectDecision, kRequest, text.toStdString(), 1));
        QFETCH(int, status);
        QCOMPARE(hop.status, status);
        QFETCH(QString, decision);
        QCOMPARE(hop.decision, decision);
        QFETCH(QString, location);
        QCOMPARE(hop.location, location);
        QFETCH(bool, leadsOn);
        QCOMPARE(hop.leadsOn, leadsOn);
    }

    void hopLedgerFollowsARedirect_data()
    {
        QTest::addColumn<bool>("eventByEvent");
        QTest::addColumn<bool>("selectFirst");
        QTest::newRow("one batch, selected before") << false << true;
        QTest::newRow("event by event, selected before") << true << true;
        QTest::newRow("one batch, selected after") << false << false;
    }

    void hopLedgerFollowsARedirect()
    {
        QFETCH(bool, eventByEvent);
        QFETCH(bool, selectFirst);
        HopLedgerModel ledger;
        const auto tester = testerFor(&ledger);
        QSignalSpy inserted(&ledger, &QAbstractItemModel::rowsInserted);
        if (selectFirst)
            ledger.setRequest(kRequest);
        const auto events = redirectedGet();
        if (eventByEvent) {
            for (const auto& e : events)
                ledger.ingest(batch({e}));
        } else {
            ledger.ingest(batch(events));
        }
        if (!selectFirst)
            ledger.setRequest(kRequest);
        QCOMPARE(inserted.size(), selectFirst ? (eventByEvent ? 2 : 1) : 0);
        QCOMPARE(ledger.rowCount(), 2);
        QCOMPARE(ledger.initialUrl(kRequest), QStringLiteral("http://example.test:8080/old"));
        // Hop, Status, Decision, Location, UrlAfter, Method, Url, DroppedHeaders, Cookies, Time
        const QStringList first{
            "1", "301", "followed", "/new", "http://example.test:8080/new", "GET", "http://example.test:8080/old",
            "",  "",    "5.0 ms"};
        const QStringList second{
            "2", "200", "final", "", "http://example.test:8080/new", "GET", "http://example.test:8080/new",
            "",  "",    "2.0 ms"};
        for (int column = 0; column < HopLedgerColumn::Count; ++column) {
            QCOMPARE(cell(ledger, 0, column), first[column]);
            QCOMPARE(cell(ledger, 1, column), second[column]);
        }
        QCOMPARE(ledger.index(0, 0).data(HopLedgerRole::IsFinal).toBool(), false);
        QCOMPARE(ledger.index(1, 0).data(HopLedgerRole::IsFinal).toBool(), true);
    }

    void hopLedgerSwitchesRequests()
    {
        HopLedgerModel ledger;
        const auto tester = testerFor(&ledger);
        ledger.ingest(batch(redirectedGet()));
        ledger.ingest(batch({created(0x2000, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "POST /form HTTP/1.1 secure", 20),
                             engine(EventKind::RedirectDecision, 0x2000,
                                    "301 refused by policy: https to http -> "
                                    "http://example.test/",
                                    21)}));
        ledger.setRequest(0x2000);
        QCOMPARE(ledger.rowCount(), 1);
        QCOMPARE(cell(ledger, 0, HopLedgerColumn::UrlAfter), QStringLiteral("https://example.test:8080/form"));
        QCOMPARE(ledger.index(0, 0).data(HopLedgerRole::IsFinal).toBool(), true);
        ledger.setRequest(kRequest);
        QCOMPARE(ledger.rowCount(), 2);
        ledger.forget({kRequest});
        QCOMPARE(ledger.rowCount(), 0);
        QCOMPARE(ledger.request(), quintptr(0));
    }
};

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
