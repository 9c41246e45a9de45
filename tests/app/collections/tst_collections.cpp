// The on-disk request format round-trips every field, names only what differs from the defaults, and a
// broken file is reported with its path and line:column while the rest of the collection loads. The bundled
// Tour collection loads without a single problem.
#include "collections/collection.h"
#include "collections/request_json.h"
#include "collections/variables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

namespace {

RequestSpec everything()
{
    RequestSpec spec;
    spec.name = QStringLiteral("All fields");
    spec.method = QStringLiteral("PATCH");
    spec.url = QStringLiteral("{{base}}/anything?a=1");
    spec.params = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2"), false}};
    spec.headers = {{QStringLiteral("X-One"), QStringLiteral("1")},
                    {QStringLiteral("X-Off"), QStringLiteral("2"), false}};
    spec.body.mode = BodyMode::Multipart;
    spec.body.text = QStringLiteral("text");
    spec.body.contentType = QStringLiteral("text/plain");
    spec.body.form = {{QStringLiteral("f"), QStringLiteral("v")}};
    spec.body.parts = {{QStringLiteral("file"), QStringLiteral("/tmp/x.bin"), true, QStringLiteral("image/png"),
                        QStringLiteral("x.png"), false}};
    spec.body.filePath = QStringLiteral("/tmp/body.bin");
    spec.auth = {AuthMode::Digest, QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("t")};
    auto& options = spec.options;
    options.async = true;
    options.redirectPolicy = RedirectPolicy::Always;
    options.maxRedirects = 3;
    options.disableFeatures = 0x2;
    options.resolveTimeoutMs = 1;
    options.connectTimeoutMs = 2;
    options.sendTimeoutMs = 3;
    options.receiveTimeoutMs = 4;
    options.securityIgnoreFlags = 0x3300;
    options.decompression = 1;
    options.secureProtocols = 0x2000;
    options.proxyMode = ProxyMode::Named;
    options.proxy = QStringLiteral("127.0.0.1:3128");
    options.proxyBypass = QStringLiteral("<local>");
    options.caFile = QStringLiteral("/ca.pem");
    options.userAgent = QStringLiteral("agent");
    spec.notes = QStringLiteral("notes");
    spec.expectedStatus = 201;
    return spec;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class tst_Collections : public QObject {
    Q_OBJECT

private slots:
    void everyFieldRoundTrips()
    {
        const RequestSpec spec = everything();
        QStringList problems;
        const auto text = QJsonDocument(requestToJson(spec)).toJson();
        const RequestSpec back = requestFromJson(QJsonDocument::fromJson(text).object(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(back == spec);
        // Saving twice gives the same bytes: sorted keys, nothing random.
        QCOMPARE(QJsonDocument(requestToJson(back)).toJson(), text);
    }

    void unknownFieldsSurviveASave()
    {
        const QByteArray text = "{\"name\": \"n\", \"url\": \"http://127.0.0.1/\", \"scripts\": {\"pre\": \"x()\"}, "
                                "\"tags\": [\"a\"]}";
        QStringList problems;
        const RequestSpec spec = requestFromJson(QJsonDocument::fromJson(text).object(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(spec.unknownFields.keys(), (QStringList{QStringLiteral("scripts"), QStringLiteral("tags")}));
        const QJsonObject saved = requestToJson(spec);
        QCOMPARE(saved.value(QStringLiteral("scripts")).toObject().value(QStringLiteral("pre")).toString(),
                 QStringLiteral("x()"));
        QCOMPARE(saved.value(QStringLiteral("tags")).toArray().size(), 1);
        // A known field always comes from the spec, never from what was kept.
        RequestSpec edited = spec;
        edited.unknownFields.insert(QStringLiteral("url"), QStringLiteral("http://stale.invalid/"));
        edited.url = QStringLiteral("http://127.0.0.1/new");
        QCOMPARE(requestToJson(edited).value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1/new"));
    }

    void defaultsAreLeftOut()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://127.0.0.1/");
        const auto object = requestToJson(spec);
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("method"), QStringLiteral("name"), QStringLiteral("url")}));
    }

    void badValuesAreReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown body mode")
            << QByteArray("{\"url\":\"x\",\"body\":{\"mode\":\"graphql\"}}") << "body.mode";
        QTest::newRow("negative timeout")
            << QByteArray("{\"url\":\"x\",\"options\":{\"sendTimeoutMs\":-1}}") << "options.sendTimeoutMs";
        QTest::newRow("no url") << QByteArray("{\"name\":\"x\"}") << "url";
    }

    void badValuesAreReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QStringList problems;
        requestFromJson(QJsonDocument::fromJson(json).object(), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    void aBrokenFileNamesItsLineAndTheRestLoads()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("collection.json")),
                  "{\"name\": \"Mine\", \"variables\": {\"base\": \"http://127.0.0.1:1\"}}");
        writeFile(root.filePath(QStringLiteral("a.request.json")), "{\"name\": \"A\", \"url\": \"{{base}}/a\"}");
        writeFile(root.filePath(QStringLiteral("b.request.json")), "{\n  \"name\": \"B\",\n  \"url\": oops\n}");
        QDir(root.path()).mkdir(QStringLiteral("group"));
        writeFile(root.filePath(QStringLiteral("group/c.request.json")), "{\"name\": \"C\", \"url\": \"/c\"}");
        writeFile(root.filePath(QStringLiteral("notes.txt")), "not a request");

        const Collection collection = loadCollection(root.path());
        QCOMPARE(collection.name, QStringLiteral("Mine"));
        QCOMPARE(collection.variables.value(QStringLiteral("base")), QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(collection.items.size(), 2); // a, group (b is broken)
        QCOMPARE(collection.items[0].name, QStringLiteral("A"));
        QVERIFY(collection.items[1].isFolder);
        QCOMPARE(collection.items[1].children.size(), 1);
        QCOMPARE(collection.errors.size(), 1);
        QVERIFY2(collection.errors.first().startsWith(root.filePath(QStringLiteral("b.request.json")) + ":3:"),
                 qPrintable(collection.errors.first()));
    }

    void variablesAreSubstituted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("none") << "plain" << "plain" << QStringList();
        QTest::newRow("one") << "{{host}}/x" << "h.test/x" << QStringList();
        QTest::newRow("spaces") << "{{ host }}" << "h.test" << QStringList();
        QTest::newRow("unknown kept") << "{{nope}}-{{host}}-{{nope}}" << "{{nope}}-h.test-{{nope}}"
                                      << QStringList{QStringLiteral("nope")};
        QTest::newRow("unclosed") << "{{host" << "{{host" << QStringList();
    }

