// The generated WinHTTP programs, both flavours, compiled with g++ against hinternet installed into a temporary
// prefix and found through `pkg-config hinternet` (as a user builds them), run against the playground and
// compared with what RequestRun, the GUI's runner, got for the same request: status, headers and body, or the
// same WinHTTP error.
#include "codegen/winhttp_generator.h"
#include "collections/variables.h"
#include "playground/playground.h"
#include "request/request_runner.h"

#include <hinternet/trace.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <optional>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

using namespace hinterscope;
using namespace hinterscope::codegen;

namespace {

constexpr int kCompileTimeoutMs = 240 * 1000;
constexpr int kRunTimeoutMs = 60 * 1000;

// What one side saw: a response, or the WinHTTP error that ended the request.
struct Response {
    quint32 error = 0;
    int status = 0;
    QByteArray headers; // sorted "name: value" lines without Date, boundaries replaced
    QByteArray body;    // boundaries replaced
    QString diagnostics;
};

// Multipart boundaries are new for each body; they are the only bytes allowed to differ.
QByteArray withoutBoundaries(QByteArray bytes)
{
    static const QRegularExpression boundary(QStringLiteral("----hinterscope-[0-9a-fA-F]{32}"));
    QString text = QString::fromLatin1(bytes);
    text.replace(boundary, QStringLiteral("----hinterscope-BOUNDARY------------------------"));
    return text.toLatin1();
}

// Splits a raw response head (status line, header lines) into the status and the comparable header lines.
void readHead(const QByteArray& head, Response* response)
{
    const QList<QByteArray> lines = head.split('\n');
    QList<QByteArray> headers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (i == 0) {
            const QList<QByteArray> words = line.split(' ');
            response->status = words.size() > 1 ? words.at(1).toInt() : 0;
            continue;
        }
        if (line.isEmpty() || line.toLower().startsWith("date:"))
            continue;
        headers.append(withoutBoundaries(line));
    }
    std::sort(headers.begin(), headers.end());
    response->headers = headers.join('\n');
}

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

QByteArray rawResponseHead(HINTERNET request)
{
    DWORD size = 0;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER,
                        &size, WINHTTP_NO_HEADER_INDEX);
    std::wstring text(size / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX, text.data(), &size,
                             WINHTTP_NO_HEADER_INDEX))
        return {};
    text.resize(size / sizeof(wchar_t));
    return QString::fromStdWString(text).toUtf8();
}

// What the GUI gets: RequestRun with the trace's decoded body.
Response runWithRunner(const RequestSpec& spec)
{
    Response response;
    RequestRun run(spec);
    RunResult failure;
    auto collector = std::make_shared<BodyCollector>();
    if (!run.openSession(&failure) || !hinternet::trace::add_session_observer(run.session(), collector) ||
        !run.prepare(&failure)) {
        response.error = failure.error;
        response.diagnostics = failure.failedCall + failure.problem;
        return response;
    }
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunResult> finished;
    QByteArray head;
    run.start(
        [&](const RunResult& result) {
            std::lock_guard lock(mutex);
            finished = result;
            done.notify_all();
        },
        [&](const RunResult&) {
            const QByteArray raw = rawResponseHead(run.request());
            std::lock_guard lock(mutex);
            head = raw;
        });
    std::unique_lock lock(mutex);
    if (!done.wait_for(lock, std::chrono::seconds(60), [&] { return finished.has_value(); }))
        qFatal("the runner did not finish in 60 s");
    response.error = finished->error;
    response.diagnostics = finished->failedCall + finished->problem;
    if (response.error == 0) {
        readHead(head, &response);
        response.body = withoutBoundaries(collector->body());
    }
    return response;
}

