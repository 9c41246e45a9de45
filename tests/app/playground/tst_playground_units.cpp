// The playground's pieces without a network: parsers, the CPython-compatible random bytes, the /large
// pattern, the JSON layout, Digest verification and the TLS material's checks and regeneration.
#include "playground/byte_pattern.h"
#include "playground/digest_auth.h"
#include "playground/json_writer.h"
#include "playground/parsing.h"
#include "playground/python_random.h"
#include "playground/tls_material.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <future>

using namespace hinterscope::playground;

namespace {

// A self-signed CA valid from notBeforeDays to notAfterDays (relative to now), written as the playground's
// CA files.
void writeAuthority(const QString& directory, long notBeforeDays, long notAfterDays)
{
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY* key = nullptr;
    EVP_PKEY_keygen_init(context);
    EVP_PKEY_CTX_set_group_name(context, "P-256");
    EVP_PKEY_generate(context, &key);
    EVP_PKEY_CTX_free(context);
    X509* certificate = X509_new();
    X509_set_version(certificate, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 7);
    X509_gmtime_adj(X509_getm_notBefore(certificate), notBeforeDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate), notAfterDays * 86400);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(certificate), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Test CA"), -1, -1, 0);
    X509_set_issuer_name(certificate, X509_get_subject_name(certificate));
    X509_set_pubkey(certificate, key);
    X509V3_CTX extensions;
    X509V3_set_ctx_nodb(&extensions);
    X509V3_set_ctx(&extensions, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* basic = X509V3_EXT_nconf_nid(nullptr, &extensions, NID_basic_constraints, "critical,CA:TRUE");
    X509_add_ext(certificate, basic, -1);
    X509_EXTENSION_free(basic);
    X509_sign(certificate, key, EVP_sha256());

    BIO* certificateFile =
        BIO_new_file(QStringLiteral("%1/%2").arg(directory, QString::fromLatin1(caCertificateFile)).toUtf8(), "w");
    PEM_write_bio_X509(certificateFile, certificate);
    BIO_free(certificateFile);
    BIO* keyFile = BIO_new_file(QStringLiteral("%1/%2").arg(directory, QString::fromLatin1(caKeyFile)).toUtf8(), "w");
    PEM_write_bio_PrivateKey(keyFile, key, nullptr, nullptr, 0, nullptr, nullptr);
    BIO_free(keyFile);
    X509_free(certificate);
    EVP_PKEY_free(key);
}

std::string digestResponse(DigestHash hash, const std::string& ha1, const std::string& nonce, const std::string& tail)
{
    return digestHex(hash, ha1 + ":" + nonce + ":" + tail);
}

} // namespace

class PlaygroundUnits : public QObject {
    Q_OBJECT

private slots:
    void byteSizes_data();
    void byteSizes();
    void numbers();
    void urlEncodedKeepsOrderAndRepeats();
    void cookieHeader();
    void authParams_data();
    void authParams();
    void titleCasedNames_data();
    void titleCasedNames();
    void httpDates();
    void randomBytesMatchCPython_data();
    void randomBytesMatchCPython();
    void patternFillMatchesFormula();
    void jsonLayoutMatchesFlask();
    void digestVerification_data();
    void digestVerification();
    void tlsMaterialNamesAndDates();
    void authorityNearExpiryIsReplaced_data();
    void authorityNearExpiryIsReplaced();
    void concurrentPreparationAgrees();
};

void PlaygroundUnits::byteSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: rejected
    QTest::newRow("plain") << "1048576" << qint64(1048576);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("KiB") << "64KiB" << qint64(65536);
    QTest::newRow("MiB") << "10MiB" << qint64(10485760);
    QTest::newRow("GiB") << "4GiB" << qint64(4294967296);
    QTest::newRow("lower case") << "4gib" << qint64(4294967296);
    QTest::newRow("short") << "2M" << qint64(2097152);
    QTest::newRow("decimal MB") << "10MB" << qint64(10000000);
    QTest::newRow("bytes") << "12B" << qint64(12);
    QTest::newRow("limit") << "16GiB" << qint64(17179869184);
    QTest::newRow("over the limit") << "17179869185" << qint64(-1);
    QTest::newRow("TiB") << "1TiB" << qint64(-1);
    QTest::newRow("unknown unit") << "5XB" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("overflow") << "99999999999999999999999GiB" << qint64(-1);
    QTest::newRow("fraction") << "1.5GiB" << qint64(-1);
}

