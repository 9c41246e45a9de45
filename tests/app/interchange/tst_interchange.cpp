// Importers, exporters and the collection writer against the fixture files in fixtures/: each importer's
// sample imports to exactly the expected requests with the expected report; malformed inputs give an error
// with line:column and nothing else; our collection survives Postman and .http round trips field by field.
#include "collections/collection.h"
#include "collections/request_json.h"
#include "interchange/collection_writer.h"
#include "interchange/curl_export.h"
#include "interchange/curl_import.h"
#include "interchange/har_export.h"
#include "interchange/har_import.h"
#include "interchange/http_file_export.h"
#include "interchange/http_file_import.h"
#include "interchange/import_format.h"
#include "interchange/postman_export.h"
#include "interchange/postman_import.h"
#include "interchange/shell_words.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hinterscope;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("HINTERSCOPE_SOURCE_DIR") + QStringLiteral("/tests/app/interchange/fixtures/") + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray specText(const RequestSpec& spec)
{
    return QJsonDocument(requestToJson(spec)).toJson(QJsonDocument::Indented);
}

// Field by field through the request-file JSON (readable on failure), then as values.
void compareSpecs(const RequestSpec& actual, const RequestSpec& expected)
{
    QCOMPARE(specText(actual), specText(expected));
    QVERIFY(actual == expected);
}

void flatten(const QList<ImportedItem>& items, const QString& path, QList<RequestSpec>* requests, QStringList* folders)
{
    for (const ImportedItem& item : items) {
        if (item.isFolder) {
            const QString folder = path.isEmpty() ? item.name : path + QLatin1Char('/') + item.name;
            folders->append(folder);
            flatten(item.children, folder, requests, folders);
        } else {
            requests->append(item.request);
        }
    }
}

QList<RequestSpec> collectionRequests(const QList<CollectionItem>& items)
{
    QList<RequestSpec> requests;
    for (const CollectionItem& item : items) {
        if (item.isFolder)
            requests += collectionRequests(item.children);
        else
            requests.append(item.request);
    }
    return requests;
}

// What Postman cannot carry, reset the way the Postman importer leaves it.
RequestSpec postmanMapped(RequestSpec spec)
{
    const WinHttpOptionsSpec defaults;
    auto& options = spec.options;
    options.async = defaults.async;
    if (options.redirectPolicy == RedirectPolicy::Always)
        options.redirectPolicy = defaults.redirectPolicy;
    options.resolveTimeoutMs = defaults.resolveTimeoutMs;
    options.connectTimeoutMs = defaults.connectTimeoutMs;
    options.sendTimeoutMs = defaults.sendTimeoutMs;
    options.receiveTimeoutMs = defaults.receiveTimeoutMs;
    options.decompression = defaults.decompression;
    options.secureProtocols = defaults.secureProtocols;
    options.caFile.clear();
    options.userAgent.clear();
    spec.expectedStatus.reset();
    spec.unknownFields = {};
    for (auto& part : spec.body.parts)
        part.fileName.clear();
    return spec;
}

RequestSpec httpFileMapped(RequestSpec spec)
{
    const WinHttpOptionsSpec defaults;
    WinHttpOptionsSpec options = defaults;
    if (spec.options.redirectPolicy == RedirectPolicy::Never)
        options.redirectPolicy = RedirectPolicy::Never;
    options.disableFeatures = spec.options.disableFeatures & 0x1;
    options.connectTimeoutMs = spec.options.connectTimeoutMs;
    options.receiveTimeoutMs = spec.options.receiveTimeoutMs;
    spec.options = options;
    spec.body.form.removeIf([](const KeyValueRow& row) { return !row.enabled; });
    spec.body.parts.removeIf([](const MultipartPart& part) { return !part.enabled; });
    spec.expectedStatus.reset();
    spec.unknownFields = {};
    return spec;
}

