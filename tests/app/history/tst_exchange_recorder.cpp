// ExchangeRecorder against the real playground: the hops of a redirect chain, TLS data over HTTPS, the body
// prefix and its limit, and secrets that never reach the record.
#include "request/exchange_recorder.h"
#include "request/request_runner.h"
#include "request/secret_redaction.h"

#include "playground/playground.h"

#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <optional>

using namespace hinterscope;

namespace {

// Sends `spec` with a recorder attached, as the GUI's request controller does, and returns the record.
ExchangeRecord sendAndRecord(const RequestSpec& spec, const QHash<QString, QString>& secrets = {},
                             qint64 bodyLimit = ExchangeRecorder::defaultBodyLimit)
{
    RequestRun run(spec);
    RunResult failure;
    ExchangeRecorder recorder(spec, secrets, bodyLimit);
    if (!run.openSession(&failure))
        return recorder.finish(failure);
    if (!recorder.attach(run.session()))
        qFatal("the recorder could not attach to the session");
    if (!run.prepare(&failure))
        return recorder.finish(failure);
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunResult> finished;
    run.start([&](const RunResult& result) {
        std::lock_guard lock(mutex);
        finished = result;
        done.notify_all();
    });
    std::unique_lock lock(mutex);
    if (!done.wait_for(lock, std::chrono::seconds(30), [&] { return finished.has_value(); }))
        qFatal("the request did not finish in 30 s");
    return recorder.finish(*finished);
}

QString headerValue(const QList<KeyValueRow>& headers, const QString& name)
{
    for (const auto& row : headers)
        if (row.name.compare(name, Qt::CaseInsensitive) == 0)
            return row.value;
    return {};
}

// Everything text-like in a record, for "the secret is nowhere" checks.
QByteArray everything(const ExchangeRecord& record)
{
    QStringList parts{record.request.url, record.request.auth.password, record.request.auth.token,
                      record.request.body.text, record.result.finalUrl};
    for (const auto& row : record.request.headers)
        parts << row.name << row.value;
    for (const auto& hop : record.hops) {
        parts << hop.url << hop.location;
        for (const auto& row : hop.requestHeaders + hop.responseHeaders)
            parts << row.name << row.value;
    }
    for (const auto& callback : record.callbacks)
        parts << callback.detail;
    for (const auto& option : record.options)
        parts << option.value;
    return parts.join(QLatin1Char('\n')).toUtf8() + record.bodyPrefix;
}

} // namespace