void PlaygroundUnits::byteSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto size = parseByteSize(text.toStdString(), 16ULL << 30);
    QCOMPARE(size ? static_cast<qint64>(*size) : qint64(-1), expected);
}

void PlaygroundUnits::numbers()
{
    QCOMPARE(parseInteger("42", 0, 100).value_or(-1), 42);
    QCOMPARE(parseInteger("+7", 0, 100).value_or(-1), 7);
    QVERIFY(!parseInteger("101", 0, 100));
    QVERIFY(!parseInteger("4x", 0, 100));
    QVERIFY(!parseInteger("", 0, 100));
    QVERIFY(!parseInteger("99999999999999999999", 0, INT64_MAX));
    QCOMPARE(parseNumber("0.25", 0, 10).value_or(-1), 0.25);
    QCOMPARE(parseNumber("1e1", 0, 10).value_or(-1), 10.0);
    QVERIFY(!parseNumber("nan", 0, 10));
    QVERIFY(!parseNumber("inf", 0, 1e300));
    QVERIFY(!parseNumber("-1", 0, 10));
}

void PlaygroundUnits::urlEncodedKeepsOrderAndRepeats()
{
    const NameValueList expected = {{"b", "2"}, {"a", "x y"}, {"b", "2"}, {"c", ""}, {"d", "=&"}};
    QVERIFY(parseUrlEncoded("b=2&a=x+y&b=2&c&d=%3D%26&&=skipped") == expected);
    QVERIFY(queryOf("/get?x=1#frag") == (NameValueList{{"x", "1"}}));
    QVERIFY(queryOf("/get").empty());
}

void PlaygroundUnits::cookieHeader()
{
    const NameValueList expected = {{"a", "1"}, {"b", "two words"}, {"c", "=x"}};
    QVERIFY(parseCookieHeader(" a=1; b=\"two words\";;c==x; novalue; =nameless") == expected);
}

void PlaygroundUnits::authParams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("expected"); // empty: malformed
    QTest::newRow("digest")
        << R"(username="ada", realm="r", nc=00000001, qop=auth, uri="/x?a=1,b")"
        << QVariantMap{{"username", "ada"}, {"realm", "r"}, {"nc", "00000001"}, {"qop", "auth"}, {"uri", "/x?a=1,b"}};
    QTest::newRow("escapes and case") << R"(UserName="a\"b\\c" ,, cnonce = "z")"
                                      << QVariantMap{{"username", "a\"b\\c"}, {"cnonce", "z"}};
    QTest::newRow("unterminated") << R"(username="ada)" << QVariantMap{};
    QTest::newRow("no equals") << "username" << QVariantMap{};
    QTest::newRow("junk after value") << R"(a="1" b=2)" << QVariantMap{};
}

void PlaygroundUnits::authParams()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, expected);
    const auto params = parseAuthParams(text.toStdString());
    if (expected.isEmpty()) {
        QVERIFY(!params);
        return;
    }
    QVERIFY(params);
    QVariantMap actual;
    for (const auto& [name, value] : *params)
        actual.insert(QString::fromStdString(name), QString::fromStdString(value));
    QCOMPARE(actual, expected);
}

void PlaygroundUnits::titleCasedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << "user-agent" << "User-Agent";
    QTest::newRow("upper") << "X-API-KEY" << "X-Api-Key";
    QTest::newRow("etag") << "ETag" << "Etag";
    QTest::newRow("digits") << "x-a1b2" << "X-A1B2"; // Python's str.title(): a letter after a digit is upper case
}

void PlaygroundUnits::titleCasedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(titleCased(name.toStdString())), expected);
}

