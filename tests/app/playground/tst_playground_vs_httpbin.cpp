// The playground against python3-httpbin: the same request to both, through hinternet, and the answers
// compared where they must agree: status, Content-Type, Location (host and port aside), Set-Cookie names,
// the WWW-Authenticate scheme, chosen headers, and the bodies (JSON parsed, ignoring what must differ:
// ports in URLs, the Host header, uuid values).
#include "winhttp_probe.h"

#include "playground/playground.h"

#include "support/httpbin_server.h"

#include <hinternet/extensions.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hinterscope::Playground;
using hinterscope::PlaygroundOptions;
using namespace hs::playground_test;

namespace {

enum class Body { Ignore, Exact, Json, JsonLines };

struct Exchange {
    QString method = QStringLiteral("GET");
    QString path = {};
    QStringList headers = {};
    QByteArray body = {};
    Body compareBody = Body::Json;
    bool compareContentType = true;
    QStringList sameHeaders = {};      // values must be equal (host:port aside)
    QStringList sameHeaderTokens = {}; // comma-separated lists, equal as sets (Allow)
    QStringList presentHeaders = {};   // both have them, values may differ (dates, random tags)
    std::optional<Credentials> credentials = std::nullopt;
};

// Host and port in URLs and Location headers, which differ by design.
QString withoutAuthority(QString text)
{
    static const QRegularExpression authority(QStringLiteral("(127\\.0\\.0\\.1|localhost):\\d+"));
    return text.replace(authority, QStringLiteral("HOST"));
}

QJsonValue normalized(const QJsonValue& value, const QString& key = {})
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (key == QLatin1String("headers"))
            object.remove(QStringLiteral("Host"));
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = normalized(*it, it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto element : array)
            element = normalized(element);
        return array;
    }
    if (key == QLatin1String("uuid"))
        return QStringLiteral("<uuid>");
    if (value.isString())
        return withoutAuthority(value.toString());
    return value;
}

QString text(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented));
}

QStringList cookieNames(const ProbeResponse& response)
{
    QStringList names;
    for (const auto& cookie : response.all("Set-Cookie"))
        names << QString::fromStdString(cookie.substr(0, cookie.find('=')));
    names.sort();
    return names;
}

QStringList tokens(const std::string& list)
{
    QStringList items;
    for (const auto& item : QString::fromStdString(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    items.sort();
    return items;
}

QString scheme(const std::string& challenge)
{
    return QString::fromStdString(challenge.substr(0, challenge.find(' '))).toLower();
}

} // namespace

Q_DECLARE_METATYPE(Exchange)

class PlaygroundVsHttpbin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameAnswers_data();
    void sameAnswers();

private:
    ProbeResponse send(const QString& base, const Exchange& exchange);

    QTemporaryDir dataDirectory_;
    std::unique_ptr<hs::test::HttpbinServer> httpbin_;
    std::unique_ptr<Playground> playground_;
};

void PlaygroundVsHttpbin::initTestCase()
{
    httpbin_ = std::make_unique<hs::test::HttpbinServer>();
    playground_ = std::make_unique<Playground>(PlaygroundOptions{dataDirectory_.path()});
    QString error;
    QVERIFY2(playground_->start(&error), qPrintable(error));
}

void PlaygroundVsHttpbin::cleanupTestCase()
{
    playground_.reset();
    httpbin_.reset();
}

ProbeResponse PlaygroundVsHttpbin::send(const QString& base, const Exchange& exchange)
{
    Probe probe;
    ProbeRequest request;
    request.url = base + exchange.path;
    request.method = exchange.method.toStdWString();
    for (const auto& header : exchange.headers)
        request.headers.push_back(header.toStdWString());
    request.body = exchange.body.toStdString();
    request.cookies = false;
    request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL | HINTERNET_DECOMPRESSION_FLAG_BROTLI;
    request.credentials = exchange.credentials;
    return probe.send(request);
}

