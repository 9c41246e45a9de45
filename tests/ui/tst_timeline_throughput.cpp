// How fast the timeline takes events in: a million synthetic events, in batches as the bridge makes them.
// Measured and printed (docs/ui-data-flow.md quotes the numbers); only a generous sanity bound is asserted.
#include "bridge/engine_bridge.h"
#include "models/timeline_filter_proxy.h"
#include "models/timeline_model.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

#include <fstream>
#include <thread>
#include <unistd.h>

#include "tst_event_factory.h" // last: <windows.h> defines macros Qt's headers must not see

using namespace hs::uitest;
using namespace hinterscope;

namespace {

constexpr int kEvents = 1'000'000;
constexpr int kBatch = 10'000;
constexpr qint64 kSanityBoundMs = 30'000;

// What a busy trace looks like: mostly read loops and wire chunks, some names and marks.
Event syntheticEvent(int i)
{
    const auto handle = static_cast<std::uintptr_t>(0x1000 + i % 64);
    const double ms = i * 0.01;
    switch (i % 8) {
    case 0:
        return callback(handle, WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, ms, {}, 16384);
    case 1:
        return callback(handle, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, ms, {}, 16384);
    case 2: {
        auto e = wire(EventKind::BytesReceived, handle, {}, static_cast<std::uint64_t>(i) * 16384, ms);
        e.number = 16384;
        return e;
    }
    case 3: {
        auto e = wire(EventKind::BodyDecoded, handle, {}, static_cast<std::uint64_t>(i) * 16384, ms);
        e.number = 16384;
        return e;
    }
    case 4:
        return callback(handle, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, ms, "host-" + std::to_string(i % 100));
    case 5:
        return engine(EventKind::TimingMark, handle, "first-byte", ms);
    case 6:
        return callback(handle, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, ms);
    default:
        return callback(handle, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, ms, {}, ERROR_WINHTTP_TIMEOUT, API_READ_DATA);
    }
}

std::vector<EventBatch> syntheticBatches(int events, int perBatch)
{
    std::vector<EventBatch> batches;
    for (int first = 0; first < events; first += perBatch) {
        std::vector<Event> list;
        list.reserve(static_cast<std::size_t>(perBatch));
        for (int i = first; i < std::min(events, first + perBatch); ++i)
            list.push_back(syntheticEvent(i));
        batches.push_back(batch(std::move(list)));
    }
    return batches;
}

qint64 residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<qint64>(resident) * ::sysconf(_SC_PAGESIZE);
}

} // namespace

class tst_TimelineThroughput : public QObject {
    Q_OBJECT

private slots:
    // The same events and batches under the model tester, at a size the tester can walk.
    void syntheticStreamIsValid()
    {
        TimelineModel timeline;
        TimelineFilterProxy proxy;
        proxy.setSourceModel(&timeline);
        QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setCategories(TimelineCategory::Errors);
        for (const auto& b : syntheticBatches(20'000, kBatch))
            timeline.ingest(b);
        QCOMPARE(timeline.rowCount(), 20'000);
        QCOMPARE(proxy.rowCount(), 20'000 / 8);
        QCOMPARE(timeline.index(4, TimelineColumn::Information).data().toString(), QStringLiteral("host-4"));
        QCOMPARE(timeline.index(7, TimelineColumn::Information).data().toString(),
                 QStringLiteral("API_READ_DATA: ERROR_WINHTTP_TIMEOUT (12002)"));
    }

    // The two measurements run without a tester: QAbstractItemModelTester walks every row on each insert, so
    // with one attached this test takes about three minutes and measures the tester (quadratic), not the
    // model. syntheticStreamIsValid() runs the same events and batches under one.
    void ingestsAMillionEvents()
    {
        const auto batches = syntheticBatches(kEvents, kBatch);
        const qint64 before = residentBytes();
        TimelineModel timeline;
        QElapsedTimer timer;
        timer.start();
        for (const auto& b : batches)
            timeline.ingest(b);
        const qint64 ns = timer.nsecsElapsed();
        const qint64 growth = residentBytes() - before;
        QCOMPARE(timeline.rowCount(), kEvents);
        const double seconds = static_cast<double>(ns) / 1e9;
        qInfo("TimelineModel: %d events in %d batches of %d: %.1f ms, %.2f million events/s, %.1f MB resident "
              "for the rows (%zu-byte rows)",
              kEvents, kEvents / kBatch, kBatch, static_cast<double>(ns) / 1e6, kEvents / seconds / 1e6,
              static_cast<double>(growth) / 1e6, sizeof(TimelineModel::Row));
        QVERIFY2(ns / 1'000'000 < kSanityBoundMs, qPrintable(QStringLiteral("%1 ms").arg(ns / 1'000'000)));

        TimelineFilterProxy proxy;
        proxy.setSourceModel(&timeline);
        timer.restart();
        proxy.setCategories(TimelineCategory::Errors);
        const int shown = proxy.rowCount(); // the proxy maps lazily: this is where it filters
        const qint64 filterNs = timer.nsecsElapsed();
        QCOMPARE(shown, kEvents / 8);
        qInfo("TimelineFilterProxy: filtering %d rows by category: %.1f ms", kEvents,
              static_cast<double>(filterNs) / 1e6);
        QVERIFY(filterNs / 1'000'000 < kSanityBoundMs);
    }

    // Engine thread → queue → GUI timer → batches → model, all of it.
    void aMillionEventsThroughTheBridge()
    {
        EngineBridge bridge;
        TimelineModel timeline;
        connect(&bridge, &EngineBridge::eventsArrived, &timeline, &TimelineModel::ingest);
        std::vector<Event> events;
        events.reserve(kEvents);
        for (int i = 0; i < kEvents; ++i)
            events.push_back(syntheticEvent(i));
        const auto observer = bridge.observer();
        int batches = 0;
        connect(&bridge, &EngineBridge::eventsArrived, this, [&batches] { ++batches; });
        QElapsedTimer timer;
        timer.start();
        std::jthread engine([&] {
            for (const auto& e : events)
                observer->on_event(e);
        });
        QTRY_VERIFY_WITH_TIMEOUT(timeline.rowCount() == kEvents, kSanityBoundMs);
        const qint64 ns = timer.nsecsElapsed();
        qInfo("EngineBridge → TimelineModel: %d events from one engine thread in %d batches: %.1f ms, %.2f million "
              "events/s",
              kEvents, batches, static_cast<double>(ns) / 1e6, kEvents / (static_cast<double>(ns) / 1e9) / 1e6);
    }
};

QTEST_GUILESS_MAIN(tst_TimelineThroughput)
#include "tst_timeline_throughput.moc"
