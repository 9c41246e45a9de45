// The Response pane fed with synthetic batches (as the bridge delivers them), its models checked by
// QAbstractItemModelTester, and once against the real engine and the real playground.
#include "bridge/engine_bridge.h"
#include "models/headers_model.h"
#include "models/hop_ledger_model.h"
#include "models/model_roles.h"
#include "models/response_roles.h"
#include "models/timing_breakdown.h"
#include "models/timing_model.h"
#include "models/tls_chain_model.h"
#include "playground/playground.h"
#include "widgets/response/headers_tab.h"
#include "widgets/response/response_pane.h"
#include "widgets/response/response_summary_bar.h"
#include "widgets/response/response_texts.h"
#include "widgets/response/timing_waterfall.h"
#include "widgets/response/tls_tab.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <hinternet/extensions.h>

#include "ui/tst_event_factory.h" // last: <windows.h> defines macros Qt's headers must not see

Q_DECLARE_METATYPE(std::vector<hinternet::trace::Event>)

using namespace hs::uitest;
using namespace hinterscope;
using Phase = TimingBreakdown::Phase;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

// Testers on every model the pane owns, attached before anything is fed.
struct PaneTesters {
    explicit PaneTesters(ResponsePane& pane)
        : hops(pane.hopLedgerModel(), Mode::QtTest)
        , timing(pane.timingModel(), Mode::QtTest)
        , chain(pane.tlsChainModel(), Mode::QtTest)
        , response(pane.responseHeadersModel(), Mode::QtTest)
        , request(pane.requestHeadersModel(), Mode::QtTest)
    {}
    QAbstractItemModelTester hops;
    QAbstractItemModelTester timing;
    QAbstractItemModelTester chain;
    QAbstractItemModelTester response;
    QAbstractItemModelTester request;
};

Event mark(std::uintptr_t handle, const char* text, double ms)
{
    return engine(EventKind::TimingMark, handle, text, ms);
}

// As the bridge delivers it: the bytes went to the body store, `number` says how many there were.
Event decoded(std::uintptr_t handle, std::uint64_t offset, std::uint64_t size, double ms)
{
    auto e = engine(EventKind::BodyDecoded, handle, {}, ms, size);
    e.offset = offset;
    return e;
}

Event decision(std::uintptr_t handle, std::uint32_t status, std::string text, std::string dropped, double ms)
{
    auto e = engine(EventKind::RedirectDecision, handle, std::move(text), ms);
    e.status = status;
    e.bytes = std::move(dropped);
    return e;
}

Event tlsHandshake(std::uintptr_t handle, std::shared_ptr<const hinternet::trace::TlsSummary> summary, double ms)
{
    auto e = engine(EventKind::TlsHandshake, handle, "handshake", ms);
    e.tls = std::move(summary);
    return e;
}

// A GET on a new plain connection answered with `statusLine` and a 5-byte body (or the given head).
std::vector<Event> simpleGet(const std::string& statusLine, const std::string& extraHead = {}, bool complete = true)
{
    std::vector<Event> events{
        created(kSession, 0, WINHTTP_HANDLE_TYPE_SESSION, "agent=\"t\" mode=sync", 0),
        created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=example.test port=8080", 1),
        created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /get HTTP/1.1", 2),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 3, "example.test"),
        mark(kRequest, "dns-start", 3),
        mark(kRequest, "dns-end", 4),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_NAME_RESOLVED, 4, "127.0.0.1"),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, 4, "127.0.0.1"),
        mark(kRequest, "connect", 5),
        engine(EventKind::ConnectionOpened, kRequest, "127.0.0.1:5000 -> 127.0.0.1:8080", 5, 1),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 6),
        wire(EventKind::BytesSent, kRequest, "GET /get HTTP/1.1\r\nHost: example.test:8080\r\nUser-Agent: t\r\n\r\n", 0,
             6),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 6.5, {}, 60),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, 7),
        wire(EventKind::BytesReceived, kRequest, statusLine + "\r\n" + extraHead + "Content-Length: 5\r\n\r\nhello", 0,
             10),
        mark(kRequest, "first-byte", 10),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, 10.2),
        decision(kRequest, static_cast<std::uint32_t>(std::stoi(statusLine.substr(9, 3))),
                 statusLine.substr(9, 3) + " final -> ", {}, 10.3),
        callback(kRequest, WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE, 10.4),
        decoded(kRequest, 0, 5, 11),
    };
    if (complete)
        events.push_back(mark(kRequest, "complete", 11));
    return events;
}

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1StringView(name));
    if (found == nullptr)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QString labelText(const QWidget& parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return label != nullptr ? label->text() : QString();
}

std::shared_ptr<hinternet::trace::TlsSummary> twoCertificateSummary()
{
    auto summary = std::make_shared<hinternet::trace::TlsSummary>();
    summary->protocol = "TLSv1.3";
    summary->cipher = "TLS_AES_256_GCM_SHA384";
    summary->cipher_bits = 256;
    summary->alpn = "http/1.1";
    summary->sni = "wrong.example";
    summary->verify_result = 10;
    summary->verify_message = "certificate has expired";
    summary->failure_flags =
        WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID | WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID;
    summary->ignored_flags = WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID;
    hinternet::trace::CertificateSummary leaf;
    leaf.subject = "CN=localhost";
    leaf.issuer = "CN=Test CA,O=Hinterscope";
    leaf.subject_alt_names = {"DNS:localhost", "IP:127.0.0.1"};
    leaf.not_before = 1'577'836'800; // 2020-01-01
    leaf.not_after = 1'609'459'200;  // 2021-01-01: expired
    leaf.sha256_fingerprint = "AA:BB:CC";
    leaf.signature_algorithm = "ecdsa-with-SHA256";
    leaf.public_key_algorithm = "EC";
    leaf.public_key_bits = 256;
    leaf.pem = "-----BEGIN CERTIFICATE-----\nleaf\n-----END CERTIFICATE-----\n";
    hinternet::trace::CertificateSummary ca;
    ca.subject = "CN=Test CA,O=Hinterscope";
    ca.issuer = ca.subject;
    ca.not_before = 1'577'836'800;
    ca.not_after = 4'102'444'800; // 2100
    ca.sha256_fingerprint = "DD:EE:FF";
    ca.signature_algorithm = "ecdsa-with-SHA256";
    ca.public_key_algorithm = "EC";
    ca.public_key_bits = 384;
    summary->chain = {leaf, ca};
    return summary;
}

} // namespace