void PlaygroundVsHttpbin::sameAnswers_data()
{
    QTest::addColumn<Exchange>("exchange");
    const auto row = [](const char* name, Exchange exchange) { QTest::newRow(name) << exchange; };
    const Credentials digest{WINHTTP_AUTH_SCHEME_DIGEST, L"ada", L"lovelace"};

    row("get", {.path = "/get?x=1&x=2&y=%20z"});
    row("post json", {.method = "POST",
                      .path = "/post?q=1",
                      .headers = {"Content-Type: application/json"},
                      .body = R"({"a": [1, 2, {"b": null}], "c": "\u00e9"})"});
    row("post form", {.method = "POST",
                      .path = "/post",
                      .headers = {"Content-Type: application/x-www-form-urlencoded"},
                      .body = "f=1&f=2&g=a+b&h=%26"});
    row("post multipart", {.method = "POST",
                           .path = "/post",
                           .headers = {"Content-Type: multipart/form-data; boundary=XyZ"},
                           .body = "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n"
                                   "--XyZ\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\n"
                                   "Content-Type: text/plain\r\n\r\nfile body\r\n--XyZ--\r\n"});
    row("put binary", {.method = "PUT",
                       .path = "/put",
                       .headers = {"Content-Type: application/octet-stream"},
                       .body = QByteArray("\x00\xff\x10", 3)});
    row("patch text", {.method = "PATCH", .path = "/patch", .headers = {"Content-Type: text/plain"}, .body = "hi"});
    row("delete", {.method = "DELETE", .path = "/delete"});
    row("anything", {.method = "POST", .path = "/anything/a/b?c=d", .body = "42"});
    row("headers", {.path = "/headers", .headers = {"X-Custom: one", "x-lower: two"}});
    row("proxy headers", {.path = "/headers?show_env=1", .headers = {"X-Forwarded-For: 10.0.0.1", "Via: 1.1 proxy"}});
    row("ip", {.path = "/ip"});
    row("ip forwarded", {.path = "/ip", .headers = {"X-Forwarded-For: 10.9.8.7"}});
    row("user-agent", {.path = "/user-agent"});
    row("uuid", {.path = "/uuid"});

    row("status 200", {.path = "/status/200", .compareBody = Body::Exact});
    row("status 204", {.path = "/status/204", .compareBody = Body::Exact});
    row("status 302", {.path = "/status/302", .compareBody = Body::Exact, .sameHeaders = {"Location"}});
    row("status 401", {.path = "/status/401", .compareBody = Body::Exact, .sameHeaders = {"WWW-Authenticate"}});
    row("status 404", {.path = "/status/404", .compareBody = Body::Exact});
    row("status 406", {.path = "/status/406"});
    // httpbin means to send Proxy-Authenticate but gunicorn drops it as hop-by-hop; the playground sends it.
    row("status 407", {.path = "/status/407", .compareBody = Body::Exact});
    row("status 418", {.path = "/status/418",
                       .compareBody = Body::Ignore,
                       .compareContentType = false,
                       .sameHeaders = {"x-more-info"}});
    row("status weighted", {.path = "/status/500:0,503:1", .compareBody = Body::Exact});
    row("status invalid", {.path = "/status/abc", .compareBody = Body::Ignore, .compareContentType = false});

    row("redirect", {.path = "/redirect/3", .compareBody = Body::Ignore, .sameHeaders = {"Location"}});
    row("redirect absolute",
        {.path = "/redirect/2?absolute=true", .compareBody = Body::Ignore, .sameHeaders = {"Location"}});
    row("redirect last", {.path = "/redirect/1", .compareBody = Body::Ignore, .sameHeaders = {"Location"}});
    row("relative redirect", {.path = "/relative-redirect/2", .compareBody = Body::Exact, .sameHeaders = {"Location"}});
    row("absolute redirect",
        {.path = "/absolute-redirect/2", .compareBody = Body::Ignore, .sameHeaders = {"Location"}});
    row("redirect-to", {.path = "/redirect-to?url=http%3A%2F%2Fexample.test%2Fx&status_code=308",
                        .compareBody = Body::Exact,
                        .sameHeaders = {"Location"}});
    row("redirect-to default", {.method = "POST",
                                .path = "/redirect-to?URL=/anything",
                                .compareBody = Body::Exact,
                                .sameHeaders = {"Location"}});

    row("cookies", {.path = "/cookies", .headers = {"Cookie: a=1; b=2; __utmz=x"}});
    row("cookies show env", {.path = "/cookies?show_env", .headers = {"Cookie: a=1; __utmz=x"}});
    row("cookies set",
        {.path = "/cookies/set?a=1&b=2", .compareBody = Body::Ignore, .sameHeaders = {"Location", "Set-Cookie"}});
    row("cookies set path", {.path = "/cookies/set/k/v", .compareBody = Body::Ignore, .sameHeaders = {"Set-Cookie"}});
    row("cookies delete", {.path = "/cookies/delete?a", .compareBody = Body::Ignore, .sameHeaders = {"Set-Cookie"}});

    row("basic auth challenge",
        {.path = "/basic-auth/u/p", .compareBody = Body::Exact, .sameHeaders = {"WWW-Authenticate"}});
    row("basic auth", {.path = "/basic-auth/u/p", .headers = {"Authorization: Basic dTpw"}});
    row("basic auth through the engine", {.path = "/basic-auth/ada/lovelace",
                                          .credentials = Credentials{WINHTTP_AUTH_SCHEME_BASIC, L"ada", L"lovelace"}});
    row("hidden basic auth", {.path = "/hidden-basic-auth/u/p", .compareBody = Body::Exact});
    row("bearer challenge", {.path = "/bearer", .compareBody = Body::Exact, .sameHeaders = {"WWW-Authenticate"}});
    row("bearer", {.path = "/bearer", .headers = {"Authorization: Bearer abc.def"}});
    row("digest challenge", {.path = "/digest-auth/auth/ada/lovelace", .compareBody = Body::Exact});
    row("digest md5", {.path = "/digest-auth/auth/ada/lovelace", .credentials = digest});
    row("digest sha-256", {.path = "/digest-auth/auth/ada/lovelace/SHA-256", .credentials = digest});
    row("digest wrong password",
        {.path = "/digest-auth/auth/ada/babbage", .compareBody = Body::Exact, .credentials = digest});

    row("gzip", {.path = "/gzip"});
    row("deflate", {.path = "/deflate"});
    row("brotli", {.path = "/brotli"});
    row("json", {.path = "/json"});
    row("html", {.path = "/html", .compareBody = Body::Ignore});
    row("xml", {.path = "/xml", .compareBody = Body::Ignore});
    row("png", {.path = "/image/png", .compareBody = Body::Ignore});
    row("svg", {.path = "/image/svg", .compareBody = Body::Ignore});
    row("image by accept", {.path = "/image", .headers = {"Accept: image/svg+xml"}, .compareBody = Body::Ignore});
    row("image unacceptable", {.path = "/image", .headers = {"Accept: text/plain"}});
    row("base64", {.path = "/base64/SFRUUEJJTiBpcyBhd2Vzb21l", .compareBody = Body::Exact});
    row("base64 invalid", {.path = "/base64/bm90IHZhbGlk!", .compareBody = Body::Exact});

    row("stream", {.path = "/stream/3", .compareBody = Body::JsonLines});
    row("bytes seeded", {.path = "/bytes/64?seed=7", .compareBody = Body::Exact});
    row("stream-bytes seeded", {.path = "/stream-bytes/100?seed=3&chunk_size=7", .compareBody = Body::Exact});
    row("range",
        {.path = "/range/30", .compareBody = Body::Exact, .sameHeaders = {"ETag", "Accept-Ranges", "Content-Range"}});
    row("range part", {.path = "/range/30",
                       .headers = {"Range: bytes=3-9"},
                       .compareBody = Body::Exact,
                       .sameHeaders = {"ETag", "Content-Range"}});
    row("range suffix", {.path = "/range/30", .headers = {"Range: bytes=-5"}, .compareBody = Body::Exact});
    row("range unsatisfiable", {.path = "/range/30",
                                .headers = {"Range: bytes=40-50"},
                                .compareBody = Body::Exact,
                                .compareContentType = false,
                                .sameHeaders = {"Content-Range"}});
    row("range too large", {.path = "/range/200000", .compareBody = Body::Exact, .compareContentType = false});
    row("drip", {.path = "/drip?numbytes=4&duration=0", .compareBody = Body::Exact});
    row("drip code", {.path = "/drip?numbytes=2&duration=0&code=202", .compareBody = Body::Exact});
    row("delay", {.method = "PUT", .path = "/delay/0", .body = "x"});

    row("cache", {.path = "/cache", .presentHeaders = {"Last-Modified", "ETag"}});
    row("cache conditional", {.path = "/cache",
                              .headers = {"If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT"},
                              .compareBody = Body::Exact});
    row("cache max-age", {.path = "/cache/30", .sameHeaders = {"Cache-Control"}});
    row("etag", {.path = "/etag/abc", .sameHeaders = {"ETag"}});
    row("etag if-none-match", {.path = "/etag/abc",
                               .headers = {"If-None-Match: W/\"abc\", \"x\""},
                               .compareBody = Body::Exact,
                               .sameHeaders = {"ETag"}});
    row("etag if-match", {.path = "/etag/abc", .headers = {"If-Match: \"zzz\""}, .compareBody = Body::Exact});
    row("response headers", {.path = "/response-headers?X-A=1&X-A=2&X-B=b", .sameHeaders = {"X-A", "X-B"}});

    row("not found", {.path = "/no/such/endpoint", .compareBody = Body::Ignore});
    row("method not allowed",
        {.method = "POST", .path = "/get", .compareBody = Body::Ignore, .sameHeaderTokens = {"Allow"}});
    row("options", {.method = "OPTIONS",
                    .path = "/get",
                    .compareBody = Body::Exact,
                    .sameHeaders = {"Access-Control-Allow-Methods", "Access-Control-Max-Age"},
                    .sameHeaderTokens = {"Allow"}});
    row("cors", {.path = "/get",
                 .headers = {"Origin: http://example.test"},
                 .sameHeaders = {"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials"}});
}