void PlaygroundUnits::httpDates()
{
    QCOMPARE(QString::fromStdString(httpDate(std::chrono::system_clock::from_time_t(784111777))),
             QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
}

void PlaygroundUnits::randomBytesMatchCPython_data()
{
    // python3 -c 'import random; random.seed(S); print(bytes(random.randint(0,255) for _ in range(8)).hex())'
    QTest::addColumn<qint64>("seed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << qint64(0) << QByteArray::fromHex("c5d71484f8cf9bf4");
    QTest::newRow("1") << qint64(1) << QByteArray::fromHex("4420823cfde6f1c2");
    QTest::newRow("42") << qint64(42) << QByteArray::fromHex("390c8c7d7247342c");
    QTest::newRow("negative") << qint64(-5) << QByteArray::fromHex("82b70eee7f1a5039");
    QTest::newRow("two words") << qint64((1LL << 40) + 3) << QByteArray::fromHex("701f309bda77f1a8");
}

void PlaygroundUnits::randomBytesMatchCPython()
{
    QFETCH(qint64, seed);
    QFETCH(QByteArray, expected);
    PythonRandom random(seed);
    QByteArray actual;
    for (int i = 0; i < expected.size(); ++i)
        actual.append(static_cast<char>(random.nextByte()));
    QCOMPARE(actual.toHex(), expected.toHex());
}

void PlaygroundUnits::patternFillMatchesFormula()
{
    for (const std::uint64_t offset : {0ULL, 250ULL, 65530ULL, 4294967290ULL, (16ULL << 30) - 300}) {
        unsigned char bytes[300];
        fillPattern(offset, bytes, sizeof bytes);
        for (std::size_t i = 0; i < sizeof bytes; ++i)
            QCOMPARE(bytes[i], patternByte(offset + i));
    }
    QCOMPARE(patternByte(65536), std::uint8_t((65536 % 251 + 1) % 256));
}

void PlaygroundUnits::jsonLayoutMatchesFlask()
{
    const QJsonObject object{{"b", QJsonArray{1, "x\u00e9\n\"", QJsonValue::Null}},
                             {"a", QJsonObject{}},
                             {"c", QJsonObject{{"t", true}, {"f", 0.5}}},
                             {"e", QJsonArray{}}};
    QCOMPARE(QString::fromStdString(writeJson(object)),
             QStringLiteral("{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x\\u00e9\\n\\\"\",\n    null\n  ],\n"
                            "  \"c\": {\n    \"f\": 0.5,\n    \"t\": true\n  },\n  \"e\": []\n}\n"));
    QCOMPARE(QString::fromStdString(writeJson(object, JsonLayout::OneLine)),
             QStringLiteral("{\"a\": {}, \"b\": [1, \"x\\u00e9\\n\\\"\", null], \"c\": {\"f\": 0.5, \"t\": true}, "
                            "\"e\": []}"));
}

void PlaygroundUnits::digestVerification_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("offered"); // the challenge's qop
    QTest::addColumn<QString>("used");    // the client's qop ("" for RFC 2069)
    QTest::addColumn<QString>("tamper");  // what the client gets wrong
    QTest::addColumn<bool>("accepted");
    QTest::newRow("md5 auth") << "MD5" << "auth" << "auth" << "" << true;
    QTest::newRow("sha-256 auth-int") << "SHA-256" << "auth-int" << "auth-int" << "" << true;
    QTest::newRow("sha-512-sess") << "SHA-512-sess" << "auth" << "auth" << "" << true;
    QTest::newRow("rfc 2069 when offered both") << "MD5" << "" << "" << "" << true;
    QTest::newRow("rfc 2069 when auth asked") << "MD5" << "auth" << "" << "" << false;
    QTest::newRow("other qop") << "MD5" << "auth" << "auth-int" << "" << false;
    QTest::newRow("wrong uri") << "MD5" << "auth" << "auth" << "uri" << false;
    QTest::newRow("wrong algorithm") << "SHA-256" << "auth" << "auth" << "algorithm" << false;
    QTest::newRow("wrong user") << "MD5" << "auth" << "auth" << "username" << false;
    QTest::newRow("wrong realm") << "MD5" << "auth" << "auth" << "realm" << false;
    QTest::newRow("forged nonce") << "MD5" << "auth" << "auth" << "nonce" << false;
    QTest::newRow("wrong body") << "SHA-256" << "auth-int" << "auth-int" << "body" << false;
    QTest::newRow("upper-case response") << "MD5" << "auth" << "auth" << "uppercase" << true;
}

void PlaygroundUnits::digestVerification()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, offered);
    QFETCH(QString, used);
    QFETCH(QString, tamper);
    QFETCH(bool, accepted);
    NonceKey key{};
    key[0] = 42;
    DigestChallenge challenge{"realm@test", offered.toStdString(), *digestAlgorithmNamed(algorithm.toStdString())};
    const DigestHash hash = challenge.algorithm.hash;
    const std::string nonce = [&] {
        std::string fresh = issueNonce(key);
        if (tamper == QLatin1String("nonce"))
            fresh.back() = fresh.back() == 'a' ? 'b' : 'a';
        return fresh;
    }();
    const std::string uri = tamper == QLatin1String("uri") ? "/other" : "/digest?x=1";
    const std::string body = tamper == QLatin1String("body") ? "other body" : "the body";
    const std::string cnonce = "c0ffee";
    std::string ha1 = digestHex(hash, "ada:realm@test:secret");
    if (challenge.algorithm.session)
        ha1 = digestHex(hash, ha1 + ":" + nonce + ":" + cnonce);
    std::string a2 = "POST:" + uri;
    if (used == QLatin1String("auth-int"))
        a2 += ":" + digestHex(hash, body);
    const std::string ha2 = digestHex(hash, a2);
    std::string response =
        used.isEmpty() ? digestResponse(hash, ha1, nonce, ha2)
                       : digestResponse(hash, ha1, nonce, "00000001:" + cnonce + ":" + used.toStdString() + ":" + ha2);
    if (tamper == QLatin1String("uppercase"))
        response = QString::fromStdString(response).toUpper().toStdString();
    std::map<std::string, std::string> params = {
        {"username", tamper == QLatin1String("username") ? "eve" : "ada"},
        {"realm", tamper == QLatin1String("realm") ? "elsewhere" : "realm@test"},
        {"nonce", nonce},
        {"uri", uri},
        {"response", response},
        {"algorithm", tamper == QLatin1String("algorithm") ? "MD5" : challenge.algorithm.name},
    };
    if (!used.isEmpty()) {
        params["qop"] = used.toStdString();
        params["nc"] = "00000001";
        params["cnonce"] = cnonce;
    }
    const DigestRequest request{"ada", "secret", "POST", "/digest?x=1", "the body"};
    QCOMPARE(verifyDigest(params, challenge, request, key) == DigestVerdict::Accepted, accepted);
}