// What the generated program printed: the head, a blank line, the body; or "X failed: error N" on stderr.
Response runProgram(const QString& binary, int* exitCode)
{
    Response response;
    QProcess process;
    process.start(binary, {});
    if (!process.waitForFinished(kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        response.diagnostics = QStringLiteral("timed out");
        *exitCode = -1;
        return response;
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    response.diagnostics = QString::fromUtf8(err);
    static const QRegularExpression failed(QStringLiteral("failed: error (\\d+)"));
    if (const auto match = failed.match(response.diagnostics); match.hasMatch())
        response.error = match.captured(1).toUInt();
    const qsizetype end = out.indexOf("\r\n\r\n");
    if (end >= 0) {
        readHead(out.left(end), &response);
        response.body = withoutBoundaries(out.mid(end + 4));
    }
    return response;
}

struct Program {
    QString name;
    RequestSpec spec; // with {{placeholders}}
    bool async = false;
    int expectedStatus = 200; // 0: a WinHTTP error is expected
    QString source;
    QString binary;
    bool compiled = false;
    QString compilerOutput;
};

} // namespace

class tst_Codegen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(work_.isValid());
        // For a look at the generated programs and their binaries: HS_CODEGEN_KEEP=1 keeps the folder.
        if (qEnvironmentVariableIsSet("HS_CODEGEN_KEEP")) {
            work_.setAutoRemove(false);
            qInfo("generated programs in %s", qPrintable(work_.path()));
        }
        PlaygroundOptions options;
        options.dataDirectory = work_.filePath(QStringLiteral("playground"));
        playground_ = std::make_unique<Playground>(options);
        QString error;
        QVERIFY2(playground_->start(&error), qPrintable(error));
        variables_ = playground_->variables();

        const QString compiler = QStandardPaths::findExecutable(QStringLiteral("g++"));
        const QString pkgConfig = QStandardPaths::findExecutable(QStringLiteral("pkg-config"));
        if (compiler.isEmpty() || pkgConfig.isEmpty())
            QSKIP("needs g++ and pkg-config");
        installHinternet(pkgConfig);
        writeBodyFiles();
        addPrograms();
        compileAll(compiler);
    }

    void cleanupTestCase() { playground_.reset(); }

    void programMatchesRunner_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < programs_.size(); ++i)
            QTest::addRow("%s (%s)", qPrintable(programs_[i].name), programs_[i].async ? "async" : "sync") << i;
    }

    void programMatchesRunner()
    {
        QFETCH(int, index);
        const Program& program = programs_[index];
        QVERIFY2(program.compiled, qPrintable(program.compilerOutput));
        RequestSpec spec = resolveVariables(program.spec, variables_);
        spec.options.async = program.async;
        const Response expected = runWithRunner(spec);
        int exitCode = 0;
        const Response actual = runProgram(program.binary, &exitCode);
        QCOMPARE(exitCode, expected.error == 0 ? 0 : 1);
        QVERIFY2(actual.error == expected.error, qPrintable(QStringLiteral("program: %1 %2; runner: %3 %4")
                                                                .arg(actual.error)
                                                                .arg(actual.diagnostics)
                                                                .arg(expected.error)
                                                                .arg(expected.diagnostics)));
        QCOMPARE(int(expected.error != 0 ? 0 : expected.status), program.expectedStatus);
        if (expected.error != 0)
            return;
        QVERIFY(!expected.headers.isEmpty());
        QCOMPARE(actual.status, expected.status);
        QCOMPARE(actual.headers, expected.headers);
        QCOMPARE(actual.body, expected.body);
    }

    // Without values the program stops before any network traffic and names what is missing.
    void unfilledPlaceholdersStopTheProgram()
    {
        QVERIFY2(unfilled_.compiled, qPrintable(unfilled_.compilerOutput));
        int exitCode = 0;
        const Response response = runProgram(unfilled_.binary, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(response.diagnostics.contains(QLatin1String("{{who}}")), qPrintable(response.diagnostics));
        QVERIFY(response.body.isEmpty());
    }

private:
    void installHinternet(const QString& pkgConfig)
    {
        const QString buildDir = qEnvironmentVariable("HINTERSCOPE_BUILD_DIR");
        QVERIFY(!buildDir.isEmpty());
        const QString prefix = work_.filePath(QStringLiteral("prefix"));
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(HS_CMAKE_COMMAND),
                      {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), prefix,
                       QStringLiteral("--component"), QStringLiteral("hinternet")});
        QVERIFY(install.waitForFinished(120 * 1000));
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());
        QDirIterator files(prefix, {QStringLiteral("hinternet.pc")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), "the install has no hinternet.pc");
        const QString pcDirectory = QFileInfo(files.next()).absolutePath();
        libDirectory_ = QFileInfo(pcDirectory).absolutePath();

        QProcess flags;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PKG_CONFIG_PATH"), pcDirectory);
        flags.setProcessEnvironment(environment);
        flags.start(pkgConfig, {QStringLiteral("--cflags"), QStringLiteral("--libs"), QStringLiteral("hinternet")});
        QVERIFY(flags.waitForFinished(30 * 1000));
        QVERIFY2(flags.exitCode() == 0, flags.readAllStandardError().constData());
        compileFlags_ = QProcess::splitCommand(QString::fromLocal8Bit(flags.readAllStandardOutput()).trimmed());
        QVERIFY(compileFlags_.contains(QStringLiteral("-lhinternet")));
    }

    void writeBodyFiles()
    {
        textFile_ = work_.filePath(QStringLiteral("notes \"1\".txt"));
        binaryFile_ = work_.filePath(QStringLiteral("bytes.bin"));
        QFile text(textFile_);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("file text, Gr\xc3\xbc\xc3\x9f"
                   "e\n");
        QFile binary(binaryFile_);
        QVERIFY(binary.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(static_cast<char>(i));
        binary.write(bytes + bytes);
    }

    void add(const QString& name, const RequestSpec& spec, int expectedStatus = 200)
    {
        for (const bool async : {false, true}) {
            Program program;
            program.name = name;
            program.expectedStatus = expectedStatus;
            program.spec = spec;
            program.async = async;
            program.source = generate(spec, async, true);
            programs_.append(program);
        }
    }

    QString generate(const RequestSpec& spec, bool async, bool withVariables) const
    {
        CodegenOptions options;
        if (withVariables)
            options.variables = variables_;
        return async ? generateWinHttpAsync(spec, options) : generateWinHttpSync(spec, options);
    }

    void addPrograms()
    {
        RequestSpec get;
        get.url = QStringLiteral("{{playground}}/get?x=1&y=a%20b");
        get.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")},
                       {QStringLiteral("X-Quote"), QStringLiteral("say \"hi\" \\ back ?\?= done")},
                       {QStringLiteral("X-Disabled"), QStringLiteral("never sent"), false}};
        get.options.disableFeatures = WINHTTP_DISABLE_KEEP_ALIVE;
        add(QStringLiteral("GET with query and headers"), get);

        RequestSpec json;
        json.method = QStringLiteral("POST");
        json.url = QStringLiteral("{{playground}}/post");
        json.body.mode = BodyMode::Json;
        json.body.text = QStringLiteral("{\"greeting\": \"Gr\u00fc\u00dfe \U0001F600\", \"path\": \"C:\\\\dir\", "
                                        "\"q\": \"?\?=\", \"nul\": \"\\u0000\"}\n");
        json.options.userAgent = QStringLiteral("codegen-test/1.0 \"quoted\"");
        add(QStringLiteral("POST JSON"), json);

        RequestSpec form;
        form.method = QStringLiteral("POST");
        form.url = QStringLiteral("{{playground}}/post");
        form.body.mode = BodyMode::FormUrlEncoded;
        form.body.form = {{QStringLiteral("name"), QStringLiteral("a b&c=d")},
                          {QStringLiteral("city"), QStringLiteral("Z\u00fcrich")},
                          {QStringLiteral("off"), QStringLiteral("x"), false}};
        add(QStringLiteral("form-urlencoded"), form);

        RequestSpec multipart;
        multipart.method = QStringLiteral("POST");
        multipart.url = QStringLiteral("{{playground}}/anything");
        multipart.body.mode = BodyMode::Multipart;
        multipart.body.parts = {
            {QStringLiteral("note"), QStringLiteral("hello \"quoted\"\r\nline 2"), false, {}, {}, true},
            {QStringLiteral("upload"), textFile_, true, {}, {}, true},
            {QStringLiteral("bytes"), binaryFile_, true, QStringLiteral("application/octet-stream"),
             QStringLiteral("renamed.bin"), true},
            {QStringLiteral("off"), QStringLiteral("x"), false, {}, {}, false}};
        add(QStringLiteral("multipart"), multipart);

        RequestSpec binary;
        binary.method = QStringLiteral("PUT");
        binary.url = QStringLiteral("{{playground}}/put");
        binary.body.mode = BodyMode::BinaryFile;
        binary.body.filePath = binaryFile_;
        binary.body.contentType = QStringLiteral("application/octet-stream");
        add(QStringLiteral("binary file"), binary);

        RequestSpec basic;
        basic.url = QStringLiteral("{{playground}}/basic-auth/ann/s3cret");
        basic.auth = {AuthMode::Basic, QStringLiteral("ann"), QStringLiteral("s3cret"), {}};
        add(QStringLiteral("Basic auth"), basic);

        RequestSpec digest;
        digest.url = QStringLiteral("{{playground}}/digest-auth/auth/ann/s3cret");
        digest.auth = {AuthMode::Digest, QStringLiteral("ann"), QStringLiteral("s3cret"), {}};
        add(QStringLiteral("Digest auth"), digest);

        RequestSpec bearer;
        bearer.url = QStringLiteral("{{playground}}/bearer");
        bearer.auth = {AuthMode::Bearer, {}, {}, QStringLiteral("tok-\u00e9n")};
        add(QStringLiteral("Bearer"), bearer);

        RequestSpec https;
        https.url = QStringLiteral("{{playground_https}}/get");
        https.options.caFile = QStringLiteral("{{playground_ca}}");
        https.options.secureProtocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
        https.options.connectTimeoutMs = 5000;
        https.options.receiveTimeoutMs = 20000;
        add(QStringLiteral("HTTPS through the playground CA"), https);

        RequestSpec broken;
        broken.url = QStringLiteral("{{playground_broken}}/get");
        broken.options.caFile = QStringLiteral("{{playground_ca}}");
        broken.options.securityIgnoreFlags =
            SECURITY_FLAG_IGNORE_CERT_DATE_INVALID | SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
        add(QStringLiteral("broken certificate accepted"), broken);

        RequestSpec chain;
        chain.url = QStringLiteral("{{playground}}/redirect-chain");
        chain.options.caFile = QStringLiteral("{{playground_ca}}");
        chain.options.redirectPolicy = RedirectPolicy::Always;
        add(QStringLiteral("redirect chain, policy always"), chain);

        RequestSpec never;
        never.url = QStringLiteral("{{playground}}/redirect/3");
        never.options.redirectPolicy = RedirectPolicy::Never;
        add(QStringLiteral("redirect, policy never"), never, 302);

        RequestSpec limit;
        limit.url = QStringLiteral("{{playground}}/redirect/3");
        limit.options.maxRedirects = 1;
        add(QStringLiteral("redirect limit"), limit, 0);

        RequestSpec gzip;
        gzip.url = QStringLiteral("{{playground}}/gzip");
        add(QStringLiteral("gzip decoded"), gzip);

        RequestSpec gzipRaw = gzip;
        gzipRaw.options.decompression = 0;
        add(QStringLiteral("gzip as sent"), gzipRaw);

        // Placeholders without values: the program cracks the URL when it runs; the test fills the table in.
        RequestSpec unresolved;
        unresolved.url = QStringLiteral("{{playground}}/anything?who={{ who }}");
        unresolved.headers = {{QStringLiteral("X-Who"), QStringLiteral("{{who}}")}};
        unresolved.body.mode = BodyMode::Raw;
        unresolved.body.text = QStringLiteral("hello {{who}}");
        unresolved.body.contentType = QStringLiteral("text/plain");
        unresolved.method = QStringLiteral("POST");
        variables_.insert(QStringLiteral("who"), QStringLiteral("Ann \u00e9"));
        for (const bool async : {false, true}) {
            Program program;
            program.name = QStringLiteral("placeholders filled in by hand");
            program.spec = unresolved;
            program.async = async;
            program.source = generate(unresolved, async, false);
            unfilled_ = program;
            for (const auto& [name, value] : variables_.asKeyValueRange())
                program.source.replace(QStringLiteral("{L\"%1\", nullptr}").arg(name),
                                       QStringLiteral("{L\"%1\", L\"%2\"}").arg(name, value));
            programs_.append(program);
        }
        unfilled_.name = QStringLiteral("unfilled");
    }

    static QStringList sanitizerFlags()
    {
        const QString sanitizers = QStringLiteral(HS_SANITIZERS);
        return sanitizers.isEmpty() ? QStringList{} : QStringList{QStringLiteral("-fsanitize=") + sanitizers};
    }

    // g++ at -O0, at most two at a time (the machine is shared).
    void compileAll(const QString& compiler)
    {
        QList<Program*> queue;
        for (auto& program : programs_)
            queue.append(&program);
        queue.append(&unfilled_);
        int number = 0;
        for (Program* program : queue) {
            const QString base = work_.filePath(QStringLiteral("program%1").arg(number++));
            QFile source(base + QStringLiteral(".cpp"));
            QVERIFY(source.open(QIODevice::WriteOnly));
            source.write(program->source.toUtf8());
            source.close();
            program->binary = base;
        }
        const auto arguments = [this](const Program& program) {
            return QStringList{QStringLiteral("-std=c++17"), QStringLiteral("-O0"),
                               QStringLiteral("-Wall"),      QStringLiteral("-Wextra"),
                               QStringLiteral("-Werror"),    program.binary + QStringLiteral(".cpp"),
                               QStringLiteral("-o"),         program.binary} +
                   compileFlags_ + sanitizerFlags() + QStringList{QStringLiteral("-Wl,-rpath,") + libDirectory_};
        };
        std::vector<std::unique_ptr<QProcess>> running;
        std::vector<Program*> owners;
        const auto collect = [&](std::size_t slot) {
            QProcess& process = *running[slot];
            if (!process.waitForFinished(kCompileTimeoutMs))
                process.kill();
            process.waitForFinished();
            owners[slot]->compiled = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            owners[slot]->compilerOutput = QString::fromLocal8Bit(process.readAll());
        };
        for (Program* program : queue) {
            if (running.size() == 2) {
                collect(0);
                running.erase(running.begin());
                owners.erase(owners.begin());
            }
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(compiler, arguments(*program));
            running.push_back(std::move(process));
            owners.push_back(program);
        }
        for (std::size_t slot = 0; slot < running.size(); ++slot)
            collect(slot);
    }

    QTemporaryDir work_;
    std::unique_ptr<Playground> playground_;
    Variables variables_;
    QString libDirectory_;
    QStringList compileFlags_;
    QString textFile_;
    QString binaryFile_;
    QList<Program> programs_;
    Program unfilled_;
};

QTEST_GUILESS_MAIN(tst_Codegen)
#include "tst_codegen.moc"
