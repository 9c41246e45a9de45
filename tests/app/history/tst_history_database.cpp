// The SQLite history: record/search/filter, paging, re-open, pruning to a cap, WAL mode, a damaged file
// moved aside, a writer killed with SIGKILL, and the asynchronous HistoryStore the GUI uses.
#include "history/exchange_record_json.h"
#include "history/history_database.h"
#include "history/history_store.h"

#include "history_fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;
using hinterscope::testing::makeRecord;

namespace {

const QDateTime base = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC);

// Six exchanges, oldest first, an hour apart.
void fill(HistoryDatabase& database)
{
    const QList<ExchangeRecord> records{
        makeRecord(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1/get?a=1"), 200, base),
        makeRecord(QStringLiteral("POST"), QStringLiteral("http://127.0.0.1/post"), 201, base.addSecs(3600),
                   {{QStringLiteral("X-Trace-Id"), QStringLiteral("Abc-123"), true}}),
        makeRecord(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1/redirect/2"), 302, base.addSecs(7200)),
        makeRecord(QStringLiteral("DELETE"), QStringLiteral("http://127.0.0.1/things/9"), 404, base.addSecs(10800)),
        makeRecord(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1/status/503"), 503, base.addSecs(14400)),
        makeRecord(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:9/refused_100%"), 0, base.addSecs(18000)),
    };
    for (const auto& record : records)
        QVERIFY2(database.record(record) != 0, qPrintable(database.lastError()));
}

QStringList paths(const HistoryPage& page)
{
    QStringList list;
    for (const auto& entry : page.entries)
        list << QUrl(entry.url).path();
    return list;
}

QString pragma(const QString& path, const QString& name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

QStringList corruptCopies(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}

} // namespace

class tst_HistoryDatabase : public QObject {
    Q_OBJECT

private slots:
    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<int>("fromHour"); // -1: no bound
        QTest::addColumn<int>("toHour");
        QTest::addColumn<QStringList>("expected"); // newest first
        const int any = int(StatusClass::Any);
        QTest::newRow("everything") << QString() << QString() << any << -1 << -1
                                    << QStringList{"/refused_100%", "/status/503", "/things/9",
                                                   "/redirect/2",   "/post",       "/get"};
        QTest::newRow("url text") << "redirect" << QString() << any << -1 << -1 << QStringList{"/redirect/2"};
        QTest::newRow("query text") << "a=1" << QString() << any << -1 << -1 << QStringList{"/get"};
        QTest::newRow("header, any case") << "x-trace-id: abc" << QString() << any << -1 << -1 << QStringList{"/post"};
        QTest::newRow("like wildcards are literal")
            << "100%" << QString() << any << -1 << -1 << QStringList{"/refused_100%"};
        QTest::newRow("underscore is literal") << "a_1" << QString() << any << -1 << -1 << QStringList{};
        QTest::newRow("method") << QString() << "post" << any << -1 << -1 << QStringList{"/post"};
        QTest::newRow("method text") << "delete" << QString() << any << -1 << -1 << QStringList{"/things/9"};
        QTest::newRow("2xx") << QString() << QString() << int(StatusClass::Success) << -1 << -1
                             << QStringList{"/post", "/get"};
        QTest::newRow("3xx") << QString() << QString() << int(StatusClass::Redirect) << -1 << -1
                             << QStringList{"/redirect/2"};
        QTest::newRow("4xx") << QString() << QString() << int(StatusClass::ClientError) << -1 << -1
                             << QStringList{"/things/9"};
        QTest::newRow("5xx") << QString() << QString() << int(StatusClass::ServerError) << -1 << -1
                             << QStringList{"/status/503"};
        QTest::newRow("no response") << QString() << QString() << int(StatusClass::NoResponse) << -1 << -1
                                     << QStringList{"/refused_100%"};
        QTest::newRow("time range") << QString() << QString() << any << 1 << 3 << QStringList{"/redirect/2", "/post"};
        QTest::newRow("combined") << "127.0.0.1" << "GET" << int(StatusClass::Success) << 0 << 5 << QStringList{"/get"};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, method);
        QFETCH(int, statusClass);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("history.sqlite"))), qPrintable(database.lastError()));
        fill(database);
        HistoryQuery query;
        query.text = text;
        query.method = method;
        query.statusClass = static_cast<StatusClass>(statusClass);
        if (fromHour >= 0)
            query.from = base.addSecs(fromHour * 3600);
        if (toHour >= 0)
            query.to = base.addSecs(toHour * 3600);
        const HistoryPage page = database.search(query);
        QCOMPARE(paths(page), expected);
        QCOMPARE(page.total, expected.size());
    }

    void entriesSummarise()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        fill(database);
        const HistoryPage page = database.search({});
        const HistoryEntry& refused = page.entries.first();
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.outcome, QStringLiteral("error"));
        QVERIFY2(refused.error.contains(QLatin1String("ERROR_WINHTTP_CANNOT_CONNECT")), qPrintable(refused.error));
        const HistoryEntry& ok = page.entries.last();
        QCOMPARE(ok.outcome, QStringLiteral("ok"));
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.startedAt, base);
        QCOMPARE(ok.method, QStringLiteral("GET"));
        QCOMPARE(ok.elapsedMs, 12.5);
        QCOMPARE(ok.hopCount, 1);
        QCOMPARE(ok.finalUrl, QStringLiteral("http://127.0.0.1/get?a=1"));
    }

    void paging()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        fill(database);
        HistoryQuery query;
        query.limit = 4;
        QCOMPARE(paths(database.search(query)),
                 (QStringList{"/refused_100%", "/status/503", "/things/9", "/redirect/2"}));
        query.offset = 4;
        const HistoryPage second = database.search(query);
        QCOMPARE(paths(second), (QStringList{"/post", "/get"}));
        QCOMPARE(second.total, 6);
        QCOMPARE(second.offset, 4);
    }

    void reopenGivesTheSameSpec()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        ExchangeRecord record =
            makeRecord(QStringLiteral("PUT"), QStringLiteral("http://127.0.0.1/anything?q=1"), 200, base,
                       {{QStringLiteral("Server"), QStringLiteral("x"), true}}, QByteArray("{\"ok\":true}"));
        RequestSpec& spec = record.request;
        spec.name = QStringLiteral("Update thing");
        spec.params = {{QStringLiteral("q"), QStringLiteral("1"), true}, {QStringLiteral("off"), {}, false}};
        spec.headers.append({QStringLiteral("X-Api-Key"), QStringLiteral("{{apiKey}}"), true});
        spec.body.mode = BodyMode::Json;
        spec.body.text = QStringLiteral("{\"a\":1}");
        spec.auth.mode = AuthMode::Basic;
        spec.auth.user = QStringLiteral("ann");
        spec.auth.password = QStringLiteral("{{pw}}");
        spec.options.async = true;
        spec.options.maxRedirects = 3;
        spec.options.redirectPolicy = RedirectPolicy::Always;
        spec.notes = QStringLiteral("from history");
        spec.expectedStatus = 200;
        record.tlsProtocol = QStringLiteral("TLSv1.3");
        record.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        const qint64 id = database.record(record);
        QVERIFY(id != 0);

        const auto reopened = database.request(id);
        QVERIFY(reopened.has_value());
        QCOMPARE(*reopened, spec);

        const auto loaded = database.load(id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->request, spec);
        QCOMPARE(loaded->startedAt, record.startedAt);
        QCOMPARE(loaded->hops, record.hops);
        QCOMPARE(loaded->callbacks, record.callbacks);
        QCOMPARE(loaded->handles, record.handles);
        QCOMPARE(loaded->options, record.options);
        QCOMPARE(loaded->bodyPrefix, record.bodyPrefix);
        QCOMPARE(loaded->bodySize, record.bodySize);
        QCOMPARE(loaded->tlsProtocol, record.tlsProtocol);
        QCOMPARE(loaded->tlsCipher, record.tlsCipher);
        QCOMPARE(loaded->result.status, 200);
        QCOMPARE(loaded->result.finalUrl, record.result.finalUrl);
        QCOMPARE(loaded->result.elapsedMs, record.result.elapsedMs);

        QVERIFY(!database.request(id + 100).has_value());
        QVERIFY(!database.lastError().isEmpty());
    }

    void deleteAndClear()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        fill(database);
        const HistoryPage page = database.search({});
        QVERIFY(database.remove({page.entries.at(0).id, page.entries.at(2).id}));
        QCOMPARE(paths(database.search({})), (QStringList{"/status/503", "/redirect/2", "/post", "/get"}));
        QVERIFY(database.clear());
        QCOMPARE(database.count(), 0);
        QCOMPARE(database.storedBytes(), 0);
    }

    void pruneByEntries()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        database.setLimits({0, 3});
        for (int i = 0; i < 5; ++i) {
            int pruned = -1;
            QVERIFY(database.record(
                        makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/%1").arg(i), 200, base.addSecs(i)),
                        &pruned) != 0);
            QCOMPARE(pruned, i < 3 ? 0 : 1);
        }
        QCOMPARE(paths(database.search({})), (QStringList{"/4", "/3", "/2"}));
        database.setLimits({0, 1});
        QCOMPARE(paths(database.search({})), (QStringList{"/4"}));
    }

    void pruneByBytes()
    {
        QTemporaryDir dir;
        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        const QByteArray body(20 * 1024, 'x');
        database.setLimits({100 * 1024, 0}); // room for four of these, not five
        for (int i = 0; i < 12; ++i)
            QVERIFY(database.record(makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/%1").arg(i), 200,
                                               base.addSecs(i), {}, body)) != 0);
        QVERIFY(database.storedBytes() <= 100 * 1024);
        QCOMPARE(paths(database.search({})), (QStringList{"/11", "/10", "/9", "/8"}));
        // The newest exchange stays even when it alone is over the cap.
        database.setLimits({1024, 0});
        QCOMPARE(paths(database.search({})), (QStringList{"/11"}));
        QVERIFY(database.record(makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/12"), 200, base.addSecs(12),
                                           {}, body)) != 0);
        QCOMPARE(paths(database.search({})), (QStringList{"/12"}));
    }

    void walModeAndSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite")); // the folder is created
        {
            HistoryDatabase database;
            QVERIFY2(database.open(path), qPrintable(database.lastError()));
            fill(database);
        }
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), HistoryDatabase::schemaVersion);
        QCOMPARE(pragma(path, QStringLiteral("auto_vacuum")).toInt(), 2); // incremental
    }

    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryDatabase database;
            QVERIFY(database.open(path));
            fill(database);
        }
        pragma(path, QStringLiteral("user_version=99"));
        HistoryDatabase database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.lastError().contains(QLatin1String("newer")), qPrintable(database.lastError()));
        QVERIFY(corruptCopies(dir).isEmpty());
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), 99);
    }

    void corruptDatabaseIsMovedAside_data()
    {
        QTest::addColumn<bool>("keepHeader");
        QTest::newRow("not a database") << false;
        QTest::newRow("damaged pages") << true;
    }

    void corruptDatabaseIsMovedAside()
    {
        QFETCH(bool, keepHeader);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryDatabase database;
            QVERIFY(database.open(path));
            database.setLimits({0, 0});
            for (int i = 0; i < 40; ++i)
                QVERIFY(database.record(makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/%1").arg(i), 200,
                                                   base.addSecs(i), {}, QByteArray(4096, 'x'))) != 0);
        }
        pragma(path, QStringLiteral("wal_checkpoint(TRUNCATE)"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QByteArray garbage(static_cast<qsizetype>(file.size()) - (keepHeader ? 100 : 0), '\0');
        QRandomGenerator generator(7);
        for (auto& byte : garbage)
            byte = static_cast<char>(generator.bounded(256));
        QVERIFY(file.seek(keepHeader ? 100 : 0));
        file.write(garbage);
        file.close();
        const QByteArray damaged = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        HistoryDatabase database;
        QString notice;
        QVERIFY2(database.open(path, &notice), qPrintable(database.lastError()));
        QVERIFY2(notice.contains(QLatin1String("damaged")), qPrintable(notice));
        const QStringList copies = corruptCopies(dir);
        QCOMPARE(copies.size(), 1);
        QVERIFY2(notice.contains(copies.first()), qPrintable(notice));
        QFile moved(dir.filePath(copies.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), damaged); // kept as it was, for whoever wants to rescue it

        QCOMPARE(database.count(), 0);
        QVERIFY(database.record(makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/new"), 200, base)) != 0);
        QCOMPARE(paths(database.search({})), QStringList{"/new"});
    }

    void survivesKillDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        qint64 lastCount = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(HISTORY_CRASH_WRITER), {path});
            QVERIFY(writer.waitForStarted(10000));
            // Let it write for a while (at least a few records), then SIGKILL it mid-loop.
            QTRY_VERIFY_WITH_TIMEOUT(writer.bytesAvailable() > 20, 20000);
            QTest::qWait(20 + QRandomGenerator::global()->bounded(150));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            HistoryDatabase database;
            QString notice;
            QVERIFY2(database.open(path, &notice), qPrintable(database.lastError()));
            QVERIFY2(notice.isEmpty(), qPrintable(notice)); // quick_check passed: nothing was moved aside
            QVERIFY(corruptCopies(dir).isEmpty());
            const HistoryPage page = database.search({});
            QVERIFY(page.total > 0);
            QVERIFY(database.load(page.entries.first().id).has_value());
            const qint64 newest = QUrl(page.entries.first().url).path().section(QLatin1Char('/'), -1).toLongLong();
            QVERIFY(newest > 0);
            lastCount = page.total;
        }
        QVERIFY(lastCount > 0);
    }

    void storeWorksAsynchronously()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QSignalSpy opened(&store, &HistoryStore::opened);
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        QSignalSpy searched(&store, &HistoryStore::searchFinished);
        QSignalSpy requests(&store, &HistoryStore::requestLoaded);
        QSignalSpy records(&store, &HistoryStore::recordLoaded);
        QSignalSpy removed(&store, &HistoryStore::removed);
        QSignalSpy cleared(&store, &HistoryStore::cleared);
        QSignalSpy pruned(&store, &HistoryStore::pruned);
        store.open(path);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(opened.first().at(0).toBool(), true);
        QVERIFY(opened.first().at(1).toString().isEmpty());
        QVERIFY(store.isOpen());

        for (int i = 0; i < 3; ++i)
            store.record(makeRecord(QStringLiteral("GET"), QStringLiteral("http://h/%1").arg(i), 200, base.addSecs(i)));
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 10000);
        const auto entry = recorded.last().at(0).value<HistoryEntry>();
        QCOMPARE(entry.url, QStringLiteral("http://h/2"));

        HistoryQuery query;
        query.text = QStringLiteral("h/1");
        const quint64 ticket = store.search(query);
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 1, 10000);
        QCOMPARE(searched.first().at(0).toULongLong(), ticket);
        QCOMPARE(paths(searched.first().at(1).value<HistoryPage>()), QStringList{"/1"});

        const quint64 requestTicket = store.loadRequest(entry.id);
        QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 1, 10000);
        QCOMPARE(requests.first().at(0).toULongLong(), requestTicket);
        QCOMPARE(requests.first().at(1).value<RequestSpec>().url, QStringLiteral("http://h/2"));
        store.loadRecord(entry.id);
        QTRY_COMPARE_WITH_TIMEOUT(records.size(), 1, 10000);
        QCOMPARE(records.first().at(1).value<ExchangeRecord>().hops.size(), 1);

        store.setLimits({0, 2});
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 10000);
        QCOMPARE(pruned.first().at(0).toInt(), 1);

        store.remove({entry.id});
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        store.clear();
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 10000);
        store.search({});
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 2, 10000);
        QCOMPARE(searched.last().at(1).value<HistoryPage>().total, 0);
    }

    void storeReportsAMovedAsideDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(10000, 'G'));
        }
        HistoryStore store;
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open(path);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(opened.first().at(0).toBool(), true);
        QVERIFY(opened.first().at(1).toString().contains(QLatin1String("damaged")));
        QCOMPARE(corruptCopies(dir).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryDatabase)
#include "tst_history_database.moc"