    void variablesAreSubstituted()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QStringList, unknown);
        QStringList found;
        QCOMPARE(substituteVariables(text, {{QStringLiteral("host"), QStringLiteral("h.test")}}, &found), expected);
        QCOMPARE(found, unknown);
    }

    void theTourLoadsCleanly()
    {
        const Collection tour = loadCollection(QStringLiteral(":/tour"));
        QVERIFY2(tour.errors.isEmpty(), qPrintable(tour.errors.join(u'\n')));
        QCOMPARE(tour.name, QStringLiteral("Tour"));
        QVERIFY(tour.items.size() >= 20);
        const Variables playground{{QStringLiteral("playground"), QStringLiteral("http://127.0.0.1:1")},
                                   {QStringLiteral("playground_https"), QStringLiteral("https://127.0.0.1:2")},
                                   {QStringLiteral("playground_broken"), QStringLiteral("https://127.0.0.1:3")},
                                   {QStringLiteral("playground_ca"), QStringLiteral("/ca.pem")}};
        for (const auto& item : tour.items) {
            QStringList unknown;
            const auto resolved = resolveVariables(item.request, playground, &unknown);
            QVERIFY2(unknown.isEmpty(), qPrintable(item.name));
            QVERIFY2(resolved.url.startsWith(QLatin1String("http")), qPrintable(resolved.url));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Collections)
#include "tst_collections.moc"
