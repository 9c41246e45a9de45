// Issue 8, security, in the layers above the engine: the GUI's request runner (RequestRun) and hinterscope-cli.
// - CR/LF smuggled into a header row, the auth fields, the user agent, the method or a proxy is refused, and a
//   scripted raw-socket server that records every byte proves no injected line reaches the wire.
// - TLS verification is on by default: a default RequestSpec (securityIgnoreFlags == 0) and a plain
//   `hinterscope-cli send` both refuse a self-signed server.
// - The CLI's -v and --json redact Digest and proxy credentials and PASSWORD options unless --reveal-secrets.
#include "request/request_runner.h"

#include "support/scripted_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"

#include <QProcess>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <optional>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

using namespace hinterscope;
using namespace std::chrono_literals;
using hs::test::ScriptedConnection;
using hs::test::ScriptedServer;

namespace {

// Answers every request with an empty 200 (a Digest challenge first when asked), one request per connection.
void answer(ScriptedConnection& connection, bool digest)
{
    const std::string request = connection.read_request(5s);
    if (request.empty())
        return;
    const bool challenge = digest && request.find("\r\nAuthorization:") == std::string::npos;
    connection.send(challenge ? "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"lab\", nonce=\"abc\", "
                                "qop=\"auth\"\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
                              : "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
}

// A line of what arrived that starts with the injected header, however a lenient server splits lines.
bool hasInjectedLine(const std::vector<std::string>& requests)
{
    for (const std::string& request : requests) {
        const QByteArray bytes = QByteArray::fromStdString(request).toLower().replace('\r', '\n');
        for (const QByteArray& line : bytes.split('\n'))
            if (line.startsWith("x-injected"))
                return true;
    }
    return false;
}

RunResult runToEnd(const RequestSpec& spec)
{
    RequestRun run(spec);
    RunResult result;
    if (!run.openSession(&result) || !run.prepare(&result))
        return result;
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunResult> finished;
    run.start([&](const RunResult& outcome) {
        std::lock_guard lock(mutex);
        finished = outcome;
        done.notify_all();
    });
    std::unique_lock lock(mutex);
    if (!done.wait_for(lock, 30s, [&] { return finished.has_value(); }))
        qFatal("the request did not finish in 30 s");
    return *finished;
}

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HINTERSCOPE_CLI_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    process.waitForFinished(5000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString url(const ScriptedServer& server, const char* scheme = "http")
{
    return QStringLiteral("%1://127.0.0.1:%2/").arg(QLatin1String(scheme)).arg(server.port());
}

} // namespace

class tst_SecurityDefaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        hs::test::CertificateSpec selfSigned;
        selfSigned.common_name = "127.0.0.1";
        selfSigned.ip_addresses = {"127.0.0.1"};
        selfSigned.signer = hs::test::CertificateSpec::Signer::Self;
        pki_ = std::make_unique<hs::test::TestPki>(directory_.path());
        const auto certificate = pki_->issue("self", selfSigned);
        selfSignedServer_ = std::make_unique<ScriptedServer>([](ScriptedConnection& c, int) { answer(c, false); },
                                                             hs::test::ScriptedTls{certificate.chain, certificate.key});
    }
    void cleanupTestCase()
    {
        selfSignedServer_.reset();
        pki_.reset();
    }

    void aDefaultSpecIgnoresNoCertificateError()
    {
        const RequestSpec spec;
        QCOMPARE(spec.options.securityIgnoreFlags, 0u);
        QCOMPARE(spec.options.caFile, QString());
    }

