// hinterscope-cli, driven as a user drives it: the real binary in a QProcess, against real nginx and
// httpbin, a scripted server that never answers, and the playground through `serve`.
#include "cli/json_schema_check.h"
#include "support/httpbin_server.h"
#include "support/loopback.h"
#include "support/nginx_server.h"
#include "support/scripted_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"
#include "support/tinyproxy_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <poll.h>
#include <random>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

const QString cli = QStringLiteral(HINTERSCOPE_CLI_PATH);

struct Result {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QByteArray rawOut;
    qint64 milliseconds = 0;
    QString all() const { return out + err; }
};

QProcessEnvironment cleanEnvironment()
{
    // The tests talk to loopback servers; a proxy from the developer's shell must not get in between.
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

Result run(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(cli, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished(5000);
    Result result;
    result.milliseconds = timer.elapsed();
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString describe(const Result& result)
{
    return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
        .arg(result.exitCode)
        .arg(result.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(result.out.left(4000), result.err.left(8000));
}

// A run whose peak resident set (VmHWM) is measured.
struct Measured {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    qint64 peakKib = 0;
    double seconds = 0;
};

// Runs the CLI and polls its VmHWM until it ends (the last value is the peak), killing it after timeoutMs.
// ASan's quarantine of freed blocks (256 MiB by default) is shrunk, or it would be what gets measured.
Measured runMeasuringPeak(const QStringList& arguments, int timeoutMs)
{
    auto environment = cleanEnvironment();
#if defined(__SANITIZE_ADDRESS__)
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS")) +
                           QStringLiteral(":quarantine_size_mb=4:thread_local_quarantine_size_kb=256"));
#endif
    QProcess process;
    process.setProcessEnvironment(environment);
    Measured measured;
    QElapsedTimer timer;
    timer.start();
    process.start(cli, arguments);
    if (!process.waitForStarted())
        return measured;
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    while (!process.waitForFinished(20)) {
        measured.out += process.readAllStandardOutput();
        if (timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const auto& line : file.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                measured.peakKib = std::max(measured.peakKib, line.mid(6).trimmed().split(' ').first().toLongLong());
    }
    measured.out += process.readAllStandardOutput();
    measured.crashed = process.exitStatus() != QProcess::NormalExit;
    measured.exitCode = process.exitCode();
    measured.seconds = timer.elapsed() / 1000.0;
    return measured;
}

// Starts `serve` with its data in dataDirectory; returns its banner once it says it serves (empty after 30 s).
QString startServe(QProcess& server, const std::filesystem::path& dataDirectory)
{
    server.setProcessEnvironment(cleanEnvironment());
    server.start(cli, {QStringLiteral("serve"), QStringLiteral("--data-dir"), qs(dataDirectory.string())});
    if (!server.waitForStarted())
        return {};
    QString banner;
    QElapsedTimer timer;
    timer.start();
    while (!banner.contains(QStringLiteral("Serving until")) && timer.elapsed() < 30000) {
        server.waitForReadyRead(500);
        banner += QString::fromUtf8(server.readAllStandardOutput());
    }
    return banner.contains(QStringLiteral("Serving until")) ? banner : QString();
}

// The WINHTTP_CALLBACK_STATUS_* names of the request handle's lines in a -v timeline, in order.
QStringList requestStatuses(const QString& timeline)
{
    static const QRegularExpression line(QStringLiteral(R"(^\* +[0-9.]+ ms +tid \d+ +request 0x[0-9a-f]+ +([A-Z_]+))"),
                                         QRegularExpression::MultilineOption);
    QStringList statuses;
    for (auto it = line.globalMatch(timeline); it.hasNext();)
        statuses << it.next().captured(1);
    return statuses;
}

bool isSubsequence(const QStringList& wanted, const QStringList& seen)
{
    qsizetype at = 0;
    for (const auto& status : seen)
        if (at < wanted.size() && status == wanted[at])
            ++at;
    return at == wanted.size();
}

void writeBytes(const std::filesystem::path& path, const QByteArray& bytes)
{
    std::ofstream file(path, std::ios::binary);
    file.write(bytes.constData(), bytes.size());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray randomBytes(qsizetype size)
{
    std::mt19937 generator(1234);
    QByteArray bytes(size, Qt::Uninitialized);
    for (auto& byte : bytes)
        byte = static_cast<char>(generator() & 0xFF);
    return bytes;
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<hs::test::TempDir> directory_;
    std::unique_ptr<hs::test::TestPki> pki_;
    std::unique_ptr<hs::test::NginxServer> nginx_;
    std::unique_ptr<hs::test::HttpbinServer> httpbin_;
    bool pythonJsonSchema_ = false;
    QJsonObject schema_;

    QString nginxUrl(const char* path) const { return qs(nginx_->http_url(path)); }
    QString nginxTlsUrl(const char* path) const { return qs(nginx_->https_url(path)); }
    QString httpbinUrl(const char* path) const { return qs(httpbin_->url(path)); }
    QString rootCa() const { return qs(pki_->root_certificate().string()); }

    // Checks a --json report against docs/cli-report.schema.json and returns it.
    QJsonObject validatedReport(const Result& result)
    {
        QJsonParseError error{};
        const auto document = QJsonDocument::fromJson(result.rawOut, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            QTest::qFail(
                qPrintable(QStringLiteral("not a JSON object: %1\n%2").arg(error.errorString(), describe(result))),
                __FILE__, __LINE__);
            return {};
        }
        const auto problems = hs::test::check_json_schema(schema_, document.object());
        if (!problems.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("schema violations:\n") + problems.join(QLatin1Char('\n'))),
                         __FILE__, __LINE__);
            return {};
        }
        if (pythonJsonSchema_) {
            const auto reportPath = directory_->path() / "report.json";
            writeBytes(reportPath, result.rawOut);
            QProcess python;
            python.start(
                QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import json,sys,jsonschema\n"
                                "schema=json.load(open(sys.argv[1]))\n"
                                "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))"),
                 QStringLiteral(HINTERSCOPE_CLI_SCHEMA_PATH), qs(reportPath.string())});
            python.waitForFinished(30000);
            if (python.exitCode() != 0) {
                QTest::qFail(qPrintable(QStringLiteral("python3-jsonschema rejects the report:\n") +
                                        QString::fromUtf8(python.readAllStandardError())),
                             __FILE__, __LINE__);
                return {};
            }
        }
        return document.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        QFile schemaFile(QStringLiteral(HINTERSCOPE_CLI_SCHEMA_PATH));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        schema_ = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(!schema_.isEmpty());

        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        pythonJsonSchema_ =
            python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
        if (!pythonJsonSchema_)
            qInfo("python3-jsonschema is not installed: the report is checked by the built-in schema check only");

        directory_ = std::make_unique<hs::test::TempDir>("hinterscope-cli-test");
        pki_ = std::make_unique<hs::test::TestPki>(directory_->path() / "pki");
        hs::test::CertificateSpec spec;
        spec.dns_names = {"localhost"};
        spec.ip_addresses = {"127.0.0.1"};
        const auto server = pki_->issue("nginx", spec);

        const auto root = directory_->path() / "htdocs";
        std::filesystem::create_directories(root);
        writeBytes(root / "file.bin", randomBytes(3 * 1024 * 1024 + 17));
        writeBytes(root / "hello.txt", "hello from nginx\n");
        {
            std::ofstream big(root / "big", std::ios::binary);
        }
        std::filesystem::resize_file(root / "big", 256ull * 1024 * 1024); // sparse: no disk used

        hs::test::NginxOptions options;
        options.document_root = root;
        options.tls_certificate_chain = server.chain;
        options.tls_private_key = server.key;
        nginx_ = std::make_unique<hs::test::NginxServer>(options);
        httpbin_ = std::make_unique<hs::test::HttpbinServer>();
    }

    void cleanupTestCase()
    {
        httpbin_.reset();
        nginx_.reset();
        pki_.reset();
        directory_.reset();
    }

    // Everything that needs no network: help, versions, usage errors (exit code 2) with a clear message.
    void withoutNetwork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("expectedOutput");
        const auto row = [](const char* name, QStringList arguments, int exit, const char* output) {
            QTest::newRow(name) << arguments << exit << QString::fromUtf8(output);
        };
        row("--version", {"--version"}, 0, "hinterscope-cli 0.");
        row("-V", {"-V"}, 0, "hinternet 0.");
        row("--help", {"--help"}, 0, "Exit codes:");
        row("help send", {"help", "send"}, 0, "--max-time");
        row("send --help", {"send", "--help"}, 0, "WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE");
        row("serve --help", {"serve", "--help"}, 0, "--broken-tls-port");
        row("nothing", {}, 2, "no command");
        row("unknown option", {"--bogus"}, 2, "bogus");
        row("unknown command", {"fetch"}, 2, "unknown command");
        row("run --help", {"run", "--help"}, 0, "--playground");
        row("run without collection", {"run"}, 2, "which collection");
        row("run missing collection", {"run", "/nonexistent/collection"}, 2, "no such folder");
        row("run bad --var", {"run", "/nonexistent/collection", "--var", "novalue"}, 2, "NAME=VALUE");
        row("send without URL", {"send"}, 2, "needs a URL");
        row("send unknown flag", {"send", "http://127.0.0.1/", "--frobnicate"}, 2, "unknown option --frobnicate");
        row("header with CR LF", {"send", "http://127.0.0.1/", "-H", "X-A: 1\r\nX-Injected: 2"}, 2, "CR, LF");
        row("header with LF", {"send", "http://127.0.0.1/", "-H", "X-A: 1\nX-B: 2"}, 2, "CR, LF");
        row("header without colon", {"send", "http://127.0.0.1/", "-H", "NoColonHere"}, 2, "Name: value");
        row("header bad name", {"send", "http://127.0.0.1/", "-H", "Bad Name: x"}, 2, "not a valid header name");
        row("bad method", {"send", "http://127.0.0.1/", "-X", "GE T"}, 2, "not a valid HTTP method");
        row("unknown --option", {"send", "http://127.0.0.1/", "--option", "REDIRECT_POLICI=0"}, 2,
            "did you mean WINHTTP_OPTION_REDIRECT_POLICY");
        row("--option bad value", {"send", "http://127.0.0.1/", "--option", "REDIRECT_POLICY=sometimes"}, 2,
            "NEVER, DISALLOW_HTTPS_TO_HTTP, ALWAYS");
        row("--option without =", {"send", "http://127.0.0.1/", "--option", "REDIRECT_POLICY"}, 2, "NAME=VALUE");
        row("--max-time not a number", {"send", "http://127.0.0.1/", "--max-time", "soon"}, 2, "--max-time");
        row("--max-time zero", {"send", "http://127.0.0.1/", "--max-time", "0"}, 2, "positive");
        row("--redirect-policy", {"send", "http://127.0.0.1/", "--redirect-policy", "sometimes"}, 2,
            "disallow-https-to-http");
        row("-d with -F", {"send", "http://127.0.0.1/", "-d", "a=1", "-F", "b=2"}, 2, "cannot be combined");
        row("-u without password", {"send", "http://127.0.0.1/", "-u", "user"}, 2, "user:password");
        row("-d @missing", {"send", "http://127.0.0.1/", "-d", "@/nonexistent/file"}, 2, "/nonexistent/file");
        row("-F @missing", {"send", "http://127.0.0.1/", "-F", "f=@/nonexistent/file"}, 2, "/nonexistent/file");
        row("--cacert missing", {"send", "https://127.0.0.1/", "--cacert", "/nonexistent/ca.pem"}, 2, "--cacert");
        row("bad scheme", {"send", "ftp://127.0.0.1/"}, 2, "ERROR_WINHTTP_UNRECOGNIZED_SCHEME");
        row("socks proxy", {"send", "http://127.0.0.1/", "--proxy", "socks5://127.0.0.1:1080"}, 2,
            "only http:// proxies");
        row("--json with -o -", {"send", "http://127.0.0.1/", "--json", "-o", "-"}, 2, "--json");
        row("serve bad port", {"serve", "--http-port", "99999"}, 2, "port number");
    }
    // `run`: a collection written here, against the playground the CLI starts itself.
    void runCollection()
    {
        QTemporaryDir root;
        const auto write = [&root](const QString& name, const QByteArray& text) {
            QDir().mkpath(QFileInfo(root.filePath(name)).path());
            QFile file(root.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("collection.json"), "{\"name\": \"Checks\", \"variables\": {\"who\": \"collection\"}}");
        write(QStringLiteral("1.request.json"), "{\"name\": \"get\", \"url\": \"{{playground}}/get?who={{who}}\"}");
        write(QStringLiteral("2.request.json"),
              "{\"name\": \"teapot\", \"url\": \"{{playground}}/status/418\", \"expectedStatus\": 418}");
        write(QStringLiteral("group/3.request.json"),
              "{\"name\": \"missing\", \"url\": \"{{playground}}/status/404\", \"expectedStatus\": 200}");
        write(QStringLiteral("group/4.request.json"), "{\"name\": \"unknown\", \"url\": \"{{nowhere}}/get\"}");
        write(QStringLiteral("5.request.json"), "{\n  \"name\": \"broken\",\n  \"url\": nope\n}");

        const auto table = run({QStringLiteral("run"), root.path(), QStringLiteral("--playground")});
        QVERIFY2(!table.crashed, qPrintable(describe(table)));
        QCOMPARE(table.exitCode, 6);
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("ok +get "))), qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("ok +teapot .*418"))), qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("FAIL +group/missing .*404.*expected 200"))),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("FAIL +group/unknown .*nowhere"))),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("2 passed, 2 failed")), qPrintable(table.out));
        QVERIFY2(table.err.contains(root.filePath(QStringLiteral("5.request.json")) + QStringLiteral(":3:")),
                 qPrintable(table.err));

        const auto json = run({QStringLiteral("run"), root.path(), QStringLiteral("--playground"),
                               QStringLiteral("--folder"), QStringLiteral("group"), QStringLiteral("--json"),
                               QStringLiteral("--var"), QStringLiteral("nowhere=http://127.0.0.1:1")});
        QCOMPARE(json.exitCode, 6);
        const auto report = QJsonDocument::fromJson(json.rawOut).object();
        const auto rows = report.value(QStringLiteral("requests")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("expectedStatus")).toInt(), 200);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("ERROR_WINHTTP_CANNOT_CONNECT"));
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 2);

        QFile::remove(root.filePath(QStringLiteral("5.request.json")));
        const auto passing = run({QStringLiteral("run"), root.path(), QStringLiteral("--playground"),
                                  QStringLiteral("--var"), QStringLiteral("who=cli")});
        QVERIFY2(passing.out.contains(QStringLiteral("2 passed, 2 failed")), qPrintable(passing.out));
        const auto onlyGood = run({QStringLiteral("run"), root.path(), QStringLiteral("--playground"),
                                   QStringLiteral("--folder"), QStringLiteral("nothing-here")});
        QCOMPARE(onlyGood.exitCode, 2);
    }

    // `run --env`: the environment's variables win over the collection's, its secret comes from the 0600
    // fallback file (no keyring service: the session bus points at nothing) and is redacted in the output; an
    // unknown name lists the environments there are.
    void runCollectionWithEnvironment()
    {
        QTemporaryDir root;
        QTemporaryDir dataHome;
        const auto write = [](const QString& path, const QByteArray& text) {
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        const QByteArray id = "0e0e0e0e-1111-4222-8333-444455556666";
        write(root.filePath(QStringLiteral("collection.json")),
              "{\"id\": \"" + id + "\", \"name\": \"Envs\", \"variables\": {\"who\": \"collection\"}}");
        write(root.filePath(QStringLiteral("1.request.json")),
              "{\"name\": \"who\", \"url\": \"{{playground}}/get?who={{who}}\"}");
        write(root.filePath(QStringLiteral("2.request.json")),
              "{\"name\": \"secret\", \"url\": \"{{playground}}/status/{{code}}\", \"expectedStatus\": 418}");
        write(root.filePath(QStringLiteral("environments/local.env.json")),
              "{\"variables\": [{\"name\": \"who\", \"value\": \"local\"}]}");
        write(root.filePath(QStringLiteral("environments/staging.env.json")),
              "{\"variables\": [{\"name\": \"who\", \"value\": \"staging\"}, {\"name\": \"code\", \"secret\": true}]}");
        const QString secrets = dataHome.filePath(QStringLiteral("Hinterscope/Hinterscope/secrets.json"));
        write(secrets, "{\"" + id + "\": {\"staging\": {\"code\": \"418\"}}}");
        QVERIFY(QFile::setPermissions(secrets, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const auto runWithoutKeyring = [&](const QStringList& arguments) {
            auto environment = cleanEnvironment();
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=/nonexistent/hinterscope-test-bus"));
            environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
            for (const char* name :
                 {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "DISPLAY", "HINTERSCOPE_SECRETS"})
                environment.remove(QString::fromLatin1(name));
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(cli, arguments);
            process.closeWriteChannel();
            if (!process.waitForFinished(120000))
                process.kill();
            process.waitForFinished(5000);
            Result result;
            result.crashed = process.exitStatus() != QProcess::NormalExit;
            result.exitCode = process.exitCode();
            result.rawOut = process.readAllStandardOutput();
            result.out = QString::fromUtf8(result.rawOut);
            result.err = QString::fromUtf8(process.readAllStandardError());
            return result;
        };

        const auto staging =
            runWithoutKeyring({QStringLiteral("run"), root.path(), QStringLiteral("--playground"),
                               QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--json")});
        QVERIFY2(!staging.crashed && staging.exitCode == 0, qPrintable(describe(staging)));
        const auto report = QJsonDocument::fromJson(staging.rawOut).object();
        QCOMPARE(report.value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));
        QVERIFY2(report.value(QStringLiteral("secrets")).toString().contains(secrets), qPrintable(describe(staging)));
        const auto rows = report.value(QStringLiteral("requests")).toArray();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows[0].toObject().value(QStringLiteral("url")).toString().endsWith(QStringLiteral("who=staging")),
                 qPrintable(describe(staging)));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("status")).toInt(), 418);
        QVERIFY2(rows[1]
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString()
                     .endsWith(QStringLiteral("/status/[secret code]")),
                 qPrintable(describe(staging)));
        QVERIFY2(!staging.out.contains(QStringLiteral("/status/418")), qPrintable(describe(staging)));
        QVERIFY2(staging.err.contains(QStringLiteral("no keyring service")), qPrintable(describe(staging)));

        const auto unknown =
            runWithoutKeyring({QStringLiteral("run"), root.path(), QStringLiteral("--env"), QStringLiteral("prod")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("available: local, staging")), qPrintable(describe(unknown)));

        QVERIFY(QFile::remove(secrets));
        const auto missing = runWithoutKeyring({QStringLiteral("run"), root.path(), QStringLiteral("--playground"),
                                                QStringLiteral("--env"), QStringLiteral("staging")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY2(missing.out.contains(QRegularExpression(QStringLiteral("ok +who "))), qPrintable(describe(missing)));
        QVERIFY2(missing.out.contains(
                     QRegularExpression(QStringLiteral("FAIL +secret .*secret without a stored value: code"))),
                 qPrintable(describe(missing)));
    }

    void withoutNetwork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QFETCH(QString, expectedOutput);
        const auto result = run(arguments);
        QVERIFY2(!result.crashed, qPrintable(describe(result)));
        QCOMPARE(result.exitCode, expectedExit);
        QVERIFY2(result.all().contains(expectedOutput), qPrintable(describe(result)));
    }

    // Each failure class has its exit code, and a WinHTTP error is printed by name.
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("expectedError");
        const QString refused = QStringLiteral("http://127.0.0.1:%1/").arg(hs::test::free_loopback_port());
        for (const char* mode : {"--sync", "--async"}) {
            const auto row = [&](const char* name, QStringList arguments, int exit, const char* error) {
                arguments << QString::fromLatin1(mode);
                QTest::addRow("%s %s", name, mode) << arguments << exit << QString::fromLatin1(error);
            };
            row("refused connection", {"send", refused}, 3, "ERROR_WINHTTP_CANNOT_CONNECT (12029)");
            row("name not resolved", {"send", "http://nowhere.invalid/"}, 3, "ERROR_WINHTTP_NAME_NOT_RESOLVED (12007)");
            row("TLS without --cacert", {"send", nginxTlsUrl("/hello.txt")}, 3, "ERROR_WINHTTP_SECURE_FAILURE (12175)");
            row("TLS with --cacert", {"send", nginxTlsUrl("/hello.txt"), "--cacert", rootCa()}, 0, "");
            row("TLS with -k", {"send", nginxTlsUrl("/hello.txt"), "-k"}, 0, "");
            row("404 with --fail", {"send", httpbinUrl("/status/404"), "--fail"}, 22, "404");
            row("404 without --fail", {"send", httpbinUrl("/status/404")}, 0, "");
            row("500 with -f", {"send", httpbinUrl("/status/500"), "-f"}, 22, "500");
            row("too many redirects", {"send", httpbinUrl("/redirect/3"), "--max-redirs", "1"}, 3,
                "ERROR_WINHTTP_REDIRECT_FAILED");
        }
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QFETCH(QString, expectedError);
        const auto result = run(arguments);
        QVERIFY2(!result.crashed, qPrintable(describe(result)));
        QCOMPARE(result.exitCode, expectedExit);
        if (expectedExit == 0)
            QVERIFY2(!result.err.contains(QStringLiteral("hinterscope-cli:")), qPrintable(describe(result)));
        else
            QVERIFY2(result.err.contains(QStringLiteral("hinterscope-cli: ")) && result.err.contains(expectedError),
                     qPrintable(describe(result)));
    }

    void tlsBodyMatches()
    {
        const auto result =
            run({QStringLiteral("send"), nginxTlsUrl("/hello.txt"), QStringLiteral("--cacert"), rootCa()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("hello from nginx\n"));
    }

    // --max-time bounds the whole request: a server that never answers ends in exit code 4, on time.
    void maxTime_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("seconds");
        QTest::newRow("sync 1 s") << QStringLiteral("--sync") << QStringLiteral("1");
        QTest::newRow("async 1 s") << QStringLiteral("--async") << QStringLiteral("1");
        QTest::newRow("sync 0.5 s") << QStringLiteral("--sync") << QStringLiteral("0.5");
    }
    void maxTime()
    {
        QFETCH(QString, mode);
        QFETCH(QString, seconds);
        hs::test::ScriptedServer silent([](hs::test::ScriptedConnection& connection, int) {
            connection.read_request();
            connection.wait_for_client_close(20s);
        });
        const auto output = directory_->path() / "never.out";
        const auto result =
            run({QStringLiteral("send"), QStringLiteral("http://127.0.0.1:%1/").arg(silent.port()), mode,
                 QStringLiteral("--max-time"), seconds, QStringLiteral("-o"), qs(output.string())});
        QVERIFY2(!result.crashed, qPrintable(describe(result)));
        QCOMPARE(result.exitCode, 4);
        // Either the overall deadline closed the handle, or a WinHTTP timeout (set to the same value) fired first.
        QVERIFY2(result.err.contains(QStringLiteral("timed out after")) ||
                     result.err.contains(QStringLiteral("ERROR_WINHTTP_TIMEOUT (12002)")),
                 qPrintable(describe(result)));
        const double wanted = seconds.toDouble() * 1000;
        QVERIFY2(result.milliseconds >= wanted - 50 && result.milliseconds < wanted + 2500,
                 qPrintable(QStringLiteral("took %1 ms for --max-time %2").arg(result.milliseconds).arg(seconds)));
        // Nothing half-written is left behind.
        QVERIFY(!std::filesystem::exists(output));
        QVERIFY(!std::filesystem::exists(output.string() + ".part"));
    }

    // SIGINT closes the request handle like --max-time does; the exit code says which signal.
    void interrupted()
    {
        hs::test::ScriptedServer silent([](hs::test::ScriptedConnection& connection, int) {
            connection.read_request();
            connection.wait_for_client_close(20s);
        });
        const auto output = directory_->path() / "interrupted.out";
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(cli, {QStringLiteral("send"), QStringLiteral("http://127.0.0.1:%1/").arg(silent.port()),
                            QStringLiteral("-o"), qs(output.string())});
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, 10000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("interrupted")));
        QVERIFY(!std::filesystem::exists(output.string() + ".part"));
    }

    // -v prints the documented callback sequence (docs/async-contract.md) as it happens.
    void verboseTimeline_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("sequence");
        const QStringList connect{"RESOLVING_NAME",      "NAME_RESOLVED",   "CONNECTING_TO_SERVER",
                                  "CONNECTED_TO_SERVER", "SENDING_REQUEST", "REQUEST_SENT"};
        QTest::newRow("sync") << QStringLiteral("--sync")
                              << (connect + QStringList{"RECEIVING_RESPONSE", "RESPONSE_RECEIVED", "HANDLE_CLOSING"});
        QTest::newRow("async") << QStringLiteral("--async")
                               << (connect + QStringList{"SENDREQUEST_COMPLETE", "RECEIVING_RESPONSE",
                                                         "RESPONSE_RECEIVED", "HEADERS_AVAILABLE", "DATA_AVAILABLE",
                                                         "READ_COMPLETE", "DATA_AVAILABLE", "HANDLE_CLOSING"});
    }
    void verboseTimeline()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, sequence);
        const auto result = run({QStringLiteral("send"), nginxUrl("/hello.txt"), mode, QStringLiteral("-v")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("hello from nginx\n"));
        const auto statuses = requestStatuses(result.err);
        QVERIFY2(isSubsequence(sequence, statuses),
                 qPrintable(QStringLiteral("wanted in order: %1\nseen: %2\n%3")
                                .arg(sequence.join(' '), statuses.join(' '), describe(result))));
        QVERIFY2(result.err.contains(QStringLiteral("\n> GET /hello.txt HTTP/1.1\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("\n< HTTP/1.1 200 OK\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("connection #")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("timing dns-start")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("hop: 200 final")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("WinHttpSendRequest(")), qPrintable(result.err));
        if (mode == QStringLiteral("--async")) {
            // Completions come from the engine's workers, not from the thread that called WinHttpSendRequest.
            static const QRegularExpression send(QStringLiteral(R"(tid (\d+) +WinHttpSendRequest)"));
            static const QRegularExpression headers(
                QStringLiteral(R"(tid (\d+) +request 0x[0-9a-f]+ +HEADERS_AVAILABLE)"));
            const auto sendMatch = send.match(result.err);
            const auto headersMatch = headers.match(result.err);
            QVERIFY(sendMatch.hasMatch() && headersMatch.hasMatch());
            QVERIFY(sendMatch.captured(1) != headersMatch.captured(1));
        }
    }

    void verboseTls()
    {
        const auto result = run({QStringLiteral("send"), nginxTlsUrl("/hello.txt"), QStringLiteral("--cacert"),
                                 rootCa(), QStringLiteral("-v")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("TLS handshake: TLSv1.")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("certificate 0: subject CN=localhost")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("certificate 1: subject ")) ||
                     result.err.contains(QStringLiteral("issuer CN=")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("SANs DNS:localhost")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("verification: ok")), qPrintable(result.err));

        const auto failed = run({QStringLiteral("send"), nginxTlsUrl("/hello.txt"), QStringLiteral("-v")});
        QCOMPARE(failed.exitCode, 3);
        QVERIFY2(failed.err.contains(QStringLiteral("SECURE_FAILURE  0x00000008 (INVALID_CA)")),
                 qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("REQUEST_ERROR")) || failed.err.contains(QStringLiteral("= FALSE")),
                 qPrintable(failed.err));
    }

    // A status masked out by --notify still shows in the trace, marked as not delivered.
    void notifyMask()
    {
        const auto result = run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("-v"),
                                 QStringLiteral("--notify"), QStringLiteral("REDIRECT,HANDLES")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(
                     QRegularExpression(QStringLiteral("RESOLVING_NAME  127\\.0\\.0\\.1  \\(not delivered\\)"))),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral("HANDLE_CLOSING  0x[0-9a-f]+\n"))),
                 qPrintable(result.err));
    }

    void traceWire()
    {
        const auto result = run({QStringLiteral("send"), nginxUrl("/file.bin"), QStringLiteral("--trace-wire"),
                                 QStringLiteral("--trace-wire-limit"), QStringLiteral("64"), QStringLiteral("-o"),
                                 qs((directory_->path() / "wire.bin").string())});
        QCOMPARE(result.exitCode, 0);
        // The head in hex and ASCII, then at most 64 body bytes (4 dump lines), then what was left out.
        QVERIFY2(result.err.contains(QStringLiteral("=> 00000000: 47 45 54 20")), qPrintable(result.err.left(3000)));
        QVERIFY2(result.err.contains(QStringLiteral("<= 00000000: 48 54 54 50")), qPrintable(result.err.left(3000)));
        QVERIFY2(result.err.contains(QStringLiteral("(--trace-wire-limit 64: 0 body bytes sent and %1 received were "
                                                    "not dumped)")
                                         .arg(3 * 1024 * 1024 + 17 - 64)),
                 qPrintable(result.err.right(2000)));
    }

    // --json is one document on stdout that conforms to docs/cli-report.schema.json.
    void jsonReport_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sync") << QStringLiteral("--sync");
        QTest::newRow("async") << QStringLiteral("--async");
    }
    void jsonReport()
    {
        QFETCH(QString, mode);
        const auto result = run({QStringLiteral("send"), httpbinUrl("/redirect/2"), mode, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto report = validatedReport(result);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(report.value("mode").toString(), mode.mid(2));
        QCOMPARE(report.value("exit_code").toInt(), 0);
        QVERIFY(report.value("error").isNull());
        QCOMPARE(report.value("request").toObject().value("method").toString(), QStringLiteral("GET"));
        QCOMPARE(report.value("request").toObject().value("headers_source").toString(), QStringLiteral("sent"));
        const auto hops = report.value("hops").toArray();
        QCOMPARE(hops.size(), 3);
        QCOMPARE(hops[0].toObject().value("status").toInt(), 302);
        QCOMPARE(hops[0].toObject().value("decision").toString(), QStringLiteral("followed"));
        QVERIFY(hops[0].toObject().value("url").toString().endsWith(QStringLiteral("/redirect/2")));
        QCOMPARE(hops[0].toObject().value("location").toString(), QStringLiteral("/relative-redirect/1"));
        QCOMPARE(hops[1].toObject().value("status").toInt(), 302);
        QVERIFY(hops[1].toObject().value("url").toString().endsWith(QStringLiteral("/relative-redirect/1")));
        QCOMPARE(hops[2].toObject().value("status").toInt(), 200);
        QCOMPARE(hops[2].toObject().value("decision").toString(), QStringLiteral("final"));
        QVERIFY(hops[2].toObject().value("url").toString().endsWith(QStringLiteral("/get")));
        const auto firstTimings = hops[0].toObject().value("timings").toObject();
        QVERIFY(firstTimings.value("connect_ms").isDouble());
        QVERIFY(firstTimings.value("wait_ms").isDouble());
        for (const auto& hop : hops)
            QVERIFY(hop.toObject().value("connection").isObject());
        QCOMPARE(report.value("final_url").toString(), httpbinUrl("/get"));
        const auto response = report.value("response").toObject();
        QCOMPARE(response.value("status").toInt(), 200);
        QCOMPARE(response.value("reason").toString(), QStringLiteral("OK"));
        const auto body = response.value("body").toObject();
        QCOMPARE(body.value("destination").toString(), QStringLiteral("json"));
        QCOMPARE(body.value("encoding").toString(), QStringLiteral("utf8"));
        const auto echoed = QJsonDocument::fromJson(body.value("data").toString().toUtf8()).object();
        QCOMPARE(echoed.value("url").toString(), httpbinUrl("/get"));
        QCOMPARE(body.value("size").toInteger(), body.value("data").toString().toUtf8().size());
        // The callbacks, in order, with the redirect between the hops.
        QStringList names;
        for (const auto& callback : report.value("callbacks").toArray())
            if (callback.toObject().value("handle_type").toString() == QStringLiteral("request"))
                names << callback.toObject().value("status_name").toString();
        QVERIFY2(isSubsequence({"RESOLVING_NAME", "SENDING_REQUEST", "REDIRECT", "REDIRECT", "RESPONSE_RECEIVED",
                                "HANDLE_CLOSING"},
                               names),
                 qPrintable(names.join(' ')));
    }

    void jsonReportOfFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("errorName");
        const QString refused = QStringLiteral("http://127.0.0.1:%1/").arg(hs::test::free_loopback_port());
        QTest::newRow("refused") << QStringList{"send", refused, "--json"} << 3
                                 << QStringLiteral("ERROR_WINHTTP_CANNOT_CONNECT");
        QTest::newRow("TLS failure") << QStringList{"send", nginxTlsUrl("/hello.txt"), "--json"} << 3
                                     << QStringLiteral("ERROR_WINHTTP_SECURE_FAILURE");
        QTest::newRow("--fail") << QStringList{"send", httpbinUrl("/status/418"), "--json", "--fail"} << 22
                                << QStringLiteral("HTTP_STATUS");
        QTest::newRow("bad option value")
            << QStringList{"send", nginxUrl("/"), "--json", "--option", "MAX_RESPONSE_HEADER_SIZE=0"} << 2
            << QStringLiteral("ERROR_INVALID_PARAMETER");
    }
    void jsonReportOfFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QFETCH(QString, errorName);
        const auto result = run(arguments);
        QCOMPARE(result.exitCode, expectedExit);
        const auto report = validatedReport(result);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(report.value("exit_code").toInt(), expectedExit);
        QCOMPARE(report.value("error").toObject().value("name").toString(), errorName);
        if (errorName == QStringLiteral("ERROR_WINHTTP_SECURE_FAILURE")) {
            const auto tls = report.value("tls").toObject();
            QCOMPARE(tls.value("verified").toBool(), false);
            QCOMPARE(tls.value("accepted").toBool(), false);
            QVERIFY(tls.value("failure_flags").toArray().contains(QStringLiteral("INVALID_CA")));
            QVERIFY(!tls.value("chain").toArray().isEmpty());
        }
    }

    void jsonReportOfTls()
    {
        const auto result = run({QStringLiteral("send"), nginxTlsUrl("/hello.txt"), QStringLiteral("--cacert"),
                                 rootCa(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto report = validatedReport(result);
        if (QTest::currentTestFailed())
            return;
        const auto tls = report.value("tls").toObject();
        QVERIFY(tls.value("protocol").toString().startsWith(QStringLiteral("TLSv1.")));
        QCOMPARE(tls.value("verified").toBool(), true);
        QCOMPARE(tls.value("sni").toString(), QStringLiteral("localhost"));
        const auto leaf = tls.value("chain").toArray().first().toObject();
        QVERIFY(leaf.value("subject").toString().startsWith(QStringLiteral("CN=localhost")));
        QVERIFY(leaf.value("subject_alt_names").toArray().contains(QStringLiteral("DNS:localhost")));
        QVERIFY(
            report.value("hops").toArray().first().toObject().value("timings").toObject().value("tls_ms").isDouble());
        QCOMPARE(report.value("response").toObject().value("body").toObject().value("data").toString(),
                 QStringLiteral("hello from nginx\n"));
    }

    // Credentials stay out of -v, --trace-wire and --json unless --reveal-secrets.
    void secretsAreRedacted_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("reveal");
        for (const char* view : {"-v", "--trace-wire", "--json"})
            for (const bool reveal : {false, true})
                QTest::addRow("%s%s", view, reveal ? " --reveal-secrets" : "") << QString::fromLatin1(view) << reveal;
    }
    void secretsAreRedacted()
    {
        QFETCH(QString, view);
        QFETCH(bool, reveal);
        // nginx ignores the credentials, so nothing but the CLI itself can show them.
        QStringList arguments{"send", nginxUrl("/hello.txt"),         "-u", "alice:s3cr3t-pw",
                              "-H",   "Cookie: session=c00kie-value", "-H", "Proxy-Authorization: Basic cHJveHk6cHc=",
                              view};
        if (reveal)
            arguments << QStringLiteral("--reveal-secrets");
        const auto result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        const QString basic = QString::fromLatin1(QByteArray("alice:s3cr3t-pw").toBase64());
        const QString shown = view == QStringLiteral("--json") ? result.out : result.err;
        for (const QString& secret :
             {QStringLiteral("s3cr3t-pw"), basic, QStringLiteral("c00kie-value"), QStringLiteral("cHJveHk6cHc=")}) {
            // The report never carries the password itself, only the header made from it.
            if (reveal && secret == QStringLiteral("s3cr3t-pw") && view == QStringLiteral("--json"))
                continue;
            if (reveal)
                QVERIFY2(shown.contains(secret), qPrintable(secret + QStringLiteral(" missing\n") + describe(result)));
            else
                QVERIFY2(!result.all().contains(secret),
                         qPrintable(secret + QStringLiteral(" leaked\n") + describe(result)));
        }
        if (!reveal) {
            QVERIFY2(shown.contains(QStringLiteral("Basic [redacted]")), qPrintable(describe(result)));
            QVERIFY2(shown.contains(QStringLiteral("session=[redacted]")), qPrintable(describe(result)));
        }
        if (view == QStringLiteral("--json")) {
            const auto report = validatedReport(result);
            QCOMPARE(report.value("request").toObject().value("user").toString(), QStringLiteral("alice"));
            QCOMPARE(report.value("response").toObject().value("status").toInt(), 200);
            QCOMPARE(report.value("response").toObject().value("body").toObject().value("data").toString(),
                     QStringLiteral("hello from nginx\n"));
        }
    }

    // -o writes exactly the body, through FILE.part, and leaves nothing behind when it fails.
    void outputFile_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sync") << QStringLiteral("--sync");
        QTest::newRow("async") << QStringLiteral("--async");
    }
    void outputFile()
    {
        QFETCH(QString, mode);
        const auto output = directory_->path() / ("copy" + mode.toStdString() + ".bin");
        const auto result =
            run({QStringLiteral("send"), nginxUrl("/file.bin"), mode, QStringLiteral("-o"), qs(output.string())});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        const auto expected = readBytes(qs((nginx_->document_root() / "file.bin").string()));
        QCOMPARE(readBytes(qs(output.string())).size(), expected.size());
        QVERIFY(readBytes(qs(output.string())) == expected);
        QVERIFY(!std::filesystem::exists(output.string() + ".part"));
    }

    void outputFileErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("expectedExit");
        const QString refused = QStringLiteral("http://127.0.0.1:%1/").arg(hs::test::free_loopback_port());
        const QString missingDirectory = qs((directory_->path() / "no-such-dir" / "out.bin").string());
        QTest::newRow("refused: no file")
            << refused << qs((directory_->path() / "refused.bin").string()) << QStringList{} << 3;
        QTest::newRow("--fail: no file") << httpbinUrl("/status/404")
                                         << qs((directory_->path() / "failed.bin").string()) << QStringList{"--fail"}
                                         << 22;
        QTest::newRow("unwritable directory") << nginxUrl("/hello.txt") << missingDirectory << QStringList{} << 5;
        QTest::newRow("output is a directory")
            << nginxUrl("/hello.txt") << qs(directory_->path().string()) << QStringList{} << 5;
    }
    void outputFileErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, output);
        QFETCH(QStringList, extra);
        QFETCH(int, expectedExit);
        const bool existedBefore = std::filesystem::exists(output.toStdString());
        const auto result = run(QStringList{QStringLiteral("send"), url, QStringLiteral("-o"), output} + extra);
        QCOMPARE(result.exitCode, expectedExit);
        QVERIFY2(result.err.contains(QStringLiteral("hinterscope-cli: ")), qPrintable(describe(result)));
        if (!existedBefore)
            QVERIFY(!std::filesystem::exists(output.toStdString()));
        QVERIFY(!std::filesystem::exists(output.toStdString() + ".part"));
    }

    void includeAndProgress()
    {
        const auto included = run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("-i")});
        QCOMPARE(included.exitCode, 0);
        QVERIFY2(included.out.startsWith(QStringLiteral("HTTP/1.1 200 OK\r\n")), qPrintable(included.out));
        QVERIFY(included.out.endsWith(QStringLiteral("\r\n\r\nhello from nginx\n")));
        const auto head = run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("-I")});
        QCOMPARE(head.exitCode, 0);
        QVERIFY2(head.out.startsWith(QStringLiteral("HTTP/1.1 200 OK\r\n")), qPrintable(head.out));
        QVERIFY(head.out.endsWith(QStringLiteral("\r\n\r\n")));

        const auto output = directory_->path() / "progress.bin";
        const auto progress = run({QStringLiteral("send"), nginxUrl("/file.bin"), QStringLiteral("--progress"),
                                   QStringLiteral("-o"), qs(output.string())});
        QCOMPARE(progress.exitCode, 0);
        QVERIFY2(progress.err.contains(QStringLiteral("[####################] 100%")), qPrintable(progress.err));
        QVERIFY2(progress.err.contains(QStringLiteral("/s")), qPrintable(progress.err));
    }

    // -F builds multipart/form-data that httpbin reads as fields and files; -d and --data-binary as curl does.
    void requestBodies_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        const auto file = directory_->path() / "upload.txt";
        writeBytes(file, "line one\r\nline two\n");
        const QString path = qs(file.string());
        QTest::newRow("-F field") << QStringList{"-F", "name=value", "-F", "other=2"} << QStringLiteral("form")
                                  << QStringLiteral(R"({"name":"value","other":"2"})");
        QTest::newRow("-F file") << QStringList{"-F", "upload=@" + path + ";type=text/plain", "-F", "note=x"}
                                 << QStringLiteral("files") << QStringLiteral(R"({"upload":"line one\r\nline two\n"})");
        QTest::newRow("-F <file") << QStringList{"-F", "content=<" + path} << QStringLiteral("form")
                                  << QStringLiteral(R"({"content":"line one\r\nline two\n"})");
        QTest::newRow("-d twice") << QStringList{"-d", "a=1", "-d", "b=2"} << QStringLiteral("form")
                                  << QStringLiteral(R"({"a":"1","b":"2"})");
        QTest::newRow("-d @file strips CR LF") << QStringList{"-d", "@" + path, "-H", "Content-Type: text/plain"}
                                               << QStringLiteral("data") << QStringLiteral(R"("line oneline two")");
        QTest::newRow("--data-binary @file")
            << QStringList{"--data-binary", "@" + path, "-H", "Content-Type: text/plain"} << QStringLiteral("data")
            << QStringLiteral(R"("line one\r\nline two\n")");
    }
    void requestBodies()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const auto result = run(QStringList{QStringLiteral("send"), httpbinUrl("/post")} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const auto echoed = QJsonDocument::fromJson(result.rawOut).object();
        const auto wanted = QJsonDocument::fromJson(("{\"v\":" + expected + "}").toUtf8()).object().value("v");
        QVERIFY2(echoed.value(key) == wanted, qPrintable(result.out));
    }

    // A body over 1 MiB is streamed with WinHttpWriteData (WRITE_COMPLETE in async mode).
    void streamedUpload_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sync") << QStringLiteral("--sync");
        QTest::newRow("async") << QStringLiteral("--async");
    }
    void streamedUpload()
    {
        QFETCH(QString, mode);
        const auto file = directory_->path() / "upload-large.txt";
        writeBytes(file, QByteArray(3 * 1024 * 1024 + 5, 'u'));
        const auto result = run({QStringLiteral("send"), httpbinUrl("/post"), mode, QStringLiteral("--data-binary"),
                                 "@" + qs(file.string()), QStringLiteral("-H"),
                                 QStringLiteral("Content-Type: text/plain"), QStringLiteral("-v")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const auto echoed = QJsonDocument::fromJson(result.rawOut).object();
        QCOMPARE(echoed.value("data").toString().size(), 3 * 1024 * 1024 + 5);
        QVERIFY(result.err.contains(QStringLiteral("> Content-Length: 3145733")));
        if (mode == QStringLiteral("--async"))
            QVERIFY(requestStatuses(result.err).contains(QStringLiteral("WRITE_COMPLETE")));
    }

    void digestAuth_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("sync") << QStringLiteral("--sync") << QStringLiteral("u:p") << 200;
        QTest::newRow("async") << QStringLiteral("--async") << QStringLiteral("u:p") << 200;
        QTest::newRow("wrong password") << QStringLiteral("--sync") << QStringLiteral("u:wrong") << 401;
    }
    void digestAuth()
    {
        QFETCH(QString, mode);
        QFETCH(QString, credentials);
        QFETCH(int, expectedStatus);
        const auto result =
            run({QStringLiteral("send"), httpbinUrl("/digest-auth/auth/u/p"), mode, QStringLiteral("--digest"),
                 QStringLiteral("-u"), credentials, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto report = validatedReport(result);
        QCOMPARE(report.value("response").toObject().value("status").toInt(), expectedStatus);
        const auto hops = report.value("hops").toArray();
        QVERIFY(hops.size() >= 2);
        QCOMPARE(hops[0].toObject().value("status").toInt(), 401);
        QVERIFY(hops[0].toObject().value("decision").toString().startsWith(QStringLiteral("answered the challenge")));
        bool sentDigest = false;
        for (const auto& header : hops[1].toObject().value("request_headers").toArray())
            sentDigest =
                sentDigest || header.toObject().value("value").toString() == QStringLiteral("Digest [redacted]");
        QVERIFY(sentDigest);
    }

    // A redirect to another origin drops the credentials the application attached; the report names them.
    void droppedHeaders()
    {
        const QString target = QStringLiteral("http://localhost:%1/get").arg(httpbin_->port());
        const auto result =
            run({QStringLiteral("send"),
                 httpbinUrl("/redirect-to?url=") + QString::fromLatin1(QUrl::toPercentEncoding(target)),
                 QStringLiteral("-H"), QStringLiteral("Authorization: Bearer t0ken"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto report = validatedReport(result);
        const auto hops = report.value("hops").toArray();
        QCOMPARE(hops.size(), 2);
        QVERIFY2(hops[1].toObject().value("dropped_headers").toArray().contains(QStringLiteral("Authorization")),
                 qPrintable(result.out));
        QCOMPARE(report.value("final_url").toString(), target);
    }

    void decompression_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("flag");
        QTest::newRow("--compressed gzip")
            << QStringList{"--compressed"} << QStringLiteral("/gzip") << QStringLiteral("gzipped");
        QTest::newRow("--compressed deflate")
            << QStringList{"--compressed"} << QStringLiteral("/deflate") << QStringLiteral("deflated");
        QTest::newRow("--decompression br")
            << QStringList{"--decompression", "br"} << QStringLiteral("/brotli") << QStringLiteral("brotli");
    }
    void decompression()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, path);
        QFETCH(QString, flag);
        const auto result =
            run(QStringList{QStringLiteral("send"), httpbinUrl(path.toLatin1().constData())} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(QJsonDocument::fromJson(result.rawOut).object().value(flag).toBool(), qPrintable(describe(result)));
    }

    // --proxy goes through WINHTTP_ACCESS_TYPE_NAMED_PROXY: absolute-form for http, CONNECT for https.
    void proxy()
    {
        hs::test::TinyproxyServer open;
        const QString proxy = qs(open.authority());
        const auto plain = run({QStringLiteral("send"), httpbinUrl("/get"), QStringLiteral("--proxy"),
                                QStringLiteral("http://") + proxy, QStringLiteral("-v")});
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QVERIFY2(plain.err.contains(QStringLiteral("> GET ") + httpbinUrl("/get") + QStringLiteral(" HTTP/1.1")),
                 qPrintable(plain.err));
        QVERIFY2(plain.err.contains(QStringLiteral("WINHTTP_ACCESS_TYPE_NAMED_PROXY")), qPrintable(plain.err));

        const auto tunnel = run({QStringLiteral("send"), nginxTlsUrl("/hello.txt"), QStringLiteral("--cacert"),
                                 rootCa(), QStringLiteral("-x"), proxy, QStringLiteral("-v")});
        QVERIFY2(tunnel.exitCode == 0, qPrintable(describe(tunnel)));
        QCOMPARE(tunnel.out, QStringLiteral("hello from nginx\n"));
        QVERIFY2(tunnel.err.contains(QStringLiteral("> CONNECT localhost:%1 HTTP/1.1").arg(nginx_->https_port())),
                 qPrintable(tunnel.err));

        // --noproxy sends this host directly, around a proxy that is not there.
        const QString deadProxy = QStringLiteral("127.0.0.1:%1").arg(hs::test::free_loopback_port());
        const auto bypassed = run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("--proxy"), deadProxy,
                                   QStringLiteral("--noproxy"), QStringLiteral("127.0.0.1")});
        QVERIFY2(bypassed.exitCode == 0, qPrintable(describe(bypassed)));
        const auto notBypassed =
            run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("--proxy"), deadProxy});
        QCOMPARE(notBypassed.exitCode, 3);

        hs::test::TinyproxyServer guarded({"proxyuser", "proxy-pw"});
        const auto challenged = run({QStringLiteral("send"), httpbinUrl("/get"), QStringLiteral("--proxy"),
                                     qs(guarded.authority()), QStringLiteral("-f")});
        QCOMPARE(challenged.exitCode, 22);
        QVERIFY2(challenged.err.contains(QStringLiteral("407")), qPrintable(describe(challenged)));
        const auto authenticated = run({QStringLiteral("send"), httpbinUrl("/get"), QStringLiteral("--proxy"),
                                        QStringLiteral("http://proxyuser:proxy-pw@") + qs(guarded.authority()),
                                        QStringLiteral("-f"), QStringLiteral("-v")});
        QVERIFY2(authenticated.exitCode == 0, qPrintable(describe(authenticated)));
        QVERIFY(!authenticated.err.contains(QStringLiteral("proxy-pw")));
    }

    // --option sets any option by name, on the right handle.
    void optionSetsOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("statusLine");
        QTest::newRow("default follows") << QStringList{} << QStringLiteral("HTTP/1.1 200 OK");
        QTest::newRow("REDIRECT_POLICY=0")
            << QStringList{"--option", "REDIRECT_POLICY=0"} << QStringLiteral("HTTP/1.1 302 FOUND");
        QTest::newRow("WINHTTP_OPTION_REDIRECT_POLICY=NEVER")
            << QStringList{"--option", "WINHTTP_OPTION_REDIRECT_POLICY=NEVER"} << QStringLiteral("HTTP/1.1 302 FOUND");
        QTest::newRow("DISABLE_FEATURE=REDIRECTS|COOKIES")
            << QStringList{"--option", "DISABLE_FEATURE=REDIRECTS|COOKIES"} << QStringLiteral("HTTP/1.1 302 FOUND");
        QTest::newRow("--no-redirects") << QStringList{"--no-redirects"} << QStringLiteral("HTTP/1.1 302 FOUND");
        QTest::newRow("--redirect-policy never")
            << QStringList{"--redirect-policy", "never"} << QStringLiteral("HTTP/1.1 302 FOUND");
        QTest::newRow("MAX_RESPONSE_DRAIN_SIZE=2048")
            << QStringList{"--option", "WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE=2048"}
            << QStringLiteral("HTTP/1.1 200 OK");
        QTest::newRow("USER_AGENT on the session")
            << QStringList{"--option", "USER_AGENT=agent-007"} << QStringLiteral("HTTP/1.1 200 OK");
    }
    void optionSetsOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, statusLine);
        const auto result = run(
            QStringList{QStringLiteral("send"), httpbinUrl("/redirect/1"), QStringLiteral("-i"), QStringLiteral("-v")} +
            arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.startsWith(statusLine + QStringLiteral("\r\n")), qPrintable(result.out.left(300)));
        if (arguments.contains(QStringLiteral("USER_AGENT=agent-007")))
            QVERIFY(result.err.contains(QStringLiteral("> User-Agent: agent-007")));
        if (arguments.size() == 2 && arguments[0] == QStringLiteral("--option"))
            QVERIFY2(result.err.contains(QStringLiteral("WinHttpSetOption(")), qPrintable(result.err));
    }

    // `serve` runs the playground until SIGTERM; `send` can use it over HTTP and HTTPS.
    void serve()
    {
        QProcess server;
        const QString banner = startServe(server, directory_->path() / "playground-data");
        QVERIFY2(!banner.isEmpty(), "serve did not report that it serves");
        const auto field = [&](const char* name) {
            const auto match =
                QRegularExpression(QStringLiteral("  %1 +(\\S+)").arg(QLatin1String(name))).match(banner);
            return match.captured(1);
        };
        const QString http = field("http:");
        const QString https = field("https:");
        const QString ca = field("CA:");
        QVERIFY(
            QRegularExpression(QStringLiteral("CA SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}")).match(banner).hasMatch());
        QVERIFY(QFile::exists(ca));

        const auto plain = run({QStringLiteral("send"), http + QStringLiteral("get?x=1")});
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QCOMPARE(QJsonDocument::fromJson(plain.rawOut).object().value("args").toObject().value("x").toString(),
                 QStringLiteral("1"));
        const auto secure =
            run({QStringLiteral("send"), https + QStringLiteral("get"), QStringLiteral("--cacert"), ca});
        QVERIFY2(secure.exitCode == 0, qPrintable(describe(secure)));
        const auto untrusted = run({QStringLiteral("send"), https + QStringLiteral("get")});
        QCOMPARE(untrusted.exitCode, 3);

        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    // A 256 MiB download with -o keeps the process small: the body streams to disk.
    void largeDownloadMemory_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sync") << QStringLiteral("--sync");
        QTest::newRow("async") << QStringLiteral("--async");
    }
    void largeDownloadMemory()
    {
        QFETCH(QString, mode);
        const auto output = directory_->path() / "big.out";
        const auto measured = runMeasuringPeak(
            {QStringLiteral("send"), nginxUrl("/big"), mode, QStringLiteral("-o"), qs(output.string())}, 120000);
        const qint64 peakKib = measured.peakKib;
        QCOMPARE(measured.exitCode, 0);
        QCOMPARE(std::filesystem::file_size(output), 256ull * 1024 * 1024);
        std::filesystem::remove(output);
        qInfo("peak RSS of `send -o` of 256 MiB (%s): %lld KiB", qPrintable(mode), peakKib);
        QVERIFY(peakKib > 0);
        // Far below the 256 MiB body either way; sanitizers add their own shadow memory and allocator overhead.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        constexpr qint64 limitKib = 160 * 1024;
#else
        constexpr qint64 limitKib = 64 * 1024;
#endif
        QVERIFY2(peakKib < limitKib, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peakKib)));
    }

    // -o naming a device or a FIFO writes into it: the finished-file rename must never replace a special file
    // (as root, `-o /dev/null` once replaced the machine's /dev/null with a regular file).
    void outputToASpecialFileIsWrittenInPlace()
    {
        const auto fifo = directory_->path() / "body.fifo";
        QVERIFY(::mkfifo(fifo.c_str(), 0600) == 0);
        std::string received;
        std::thread reader([&] {
            const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            char buffer[4096];
            bool writer_seen = false;
            for (int waited = 0; fd >= 0 && waited < 300; ++waited) { // at most 30 s
                pollfd readable{fd, POLLIN, 0};
                ::poll(&readable, 1, 100);
                const auto got = ::read(fd, buffer, sizeof buffer);
                if (got > 0) {
                    writer_seen = true;
                    received.append(buffer, static_cast<std::size_t>(got));
                } else if (got == 0 && writer_seen) {
                    break; // the writer closed
                }
            }
            if (fd >= 0)
                ::close(fd);
        });
        const auto result =
            run({QStringLiteral("send"), nginxUrl("/hello.txt"), QStringLiteral("-o"), qs(fifo.string())});
        reader.join();
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(received, std::string("hello from nginx\n"));
        struct stat after{};
        QVERIFY(::stat(fifo.c_str(), &after) == 0 && S_ISFIFO(after.st_mode));
        QVERIFY(!std::filesystem::exists(fifo.string() + ".part"));
    }

    // A multi-GiB body from the playground's /large through the CLI keeps the process small, and its peak does
    // not grow with the size. --json with no -o keeps at most 1 MiB of body for the report and hashes the rest
    // as it streams. 256 MiB against 1 GiB by default; HINTERSCOPE_CLI_HUGE_GIB=4 adds a 4 GiB run (measured:
    // 28 MiB peak, docs/cli.md).
    void hugeDownloadFromThePlayground()
    {
        QProcess server;
        const QString banner = startServe(server, directory_->path() / "huge-playground");
        const QString http = QRegularExpression(QStringLiteral("  http: +(\\S+)")).match(banner).captured(1);
        QVERIFY2(!http.isEmpty(), qPrintable(banner));

        std::vector<qint64> sizes{256ll << 20, 1ll << 30};
        if (const auto extra = qEnvironmentVariableIntValue("HINTERSCOPE_CLI_HUGE_GIB"); extra > 0)
            sizes.push_back(static_cast<qint64>(extra) << 30);
        std::vector<qint64> peaks;
        for (const qint64 size : sizes) {
            const auto measured = runMeasuringPeak(
                {QStringLiteral("send"), http + QStringLiteral("large/%1").arg(size), QStringLiteral("--json")},
                600000);
            QVERIFY(!measured.crashed);
            QCOMPARE(measured.exitCode, 0);
            const auto response =
                QJsonDocument::fromJson(measured.out).object().value(QStringLiteral("response")).toObject();
            QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
            QCOMPARE(static_cast<qint64>(
                         response.value(QStringLiteral("body")).toObject().value(QStringLiteral("size")).toDouble()),
                     size);
            qInfo("peak RSS of `send --json` of %lld MiB from the playground: %lld KiB in %.1f s", size >> 20,
                  measured.peakKib, measured.seconds);
            QVERIFY(measured.peakKib > 0);
            peaks.push_back(measured.peakKib);
        }
        server.terminate();
        server.waitForFinished(15000);
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        constexpr qint64 limitKib = 200 * 1024; // shadow memory and allocator quarantine
#else
        constexpr qint64 limitKib = 64 * 1024;
#endif
        for (std::size_t i = 0; i < peaks.size(); ++i) {
            QVERIFY2(peaks[i] < limitKib, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peaks[i])));
            // Flat: a body four times larger may not cost more than a few MiB more at peak.
            if (i > 0)
                QVERIFY2(peaks[i] < peaks[0] + 16 * 1024,
                         qPrintable(QStringLiteral("peak grew from %1 to %2 KiB").arg(peaks[0]).arg(peaks[i])));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