class tst_ResponsePane : public QObject {
    Q_OBJECT

private slots:
    // ---- summary and headers -------------------------------------------------------------------------

    void okResponseShowsSummaryAndHeaders_data()
    {
        QTest::addColumn<QString>("statusLine");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("statusClass");
        QTest::addColumn<QString>("reason");
        QTest::newRow("200") << "HTTP/1.1 200 OK" << "200" << "2xx" << "OK";
        QTest::newRow("304") << "HTTP/1.1 304 Not Modified" << "304" << "3xx" << "Not Modified";
        QTest::newRow("404") << "HTTP/1.1 404 Not Found" << "404" << "4xx" << "Not Found";
        QTest::newRow("503") << "HTTP/1.1 503 Service Unavailable" << "503" << "5xx" << "Service Unavailable";
    }

    void okResponseShowsSummaryAndHeaders()
    {
        QFETCH(QString, statusLine);
        ResponsePane pane;
        PaneTesters testers(pane);
        pane.showRequest(kRequest);
        pane.ingest(batch(simpleGet(statusLine.toStdString(), "Content-Type: application/json\r\n")));
        pane.setFinished(0, QStringLiteral("http://example.test:8080/get"));

        auto* badge = child<QLabel>(pane, "statusBadge");
        QVERIFY(badge);
        QTEST(badge->text(), "badge");
        QTEST(badge->property("statusClass").toString(), "statusClass");
        QTEST(labelText(pane, "reasonLabel"), "reason");
        QCOMPARE(labelText(pane, "protocolLabel"), QStringLiteral("HTTP/1.1"));
        QCOMPARE(labelText(pane, "sizeLabel"), QStringLiteral("Size 5 B"));
        QCOMPARE(labelText(pane, "totalTimeLabel"), QStringLiteral("Time 8.0 ms")); // resolving at 3, complete at 11
        QVERIFY(!child<QProgressBar>(pane, "bodyProgress")->isVisibleTo(&pane));
        QVERIFY(!child<QLabel>(pane, "errorLabel")->isVisibleTo(&pane));

        // Tables: the final response head and the last request head, fields in wire order.
        auto* responseView = child<QTableView>(pane, "responseHeadersView");
        auto* requestView = child<QTableView>(pane, "requestHeadersView");
        QVERIFY(responseView && requestView);
        QCOMPARE(responseView->model()->rowCount(), 2);
        QCOMPARE(responseView->model()->index(0, HeadersColumn::Name).data().toString(),
                 QStringLiteral("Content-Type"));
        QCOMPARE(responseView->model()->index(1, HeadersColumn::Value).data().toString(), QStringLiteral("5"));
        QCOMPARE(requestView->model()->rowCount(), 2);
        QCOMPARE(requestView->model()->index(0, HeadersColumn::Value).data().toString(),
                 QStringLiteral("example.test:8080"));

        // Raw: every head as sent and received, in order.
        auto* raw = child<QPlainTextEdit>(pane, "rawHeadersView");
        QVERIFY(raw);
        const QString text = raw->toPlainText();
        const auto sent = text.indexOf(QStringLiteral("GET /get HTTP/1.1\nHost: example.test:8080\nUser-Agent: t\n"));
        const auto received = text.indexOf(statusLine + QStringLiteral("\nContent-Type: application/json\n"));
        QVERIFY2(sent >= 0 && received > sent, qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("hello"))); // the body is not a head
        auto* toggle = child<QToolButton>(pane, "rawHeadersToggle");
        auto* pages = qobject_cast<QStackedWidget*>(raw->parentWidget());
        QVERIFY(toggle && pages);
        QVERIFY(pages->currentWidget() != raw);
        toggle->click();
        QCOMPARE(pages->currentWidget(), raw);
        toggle->click();
        QVERIFY(pages->currentWidget() != raw);