ExchangeRecord redirectRecord()
{
    ExchangeRecord record;
    record.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC);
    record.request.name = QStringLiteral("Redirect");
    record.request.method = QStringLiteral("POST");
    record.request.url = QStringLiteral("http://127.0.0.1:8080/redirect-to?url=/get");
    record.request.body.mode = BodyMode::Json;
    record.request.body.text = QStringLiteral("{\"a\":1}");
    ExchangeHop first;
    first.method = QStringLiteral("POST");
    first.url = record.request.url;
    first.requestHeaders = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                            {QStringLiteral("Cookie"), QStringLiteral("a=1; b=2")}};
    first.requestBodySize = 7;
    first.status = 302;
    first.reason = QStringLiteral("Found");
    first.responseHeaders = {{QStringLiteral("Location"), QStringLiteral("/get")},
                             {QStringLiteral("Content-Length"), QStringLiteral("0")}};
    first.location = QStringLiteral("http://127.0.0.1:8080/get");
    first.decision = QStringLiteral("follow");
    first.serverAddress = QStringLiteral("127.0.0.1:8080");
    first.connectionId = 7;
    first.timings = {0.1, 0.2, 0.5, -1, 0.3, 2.0, 0.1};
    ExchangeHop second = first;
    second.startMs = 5;
    second.method = QStringLiteral("GET");
    second.url = QStringLiteral("http://127.0.0.1:8080/get");
    second.requestBodySize = 0;
    second.status = 200;
    second.reason = QStringLiteral("OK");
    second.responseHeaders = {{QStringLiteral("Content-Type"), QStringLiteral("image/png")},
                              {QStringLiteral("Set-Cookie"), QStringLiteral("s=9; Path=/")}};
    second.location.clear();
    second.decision.clear();
    second.connectionReused = true;
    second.timings = {0, -1, -1, -1, 0.1, 1.0, 0.4};
    record.hops = {first, second};
    record.bodyPrefix = QByteArray("\x89PNG\r\n\x1a\n\x00\x01", 10);
    record.bodySize = 4096;
    record.bodyTruncated = true;
    record.result.finalUrl = second.url;
    record.result.status = 200;
    record.handles = {{0x10, 0, 1, QStringLiteral("session"), 0, 9},
                      {0x20, 0x10, 2, QStringLiteral("connect"), 0.1, 9},
                      {0x30, 0x20, 4, QStringLiteral("request"), 0.2, 8}};
    record.options = {{0.2, 0x30, 88, QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY"), QStringLiteral("1")}};
    record.callbacks = {
        {0.3, 0x30, 4, 0x1000, QStringLiteral("WINHTTP_CALLBACK_STATUS_SENDING_REQUEST"), {}, true, 1},
        {4.0, 0x30, 4, 0x4000, QStringLiteral("WINHTTP_CALLBACK_STATUS_REDIRECT"), QStringLiteral("/get"), true, 1},
        {6.0, 0x30, 4, 0x20000, QStringLiteral("WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE"), {}, true, 1}};
    return record;
}

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

private slots:
    void importsFixture_data();
    void importsFixture();
    void curlCommand_data();
    void curlCommand();
    void malformedInput_data();
    void malformedInput();
    void postmanRoundTrip();
    void httpFileRoundTrip();
    void curlRoundTrip_data();
    void curlRoundTrip();
    void shellQuoting_data();
    void shellQuoting();
    void looksLikeCurl_data();
    void looksLikeCurl();
    void detectsFormat_data();
    void detectsFormat();
    void harExport();
    void writesCollectionFolder();
    void safeFileNames_data();
    void safeFileNames();
};

void TestInterchange::importsFixture_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postman") << QStringLiteral("sample.postman_collection.json")
                             << QStringLiteral("sample.postman_collection.expected.json");
    QTest::newRow("har") << QStringLiteral("sample.har") << QStringLiteral("sample.har.expected.json");
    QTest::newRow("http") << QStringLiteral("sample.http") << QStringLiteral("sample.http.expected.json");
}

void TestInterchange::importsFixture()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const ImportResult result = importText(readFixture(input), ImportFormat::Auto, input);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const QJsonObject want = QJsonDocument::fromJson(readFixture(expected)).object();
    QCOMPARE(result.collection->name, want.value(QStringLiteral("name")).toString());
    Variables variables;
    const QJsonObject wantVariables = want.value(QStringLiteral("variables")).toObject();
    for (auto it = wantVariables.begin(); it != wantVariables.end(); ++it)
        variables.insert(it.key(), it.value().toString());
    QCOMPARE(result.collection->variables, variables);

    QList<RequestSpec> requests;
    QStringList folders;
    flatten(result.collection->items, QString(), &requests, &folders);
    QStringList wantFolders;
    for (const auto& folder : want.value(QStringLiteral("folders")).toArray())
        wantFolders.append(folder.toString());
    QCOMPARE(folders, wantFolders);
    const QJsonArray wantRequests = want.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), wantRequests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QStringList problems;
        const RequestSpec spec = requestFromJson(wantRequests[i].toObject(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        compareSpecs(requests[i], spec);
        if (QTest::currentTestFailed())
            return;
    }
    for (const auto& where : want.value(QStringLiteral("report")).toArray())
        QVERIFY2(result.report.mentions(where.toString()),
                 qPrintable(where.toString() + QStringLiteral(" missing from:\n") + result.report.lines().join('\n')));
}