class tst_ExchangeRecorder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir_.isValid());
        PlaygroundOptions options;
        options.dataDirectory = dataDir_.path();
        playground_ = std::make_unique<Playground>(options);
        QString error;
        QVERIFY2(playground_->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { playground_.reset(); }

    void redirectChain_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void redirectChain()
    {
        QFETCH(bool, async);
        RequestSpec spec;
        spec.url = playground_->httpUrl(QStringLiteral("/redirect/2"));
        spec.options.async = async;
        const ExchangeRecord record = sendAndRecord(spec);
        QVERIFY2(record.result.succeeded(), qPrintable(record.result.failedCall));
        QVERIFY(record.startedAt.isValid());
        QCOMPARE(record.startedAt.timeSpec(), Qt::UTC);

        QCOMPARE(record.hops.size(), 3);
        const QStringList paths{QStringLiteral("/redirect/2"), QStringLiteral("/relative-redirect/1"),
                                QStringLiteral("/get")};
        for (int i = 0; i < 3; ++i) {
            const auto& hop = record.hops.at(i);
            QCOMPARE(QUrl(hop.url).path(), paths.at(i));
            QCOMPARE(hop.method, QStringLiteral("GET"));
            QCOMPARE(hop.httpVersion, QStringLiteral("HTTP/1.1"));
            QVERIFY(!headerValue(hop.requestHeaders, QStringLiteral("Host")).isEmpty());
            QCOMPARE(hop.serverAddress.startsWith(QLatin1String("127.0.0.1:")), true);
            QVERIFY(hop.connectionId != 0);
            QVERIFY2(hop.timings.wait >= 0, qPrintable(QString::number(hop.timings.wait)));
            QVERIFY(hop.timings.receive >= 0);
            QVERIFY(!headerValue(hop.responseHeaders, QStringLiteral("Server")).isEmpty());
            if (i > 0)
                QVERIFY(hop.startMs >= record.hops.at(i - 1).startMs);
        }
        QCOMPARE(record.hops.at(0).status, 302);
        QCOMPARE(record.hops.at(0).location, QStringLiteral("/relative-redirect/1"));
        QVERIFY2(record.hops.at(0).decision.startsWith(QLatin1String("follow")),
                 qPrintable(record.hops.at(0).decision));
        QCOMPARE(headerValue(record.hops.at(0).responseHeaders, QStringLiteral("Location")),
                 QStringLiteral("/relative-redirect/1"));
        QVERIFY(record.hops.at(0).timings.dns >= 0); // the first hop opened the connection
        QVERIFY(record.hops.at(0).timings.connect >= 0);
        QCOMPARE(record.hops.at(0).timings.ssl, -1.0); // plain HTTP
        QCOMPARE(record.hops.at(1).status, 302);
        QCOMPARE(record.hops.at(2).status, 200);
        QCOMPARE(record.hops.at(2).reason, QStringLiteral("OK"));
        QVERIFY2(!record.hops.at(2).decision.startsWith(QLatin1String("follow")),
                 qPrintable(record.hops.at(2).decision));
        QVERIFY(record.hops.at(2).location.isEmpty());
        // Later hops reuse the kept-alive connection: no dns, no connect.
        QVERIFY(record.hops.at(1).connectionReused);
        QCOMPARE(record.hops.at(1).connectionId, record.hops.at(0).connectionId);
        QCOMPARE(record.hops.at(1).timings.dns, -1.0);

        QCOMPARE(QUrl(record.result.finalUrl).path(), QStringLiteral("/get"));
        QVERIFY(record.tlsProtocol.isEmpty());
        QCOMPARE(record.bodySize, record.result.bodyBytes);
        QVERIFY(record.bodyPrefix.contains("\"url\""));
        QVERIFY(!record.bodyTruncated);

        QVERIFY(!record.callbacks.isEmpty());
        bool sawRedirect = false;
        for (const auto& callback : record.callbacks) {
            QVERIFY(callback.statusName.startsWith(QLatin1String("WINHTTP_CALLBACK_STATUS_")));
            if (callback.statusName == QLatin1String("WINHTTP_CALLBACK_STATUS_REDIRECT")) {
                sawRedirect = true;
                QVERIFY(callback.detail.contains(QLatin1String("/relative-redirect/1")) ||
                        callback.detail.contains(QLatin1String("/get")));
            }
        }
        QVERIFY(sawRedirect);
        QStringList types;
        for (const auto& handle : record.handles)
            types << handle.typeName;
        QCOMPARE(types, (QStringList{QStringLiteral("session"), QStringLiteral("connect"), QStringLiteral("request")}));
        QCOMPARE(record.handles.at(2).parent, record.handles.at(1).handle);
        bool sawRedirectPolicy = false;
        for (const auto& option : record.options)
            sawRedirectPolicy |= option.name == QLatin1String("WINHTTP_OPTION_REDIRECT_POLICY");
        QVERIFY(sawRedirectPolicy);
    }

    void httpsHasTlsData()
    {
        RequestSpec spec;
        spec.url = playground_->httpsUrl(QStringLiteral("/get"));
        spec.options.caFile = playground_->caCertificatePath();
        const ExchangeRecord record = sendAndRecord(spec);
        QVERIFY2(record.result.succeeded(), qPrintable(record.result.failedCall));
        QVERIFY2(record.tlsProtocol.startsWith(QLatin1String("TLS")), qPrintable(record.tlsProtocol));
        QVERIFY(!record.tlsCipher.isEmpty());
        QCOMPARE(record.hops.size(), 1);
        const auto& timings = record.hops.first().timings;
        QVERIFY(timings.ssl >= 0);
        QVERIFY(timings.connect >= timings.ssl); // HAR: ssl is part of connect
        QVERIFY(record.hops.first().url.startsWith(QLatin1String("https://")));
    }

    void bodyPrefixIsLimited()
    {
        RequestSpec spec;
        spec.url = playground_->httpUrl(QStringLiteral("/bytes/100000"));
        const ExchangeRecord record = sendAndRecord(spec, {}, 1024);
        QVERIFY(record.result.succeeded());
        QCOMPARE(record.bodySize, 100000);
        QCOMPARE(record.bodyPrefix.size(), 1024);
        QVERIFY(record.bodyTruncated);
    }

    void requestBodySizeIsCounted()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = playground_->httpUrl(QStringLiteral("/post"));
        spec.body.mode = BodyMode::Raw;
        spec.body.text = QString(3000, QLatin1Char('x'));
        spec.body.contentType = QStringLiteral("text/plain");
        const ExchangeRecord record = sendAndRecord(spec);
        QVERIFY(record.result.succeeded());
        QCOMPARE(record.hops.size(), 1);
        QCOMPARE(record.hops.first().method, QStringLiteral("POST"));
        QCOMPARE(record.hops.first().requestBodySize, 3000);
    }

    void secretsAreRedacted_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void secretsAreRedacted()
    {
        QFETCH(bool, async);
        const QString apiKey = QStringLiteral("k3y-with spaces&more");
        const QString password = QStringLiteral("pa55-word");
        RequestSpec spec; // as sent: variables already substituted
        spec.method = QStringLiteral("POST");
        spec.url =
            playground_->httpUrl(QStringLiteral("/anything?key=")) + QString::fromUtf8(QUrl::toPercentEncoding(apiKey));
        spec.headers = {{QStringLiteral("X-Api-Key"), apiKey, true},
                        {QStringLiteral("Proxy-Authorization"), QStringLiteral("Bearer literal-token"), true}};
        spec.body.mode = BodyMode::Raw;
        spec.body.text = QStringLiteral("{\"key\":\"%1\"}").arg(apiKey);
        spec.body.contentType = QStringLiteral("application/json");
        spec.auth.mode = AuthMode::Basic;
        spec.auth.user = QStringLiteral("ann");
        spec.auth.password = password;
        spec.options.async = async;
        const ExchangeRecord record =
            sendAndRecord(spec, {{QStringLiteral("apiKey"), apiKey}, {QStringLiteral("pw"), password}});
        QVERIFY2(record.result.succeeded(), qPrintable(record.result.failedCall));
        QVERIFY(record.bodyPrefix.contains("{{apiKey}}")); // the echo of what was sent

        const QByteArray all = everything(record);
        QVERIFY(!all.contains(apiKey.toUtf8()));
        QVERIFY(!all.contains(QUrl::toPercentEncoding(apiKey)));
        QVERIFY(!all.contains(password.toUtf8()));
        QVERIFY(!all.contains(QByteArray("ann:pa55-word").toBase64()));
        QVERIFY(!all.contains("literal-token"));

        QCOMPARE(headerValue(record.request.headers, QStringLiteral("X-Api-Key")), QStringLiteral("{{apiKey}}"));
        QCOMPARE(headerValue(record.request.headers, QStringLiteral("Proxy-Authorization")),
                 QStringLiteral("Bearer ") + SecretRedactor::mask());
        QVERIFY(record.request.url.endsWith(QLatin1String("key={{apiKey}}")));
        QCOMPARE(record.request.auth.user, QStringLiteral("ann"));
        QCOMPARE(record.request.auth.password, QStringLiteral("{{pw}}")); // a bare placeholder is no secret
        const auto& hop = record.hops.last();
        QCOMPARE(headerValue(hop.requestHeaders, QStringLiteral("X-Api-Key")), QStringLiteral("{{apiKey}}"));
        QCOMPARE(headerValue(hop.requestHeaders, QStringLiteral("Authorization")),
                 QStringLiteral("Basic ") + SecretRedactor::mask());
        QVERIFY(hop.url.contains(QLatin1String("{{apiKey}}")));
    }

    void literalCredentialsAreCleared()
    {
        SecretRedactor redactor;
        RequestSpec spec;
        spec.url = QStringLiteral("https://ann:hunter2@example.test/x");
        spec.auth.mode = AuthMode::Bearer;
        spec.auth.token = QStringLiteral("tok");
        spec.auth.password = QStringLiteral("pw");
        spec.headers = {{QStringLiteral("authorization"), QStringLiteral("Bearer {{token}}"), true}};
        const RequestSpec redacted = redactor.spec(spec);
        QVERIFY(redacted.auth.token.isEmpty());
        QVERIFY(redacted.auth.password.isEmpty());
        QCOMPARE(redacted.url,
                 QStringLiteral("https://ann:") + SecretRedactor::mask() + QStringLiteral("@example.test/x"));
        QCOMPARE(redacted.headers.first().value, QStringLiteral("Bearer {{token}}"));
    }

private:
    QTemporaryDir dataDir_;
    std::unique_ptr<Playground> playground_;
};

QTEST_GUILESS_MAIN(tst_ExchangeRecorder)
#include "tst_exchange_recorder.moc"