void PlaygroundUnits::tlsMaterialNamesAndDates()
{
    QTemporaryDir directory;
    QString error;
    const auto material = prepareTlsMaterial(directory.path(), &error);
    QVERIFY2(material, qPrintable(error));
    X509* authority = material->authority.certificate.get();
    X509* server = material->server.certificate.get();
    X509* broken = material->broken.certificate.get();
    QCOMPARE(X509_check_ca(authority), 1);
    QCOMPARE(X509_check_host(server, "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(server, "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(server, "::1", 0), 1);
    QCOMPARE(X509_verify(server, X509_get0_pubkey(authority)), 1);
    QCOMPARE(X509_cmp_current_time(X509_get0_notAfter(server)), 1);
    // The broken certificate: same CA, expired, and for a name nobody uses.
    QCOMPARE(X509_verify(broken, X509_get0_pubkey(authority)), 1);
    QCOMPARE(X509_cmp_current_time(X509_get0_notAfter(broken)), -1);
    QCOMPARE(X509_check_host(broken, "localhost", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_ip_asc(broken, "127.0.0.1", 0), 0);
    QCOMPARE(material->authorityFingerprint, sha256Fingerprint(authority));
    QCOMPARE(material->authorityPath, directory.filePath(QString::fromLatin1(caCertificateFile)));
}

void PlaygroundUnits::authorityNearExpiryIsReplaced_data()
{
    QTest::addColumn<int>("notBeforeDays");
    QTest::addColumn<int>("notAfterDays");
    QTest::addColumn<bool>("kept");
    QTest::newRow("valid for a year") << -1 << 365 << true;
    QTest::newRow("expires in ten days") << -300 << 10 << false;
    QTest::newRow("expired") << -300 << -1 << false;
    QTest::newRow("not valid yet") << 2 << 365 << false;
}

void PlaygroundUnits::authorityNearExpiryIsReplaced()
{
    QFETCH(int, notBeforeDays);
    QFETCH(int, notAfterDays);
    QFETCH(bool, kept);
    QTemporaryDir directory;
    writeAuthority(directory.path(), notBeforeDays, notAfterDays);
    QFile file(directory.filePath(QString::fromLatin1(caCertificateFile)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QString error;
    const auto material = prepareTlsMaterial(directory.path(), &error);
    QVERIFY2(material, qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll() == written, kept);
    QCOMPARE(X509_verify(material->server.certificate.get(), X509_get0_pubkey(material->authority.certificate.get())),
             1);
}

void PlaygroundUnits::concurrentPreparationAgrees()
{
    QTemporaryDir directory;
    const auto prepare = [&] {
        QString error;
        const auto material = prepareTlsMaterial(directory.path(), &error);
        return material ? material->authorityFingerprint : error;
    };
    auto first = std::async(std::launch::async, prepare);
    auto second = std::async(std::launch::async, prepare);
    const QString a = first.get();
    const QString b = second.get();
    QCOMPARE(a, b);
    QCOMPARE(a.size(), 95);
}

QTEST_GUILESS_MAIN(PlaygroundUnits)
#include "tst_playground_units.moc"