void TestInterchange::curlCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QStringList>("report");
    for (const auto& value : QJsonDocument::fromJson(readFixture(QStringLiteral("curl_cases.json"))).array()) {
        const QJsonObject item = value.toObject();
        QStringList report;
        for (const auto& where : item.value(QStringLiteral("report")).toArray())
            report.append(where.toString());
        QTest::newRow(qPrintable(item.value(QStringLiteral("case")).toString()))
            << item.value(QStringLiteral("command")).toString() << item.value(QStringLiteral("request")).toObject()
            << report;
    }
}

void TestInterchange::curlCommand()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, expected);
    QFETCH(QStringList, report);
    QVERIFY(looksLikeCurlCommand(command));
    const CurlImport result = importCurlCommand(command);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    compareSpecs(*result.request, requestFromJson(expected));
    for (const QString& where : std::as_const(report))
        QVERIFY2(result.report.mentions(where),
                 qPrintable(where + QStringLiteral(" missing from:\n") + result.report.lines().join('\n')));
}

void TestInterchange::malformedInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const int postman = int(ImportFormat::Postman);
    const int har = int(ImportFormat::Har);
    const int curl = int(ImportFormat::Curl);
    const int http = int(ImportFormat::HttpFile);
    QTest::newRow("postman truncated") << "truncated.postman_collection.json" << postman << 19 << 57 << "JSON";
    QTest::newRow("postman wrong type") << "wrong_type.postman_collection.json" << postman << 9 << 27
                                        << "item[1].request.header: expected an array";
    QTest::newRow("postman bad maxRedirects")
        << "bad_behavior.postman_collection.json" << postman << 4 << 91 << "maxRedirects";
    QTest::newRow("har wrong type") << "wrong_type.har" << har << 5 << 81 << "response.status";
    QTest::newRow("har truncated") << "truncated.har" << har << 5 << 55 << "JSON";
    QTest::newRow("curl unterminated quote") << "unterminated_quote.curl" << curl << 1 << 21 << "unterminated";
    QTest::newRow("curl without URL") << "no_url.curl" << curl << 1 << 1 << "no URL";
    QTest::newRow("http without URL") << "no_url.http" << http << 1 << 4 << "no URL";
    QTest::newRow("http broken header") << "bad_header.http" << http << 6 << 1 << "header";
    QTest::newRow("http no request") << "nothing.http" << http << 1 << 1 << "no request";
}

void TestInterchange::malformedInput()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = QStringLiteral("malformed/") + file;
    const ImportResult result = importText(readFixture(path), ImportFormat(format), file);
    QVERIFY(!result.ok());
    QVERIFY(!result.collection.has_value());
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.toString()));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(result.error.toString().startsWith(QStringLiteral("%1:%2:%3: ").arg(file).arg(line).arg(column)));
    // Detection sends the broken input to the same importer.
    QCOMPARE(int(detectImportFormat(readFixture(path), file)), format);
}

void TestInterchange::postmanRoundTrip()
{
    const Collection ours = loadCollection(fixture(QStringLiteral("rich")));
    QVERIFY2(ours.errors.isEmpty(), qPrintable(ours.errors.join('\n')));
    ExportReport exportReport;
    const QByteArray postman = exportPostmanCollection(ours, &exportReport);
    const ImportResult back = importPostmanCollection(postman);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QVERIFY2(back.report.isEmpty(), qPrintable(back.report.lines().join('\n')));
    QCOMPARE(back.collection->name, ours.name);
    QCOMPARE(back.collection->variables, ours.variables);
    QCOMPARE(back.collection->items.size(), ours.items.size());
    QVERIFY(back.collection->items.last().isFolder);
    QCOMPARE(back.collection->items.last().name, QStringLiteral("forms"));
    const QList<RequestSpec> expected = collectionRequests(ours.items);
    const QList<RequestSpec> actual = back.collection->allRequests();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        compareSpecs(actual[i], postmanMapped(expected[i]));
        if (QTest::currentTestFailed())
            return;
    }
    for (const char* unmapped : {"options.async", "options.userAgent", "options.connectTimeoutMs",
                                 "options.receiveTimeoutMs", "expectedStatus"})
        QVERIFY2(exportReport.mentions(QLatin1String(unmapped)), unmapped);
    QVERIFY(postman.contains("\"followRedirects\": false"));
    QVERIFY(postman.contains("\"strictSSL\": false"));
    QVERIFY(postman.contains("{{token}}")); // placeholders stay placeholders
    QVERIFY(!postman.contains("secret_token\":"));
}