    void theRunnerVerifiesTlsByDefault_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }
    void theRunnerVerifiesTlsByDefault()
    {
        QFETCH(bool, async);
        RequestSpec spec;
        spec.url = url(*selfSignedServer_, "https");
        spec.options.async = async;
        const auto before = selfSignedServer_->requests().size();
        const RunResult result = runToEnd(spec);
        QCOMPARE(result.error, quint32(ERROR_WINHTTP_SECURE_FAILURE));
        QCOMPARE(result.failedCall, QStringLiteral("WinHttpSendRequest"));
        QVERIFY(result.secureFailureFlags & WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA);
        QCOMPARE(selfSignedServer_->requests().size(), before);
    }

    // docs/cli.md: a network failure is exit code 3.
    void theCliVerifiesTlsByDefault_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sync") << QStringLiteral("--sync");
        QTest::newRow("async") << QStringLiteral("--async");
    }
    void theCliVerifiesTlsByDefault()
    {
        QFETCH(QString, mode);
        const CliResult result = runCli({QStringLiteral("send"), url(*selfSignedServer_, "https"), mode});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("ERROR_WINHTTP_SECURE_FAILURE (12175)")), qPrintable(result.err));
    }

    // Each row puts "v<CR/LF>X-Injected: yes" into one field of the spec. The runner must refuse it with
    // ERROR_INVALID_PARAMETER before anything is sent.
    void theRunnerRefusesLineBreaks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("failedCall");
        for (const char* separator : {"\r\n", "\n", "\r"}) {
            const QString name = separator == std::string_view("\r\n") ? QStringLiteral("CRLF")
                                 : separator == std::string_view("\n") ? QStringLiteral("LF")
                                                                       : QStringLiteral("CR");
            const QString sep = QString::fromLatin1(separator);
            const auto row = [&](const char* field, const char* call) {
                QTest::addRow("%s %s", field, qPrintable(name))
                    << QString::fromLatin1(field) << sep << QString::fromLatin1(call);
            };
            row("header value", "WinHttpAddRequestHeaders");
            row("header name", "WinHttpAddRequestHeaders");
            row("bearer token", "WinHttpAddRequestHeaders");
            row("basic user", "WinHttpSetCredentials");
            row("basic password", "WinHttpSetCredentials");
            row("digest password", "WinHttpSetCredentials");
            row("user agent", "WinHttpOpen");
            row("method", "WinHttpOpenRequest");
        }
    }
    void theRunnerRefusesLineBreaks()
    {
        QFETCH(QString, field);
        QFETCH(QString, separator);
        QFETCH(QString, failedCall);
        ScriptedServer server([](ScriptedConnection& c, int) { answer(c, false); });
        const QString smuggled = QStringLiteral("v") + separator + QStringLiteral("X-Injected: yes");
        RequestSpec spec;
        spec.url = url(server);
        if (field == QLatin1String("header value"))
            spec.headers = {{QStringLiteral("X-A"), smuggled}};
        else if (field == QLatin1String("header name"))
            spec.headers = {{smuggled, QStringLiteral("1")}};
        else if (field == QLatin1String("bearer token"))
            spec.auth = {AuthMode::Bearer, {}, {}, smuggled};
        else if (field == QLatin1String("basic user"))
            spec.auth = {AuthMode::Basic, smuggled, QStringLiteral("pw"), {}};
        else if (field == QLatin1String("basic password"))
            spec.auth = {AuthMode::Basic, QStringLiteral("alice"), smuggled, {}};
        else if (field == QLatin1String("digest password"))
            spec.auth = {AuthMode::Digest, QStringLiteral("alice"), smuggled, {}};
        else if (field == QLatin1String("user agent"))
            spec.options.userAgent = smuggled;
        else if (field == QLatin1String("method"))
            spec.method = QStringLiteral("GET") + separator + QStringLiteral("X-Injected: yes");
        const RunResult result = runToEnd(spec);
        QVERIFY2(!hasInjectedLine(server.requests()),
                 qPrintable(QString::fromStdString(server.requests().empty() ? "" : server.requests().front())));
        QCOMPARE(result.error, quint32(ERROR_INVALID_PARAMETER));
        QVERIFY2(result.failedCall.startsWith(failedCall), qPrintable(result.failedCall));
        QCOMPARE(server.connections(), 0);
    }

    // `send -H` is covered by tst_cli; these are the other ways text reaches the head.
    void theCliRefusesLineBreaks_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto row = [](const char* name, QStringList arguments) { QTest::newRow(name) << arguments; };
        const QString smuggled = QStringLiteral("v\r\nX-Injected: yes");
        row("-A", {QStringLiteral("-A"), smuggled});
        row("-u user", {QStringLiteral("-u"), QStringLiteral("ali\r\nX-Injected: yes:pw")});
        row("-u password", {QStringLiteral("-u"), QStringLiteral("alice:") + smuggled});
        row("-u password --digest",
            {QStringLiteral("-u"), QStringLiteral("alice:") + smuggled, QStringLiteral("--digest")});
        row("-X", {QStringLiteral("-X"), QStringLiteral("GET\r\nX-Injected: yes")});
        row("--option USER_AGENT", {QStringLiteral("--option"), QStringLiteral("USER_AGENT=") + smuggled});
        row("--option PASSWORD", {QStringLiteral("--option"), QStringLiteral("USERNAME=alice"),
                                  QStringLiteral("--option"), QStringLiteral("PASSWORD=") + smuggled});
    }
    void theCliRefusesLineBreaks()
    {
        QFETCH(QStringList, arguments);
        ScriptedServer server([](ScriptedConnection& c, int) { answer(c, false); });
        const CliResult result = runCli(QStringList{QStringLiteral("send"), url(server)} + arguments);
        QVERIFY2(!hasInjectedLine(server.requests()), qPrintable(result.all()));
        // A usage error (2) when the CLI checks the text itself, else WinHTTP's refusal (3).
        QVERIFY2(result.exitCode == 2 ||
                     (result.exitCode == 3 && result.err.contains(QStringLiteral("ERROR_INVALID_PARAMETER"))),
                 qPrintable(result.all()));
        QCOMPARE(server.connections(), 0);
    }

    // Secrets tst_cli does not cover: a Digest password, proxy credentials in -x, the PASSWORD options.
    void theCliRedactsUnlessAsked_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("reveal");
        for (const char* view : {"-v", "--trace-wire", "--json"})
            for (const bool reveal : {false, true})
                QTest::addRow("%s%s", view, reveal ? " --reveal-secrets" : "") << QString::fromLatin1(view) << reveal;
    }
    void theCliRedactsUnlessAsked()
    {
        QFETCH(QString, view);
        QFETCH(bool, reveal);
        ScriptedServer digestServer([](ScriptedConnection& c, int) { answer(c, true); });
        QStringList arguments{QStringLiteral("send"),
                              url(digestServer),
                              QStringLiteral("--digest"),
                              QStringLiteral("-u"),
                              QStringLiteral("alice:digest-pw-secret"),
                              view};
        if (reveal)
            arguments << QStringLiteral("--reveal-secrets");
        const CliResult digest = runCli(arguments);
        QVERIFY2(digest.exitCode == 0, qPrintable(digest.all()));
        // The password itself never travels (Digest sends a hash), so only the Authorization value can show.
        QVERIFY2(!digest.all().contains(QStringLiteral("digest-pw-secret")) || reveal, qPrintable(digest.all()));
        const bool responseShown = digest.all().contains(QStringLiteral("response="));
        QVERIFY2(responseShown == reveal, qPrintable(digest.all()));

        ScriptedServer proxy([](ScriptedConnection& c, int) { answer(c, false); });
        QStringList proxied{QStringLiteral("send"),
                            QStringLiteral("http://origin.invalid/"),
                            QStringLiteral("-x"),
                            QStringLiteral("http://proxy-user:proxy-pw-secret@127.0.0.1:%1").arg(proxy.port()),
                            QStringLiteral("--option"),
                            QStringLiteral("USERNAME=option-user"),
                            QStringLiteral("--option"),
                            QStringLiteral("PASSWORD=option-pw-secret"),
                            view};
        if (reveal)
            proxied << QStringLiteral("--reveal-secrets");
        const CliResult viaProxy = runCli(proxied);
        QVERIFY2(viaProxy.exitCode == 0, qPrintable(viaProxy.all()));
        const QString basic = QString::fromLatin1(QByteArray("proxy-user:proxy-pw-secret").toBase64());
        for (const QString& secret : {QStringLiteral("proxy-pw-secret"), basic, QStringLiteral("option-pw-secret")}) {
            if (!reveal)
                QVERIFY2(!viaProxy.all().contains(secret),
                         qPrintable(secret + QStringLiteral(" leaked\n") + viaProxy.all()));
        }
        if (reveal)
            QVERIFY2(viaProxy.all().contains(basic), qPrintable(viaProxy.all()));
    }

private:
    hs::test::TempDir directory_{"hinterscope-security-defaults"};
    std::unique_ptr<hs::test::TestPki> pki_;
    std::unique_ptr<ScriptedServer> selfSignedServer_;
};

QTEST_GUILESS_MAIN(tst_SecurityDefaults)
#include "tst_security_defaults.moc"
