// RequestRun sends what the composer produced through the WinHTTP C API, against the real playground: body
// kinds, auth, redirects with WINHTTP_OPTION_URL, cancel mid-body, setup failures with WinHTTP's codes.
#include "request/request_payload.h"
#include "request/request_runner.h"

#include "playground/playground.h"

#include <hinternet/trace.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <optional>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

using namespace hinterscope;

namespace {

// Collects the decoded body from the trace, as the GUI's body store does.
class BodyCollector : public hinternet::trace::Observer {
public:
    void on_event(const hinternet::trace::Event& event) override
    {
        if (event.kind != hinternet::trace::EventKind::BodyDecoded)
            return;
        std::lock_guard lock(mutex_);
        body_.append(event.bytes.data(), static_cast<qsizetype>(event.bytes.size()));
    }
    QByteArray body() const
    {
        std::lock_guard lock(mutex_);
        return body_;
    }

private:
    mutable std::mutex mutex_;
    QByteArray body_;
};

struct Outcome {
    RunResult result;
    QByteArray body;
};

// Runs `spec` to the end (bounded) and returns what the runner reported and the body the trace saw.
Outcome run(const RequestSpec& spec, const std::function<void(RequestRun&)>& afterStart = {})
{
    RequestRun run(spec);
    Outcome outcome;
    if (!run.openSession(&outcome.result))
        return outcome;
    auto collector = std::make_shared<BodyCollector>();
    hinternet::trace::add_session_observer(run.session(), collector);
    if (!run.prepare(&outcome.result))
        return outcome;
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunResult> finished;
    run.start([&](const RunResult& result) {
        std::lock_guard lock(mutex);
        finished = result;
        done.notify_all();
    });
    if (afterStart)
        afterStart(run);
    std::unique_lock lock(mutex);
    if (!done.wait_for(lock, std::chrono::seconds(30), [&] { return finished.has_value(); }))
        qFatal("the request did not finish in 30 s");
    outcome.result = *finished;
    outcome.body = collector->body();
    return outcome;
}

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class tst_RequestRunner : public QObject {
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

    void bodies_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expectedKey");
        QTest::addColumn<QString>("expectedValue");
        for (const bool async : {false, true}) {
            const char* suffix = async ? " (async)" : " (sync)";
            QTest::addRow("raw%s", suffix) << async << int(BodyMode::Raw) << "data" << "hello raw";
            QTest::addRow("json%s", suffix) << async << int(BodyMode::Json) << "json/greeting" << "hi";
            QTest::addRow("form%s", suffix) << async << int(BodyMode::FormUrlEncoded) << "form/name" << "a b&c";
            QTest::addRow("multipart%s", suffix) << async << int(BodyMode::Multipart) << "files/upload" << "file text";
            QTest::addRow("binary file%s", suffix) << async << int(BodyMode::BinaryFile) << "data" << "file text";
        }
    }