void TestInterchange::httpFileRoundTrip()
{
    const Collection ours = loadCollection(fixture(QStringLiteral("rich")));
    ExportReport exportReport;
    const QString text = exportHttpFile(ours, &exportReport);
    const ImportResult back = importHttpFile(text);
    QVERIFY2(back.ok(), qPrintable(back.error.toString() + QLatin1Char('\n') + text));
    QVERIFY2(back.report.isEmpty(), qPrintable(back.report.lines().join('\n')));
    QCOMPARE(back.collection->variables, ours.variables);
    const QList<RequestSpec> expected = collectionRequests(ours.items);
    const QList<RequestSpec> actual = back.collection->allRequests();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        compareSpecs(actual[i], httpFileMapped(expected[i]));
        if (QTest::currentTestFailed()) {
            qInfo().noquote() << text;
            return;
        }
    }
    for (const char* unmapped : {"dropped", "options.maxRedirects", "options.securityIgnoreFlags", "options.async",
                                 "options.userAgent", "expectedStatus", "forms"})
        QVERIFY2(exportReport.mentions(QLatin1String(unmapped)), unmapped);
}

void TestInterchange::curlRoundTrip_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("one line") << int(CurlLayout::OneLine);
    QTest::newRow("multi-line") << int(CurlLayout::MultiLine);
}

void TestInterchange::curlRoundTrip()
{
    QFETCH(int, layout);
    const Collection ours = loadCollection(fixture(QStringLiteral("rich")));
    for (RequestSpec spec : collectionRequests(ours.items)) {
        ExportReport report;
        const QString command = exportCurlCommand(spec, CurlLayout(layout), &report);
        QCOMPARE(command.contains(QLatin1Char('\n')),
                 layout == int(CurlLayout::MultiLine) && command.contains(QLatin1String(" \\\n  ")));
        QVERIFY(looksLikeCurlCommand(command));
        const CurlImport back = importCurlCommand(command);
        QVERIFY2(back.ok(), qPrintable(back.error.toString() + QLatin1Char('\n') + command));
        QVERIFY2(back.report.isEmpty(), qPrintable(back.report.lines().join('\n') + QLatin1Char('\n') + command));
        const RequestSpec& actual = *back.request;
        QCOMPARE(actual.method, spec.method);
        QCOMPARE(actual.url, spec.url);
        spec.headers.removeIf([](const KeyValueRow& row) { return !row.enabled; });
        QCOMPARE(actual.headers, spec.headers);
        spec.body.form.removeIf([](const KeyValueRow& row) { return !row.enabled; });
        QCOMPARE(actual.body, spec.body);
        QCOMPARE(actual.auth, spec.auth);
        QCOMPARE(actual.options.securityIgnoreFlags, spec.options.securityIgnoreFlags);
        QCOMPARE(actual.options.userAgent, spec.options.userAgent);
        QCOMPARE(actual.options.connectTimeoutMs, spec.options.connectTimeoutMs);
        QCOMPARE(actual.options.redirectPolicy == RedirectPolicy::Never,
                 spec.options.redirectPolicy == RedirectPolicy::Never);
        if (spec.options.redirectPolicy != RedirectPolicy::Never)
            QCOMPARE(actual.options.maxRedirects, spec.options.maxRedirects);
    }
}

void TestInterchange::shellQuoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << QStringLiteral("https://h/a-b_c.d");
    QTest::newRow("spaces and ampersand") << QStringLiteral("a b&c=d");
    QTest::newRow("single quote") << QStringLiteral("it's");
    QTest::newRow("double quote and dollar") << QStringLiteral("\"$HOME\" `x`");
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc\\d'e");
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9 \U0001F600");
    QTest::newRow("empty") << QString();
}

