// The engine → GUI bridge: batching, early flushes, trimming of bytes, and the body store behind it.
#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "bridge/event_queue.h"
#include "bridge/wire_heads.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fstream>
#include <map>
#include <thread>
#include <unistd.h>

#include "tst_event_factory.h" // last: <windows.h> defines macros Qt's headers must not see

using namespace hs::uitest;
using hinterscope::BodyStore;
using hinterscope::EngineBridge;
using hinterscope::EventBatch;
using hinterscope::EventQueue;

namespace {

std::string pattern(std::size_t size, std::size_t start = 0)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<char>('a' + (start + i) % 26);
    return bytes;
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

class tst_Bridge : public QObject {
    Q_OBJECT

private slots:
    // ---- recognising heads in wire bytes -----------------------------------------------------------------

    void wireHeads_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<bool>("request");
        QTest::addColumn<bool>("response");
        QTest::addColumn<int>("headLength");
        QTest::addColumn<int>("status");
        QTest::newRow("GET head") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody") << true << false << 27 << 0;
        QTest::newRow("CONNECT head") << QByteArray("CONNECT a:443 HTTP/1.1\r\n\r\n") << true << false << 26 << 0;
        QTest::newRow("HTTP/1.0 request") << QByteArray("POST /x HTTP/1.0\n\n") << true << false << 18 << 0;
        QTest::newRow("status line") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n\r\nxyz") << false << true << 25 << 200;
        QTest::newRow("incomplete response") << QByteArray("HTTP/1.1 404 Not") << false << true << 0 << 404;
        QTest::newRow("body bytes") << QByteArray("{\"json\": true}\r\n\r\n") << false << false << 18 << 0;
        QTest::newRow("lower-case verb line without version")
            << QByteArray("get /\r\n\r\n") << false << false << 9 << 0;
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << true << 19 << 0;
        QTest::newRow("empty") << QByteArray() << false << false << 0 << 0;
    }

    void wireHeads()
    {
        QFETCH(QByteArray, chunk);
        const std::string_view view(chunk.constData(), static_cast<std::size_t>(chunk.size()));
        QFETCH(bool, request);
        QCOMPARE(hinterscope::wire::startsRequestHead(view), request);
        QFETCH(bool, response);
        QCOMPARE(hinterscope::wire::startsResponseHead(view), response);
        QFETCH(int, headLength);
        QCOMPARE(static_cast<int>(hinterscope::wire::headLength(view)), headLength);
        QFETCH(int, status);
        QCOMPARE(hinterscope::wire::statusCode(view), status);
    }

    // ---- the queue: what engine threads leave behind -----------------------------------------------------

    void queueTrimsBytes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("kept");
        const QByteArray head("GET /a HTTP/1.1\r\nHost: h\r\n\r\n");
        const QByteArray body(100'000, 'x');
        QTest::newRow("request head, body behind it") << int(EventKind::BytesSent) << head + body << head;
        QTest::newRow("streamed request body") << int(EventKind::BytesSent) << body << QByteArray();
        QTest::newRow("response head and body start")
            << int(EventKind::BytesReceived) << QByteArray("HTTP/1.1 200 OK\r\n\r\nabc")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\nabc");
        QTest::newRow("large first read: the window")
            << int(EventKind::BytesReceived) << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + body
            << (QByteArray("HTTP/1.1 200 OK\r\n\r\n") + body).left(hinterscope::wire::kMaxHeadBytes);
        QTest::newRow("body chunk") << int(EventKind::BytesReceived) << body << QByteArray();
        QTest::newRow("decoded body") << int(EventKind::BodyDecoded) << QByteArray("hello") << QByteArray();
    }