    void bodies()
    {
        QFETCH(bool, async);
        QFETCH(int, mode);
        QFETCH(QString, expectedKey);
        QFETCH(QString, expectedValue);
        QTemporaryDir files;
        const QString filePath = files.filePath(QStringLiteral("upload.txt"));
        {
            QFile file(filePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("file text");
        }
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = playground_->httpUrl(QStringLiteral("/anything"));
        spec.options.async = async;
        spec.body.mode = static_cast<BodyMode>(mode);
        spec.body.text =
            spec.body.mode == BodyMode::Json ? QStringLiteral("{\"greeting\":\"hi\"}") : QStringLiteral("hello raw");
        spec.body.contentType = spec.body.mode == BodyMode::Raw ? QStringLiteral("text/plain") : QString();
        spec.body.form = {{QStringLiteral("name"), QStringLiteral("a b&c")}, {QStringLiteral("off"), {}, false}};
        spec.body.parts = {{QStringLiteral("upload"), filePath, true, QStringLiteral("text/plain"), {}, true}};
        spec.body.filePath = filePath;

        const Outcome outcome = run(spec);
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.failedCall + outcome.result.problem));
        QCOMPARE(outcome.result.status, 200);
        QCOMPARE(outcome.result.bodyBytes, outcome.body.size());
        QJsonValue value = json(outcome.body);
        for (const auto& part : expectedKey.split(QLatin1Char('/')))
            value = value.toObject().value(part);
        QCOMPARE(value.toString(), expectedValue);
        if (spec.body.mode == BodyMode::FormUrlEncoded)
            QVERIFY(!json(outcome.body).value(QStringLiteral("form")).toObject().contains(QStringLiteral("off")));
    }

    void largeBodyIsStreamed_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void largeBodyIsStreamed()
    {
        QFETCH(bool, async);
        QTemporaryDir files;
        const QString filePath = files.filePath(QStringLiteral("big.bin"));
        const QByteArray content(3 * 1024 * 1024 + 17, 'z');
        {
            QFile file(filePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        RequestSpec spec;
        spec.method = QStringLiteral("PUT");
        spec.url = playground_->httpUrl(QStringLiteral("/anything"));
        spec.options.async = async;
        spec.body.mode = BodyMode::BinaryFile;
        spec.body.filePath = filePath;
        spec.body.contentType = QStringLiteral("application/octet-stream");
        const Outcome outcome = run(spec);
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.failedCall));
        const auto echoed = json(outcome.body);
        QCOMPARE(echoed.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Content-Length")).toString(),
                 QString::number(content.size()));
    }

    void headersAndAuth_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        for (const bool async : {false, true}) {
            const char* suffix = async ? " (async)" : " (sync)";
            QTest::addRow("basic%s", suffix) << async << int(AuthMode::Basic) << "/basic-auth/ann/s3cret" << 200;
            QTest::addRow("digest%s", suffix)
                << async << int(AuthMode::Digest) << "/digest-auth/auth/ann/s3cret" << 200;
            QTest::addRow("bearer%s", suffix) << async << int(AuthMode::Bearer) << "/bearer" << 200;
            QTest::addRow("none%s", suffix) << async << int(AuthMode::None) << "/bearer" << 401;
        }
    }

    void headersAndAuth()
    {
        QFETCH(bool, async);
        QFETCH(int, auth);
        QFETCH(QString, path);
        QFETCH(int, status);
        RequestSpec spec;
        spec.url = playground_->httpUrl(path);
        spec.options.async = async;
        spec.auth = {static_cast<AuthMode>(auth), QStringLiteral("ann"), QStringLiteral("s3cret"),
                     QStringLiteral("tok")};
        spec.headers = {{QStringLiteral("X-Sent"), QStringLiteral("yes")}, {QStringLiteral("X-Not-Sent"), {}, false}};
        const Outcome outcome = run(spec);
        QCOMPARE(outcome.result.error, 0u);
        QCOMPARE(outcome.result.status, status);

        spec.url = playground_->httpUrl(QStringLiteral("/headers"));
        const auto echoed = json(run(spec).body).value(QStringLiteral("headers")).toObject();
        QCOMPARE(echoed.value(QStringLiteral("X-Sent")).toString(), QStringLiteral("yes"));
        QVERIFY(!echoed.contains(QStringLiteral("X-Not-Sent")));
        QVERIFY(echoed.value(QStringLiteral("User-Agent")).toString().startsWith(QLatin1String("Hinterscope/")));
    }

    void redirectsEndAtTheFinalUrl_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("finalPath");
        QTest::newRow("followed (sync)") << false << int(RedirectPolicy::DisallowHttpsToHttp) << 200 << "/get";
        QTest::newRow("followed (async)") << true << int(RedirectPolicy::DisallowHttpsToHttp) << 200 << "/get";
        QTest::newRow("never") << false << int(RedirectPolicy::Never) << 302 << "/redirect/3";
    }

    void redirectsEndAtTheFinalUrl()
    {
        QFETCH(bool, async);
        QFETCH(int, policy);
        QFETCH(int, status);
        QFETCH(QString, finalPath);
        RequestSpec spec;
        spec.url = playground_->httpUrl(QStringLiteral("/redirect/3"));
        spec.options.async = async;
        spec.options.redirectPolicy = static_cast<RedirectPolicy>(policy);
        const Outcome outcome = run(spec);
        QVERIFY(outcome.result.succeeded());
        QCOMPARE(outcome.result.status, status);
        QCOMPARE(outcome.result.finalUrl, playground_->httpUrl(finalPath));
    }

    void cancelEndsADownloadAtOnce_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void cancelEndsADownloadAtOnce()
    {
        QFETCH(bool, async);
        RequestSpec spec;
        spec.url = playground_->httpUrl(QStringLiteral("/slow/2000")); // 2 KB/s: would take long
        spec.options.async = async;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(spec, [](RequestRun& request) {
            QThread::msleep(300);
            request.cancel();
        });
        QVERIFY(outcome.result.cancelled);
        QVERIFY(!outcome.result.bodyComplete);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void failuresCarryWinHttpErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("duringSetup");
        QTest::addColumn<uint>("error");
        QTest::newRow("unsupported scheme") << "ftp://127.0.0.1/" << true << uint(ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        QTest::newRow("invalid port") << "http://127.0.0.1:99999/" << true << uint(ERROR_WINHTTP_INVALID_URL);
        QTest::newRow("broken certificate") << "" << false << uint(ERROR_WINHTTP_SECURE_FAILURE);
    }

    void failuresCarryWinHttpErrors()
    {
        QFETCH(QString, url);
        QFETCH(bool, duringSetup);
        QFETCH(uint, error);
        RequestSpec spec;
        spec.url = url.isEmpty() ? playground_->brokenTlsUrl(QStringLiteral("/get")) : url;
        RequestRun request(spec);
        RunResult failure;
        QVERIFY(request.openSession(&failure));
        if (duringSetup) {
            QVERIFY(!request.prepare(&failure));
            QCOMPARE(failure.error, error);
            QCOMPARE(failure.failedCall, QStringLiteral("WinHttpCrackUrl"));
            return;
        }
        const Outcome outcome = run(spec);
        QCOMPARE(outcome.result.error, error);
        QCOMPARE(outcome.result.failedCall, QStringLiteral("WinHttpSendRequest"));
        QVERIFY(outcome.result.secureFailureFlags != 0);
    }

    void anUnreadableBodyFileIsAProblemNotASend()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = playground_->httpUrl(QStringLiteral("/post"));
        spec.body.mode = BodyMode::BinaryFile;
        spec.body.filePath = QStringLiteral("/nonexistent/body.bin");
        const Outcome outcome = run(spec);
        QVERIFY(outcome.result.problem.contains(QLatin1String("/nonexistent/body.bin")));
        QVERIFY(!outcome.result.responseReceived);
    }

    void formEncodingUsesPlusForSpaces()
    {
        QCOMPARE(formUrlEncoded({{QStringLiteral("a b"), QStringLiteral("c&d=é")},
                                 {QStringLiteral("x"), QStringLiteral("1"), false}}),
                 QByteArray("a+b=c%26d%3D%C3%A9"));
    }

private:
    QTemporaryDir dataDir_;
    std::unique_ptr<Playground> playground_;
};

QTEST_GUILESS_MAIN(tst_RequestRunner)
#include "tst_request_runner.moc"