void PlaygroundVsHttpbin::sameAnswers()
{
    QFETCH(Exchange, exchange);
    const auto theirs = send(QString::fromStdString(httpbin_->url("")), exchange);
    const auto ours = send(playground_->httpUrl(QString()).chopped(1), exchange);
    QCOMPARE(theirs.error, static_cast<DWORD>(ERROR_SUCCESS));
    QCOMPARE(ours.error, static_cast<DWORD>(ERROR_SUCCESS));
    QCOMPARE(ours.status, theirs.status);
    if (exchange.compareContentType)
        QCOMPARE(QString::fromStdString(ours.header("Content-Type")),
                 QString::fromStdString(theirs.header("Content-Type")));
    QCOMPARE(withoutAuthority(QString::fromStdString(ours.header("Location"))),
             withoutAuthority(QString::fromStdString(theirs.header("Location"))));
    QCOMPARE(cookieNames(ours), cookieNames(theirs));
    QCOMPARE(scheme(ours.header("WWW-Authenticate")), scheme(theirs.header("WWW-Authenticate")));
    for (const auto& name : exchange.sameHeaders) {
        const auto key = name.toStdString();
        QVERIFY2(theirs.has(key), qPrintable(QStringLiteral("httpbin sent no %1").arg(name)));
        QStringList theirValues;
        QStringList ourValues;
        for (const auto& value : theirs.all(key))
            theirValues << withoutAuthority(QString::fromStdString(value));
        for (const auto& value : ours.all(key))
            ourValues << withoutAuthority(QString::fromStdString(value));
        QCOMPARE(ourValues, theirValues);
    }
    for (const auto& name : exchange.sameHeaderTokens)
        QCOMPARE(tokens(ours.header(name.toStdString())), tokens(theirs.header(name.toStdString())));
    for (const auto& name : exchange.presentHeaders) {
        QVERIFY(theirs.has(name.toStdString()));
        QVERIFY2(ours.has(name.toStdString()), qPrintable(name));
    }

    switch (exchange.compareBody) {
    case Body::Ignore:
        break;
    case Body::Exact:
        QCOMPARE(QByteArray::fromStdString(ours.body), QByteArray::fromStdString(theirs.body));
        break;
    case Body::Json:
    case Body::JsonLines: {
        const auto split = [&](const std::string& body) {
            return exchange.compareBody == Body::Json ? QList<QByteArray>{QByteArray::fromStdString(body)}
                                                      : QByteArray::fromStdString(body).trimmed().split('\n');
        };
        const auto theirDocuments = split(theirs.body);
        const auto ourDocuments = split(ours.body);
        QCOMPARE(ourDocuments.size(), theirDocuments.size());
        for (qsizetype i = 0; i < ourDocuments.size(); ++i) {
            QJsonParseError error{};
            const auto theirJson = QJsonDocument::fromJson(theirDocuments[i], &error);
            QVERIFY2(error.error == QJsonParseError::NoError, theirDocuments[i].constData());
            const auto ourJson = QJsonDocument::fromJson(ourDocuments[i], &error);
            QVERIFY2(error.error == QJsonParseError::NoError, ourDocuments[i].constData());
            const auto theirValue =
                normalized(theirJson.isArray() ? QJsonValue(theirJson.array()) : theirJson.object());
            const auto ourValue = normalized(ourJson.isArray() ? QJsonValue(ourJson.array()) : ourJson.object());
            QVERIFY2(ourValue == theirValue,
                     qPrintable(QStringLiteral("playground:\n%1\nhttpbin:\n%2").arg(text(ourValue), text(theirValue))));
        }
        break;
    }
    }
}

QTEST_GUILESS_MAIN(PlaygroundVsHttpbin)
#include "tst_playground_vs_httpbin.moc"