    void queueTrimsBytes()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, bytes);
        auto store = std::make_shared<BodyStore>();
        EventQueue queue(store, 1000);
        queue.on_event(wire(static_cast<EventKind>(kind), kRequest, bytes.toStdString(), 0, 1));
        const auto events = queue.take();
        QCOMPARE(events.size(), 1u);
        QFETCH(QByteArray, kept);
        QCOMPARE(QByteArray::fromStdString(events[0].bytes), kept);
        QCOMPARE(events[0].number, static_cast<std::uint64_t>(bytes.size())); // the full length survives
        if (static_cast<EventKind>(kind) == EventKind::BodyDecoded)
            QCOMPARE(store->read(kRequest, 0, 100), bytes);
        else
            QCOMPARE(store->size(kRequest), 0);
        QVERIFY(queue.take().empty());
    }

    void queueKeepsAResponseHeadSplitAcrossReads()
    {
        EventQueue queue(nullptr, 1000);
        queue.on_event(wire(EventKind::BytesReceived, kRequest, "HTTP/1.1 200 OK\r\nContent-", 0, 1));
        queue.on_event(wire(EventKind::BytesReceived, kRequest, "Length: 3\r\n\r\nabc", 26, 2));
        queue.on_event(wire(EventKind::BytesReceived, kRequest, "more body", 42, 3));
        const auto events = queue.take();
        QCOMPARE(events.size(), 3u);
        QCOMPARE(events[0].bytes, std::string("HTTP/1.1 200 OK\r\nContent-"));
        QCOMPARE(events[1].bytes, std::string("Length: 3\r\n\r\nabc"));
        QCOMPARE(events[2].bytes, std::string()); // the head ended: body bytes are not kept
        QCOMPARE(events[2].number, 9u);
    }

    // ---- the bridge: engine threads in, GUI batches out --------------------------------------------------

    void batchesEventsFromManyThreadsInOrder()
    {
        EngineBridge bridge;
        QSignalSpy spy(&bridge, &EngineBridge::eventsArrived);
        constexpr int kThreads = 4;
        constexpr int kPerThread = 5000;
        std::vector<std::thread> threads;
        const auto observer = bridge.observer();
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([observer, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    auto e = callback(kRequest + static_cast<std::uintptr_t>(t), WINHTTP_CALLBACK_STATUS_READ_COMPLETE,
                                      i * 0.001, {}, static_cast<std::uint64_t>(i));
                    observer->on_event(e);
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        const auto delivered = [&spy] {
            std::size_t total = 0;
            for (const auto& arguments : spy)
                total += arguments.at(0).value<EventBatch>().size();
            return total;
        };
        QTRY_COMPARE_WITH_TIMEOUT(delivered(), std::size_t(kThreads * kPerThread), 10'000);
        QVERIFY2(spy.size() < 100, qPrintable(QString::number(spy.size()))); // batches, not events
        std::map<std::uintptr_t, std::uint64_t> next;
        std::uint64_t origin = 0;
        for (const auto& arguments : spy) {
            const auto batch = arguments.at(0).value<EventBatch>();
            QVERIFY(!batch.empty());
            origin = origin == 0 ? batch.origin_ns : origin;
            QCOMPARE(batch.origin_ns, origin); // one origin for the whole trace
            for (const auto& e : batch) {
                QCOMPARE(e.number, next[e.handle]); // each thread's events stay in order
                ++next[e.handle];
            }
        }
    }

    void flushesEarlyWhenTheQueueIsLong()
    {
        EngineBridge bridge;
        bridge.setInterval(std::chrono::hours(1)); // only the early flush can deliver
        QSignalSpy spy(&bridge, &EngineBridge::eventsArrived);
        const auto observer = bridge.observer();
        std::thread producer([observer] {
            for (std::size_t i = 0; i < EngineBridge::kEarlyFlushEvents + 10; ++i)
                observer->on_event(callback(kRequest, WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, 1, {}, i));
        });
        producer.join();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QVERIFY(spy.at(0).at(0).value<EventBatch>().size() >= EngineBridge::kEarlyFlushEvents);
        QCOMPARE(spy.at(0).at(0).value<EventBatch>().size(), EngineBridge::kEarlyFlushEvents + 10);
    }

    void aFullQueueDropsAndCounts()
    {
        EventQueue queue(nullptr, 1000, 3);
        for (int i = 0; i < 5; ++i)
            queue.on_event(callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, i));
        QCOMPARE(queue.take().size(), 3u);
        QCOMPARE(queue.dropped(), 2u);
        queue.on_event(callback(kRequest, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 9));
        QCOMPARE(queue.take().size(), 1u); // room again once drained
        QCOMPARE(queue.dropped(), 2u);
    }

    void bodyBytesGoToTheStoreNotTheBatch()
    {
        EngineBridge bridge;
        QSignalSpy spy(&bridge, &EngineBridge::eventsArrived);
        const auto observer = bridge.observer();
        std::thread engine([observer] {
            observer->on_event(wire(EventKind::BodyDecoded, kRequest, "hello ", 0, 1));
            observer->on_event(wire(EventKind::BodyDecoded, kRequest, "world", 6, 2));
        });
        engine.join();
        bridge.flush();
        QCOMPARE(spy.size(), 1);
        const auto batch = spy.at(0).at(0).value<EventBatch>();
        QCOMPARE(batch.size(), 2u);
        QVERIFY(batch[0].bytes.empty());
        QCOMPARE(batch[1].number, 5u);
        QCOMPARE(bridge.bodyStore().read(kRequest, 0, 100), QByteArray("hello world"));
        bridge.flush();
        QCOMPARE(spy.size(), 1); // nothing queued, nothing emitted
    }

    void attachRefusesWhatIsNotASession()
    {
        EngineBridge bridge;
        QVERIFY(!bridge.attach(nullptr));
        QVERIFY(!bridge.attach(reinterpret_cast<HINTERNET>(0xdead)));
        QVERIFY(!bridge.isAttached());
        bridge.attachGlobal();
        QVERIFY(bridge.isAttached());
        bridge.detach();
        QVERIFY(!bridge.isAttached());
    }

    // ---- the body store ---------------------------------------------------------------------------------

    void bodyStoreKeepsBytesInMemoryThenSpools_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("chunks");
        QTest::addColumn<bool>("spooled");
        QTest::newRow("below the threshold") << 1024 << 100 << 10 << false;
        QTest::newRow("exactly the threshold") << 1000 << 100 << 10 << false;
        QTest::newRow("one byte over") << 1000 << 1001 << 1 << true;
        QTest::newRow("crosses mid-stream") << 1000 << 300 << 10 << true;
        QTest::newRow("many small chunks") << 4096 << 7 << 2000 << true;
    }

    void bodyStoreKeepsBytesInMemoryThenSpools()
    {
        QFETCH(int, threshold);
        QFETCH(int, chunk);
        QFETCH(int, chunks);
        BodyStore store(threshold);
        const auto expected = pattern(static_cast<std::size_t>(chunk * chunks));
        for (int i = 0; i < chunks; ++i)
            store.append(kRequest, static_cast<std::uint64_t>(i * chunk),
                         std::string_view(expected).substr(static_cast<std::size_t>(i * chunk),
                                                           static_cast<std::size_t>(chunk)));
        const auto body = store.body(kRequest);
        QVERIFY(body);
        QFETCH(bool, spooled);
        QCOMPARE(body->isSpooled(), spooled);
        QCOMPARE(body->size(), static_cast<qint64>(expected.size()));
        QVERIFY(body->memoryBytes() <= threshold);
        QCOMPARE(body->read(0, body->size()), QByteArray::fromStdString(expected)); // the memory part kept
        QCOMPARE(body->droppedChunks(), 0);
        QCOMPARE(store.memoryInUse(), body->memoryBytes());
    }

    void bodyStoreReads_data()
    {
        QTest::addColumn<bool>("spooled");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<qint64>("expectedLength");
        for (bool spooled : {false, true}) {
            const char* where = spooled ? "file" : "memory";
            QTest::addRow("%s: all", where) << spooled << qint64(0) << qint64(5000) << qint64(5000);
            QTest::addRow("%s: middle", where) << spooled << qint64(1234) << qint64(100) << qint64(100);
            QTest::addRow("%s: past the end", where) << spooled << qint64(4990) << qint64(100) << qint64(10);
            QTest::addRow("%s: at the end", where) << spooled << qint64(5000) << qint64(1) << qint64(0);
            QTest::addRow("%s: negative offset", where) << spooled << qint64(-1) << qint64(10) << qint64(0);
            QTest::addRow("%s: zero length", where) << spooled << qint64(10) << qint64(0) << qint64(0);
        }
    }

    void bodyStoreReads()
    {
        QFETCH(bool, spooled);
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        QFETCH(qint64, expectedLength);
        BodyStore store(spooled ? 100 : 1'000'000);
        const auto bytes = pattern(5000);
        store.append(kRequest, 0, bytes);
        QCOMPARE(store.body(kRequest)->isSpooled(), spooled);
        const auto read = store.read(kRequest, offset, length);
        QCOMPARE(read.size(), expectedLength);
        if (expectedLength > 0)
            QCOMPARE(read, QByteArray::fromStdString(bytes.substr(static_cast<std::size_t>(offset),
                                                                  static_cast<std::size_t>(expectedLength))));
    }

    void bodyStorePlacesChunksByOffset_data()
    {
        QTest::addColumn<QList<qint64>>("offsets");
        QTest::addColumn<QStringList>("chunks");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("dropped");
        QTest::newRow("in order") << QList<qint64>{0, 3} << QStringList{"abc", "def"} << QByteArray("abcdef") << 0;
        QTest::newRow("the same chunk twice")
            << QList<qint64>{0, 0, 3} << QStringList{"abc", "abc", "def"} << QByteArray("abcdef") << 0;
        QTest::newRow("overlapping") << QList<qint64>{0, 2} << QStringList{"abc", "cdef"} << QByteArray("abcdef") << 0;
        QTest::newRow("a gap is dropped")
            << QList<qint64>{0, 10, 3} << QStringList{"abc", "zzz", "def"} << QByteArray("abcdef") << 1;
        QTest::newRow("end offsets (a decoder's) are dropped")
            << QList<qint64>{3, 0, 6, 3} << QStringList{"abc", "abc", "def", "def"} << QByteArray("abcdef") << 2;
    }

    void bodyStorePlacesChunksByOffset()
    {
        QFETCH(QList<qint64>, offsets);
        QFETCH(QStringList, chunks);
        QFETCH(QByteArray, expected);
        QFETCH(int, dropped);
        for (int threshold : {1000, 4}) {
            BodyStore store(threshold);
            for (qsizetype i = 0; i < offsets.size(); ++i)
                store.append(kRequest, static_cast<std::uint64_t>(offsets[i]), chunks[i].toStdString());
            QCOMPARE(store.read(kRequest, 0, 100), expected);
            QCOMPARE(store.body(kRequest)->droppedChunks(), dropped);
        }
    }

    void bodyStoreBudgetSpoolsEarly()
    {
        BodyStore store(1000, 1500); // each body may hold 1000 bytes, all together 1500
        store.append(1, 0, pattern(800));
        store.append(2, 0, pattern(800));
        QVERIFY(!store.body(1)->isSpooled());
        QVERIFY(store.body(2)->isSpooled());
        QCOMPARE(store.memoryInUse(), 800);
        QCOMPARE(store.read(2, 0, 800), QByteArray::fromStdString(pattern(800)));
        store.remove(1);
        QCOMPARE(store.memoryInUse(), 0);
        QCOMPARE(store.handles(), QList<quintptr>{2});
    }

    void bodyStoreAppendsFromManyThreads()
    {
        BodyStore store(50'000);
        std::vector<std::thread> threads;
        for (quintptr handle = 1; handle <= 4; ++handle) {
            threads.emplace_back([&store, handle] {
                const auto bytes = pattern(100'000, handle);
                for (std::size_t offset = 0; offset < bytes.size(); offset += 1000)
                    store.append(handle, offset, std::string_view(bytes).substr(offset, 1000));
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (quintptr handle = 1; handle <= 4; ++handle)
            QCOMPARE(store.read(handle, 0, 200'000), QByteArray::fromStdString(pattern(100'000, handle)));
    }

    void bodyStoreSavesAtomically_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("threshold");
        QTest::newRow("empty") << 0 << 100;
        QTest::newRow("in memory") << 5000 << 10'000;
        QTest::newRow("spooled, several save chunks") << 3 * 1024 * 1024 + 17 << 1024;
    }

    void bodyStoreSavesAtomically()
    {
        QFETCH(int, size);
        QFETCH(int, threshold);
        BodyStore store(threshold);
        const auto bytes = pattern(static_cast<std::size_t>(size));
        store.append(kRequest, 0, bytes);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("body.bin"));
        QString error;
        QVERIFY2(store.saveTo(kRequest, path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray::fromStdString(bytes));
    }

    void bodyStoreSaveReportsErrors()
    {
        BodyStore store;
        store.append(kRequest, 0, "abc");
        QString error;
        QVERIFY(!store.saveTo(kRequest, QStringLiteral("/nonexistent-directory/body.bin"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-directory/body.bin")));
    }

    void bodyStoreStaysBoundedForAGibibyte()
    {
        BodyStore store; // the defaults: 4 MiB in memory per body
        const qint64 before = residentBytes();
        constexpr std::size_t kChunk = 1024 * 1024;
        constexpr std::size_t kTotal = 1024 * kChunk;
        std::string chunk = pattern(kChunk);
        qint64 peakMemory = 0;
        std::thread engine([&] {
            for (std::size_t offset = 0; offset < kTotal; offset += kChunk) {
                chunk[0] = static_cast<char>(offset / kChunk); // each chunk recognisable
                store.append(kRequest, offset, chunk);
                peakMemory = std::max(peakMemory, store.memoryInUse());
            }
        });
        engine.join();
        const auto body = store.body(kRequest);
        QCOMPARE(body->size(), static_cast<qint64>(kTotal));
        QVERIFY(body->isSpooled());
        QVERIFY(peakMemory <= BodyStore::kDefaultMemoryThreshold);
        const qint64 growth = residentBytes() - before;
        QVERIFY2(growth < 64 * 1024 * 1024, qPrintable(QStringLiteral("RSS grew by %1 bytes").arg(growth)));
        for (std::size_t index : {std::size_t(0), std::size_t(3), std::size_t(700), std::size_t(1023)}) {
            const auto read = body->read(static_cast<qint64>(index * kChunk), 4);
            QCOMPARE(read.size(), 4);
            QCOMPARE(static_cast<unsigned char>(read[0]), static_cast<unsigned char>(index));
            QCOMPARE(read.mid(1), QByteArray::fromStdString(pattern(4).substr(1)));
        }
        QCOMPARE(body->read(0, 2 * BodyStore::kDefaultMemoryThreshold * 100).size(),
                 hinterscope::ResponseBody::kMaxReadLength); // one read is bounded too
    }
};

QTEST_GUILESS_MAIN(tst_Bridge)
#include "tst_bridge.moc"