void TestInterchange::shellQuoting()
{
    QFETCH(QString, word);
    const QString quoted = shellQuote(word);
    QVERIFY(!quoted.contains(QLatin1Char('\n')));
    const ShellWords split = splitShellWords(QStringLiteral("cmd ") + quoted + QStringLiteral(" next"));
    QVERIFY2(split.error.isEmpty(), qPrintable(split.error));
    QVERIFY(split.expansions.isEmpty());
    QCOMPARE(split.words.size(), 3);
    QCOMPARE(split.words[1].text, word);
    QCOMPARE(split.words[2].text, QStringLiteral("next"));
}

void TestInterchange::looksLikeCurl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("curl");
    QTest::newRow("curl") << QStringLiteral("curl http://h") << true;
    QTest::newRow("leading space and prompt") << QStringLiteral("  $ curl -v http://h") << true;
    QTest::newRow("curl.exe") << QStringLiteral("curl.exe http://h") << true;
    QTest::newRow("path") << QStringLiteral("/usr/bin/curl http://h") << true;
    QTest::newRow("url") << QStringLiteral("http://curl.se") << false;
    QTest::newRow("bare word") << QStringLiteral("curl") << false;
    QTest::newRow("other command") << QStringLiteral("wget http://h") << false;
}

void TestInterchange::looksLikeCurl()
{
    QFETCH(QString, text);
    QFETCH(bool, curl);
    QCOMPARE(looksLikeCurlCommand(text), curl);
}

void TestInterchange::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    QTest::newRow("postman") << readFixture(QStringLiteral("sample.postman_collection.json")) << QString()
                             << int(ImportFormat::Postman);
    QTest::newRow("har") << readFixture(QStringLiteral("sample.har")) << QString() << int(ImportFormat::Har);
    QTest::newRow("http text") << readFixture(QStringLiteral("sample.http")) << QString()
                               << int(ImportFormat::HttpFile);
    QTest::newRow("http by name") << QByteArray("https://h/") << QStringLiteral("x.http")
                                  << int(ImportFormat::HttpFile);
    QTest::newRow("curl") << QByteArray("curl -X POST http://h") << QString() << int(ImportFormat::Curl);
    QTest::newRow("nothing") << QByteArray("hello there") << QString() << int(ImportFormat::Auto);
}

void TestInterchange::detectsFormat()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QCOMPARE(int(detectImportFormat(text, fileName)), format);
    if (format == int(ImportFormat::Auto)) {
        const ImportResult result = importText(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, 1);
    }
}