        QCOMPARE(labelText(pane, "tlsMessage"), QStringLiteral("Not a TLS request"));
    }

    void rawHeadersShowMalformedLineEnds()
    {
        const QList<MessageHeads::Head> heads{{true, QByteArray("GET / HTTP/1.1\r\nX: a\nY:\x01\r\n\r\n")}};
        const QString text = HeadersTab::rawText(heads);
        QVERIFY2(text.contains(QStringLiteral("X: a\u240a\nY:\u2401\n")), qPrintable(text));
    }

    // ---- redirects -----------------------------------------------------------------------------------

    void redirectChainFillsTheLedger_data()
    {
        QTest::addColumn<int>("delivery");
        QTest::newRow("one batch") << 0;
        QTest::newRow("event by event") << 1;
        QTest::newRow("handles created before showRequest") << 2;
    }

    void redirectChainFillsTheLedger()
    {
        QFETCH(int, delivery);
        const std::vector<Event> events{
            created(kSession, 0, WINHTTP_HANDLE_TYPE_SESSION, "agent=\"t\" mode=async", 0),
            created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=a.test port=default", 1),
            created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "POST /form HTTP/1.1 secure", 2),
            // Hop 1: POST with credentials, answered 303 with a cookie.
            callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 3),
            wire(EventKind::BytesSent, kRequest,
                 "POST /form HTTP/1.1\r\nHost: a.test\r\nAuthorization: Basic eDp5\r\nContent-Type: text/plain\r\n"
                 "Content-Length: 1\r\n\r\nx",
                 0, 3),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 4),
            wire(EventKind::BytesReceived, kRequest,
                 "HTTP/1.1 303 See Other\r\nLocation: /next\r\nSet-Cookie: s=1\r\nContent-Length: 0\r\n\r\n", 0, 6),
            engine(EventKind::CookieStored, kRequest, "s=1", 6.1),
            decision(kRequest, 303, "303 method rewritten POST→GET, body dropped -> /next", {}, 6.2),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_REDIRECT, 6.5, "https://a.test/next"),
            // Hop 2: GET, same origin, 302 to another origin.
            callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 7),
            wire(EventKind::BytesSent, kRequest,
                 "GET /next HTTP/1.1\r\nHost: a.test\r\nAuthorization: Basic eDp5\r\n\r\n", 120, 7),
            wire(EventKind::BytesReceived, kRequest,
                 "HTTP/1.1 302 Found\r\nLocation: https://b.test/final\r\nContent-Length: 0\r\n\r\n", 80, 8.5),
            decision(kRequest, 302, "302 followed -> https://b.test/final", "Content-Type (body dropped)\n", 9),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_REDIRECT, 9.5, "https://b.test/final"),
            // Hop 3: the cross-origin hop, without Authorization.
            callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 10, "b.test"),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 11),
            wire(EventKind::BytesSent, kRequest, "GET /final HTTP/1.1\r\nHost: b.test\r\n\r\n", 190, 11),
            wire(EventKind::BytesReceived, kRequest, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 160, 13),
            decision(kRequest, 200, "200 final -> ", "Authorization (cross-origin)\n", 13.5),
            decoded(kRequest, 0, 2, 14),
            mark(kRequest, "complete", 14),
        };
        ResponsePane pane;
        PaneTesters testers(pane);
        if (delivery == 2) {
            pane.ingest(batch({events.begin(), events.begin() + 3}));
            pane.showRequest(kRequest);
            pane.ingest(batch({events.begin() + 3, events.end()}));
        } else {
            pane.showRequest(kRequest);
            if (delivery == 1) {
                for (const auto& e : events)
                    pane.ingest(batch({e}));
            } else {
                pane.ingest(batch(events));
            }
        }
        pane.setFinished(0, QStringLiteral("https://b.test/final"));

        auto* view = child<QTableView>(pane, "hopLedgerView");
        QVERIFY(view);
        const QAbstractItemModel& ledger = *view->model();
        QCOMPARE(ledger.rowCount(), 3);
        const auto cell = [&](int row, int column) { return ledger.index(row, column).data().toString(); };
        const QStringList methods{"POST", "GET", "GET"};
        const QStringList urls{"https://a.test/form", "https://a.test/next", "https://b.test/final"};
        const QStringList statuses{"303", "302", "200"};
        const QStringList decisions{"method rewritten POST→GET, body dropped", "followed", "final"};
        const QStringList locations{"/next", "https://b.test/final", ""};
        const QStringList dropped{"", "Content-Type (body dropped)", "Authorization (cross-origin)"};
        const QStringList cookies{"s=1", "", ""};
        const QStringList after{"https://a.test/next", "https://b.test/final", "https://b.test/final"};
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(row, HopLedgerColumn::Hop), QString::number(row + 1));
            QCOMPARE(cell(row, HopLedgerColumn::Method), methods[row]);
            QCOMPARE(cell(row, HopLedgerColumn::Url), urls[row]);
            QCOMPARE(cell(row, HopLedgerColumn::Status), statuses[row]);
            QCOMPARE(cell(row, HopLedgerColumn::Decision), decisions[row]);
            QCOMPARE(cell(row, HopLedgerColumn::Location), locations[row]);
            QCOMPARE(cell(row, HopLedgerColumn::DroppedHeaders), dropped[row]);
            QCOMPARE(cell(row, HopLedgerColumn::Cookies), cookies[row]);
            QCOMPARE(cell(row, HopLedgerColumn::UrlAfter), after[row]);
            const QModelIndex urlAfter = ledger.index(row, HopLedgerColumn::UrlAfter);
            const bool final = row == 2;
            QCOMPARE(urlAfter.data(HopLedgerRole::IsFinal).toBool(), final);
            QCOMPARE(urlAfter.data(Qt::FontRole).value<QFont>().bold(), final);
            QCOMPARE(urlAfter.data(Qt::BackgroundRole).isValid(), final);
        }
        QCOMPARE(ledger.index(0, 0).data(HopLedgerRole::DurationNs).toLongLong(), 3'200'000); // 3 → 6.2 ms
        QCOMPARE(cell(0, HopLedgerColumn::Time), QStringLiteral("3.2 ms"));
        QCOMPARE(ledger.index(2, 0).data(HopLedgerRole::DroppedHeaders).toStringList(),
                 QStringList{QStringLiteral("Authorization (cross-origin)")});

        auto* tabs = child<QTabWidget>(pane, "responseTabs");
        QCOMPARE(tabs->tabText(ResponsePane::RedirectsTab), QStringLiteral("Redirects (2)"));
        QVERIFY(labelText(pane, "finalUrlLabel").endsWith(QStringLiteral("https://b.test/final")));
        QCOMPARE(labelText(pane, "statusBadge"), QStringLiteral("200"));
        // Three hops in the timing too, cut at the same places.
        QCOMPARE(pane.timingModel()->rowCount(), 3);
        QCOMPARE(pane.timingModel()->index(0, TimingColumn::Status).data().toInt(), 303);
        // The raw view holds all six heads.
        const QString raw = child<QPlainTextEdit>(pane, "rawHeadersView")->toPlainText();
        QCOMPARE(raw.count(QStringLiteral("── sent")), 3);
        QCOMPARE(raw.count(QStringLiteral("── received")), 3);
    }

    // ---- timing --------------------------------------------------------------------------------------

    void timingBreakdownCutsPhases_data()
    {
        QTest::addColumn<std::vector<Event>>("events");
        QTest::addColumn<QList<double>>("expectedMs"); // per phase, -1 = absent
        QTest::addColumn<double>("totalMs");
        QTest::addColumn<bool>("reused");
        const auto r = kRequest;
        QTest::newRow("new TLS connection")
            << std::vector<Event>{callback(r, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 0),
                                  mark(r, "dns-start", 0),
                                  mark(r, "dns-end", 1),
                                  mark(r, "connect", 3),
                                  tlsHandshake(r, twoCertificateSummary(), 7.9),
                                  mark(r, "tls", 8),
                                  callback(r, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 8.5),
                                  callback(r, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 9),
                                  wire(EventKind::BytesReceived, r, "HTTP/1.1 200 OK\r\n\r\n", 0, 13),
                                  mark(r, "first-byte", 13),
                                  mark(r, "complete", 15.5)}
            << QList<double>{1, 2, -1, 5, 0.5, 4, 2.5} << 15.5 << false;
        QTest::newRow("reused connection")
            << std::vector<Event>{engine(EventKind::ConnectionReused, r, "127.0.0.1:8080", 0, 3),
                                  callback(r, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 0.1),
                                  callback(r, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 0.3), mark(r, "first-byte", 2.3),
                                  mark(r, "complete", 3)}
            << QList<double>{-1, -1, -1, -1, 0.2, 2, 0.7} << 3.0 << true;
        QTest::newRow("proxy tunnel, body written in pieces")
            << std::vector<Event>{mark(r, "dns-start", 0),
                                  mark(r, "dns-end", 1),
                                  mark(r, "connect", 2),
                                  mark(r, "tunnel", 4),
                                  mark(r, "tls", 6),
                                  callback(r, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 6),
                                  callback(r, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 7),
                                  callback(r, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 8),
                                  callback(r, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 9),
                                  mark(r, "first-byte", 10),
                                  mark(r, "complete", 12)}
            << QList<double>{1, 1, 2, 2, 3, 1, 2} << 12.0 << false;
    }

    void timingBreakdownCutsPhases()
    {
        QFETCH(std::vector<Event>, events);
        QFETCH(QList<double>, expectedMs);
        TimingBreakdown breakdown;
        for (const auto& e : events)
            breakdown.add(e);
        QCOMPARE(breakdown.hops().size(), 1);
        const auto& hop = breakdown.hops().first();
        for (int phase = 0; phase < TimingBreakdown::PhaseCount; ++phase) {
            const auto span = TimingBreakdown::shown(hop, static_cast<Phase>(phase));
            const double expected = expectedMs[phase];
            QVERIFY2(span.isValid() == (expected >= 0), qPrintable(QString::number(phase)));
            if (expected >= 0)
                QCOMPARE(static_cast<double>(span.duration()) / 1e6, expected);
        }
        QFETCH(double, totalMs);
        QCOMPARE(static_cast<double>(breakdown.totalNs()) / 1e6, totalMs);
        QTEST(hop.reusedConnection, "reused");
        QVERIFY(!hop.open);
        QVERIFY(breakdown.isFinished());
    }

    void timingBreakdownSplitsHopsAndFailures()
    {
        TimingBreakdown breakdown;
        for (const auto& e : redirectedGet())
            breakdown.add(e);
        QCOMPARE(breakdown.hops().size(), 2);
        const auto& first = breakdown.hops()[0];
        QCOMPARE(first.status, 301);
        QVERIFY(first.leadsOn);
        QCOMPARE(first.startNs, at(3)); // RESOLVING_NAME
        QCOMPARE(first.endNs, at(9));   // the REDIRECT callback: drained
        QCOMPARE(first.phases[TimingBreakdown::Receive].endNs, at(9));
        QCOMPARE(first.phases[TimingBreakdown::Wait].duration(), quint64(1'500'000)); // REQUEST_SENT 6 → bytes 7.5
        QCOMPARE(breakdown.hops()[1].startNs, at(10));
        QCOMPARE(breakdown.hops()[1].status, 200);
        QVERIFY(!breakdown.hops()[1].open); // closed at HANDLE_CLOSING

        // An async error ends the hop, failed; what comes after belongs to no hop.
        breakdown.clear();
        breakdown.add(callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 1));
        breakdown.add(mark(kRequest, "dns-start", 1));
        breakdown.add(mark(kRequest, "dns-end", 2));
        breakdown.add(callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 5, {}, ERROR_WINHTTP_CANNOT_CONNECT));
        breakdown.add(callback(kRequest, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, 9));
        QCOMPARE(breakdown.hops().size(), 1);
        QVERIFY(breakdown.hops()[0].failed);
        QCOMPARE(breakdown.totalNs(), quint64(4'000'000));
        QCOMPARE(breakdown.hops()[0].phases[TimingBreakdown::Connect].duration(), quint64(3'000'000));

        // A sync error: no callback says so; the runner's finish() closes the hop.
        breakdown.clear();
        breakdown.add(callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 1));
        breakdown.add(callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 2));
        QVERIFY(breakdown.hops()[0].open);
        breakdown.finish(true);
        QVERIFY(!breakdown.hops()[0].open);
        QVERIFY(breakdown.hops()[0].failed);
    }

    void timingModelAndWaterfall()
    {
        TimingModel model;
        QAbstractItemModelTester tester(&model, Mode::QtTest);
        model.setRequest(kRequest);
        auto events = simpleGet("HTTP/1.1 200 OK", {}, false);
        events.push_back(engine(EventKind::BodyDecoded, 0x9999, {}, 12)); // another request's: ignored
        model.ingest(batch(events));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(TimingRole::IsOpen).toBool()); // the body is still streaming
        QCOMPARE(model.index(0, TimingColumn::Dns).data().toString(), QStringLiteral("1.00"));
        QCOMPARE(model.index(0, TimingColumn::Connect).data(TimingRole::DurationNs).toLongLong(), 1'000'000);
        QCOMPARE(model.index(0, TimingColumn::Tls).data(TimingRole::DurationNs), QVariant()); // plain http
        QCOMPARE(model.index(0, TimingColumn::Wait).data(TimingRole::StartNs).toLongLong(), 3'500'000);
        model.ingest(batch({mark(kRequest, "complete", 20)}));
        QVERIFY(!model.index(0, 0).data(TimingRole::IsOpen).toBool());
        QCOMPARE(model.index(0, TimingColumn::Receive).data(TimingRole::DurationNs).toLongLong(), 10'000'000);
        QCOMPARE(model.index(0, TimingColumn::Total).data().toString(), QStringLiteral("17.00"));

        TimingWaterfall waterfall;
        waterfall.setModel(&model);
        waterfall.resize(640, waterfall.sizeHint().height());
        const QImage image = waterfall.grab().toImage();
        QVERIFY(!image.isNull());
        const auto segments = waterfall.segments();
        QCOMPARE(segments.size(), 5); // DNS, connect, send, wait, receive
        const auto receive = std::find_if(segments.begin(), segments.end(),
                                          [](const auto& s) { return s.phase == TimingBreakdown::Receive; });
        QVERIFY(receive != segments.end());
        QCOMPARE(receive->durationNs, quint64(10'000'000));
        // Receive is 10 of the 17 ms: more than half the bar, painted in its colour.
        QVERIFY(receive->rect.width() > waterfall.segments().first().rect.width() * 5);
        const QPoint inside = receive->rect.center().toPoint() * image.devicePixelRatio();
        QCOMPARE(image.pixelColor(inside), TimingWaterfall::phaseColour(TimingBreakdown::Receive));

        // It scales to the width it has.
        waterfall.resize(320, waterfall.height());
        QVERIFY(waterfall.segments().last().rect.right() <= 320);
        QVERIFY(!waterfall.grab().isNull());
    }

    // ---- TLS -----------------------------------------------------------------------------------------

    void tlsSummaryWithChainAndFailureFlags()
    {
        ResponsePane pane;
        PaneTesters testers(pane);
        pane.showRequest(kRequest);
        pane.setIgnoredSecurityFlags(SECURITY_FLAG_IGNORE_CERT_DATE_INVALID);
        pane.ingest(batch({
            created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=wrong.example port=default", 1),
            created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET / HTTP/1.1 secure", 2),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 3, "wrong.example"),
            mark(kRequest, "dns-start", 3),
            mark(kRequest, "dns-end", 4),
        }));
        QCOMPARE(labelText(pane, "tlsMessage"), QStringLiteral("No TLS handshake yet"));
        QCOMPARE(child<TlsTab>(pane, "tlsView")->mode(), TlsTab::Mode::Pending);

        pane.ingest(batch({
            mark(kRequest, "connect", 5),
            engine(EventKind::ConnectionOpened, kRequest, "a -> b", 5, 9),
            tlsHandshake(kRequest, twoCertificateSummary(), 9),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_SECURE_FAILURE, 9.1, {},
                     WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID),
        }));
        auto* tls = child<TlsTab>(pane, "tlsView");
        QCOMPARE(tls->mode(), TlsTab::Mode::Summary);
        QCOMPARE(labelText(pane, "tlsProtocol"), QStringLiteral("TLSv1.3"));
        QCOMPARE(labelText(pane, "tlsCipher"), QStringLiteral("TLS_AES_256_GCM_SHA384 (256 bits)"));
        QCOMPARE(labelText(pane, "tlsAlpn"), QStringLiteral("http/1.1"));
        QCOMPARE(labelText(pane, "tlsSni"), QStringLiteral("wrong.example"));
        QVERIFY(labelText(pane, "tlsVerification").startsWith(QStringLiteral("Failed: certificate has expired")));
        const QString flags = labelText(pane, "tlsFailureFlags");
        QVERIFY2(flags.startsWith(QStringLiteral("CERT_CN_INVALID | CERT_DATE_INVALID")), qPrintable(flags));
        QVERIFY(flags.contains(QStringLiteral("does not name this host")));
        QCOMPARE(labelText(pane, "tlsWaivedFlags"),
                 QStringLiteral("CERT_DATE_INVALID, by SECURITY_FLAG_IGNORE_CERT_DATE_INVALID"));
        QCOMPARE(labelText(pane, "tlsIgnoreFlags"), QStringLiteral("SECURITY_FLAG_IGNORE_CERT_DATE_INVALID"));
        QCOMPARE(labelText(pane, "protocolLabel"), QStringLiteral("HTTP/1.1 · TLSv1.3"));
        // The error line shows the TLS failure while the request is still failing.
        QVERIFY(labelText(pane, "errorLabel").contains(QStringLiteral("TLS: CERT_CN_INVALID")));

        // The chain: leaf first, each certificate with its fields.
        TlsChainModel& chain = *pane.tlsChainModel();
        QCOMPARE(chain.rowCount(), 2);
        const QModelIndex leaf = chain.index(0, 0);
        const QModelIndex root = chain.index(1, 0);
        QCOMPARE(leaf.data().toString(), QStringLiteral("Leaf: localhost"));
        QCOMPARE(root.data().toString(), QStringLiteral("Root: Test CA"));
        QCOMPARE(chain.index(0, TlsChainColumn::Value).data().toString(), QStringLiteral("issued by Test CA"));
        QCOMPARE(chain.rowCount(leaf), int(TlsChainModel::FieldCount));
        const auto field = [&](const QModelIndex& certificate, TlsChainModel::FieldKind kind) {
            return chain.index(kind, TlsChainColumn::Value, certificate).data().toString();
        };
        QCOMPARE(field(leaf, TlsChainModel::Subject), QStringLiteral("CN=localhost"));
        QCOMPARE(field(leaf, TlsChainModel::Issuer), QStringLiteral("CN=Test CA,O=Hinterscope"));
        QCOMPARE(field(leaf, TlsChainModel::SubjectAltNames), QStringLiteral("DNS:localhost, IP:127.0.0.1"));
        QCOMPARE(field(leaf, TlsChainModel::NotBefore), QStringLiteral("2020-01-01T00:00:00Z"));
        QVERIFY(field(leaf, TlsChainModel::NotAfter).contains(QStringLiteral("not valid now")));
        QCOMPARE(field(leaf, TlsChainModel::Fingerprint), QStringLiteral("AA:BB:CC"));
        QCOMPARE(field(leaf, TlsChainModel::PublicKey), QStringLiteral("EC, 256 bits"));
        QCOMPARE(field(root, TlsChainModel::SignatureAlgorithm), QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(leaf.data(TlsChainRole::Expired).toBool(), true);
        QCOMPARE(root.data(TlsChainRole::Expired).toBool(), false);
        QVERIFY(chain.index(3, 1, leaf).data(TlsChainRole::Pem).toString().contains(QStringLiteral("leaf")));
        QCOMPARE(chain.parent(chain.index(2, 1, root)), root);
        QVERIFY(child<QTreeView>(pane, "tlsChainView")
                    ->isExpanded(child<QTreeView>(pane, "tlsChainView")->model()->index(0, 0)));

        // The outcome: the error, its meaning, the flags.
        pane.setFinished(ERROR_WINHTTP_SECURE_FAILURE, {});
        QCOMPARE(child<QLabel>(pane, "statusBadge")->property("statusClass").toString(), QStringLiteral("error"));
        const QString error = labelText(pane, "errorLabel");
        QVERIFY2(error.startsWith(QStringLiteral("ERROR_WINHTTP_SECURE_FAILURE (12175): ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("CERT_CN_INVALID: the certificate does not name this host")));
        QVERIFY(error.contains(QStringLiteral("OpenSSL: certificate has expired")));
    }

    void securityFlagNames_data()
    {
        QTest::addColumn<uint>("ignore");
        QTest::addColumn<QString>("names");
        QTest::addColumn<uint>("failures");
        QTest::addColumn<uint>("waivedBy");
        QTest::newRow("none") << 0u << "none" << 0u << 0u;
        QTest::newRow("all cert errors")
            << uint(SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS)
            << "SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE | "
               "SECURITY_FLAG_IGNORE_CERT_CN_INVALID | SECURITY_FLAG_IGNORE_CERT_DATE_INVALID"
            << uint(WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA | WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE |
                    WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID | WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID)
            << uint(SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS);
        QTest::newRow("unknown bit") << 0x4u << "0x4" << uint(WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED) << 0u;
        QTest::newRow("weak signature") << uint(SECURITY_FLAG_IGNORE_WEAK_SIGNATURE)
                                        << "SECURITY_FLAG_IGNORE_WEAK_SIGNATURE"
                                        << uint(WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT)
                                        << uint(SECURITY_FLAG_IGNORE_WEAK_SIGNATURE);
    }

    void securityFlagNames()
    {
        QFETCH(uint, ignore);
        QTEST(response::Texts::ignoreFlagNames(ignore), "names");
        QFETCH(uint, failures);
        QTEST(uint(response::Texts::ignoreFlagsFor(failures)), "waivedBy");
        QCOMPARE(response::Texts::failureFlagExplanations(failures).size(), qPopulationCount(failures));
    }

    void reusedConnectionKeepsItsTlsSummary()
    {
        ResponsePane pane;
        PaneTesters testers(pane);
        const std::uintptr_t first = 0x3000;
        const std::uintptr_t second = 0x3001;
        // The first request's handshake goes by before the pane shows anything.
        pane.ingest(batch({
            created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=a.test port=default", 1),
            created(first, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET / HTTP/1.1 secure", 2),
            engine(EventKind::ConnectionOpened, first, "a -> b", 3, 42),
            tlsHandshake(first, twoCertificateSummary(), 4),
            created(second, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /again HTTP/1.1 secure", 10),
        }));
        pane.showRequest(second);
        QCOMPARE(child<TlsTab>(pane, "tlsView")->mode(), TlsTab::Mode::Pending);
        pane.ingest(batch({engine(EventKind::ConnectionReused, second, "b", 11, 42)}));
        QCOMPARE(child<TlsTab>(pane, "tlsView")->mode(), TlsTab::Mode::Summary);
        QVERIFY(labelText(pane, "tlsProtocol").contains(QStringLiteral("pooled connection")));
        QCOMPARE(pane.tlsChainModel()->rowCount(), 2);
        QCOMPARE(pane.hopLedgerModel()->initialUrl(second), QStringLiteral("https://a.test/again"));
    }

    // ---- outcomes ------------------------------------------------------------------------------------

    void errorOutcomes_data()
    {
        QTest::addColumn<int>("scenario"); // 0: nothing received, 1: async REQUEST_ERROR, 2: after the head
        QTest::addColumn<uint>("error");
        QTest::addColumn<QString>("statusClass");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("cannot connect (sync)") << 0 << uint(ERROR_WINHTTP_CANNOT_CONNECT) << "error" << "Error"
                                               << "ERROR_WINHTTP_CANNOT_CONNECT (12029): No connection";
        QTest::newRow("cannot connect (async)") << 1 << uint(ERROR_WINHTTP_CANNOT_CONNECT) << "error" << "Error"
                                                << "ERROR_WINHTTP_CANNOT_CONNECT (12029): No connection";
        QTest::newRow("cancelled") << 0 << uint(ERROR_WINHTTP_OPERATION_CANCELLED) << "cancelled" << "Cancelled"
                                   << "ERROR_WINHTTP_OPERATION_CANCELLED (12017): The request was cancelled";
        QTest::newRow("timeout in the body") << 2 << uint(ERROR_WINHTTP_TIMEOUT) << "2xx" << "200"
                                             << "ERROR_WINHTTP_TIMEOUT (12002): A timeout expired";
    }

    void errorOutcomes()
    {
        QFETCH(int, scenario);
        QFETCH(uint, error);
        ResponsePane pane;
        PaneTesters testers(pane);
        pane.showRequest(kRequest);
        if (scenario == 2) {
            pane.ingest(batch(simpleGet("HTTP/1.1 200 OK", {}, false)));
            QVERIFY(child<QProgressBar>(pane, "bodyProgress")->isVisibleTo(&pane));
        } else {
            std::vector<Event> events{
                created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=127.0.0.1 port=9", 1),
                created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET / HTTP/1.1", 2),
                callback(kRequest, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 3, "127.0.0.1"),
                callback(kRequest, WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, 4, "127.0.0.1"),
            };
            if (scenario == 1)
                events.push_back(
                    callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, 5, {}, error, API_SEND_REQUEST));
            pane.ingest(batch(events));
            QCOMPARE(labelText(pane, "statusBadge"), QStringLiteral("…"));
            if (scenario == 1) // async mode names the error before the runner does
                QVERIFY(labelText(pane, "errorLabel").startsWith(QStringLiteral("API_SEND_REQUEST failed with")));
        }
        pane.setFinished(error, {});
        auto* badge = child<QLabel>(pane, "statusBadge");
        QTEST(badge->property("statusClass").toString(), "statusClass");
        QTEST(badge->text(), "badge");
        auto* errorLabel = child<QLabel>(pane, "errorLabel");
        QVERIFY(errorLabel->isVisibleTo(&pane));
        QFETCH(QString, errorStart);
        QVERIFY2(errorLabel->text().startsWith(errorStart), qPrintable(errorLabel->text()));
        QVERIFY(!child<QProgressBar>(pane, "bodyProgress")->isVisibleTo(&pane));
        QVERIFY(!pane.timingModel()->index(0, 0).data(TimingRole::IsOpen).toBool());
    }

    void progressWhileTheBodyStreams_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("Content-Length") << "Content-Length: 1000\r\n"
                                        << 1000 << 600 << "600 B of 1000 B · 19.5 KiB/s · 20.0 ms left";
        QTest::newRow("chunked") << "Transfer-Encoding: chunked\r\n" << 0 << -1 << "600 B · 19.5 KiB/s";
    }

    void progressWhileTheBodyStreams()
    {
        QFETCH(QString, head);
        ResponsePane pane;
        PaneTesters testers(pane);
        pane.showRequest(kRequest);
        pane.ingest(batch({
            created(kConnect, kSession, WINHTTP_HANDLE_TYPE_CONNECT, "server=example.test port=80", 1),
            created(kRequest, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /big HTTP/1.1", 2),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 3),
            wire(EventKind::BytesSent, kRequest, "GET /big HTTP/1.1\r\nHost: example.test\r\n\r\n", 0, 3),
            callback(kRequest, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 4),
            wire(EventKind::BytesReceived, kRequest, "HTTP/1.1 200 OK\r\n" + head.toStdString() + "\r\n", 0, 5),
            decision(kRequest, 200, "200 final -> ", {}, 5.5),
        }));
        auto* progress = child<QProgressBar>(pane, "bodyProgress");
        QVERIFY(progress->isVisibleTo(&pane));
        pane.ingest(batch({decoded(kRequest, 0, 400, 10)}));
        pane.ingest(batch({decoded(kRequest, 400, 200, 20)}));
        QTEST(progress->maximum(), "maximum");
        QFETCH(int, value);
        if (value >= 0) // an indeterminate bar has no value worth checking
            QCOMPARE(progress->value(), value);
        QTEST(labelText(pane, "bodyProgressText"), "text");
        QCOMPARE(labelText(pane, "sizeLabel"), QStringLiteral("Size 600 B"));
        // A body store that knows more (the trace's last chunk still queued) moves the size on.
        pane.setBodySize(700);
        QCOMPARE(labelText(pane, "sizeLabel"), QStringLiteral("Size 700 B"));
        pane.ingest(batch({mark(kRequest, "complete", 30)}));
        QVERIFY(!progress->isVisibleTo(&pane));
    }

    void bodyWidgetAndClear()
    {
        ResponsePane pane;
        auto* tabs = child<QTabWidget>(pane, "responseTabs");
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 5);
        QVERIFY(child<QLabel>(pane, "bodyPlaceholder")->isVisibleTo(&pane));
        auto* viewer = new QLabel(QStringLiteral("viewer"));
        pane.setBodyWidget(viewer);
        QCOMPARE(pane.bodyWidget(), viewer);
        QVERIFY(tabs->widget(ResponsePane::BodyTab)->isAncestorOf(viewer));
        QVERIFY(!child<QLabel>(pane, "bodyPlaceholder")->isVisibleTo(&pane));
        pane.setCurrentTab(ResponsePane::TimingTab);
        QCOMPARE(tabs->currentIndex(), int(ResponsePane::TimingTab));

        pane.showRequest(kRequest);
        pane.ingest(batch(simpleGet("HTTP/1.1 200 OK")));
        QCOMPARE(pane.hopLedgerModel()->rowCount(), 1);
        pane.clear();
        QCOMPARE(pane.request(), quintptr(0));
        QCOMPARE(pane.hopLedgerModel()->rowCount(), 0);
        QCOMPARE(pane.timingModel()->rowCount(), 0);
        QCOMPARE(pane.responseHeadersModel()->rowCount(), 0);
        QVERIFY(!child<QLabel>(pane, "statusBadge")->isVisibleTo(&pane));
        // Events of a request the pane does not show change nothing.
        pane.showRequest(0x7777);
        pane.ingest(batch(simpleGet("HTTP/1.1 200 OK")));
        QCOMPARE(pane.hopLedgerModel()->rowCount(), 0);
        QCOMPARE(labelText(pane, "statusBadge"), QStringLiteral("…"));
    }

    // ---- the real engine and the real playground ------------------------------------------------------

    void realHttpsRedirectChain_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void realHttpsRedirectChain()
    {
        QFETCH(bool, async);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        Playground playground({.dataDirectory = data.path()});
        QString problem;
        QVERIFY2(playground.start(&problem), qPrintable(problem));

        EngineBridge bridge;
        ResponsePane pane;
        PaneTesters testers(pane);
        connect(&bridge, &EngineBridge::eventsArrived, &pane, &ResponsePane::ingest);

        HINTERNET session = WinHttpOpen(L"hinterscope-response-test", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr,
                                        async ? WINHTTP_FLAG_ASYNC : 0);
        QVERIFY(session != nullptr);
        QVERIFY(bridge.attach(session));
        std::wstring ca = playground.caCertificatePath().toStdWString();
        QVERIFY(WinHttpSetOption(session, HINTERNET_OPTION_CA_FILE, ca.data(), static_cast<DWORD>(ca.size())));
        HINTERNET connection = WinHttpConnect(session, L"127.0.0.1", playground.httpsPort(), 0);
        HINTERNET request =
            WinHttpOpenRequest(connection, L"GET", L"/redirect/2", nullptr, nullptr, nullptr, WINHTTP_FLAG_SECURE);
        QVERIFY(connection != nullptr && request != nullptr);
        pane.showRequest(reinterpret_cast<quintptr>(request)); // as the runner does, before sending

        // Run the request the way an application does, in the mode asked for.
        struct Run {
            std::atomic<bool> done{false};
            std::atomic<DWORD> error{ERROR_SUCCESS};
            std::wstring finalUrl;
            char buffer[8192];
        };
        auto run = std::make_shared<Run>();
        const auto queryUrl = [](HINTERNET handle, std::wstring& into) {
            wchar_t url[2048];
            DWORD size = sizeof url;
            if (WinHttpQueryOption(handle, WINHTTP_OPTION_URL, url, &size))
                into.assign(url, size / sizeof(wchar_t));
        };
        std::jthread engineThread;
        if (!async) {
            engineThread = std::jthread([run, request, queryUrl] {
                bool ok = WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0) &&
                          WinHttpReceiveResponse(request, nullptr);
                if (ok)
                    queryUrl(request, run->finalUrl);
                DWORD read = 1;
                while (ok && read > 0)
                    ok = WinHttpReadData(request, run->buffer, sizeof run->buffer, &read);
                if (!ok)
                    run->error = GetLastError();
                WinHttpCloseHandle(request);
                run->done = true;
            });
        } else {
            static Run* current = nullptr; // the callback's context: one async run at a time in this test
            current = run.get();
            const auto callback = [](HINTERNET handle, DWORD_PTR, DWORD status, LPVOID information, DWORD) {
                Run& r = *current;
                switch (status) {
                case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
                    WinHttpReceiveResponse(handle, nullptr);
                    break;
                case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE: {
                    wchar_t url[2048];
                    DWORD size = sizeof url;
                    if (WinHttpQueryOption(handle, WINHTTP_OPTION_URL, url, &size))
                        r.finalUrl.assign(url, size / sizeof(wchar_t));
                    WinHttpQueryDataAvailable(handle, nullptr);
                    break;
                }
                case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
                    if (*static_cast<DWORD*>(information) == 0)
                        WinHttpCloseHandle(handle);
                    else
                        WinHttpReadData(handle, r.buffer, sizeof r.buffer, nullptr);
                    break;
                case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
                    WinHttpQueryDataAvailable(handle, nullptr);
                    break;
                case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
                    r.error = static_cast<WINHTTP_ASYNC_RESULT*>(information)->dwError;
                    WinHttpCloseHandle(handle);
                    break;
                case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
                    r.done = true; // nothing is called back after this
                    break;
                default:
                    break;
                }
            };
            QVERIFY(WinHttpSetStatusCallback(request, callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) !=
                    WINHTTP_INVALID_STATUS_CALLBACK);
            QVERIFY(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
        }
        QTRY_VERIFY_WITH_TIMEOUT(run->done.load(), 20'000);
        if (engineThread.joinable())
            engineThread.join();
        bridge.flush();
        QCOMPARE(run->error.load(), DWORD(ERROR_SUCCESS));
        const QString finalUrl = QString::fromStdWString(run->finalUrl);
        QCOMPARE(finalUrl, playground.httpsUrl(QStringLiteral("/get")));
        pane.setFinished(run->error, finalUrl);

        // Summary.
        QCOMPARE(labelText(pane, "statusBadge"), QStringLiteral("200"));
        QVERIFY2(labelText(pane, "protocolLabel").startsWith(QStringLiteral("HTTP/1.1 · TLSv1.")),
                 qPrintable(labelText(pane, "protocolLabel")));
        QVERIFY(!child<QLabel>(pane, "errorLabel")->isVisibleTo(&pane));
        QVERIFY(pane.tracker().bodyBytes() > 0);

        // Three hops: 302, 302, 200, the last one's URL the final WINHTTP_OPTION_URL, highlighted.
        const HopLedgerModel& hops = *pane.hopLedgerModel();
        QCOMPARE(hops.rowCount(), 3);
        QCOMPARE(hops.index(0, HopLedgerColumn::Url).data().toString(),
                 playground.httpsUrl(QStringLiteral("/redirect/2")));
        QCOMPARE(hops.index(0, 0).data(HopLedgerRole::Status).toInt(), 302);
        QCOMPARE(hops.index(1, 0).data(HopLedgerRole::Status).toInt(), 302);
        QCOMPARE(hops.index(2, 0).data(HopLedgerRole::Status).toInt(), 200);
        QCOMPARE(hops.index(1, 0).data(HopLedgerRole::Decision).toString(), QStringLiteral("followed"));
        QCOMPARE(hops.index(2, 0).data(HopLedgerRole::UrlAfter).toString(), finalUrl);
        QVERIFY(hops.index(2, HopLedgerColumn::UrlAfter).data(Qt::FontRole).value<QFont>().bold());
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(hops.index(row, 0).data(HopLedgerRole::Method).toString(), QStringLiteral("GET"));
            QVERIFY(hops.index(row, 0).data(HopLedgerRole::DurationNs).toLongLong() > 0);
        }

        // TLS: the playground's leaf and its CA.
        QCOMPARE(child<TlsTab>(pane, "tlsView")->mode(), TlsTab::Mode::Summary);
        QCOMPARE(labelText(pane, "tlsVerification"), QStringLiteral("Trusted"));
        QVERIFY(labelText(pane, "tlsProtocol").startsWith(QStringLiteral("TLSv1."))); // its own handshake
        QVERIFY(!labelText(pane, "tlsProtocol").contains(QStringLiteral("pooled")));
        const TlsChainModel& chain = *pane.tlsChainModel();
        QCOMPARE(chain.rowCount(), 2);
        const QModelIndex ca0 = chain.index(1, 0);
        QVERIFY2(ca0.data().toString().contains(QStringLiteral("Hinterscope Playground CA")),
                 qPrintable(ca0.data().toString()));
        QCOMPARE(chain.index(TlsChainModel::Fingerprint, TlsChainColumn::Value, ca0).data().toString(),
                 playground.caFingerprintSha256());
        QVERIFY(chain.index(TlsChainModel::SubjectAltNames, TlsChainColumn::Value, chain.index(0, 0))
                    .data()
                    .toString()
                    .contains(QStringLiteral("IP:127.0.0.1")));

        // Timing: the first hop connected and shook hands; every hop waited and received something.
        const TimingModel& timing = *pane.timingModel();
        QCOMPARE(timing.rowCount(), 3);
        const auto duration = [&](int row, int column) {
            return timing.index(row, column).data(TimingRole::DurationNs).toLongLong();
        };
        QVERIFY(duration(0, TimingColumn::Connect) > 0);
        QVERIFY(duration(0, TimingColumn::Tls) > 0);
        for (int row = 0; row < 3; ++row) {
            QVERIFY(duration(row, TimingColumn::Send) >= 0);
            QVERIFY2(duration(row, TimingColumn::Wait) > 0, qPrintable(QString::number(row)));
            QVERIFY(duration(row, TimingColumn::Total) > 0);
        }
        QVERIFY(timing.breakdown().isFinished());
        pane.resize(800, 600);
        QVERIFY(!child<TimingWaterfall>(pane, "timingWaterfall")->grab().isNull());

        bridge.detach();
        WinHttpCloseHandle(connection);
        WinHttpCloseHandle(session);
    }
};

QTEST_MAIN(tst_ResponsePane)
#include "tst_response_pane.moc"