void TestInterchange::harExport()
{
    const ExchangeRecord record = redirectRecord();
    ExportReport report;
    const QByteArray har = exportHar({record}, &report);
    QVERIFY(report.isEmpty());
    const QJsonObject log = QJsonDocument::fromJson(har).object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries[0].toObject();
    const QJsonObject second = entries[1].toObject();
    QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));
    QCOMPARE(second.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2024-05-01T10:00:00.005Z"));
    const QJsonObject timings = first.value(QStringLiteral("timings")).toObject();
    QCOMPARE(timings.value(QStringLiteral("dns")).toDouble(), 0.2);
    QCOMPARE(timings.value(QStringLiteral("ssl")).toDouble(), -1.0);
    QCOMPARE(timings.value(QStringLiteral("wait")).toDouble(), 2.0);
    QCOMPARE(first.value(QStringLiteral("time")).toDouble(), 0.1 + 0.2 + 0.5 + 0.3 + 2.0 + 0.1);
    QCOMPARE(second.value(QStringLiteral("timings")).toObject().value(QStringLiteral("connect")).toDouble(), -1.0);
    const QJsonObject firstResponse = first.value(QStringLiteral("response")).toObject();
    QCOMPARE(firstResponse.value(QStringLiteral("status")).toInt(), 302);
    QCOMPARE(firstResponse.value(QStringLiteral("redirectURL")).toString(),
             QStringLiteral("http://127.0.0.1:8080/get"));
    const QJsonObject firstRequest = first.value(QStringLiteral("request")).toObject();
    QCOMPARE(firstRequest.value(QStringLiteral("postData")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("{\"a\":1}"));
    QCOMPARE(firstRequest.value(QStringLiteral("cookies")).toArray().size(), 2);
    QCOMPARE(firstRequest.value(QStringLiteral("queryString"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("/get"));
    QCOMPARE(first.value(QStringLiteral("serverIPAddress")).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject content =
        second.value(QStringLiteral("response")).toObject().value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(content.value(QStringLiteral("text")).toString().toLatin1()), record.bodyPrefix);
    QCOMPARE(content.value(QStringLiteral("size")).toInt(), 4096);
    QVERIFY(content.contains(QStringLiteral("comment")));
    const QJsonObject firstWinHttp = first.value(QStringLiteral("_winhttp")).toObject();
    const QJsonObject secondWinHttp = second.value(QStringLiteral("_winhttp")).toObject();
    QCOMPARE(firstWinHttp.value(QStringLiteral("callbacks")).toArray().size(), 2);
    QCOMPARE(secondWinHttp.value(QStringLiteral("callbacks")).toArray().size(), 1);
    QCOMPARE(firstWinHttp.value(QStringLiteral("handles")).toArray().size(), 3);
    QCOMPARE(
        firstWinHttp.value(QStringLiteral("options")).toArray()[0].toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY"));
    QCOMPARE(firstWinHttp.value(QStringLiteral("redirectDecision")).toString(), QStringLiteral("follow"));
    QVERIFY(secondWinHttp.value(QStringLiteral("connectionReused")).toBool());
    QCOMPARE(secondWinHttp.value(QStringLiteral("finalUrl")).toString(), QStringLiteral("http://127.0.0.1:8080/get"));

    // Our own HAR imports back as one request, the hop folded into it.
    const ImportResult back = importHar(har);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    QCOMPARE(back.collection->requestCount(), 1);
    const RequestSpec spec = back.collection->allRequests().first();
    QCOMPARE(spec.method, QStringLiteral("POST"));
    QCOMPARE(spec.body.mode, BodyMode::Json);
    QCOMPARE(spec.body.text, QStringLiteral("{\"a\":1}"));
    QVERIFY(spec.notes.contains(QStringLiteral("302 → GET http://127.0.0.1:8080/get")));
    QVERIFY(back.report.mentions(QStringLiteral("log.entries[1]")));
}

void TestInterchange::writesCollectionFolder()
{
    const ImportResult imported = importText(readFixture(QStringLiteral("sample.postman_collection.json")));
    QVERIFY(imported.ok());
    ImportedCollection collection = *imported.collection;
    // Names that clash once made safe still get files of their own.
    RequestSpec clash;
    clash.name = QStringLiteral("a/b");
    clash.url = QStringLiteral("http://h/1");
    collection.items.append({clash.name, false, clash, {}});
    clash.name = QStringLiteral("a:b");
    clash.url = QStringLiteral("http://h/2");
    collection.items.append({clash.name, false, clash, {}});

    QTemporaryDir temp;
    const QString target = temp.filePath(QStringLiteral("imported"));
    QString error;
    QVERIFY2(writeCollectionFolder(collection, target, &error), qPrintable(error));
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("imported")});
    const Collection loaded = loadCollection(target);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join('\n')));
    QCOMPARE(loaded.name, collection.name);
    QCOMPARE(loaded.variables, collection.variables);
    const QList<RequestSpec> written = collectionRequests(loaded.items);
    const QList<RequestSpec> wanted = collection.allRequests();
    QCOMPARE(written.size(), wanted.size());
    for (qsizetype i = 0; i < written.size(); ++i)
        QCOMPARE(written[i], wanted[i]);
    QVERIFY(loaded.items.first().isFolder);
    QCOMPARE(loaded.items.first().name, QStringLiteral("1-Users"));
    QFile collectionFile(QDir(target).filePath(QStringLiteral("collection.json")));
    QVERIFY(collectionFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(collectionFile.readAll()).object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("variables")}));
    QVERIFY(!QUuid::fromString(root.value(QStringLiteral("id")).toString()).isNull());

    // A folder that is not empty is refused and nothing is left behind.
    QVERIFY(!writeCollectionFolder(collection, target, &error));
    QVERIFY(error.contains(QStringLiteral("not empty")));
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("imported")});
    // An empty existing folder is fine.
    QVERIFY(QDir(temp.path()).mkdir(QStringLiteral("empty")));
    QVERIFY2(writeCollectionFolder(collection, temp.filePath(QStringLiteral("empty")), &error), qPrintable(error));
}

void TestInterchange::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("List users") << QStringLiteral("List users");
    QTest::newRow("separators") << QStringLiteral("a/b\\c:d") << QStringLiteral("a-b-c-d");
    QTest::newRow("dots") << QStringLiteral("..hidden. ") << QStringLiteral("hidden");
    QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("empty") << QString() << QStringLiteral("request");
    QTest::newRow("controls") << QStringLiteral("a\nb") << QStringLiteral("a-b");
}

void TestInterchange::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(safeFileName(name), safe);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
