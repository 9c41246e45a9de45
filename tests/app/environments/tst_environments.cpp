// collection.json and environment files round-trip (unknown keys included) with minimal, sorted output;
// collection defaults reach a request only where it has nothing of its own; the variable layers resolve in
// their documented order; secrets never land in a collection's files; with no keyring service the 0600
// fallback file is used, says so, and round-trips values.
#include "collections/active_environment.h"
#include "collections/collection.h"
#include "collections/environment.h"
#include "collections/request_file.h"
#include "collections/secret_store.h"
#include "collections/variable_layers.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hinterscope;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            found.append(path);
    }
    return found;
}

Environment stagingEnvironment()
{
    Environment environment;
    environment.name = QStringLiteral("staging");
    environment.variables = {
        {QStringLiteral("base"), QStringLiteral("https://staging.example"), false, true, {}},
        {QStringLiteral("token"), QStringLiteral("s3cr3t-token-value"), true, true, {}},
        {QStringLiteral("old"),
         QStringLiteral("unused"),
         false,
         false,
         {{QStringLiteral("note"), QStringLiteral("x")}}},
    };
    environment.unknownFields.insert(QStringLiteral("color"), QStringLiteral("orange"));
    return environment;
}

SecretStore::Options fileStore(const QTemporaryDir& dir)
{
    SecretStore::Options options;
    options.fallbackFile = dir.filePath(QStringLiteral("data/secrets.json"));
    return options;
}

} // namespace

class Environments : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No keyring service: the session bus points at nothing, and no desktop is named (QtKeychain picks its
        // backend by desktop).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hinterscope-test-bus");
        for (const char* name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                                 "GNOME_DESKTOP_SESSION_ID", "DISPLAY", "HINTERSCOPE_SECRETS"})
            qunsetenv(name);
    }

    void collectionFileRoundTrip()
    {
        QTemporaryDir root;
        const QByteArray original = "{\n"
                                    "    \"defaults\": {\n"
                                    "        \"headers\": [\n"
                                    "            {\n"
                                    "                \"name\": \"Accept\",\n"
                                    "                \"value\": \"application/json\"\n"
                                    "            }\n"
                                    "        ],\n"
                                    "        \"options\": {\n"
                                    "            \"maxRedirects\": 3\n"
                                    "        }\n"
                                    "    },\n"
                                    "    \"future\": {\n"
                                    "        \"nested\": [\n"
                                    "            1,\n"
                                    "            2\n"
                                    "        ]\n"
                                    "    },\n"
                                    "    \"id\": \"8d3c1f0e-1111-4222-8333-944455556666\",\n"
                                    "    \"name\": \"API\",\n"
                                    "    \"variables\": {\n"
                                    "        \"base\": \"http://127.0.0.1:1\",\n"
                                    "        \"port\": \"8080\"\n"
                                    "    },\n"
                                    "    \"zzz\": true\n"
                                    "}\n";
        writeFile(root.filePath(kCollectionFileName), original);
        const Collection collection = loadCollection(root.path());
        QVERIFY2(collection.errors.isEmpty(), qPrintable(collection.errors.join(QLatin1Char('\n'))));
        QCOMPARE(collection.id, QStringLiteral("8d3c1f0e-1111-4222-8333-944455556666"));
        QCOMPARE(collection.name, QStringLiteral("API"));
        QCOMPARE(collection.variables.value(QStringLiteral("port")), QStringLiteral("8080"));
        QCOMPARE(collection.defaults.headers.size(), 1);
        QCOMPARE(collection.defaults.options.maxRedirects, 3);
        QCOMPARE(collection.unknownFields.size(), 2);

        // Saving what was read changes no byte: a file in its canonical form diffs to nothing.
        QString error;
        QVERIFY2(writeCollectionFile(root.path(), collection, &error), qPrintable(error));
        QCOMPARE(readFile(root.filePath(kCollectionFileName)), original);

        // One change is one line.
        Collection changed = collection;
        changed.variables.insert(QStringLiteral("port"), QStringLiteral("9090"));
        const QList<QByteArray> before = original.split('\n');
        const QList<QByteArray> after = collectionFileBytes(changed).split('\n');
        QCOMPARE(after.size(), before.size());
        int differing = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            differing += before[i] != after[i] ? 1 : 0;
        QCOMPARE(differing, 1);
    }

    void collectionFileProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}") << QStringLiteral(":3:");
        QTest::addRow("not an object") << QByteArray("[1]") << QStringLiteral(":1:1: expected a JSON object");
        QTest::addRow("id a number") << QByteArray("{\"id\": 5}") << QStringLiteral("\"id\" must be a string");
        QTest::addRow("variables an array") << QByteArray("{\"variables\": []}") << QStringLiteral("\"variables\"");
        QTest::addRow("variable an object")
            << QByteArray("{\"variables\": {\"a\": {}}}") << QStringLiteral("\"variables.a\" must be a string");
        QTest::addRow("defaults a number") << QByteArray("{\"defaults\": 3}") << QStringLiteral("\"defaults\"");
        QTest::addRow("bad option") << QByteArray("{\"defaults\": {\"options\": {\"redirectPolicy\": \"maybe\"}}}")
                                    << QStringLiteral("defaults: \"options.redirectPolicy\" has an unknown value");
    }
    void collectionFileProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir root;
        writeFile(root.filePath(kCollectionFileName), text);
        writeFile(root.filePath(QStringLiteral("a.request.json")), "{\"name\": \"a\", \"url\": \"http://x/\"}");
        const Collection collection = loadCollection(root.path());
        QCOMPARE(collection.errors.size(), 1);
        QVERIFY2(collection.errors.front().startsWith(root.filePath(kCollectionFileName)),
                 qPrintable(collection.errors.front()));
        QVERIFY2(collection.errors.front().contains(expected), qPrintable(collection.errors.front()));
        QCOMPARE(collection.items.size(), 1); // the rest still loads
    }

    void createCollectionMakesAFolder()
    {
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("new/api"));
        QString error;
        const auto created = createCollection(folder, QStringLiteral(" My API "), &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(!QUuid::fromString(created->id).isNull());
        QCOMPARE(created->name, QStringLiteral("My API"));
        const Collection loaded = loadCollection(folder);
        QVERIFY(loaded.errors.isEmpty());
        QCOMPARE(loaded.id, created->id);
        QCOMPARE(loaded.name, QStringLiteral("My API"));

        QVERIFY(!createCollection(folder, QStringLiteral("again"), &error));
        QVERIFY2(error.contains(QStringLiteral("already a collection")), qPrintable(error));
        QVERIFY(!createCollection(parent.filePath(QStringLiteral("nameless")), QStringLiteral("  "), &error));
        QVERIFY(!QFileInfo::exists(parent.filePath(QStringLiteral("nameless"))));
    }

    void ensureCollectionIdKeepsTheRest()
    {
        QTemporaryDir root;
        writeFile(root.filePath(kCollectionFileName),
                  "{\"name\": \"Old\", \"extra\": [1], \"variables\": {\"a\": \"1\"}}");
        QString error;
        const auto id = ensureCollectionId(root.path(), &error);
        QVERIFY2(id, qPrintable(error));
        const Collection loaded = loadCollection(root.path());
        QCOMPARE(loaded.id, *id);
        QCOMPARE(loaded.name, QStringLiteral("Old"));
        QCOMPARE(loaded.variables.value(QStringLiteral("a")), QStringLiteral("1"));
        QVERIFY(loaded.unknownFields.contains(QStringLiteral("extra")));
        QCOMPARE(ensureCollectionId(root.path(), &error), id); // stable

        QTemporaryDir bare;
        QVERIFY(ensureCollectionId(bare.path(), &error));
        QVERIFY(QFileInfo::exists(bare.filePath(kCollectionFileName)));

        QTemporaryDir broken;
        writeFile(broken.filePath(kCollectionFileName), "{ nope");
        QVERIFY(!ensureCollectionId(broken.path(), &error));
        QCOMPARE(readFile(broken.filePath(kCollectionFileName)), QByteArray("{ nope")); // untouched
        QVERIFY(!ensureCollectionId(QStringLiteral(":/tour"), &error));
    }

    void defaultsApply_data()
    {
        QTest::addColumn<QList<KeyValueRow>>("requestHeaders");
        QTest::addColumn<QStringList>("expected"); // "Name: value" as sent, in order
        const KeyValueRow own{QStringLiteral("accept"), QStringLiteral("text/plain")};
        const KeyValueRow off{QStringLiteral("ACCEPT"), QStringLiteral("x"), false};
        const KeyValueRow other{QStringLiteral("X-Own"), QStringLiteral("1")};
        QTest::addRow("no headers") << QList<KeyValueRow>{}
                                    << QStringList{QStringLiteral("Accept: application/json"),
                                                   QStringLiteral("X-Team: core")};
        QTest::addRow("own Accept wins") << QList<KeyValueRow>{own}
                                         << QStringList{QStringLiteral("X-Team: core"),
                                                        QStringLiteral("accept: text/plain")};
        QTest::addRow("disabled own Accept still opts out")
            << QList<KeyValueRow>{off} << QStringList{QStringLiteral("X-Team: core"), QStringLiteral("ACCEPT: x")};
        QTest::addRow("other headers after defaults")
            << QList<KeyValueRow>{other}
            << QStringList{QStringLiteral("Accept: application/json"), QStringLiteral("X-Team: core"),
                           QStringLiteral("X-Own: 1")};
    }
    void defaultsApply()
    {
        QFETCH(QList<KeyValueRow>, requestHeaders);
        QFETCH(QStringList, expected);
        CollectionDefaults defaults;
        defaults.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")},
                            {QStringLiteral("X-Team"), QStringLiteral("core")},
                            {QStringLiteral("X-Disabled"), QStringLiteral("never"), false}};
        RequestSpec spec;
        spec.headers = requestHeaders;
        QStringList sent;
        for (const auto& row : applyCollectionDefaults(spec, defaults).headers)
            sent.append(row.name + QStringLiteral(": ") + row.value);
        QCOMPARE(sent, expected);
    }

    void defaultOptionsFillOnlyWhatIsUnset()
    {
        CollectionDefaults defaults;
        defaults.options.async = true;
        defaults.options.maxRedirects = 2;
        defaults.options.userAgent = QStringLiteral("team-agent");
        RequestSpec spec;
        spec.options.maxRedirects = 7;
        const RequestSpec sent = applyCollectionDefaults(spec, defaults);
        QCOMPARE(sent.options.async, true);
        QCOMPARE(sent.options.maxRedirects, 7);
        QCOMPARE(sent.options.userAgent, QStringLiteral("team-agent"));
        QCOMPARE(sent.options.connectTimeoutMs, WinHttpOptionsSpec{}.connectTimeoutMs);
        QCOMPARE(applyCollectionDefaults(spec, CollectionDefaults{}), spec);
    }

    void environmentRoundTrip()
    {
        QTemporaryDir root;
        const Environment staging = stagingEnvironment();
        QString error;
        QVERIFY2(saveEnvironment(root.path(), staging, &error), qPrintable(error));
        const QString path = environmentFilePath(root.path(), QStringLiteral("staging"));
        QCOMPARE(path, root.filePath(QStringLiteral("environments/staging.env.json")));
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.contains("s3cr3t-token-value"));
        QVERIFY(bytes.contains("\"secret\": true"));

        QStringList problems;
        const auto read = readEnvironmentFile(path, &error, &problems);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        Environment expected = staging;
        expected.variables[1].value.clear(); // the secret's value is the store's, never the file's
        QCOMPARE(*read, expected);
        QCOMPARE(environmentFileBytes(*read), bytes); // stable: saving again changes nothing

        // The collection lists it, and the environments folder is not taken for a group of requests.
        writeFile(root.filePath(QStringLiteral("r.request.json")), "{\"name\": \"r\", \"url\": \"http://x/\"}");
        const Collection collection = loadCollection(root.path());
        QVERIFY(collection.errors.isEmpty());
        QCOMPARE(collection.environments.size(), 1);
        QCOMPARE(collection.environments.front().name, QStringLiteral("staging"));
        QCOMPARE(collection.items.size(), 1);
        QVERIFY(!collection.items.front().isFolder);
    }

    void environmentFileProblems()
    {
        QTemporaryDir root;
        writeFile(environmentFilePath(root.path(), QStringLiteral("broken")), "{\n  \"variables\": [\n    {,\n");
        writeFile(environmentFilePath(root.path(), QStringLiteral("odd")),
                  "{\"variables\": [{\"name\": \"a\", \"value\": \"1\"}, 7, {\"value\": \"no name\"},"
                  " {\"name\": \"k\", \"secret\": true, \"value\": \"leaked\"}]}");
        QString error;
        QVERIFY(saveEnvironment(root.path(), stagingEnvironment(), &error));
        const Collection collection = loadCollection(root.path());
        QCOMPARE(collection.environments.size(), 2); // odd and staging
        QCOMPARE(collection.errors.size(), 4);
        QVERIFY2(collection.errors[0].startsWith(environmentFilePath(root.path(), QStringLiteral("broken")) +
                                                 QStringLiteral(":3:")),
                 qPrintable(collection.errors[0]));
        const Environment& odd = collection.environments.front();
        QCOMPARE(odd.variables.size(), 2);
        QCOMPARE(odd.variables[1].name, QStringLiteral("k"));
        QVERIFY(odd.variables[1].value.isEmpty());              // a hand-written secret value is not used…
        QVERIFY(!environmentFileBytes(odd).contains("leaked")); // …and the next save drops it
    }

    void environmentNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("staging") << true;
        QTest::addRow("spaces inside") << QStringLiteral("EU west 1") << true;
        QTest::addRow("unicode") << QStringLiteral("Prüfung") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("blank") << QStringLiteral("  ") << false;
        QTest::addRow("trailing space") << QStringLiteral("prod ") << false;
        QTest::addRow("slash") << QStringLiteral("a/b") << false;
        QTest::addRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::addRow("dot first") << QStringLiteral(".hidden") << false;
        QTest::addRow("colon") << QStringLiteral("a:b") << false;
        QTest::addRow("newline") << QStringLiteral("a\nb") << false;
        QTest::addRow("too long") << QString(101, QLatin1Char('x')) << false;
    }
    void environmentNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(environmentNameProblem(name).isEmpty(), valid);
    }

    void renameAndRemoveEnvironments()
    {
        QTemporaryDir root;
        QString error;
        QVERIFY(saveEnvironment(root.path(), stagingEnvironment(), &error));
        Environment local;
        local.name = QStringLiteral("local");
        QVERIFY(saveEnvironment(root.path(), local, &error));
        QVERIFY(!renameEnvironmentFile(root.path(), QStringLiteral("staging"), QStringLiteral("local"), &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QVERIFY(!renameEnvironmentFile(root.path(), QStringLiteral("staging"), QStringLiteral("a/b"), &error));
        QVERIFY2(renameEnvironmentFile(root.path(), QStringLiteral("staging"), QStringLiteral("stage"), &error),
                 qPrintable(error));
        QVERIFY(removeEnvironmentFile(root.path(), QStringLiteral("local"), &error));
        QStringList errors;
        const auto environments = loadEnvironments(root.path(), &errors);
        QCOMPARE(environments.size(), 1);
        QCOMPARE(environments.front().name, QStringLiteral("stage"));
        QCOMPARE(environments.front().variables.size(), 3);
    }

    void layers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // "<missing>" when left out
        QTest::addRow("collection only") << QStringLiteral("c") << QStringLiteral("collection");
        QTest::addRow("application over collection") << QStringLiteral("ca") << QStringLiteral("application");
        QTest::addRow("environment over both") << QStringLiteral("cae") << QStringLiteral("environment");
        QTest::addRow("disabled environment row shows through")
            << QStringLiteral("off") << QStringLiteral("collection");
        QTest::addRow("secret from the store") << QStringLiteral("token") << QStringLiteral("from-store");
        QTest::addRow("secret without a value hides the lower layers")
            << QStringLiteral("lost") << QStringLiteral("<missing>");
    }
    void layers()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const Variables collection{{QStringLiteral("c"), QStringLiteral("collection")},
                                   {QStringLiteral("ca"), QStringLiteral("collection")},
                                   {QStringLiteral("cae"), QStringLiteral("collection")},
                                   {QStringLiteral("off"), QStringLiteral("collection")},
                                   {QStringLiteral("lost"), QStringLiteral("collection")}};
        const Variables application{{QStringLiteral("ca"), QStringLiteral("application")},
                                    {QStringLiteral("cae"), QStringLiteral("application")}};
        Environment environment;
        environment.name = QStringLiteral("e");
        environment.variables = {{QStringLiteral("cae"), QStringLiteral("environment"), false, true, {}},
                                 {QStringLiteral("off"), QStringLiteral("environment"), false, false, {}},
                                 {QStringLiteral("token"), QString(), true, true, {}},
                                 {QStringLiteral("lost"), QString(), true, true, {}}};
        const ResolvedVariables resolved = resolveVariableLayers(
            collection, application, &environment, {{QStringLiteral("token"), QStringLiteral("from-store")}});
        QCOMPARE(resolved.variables.value(name, QStringLiteral("<missing>")), expected);
        QCOMPARE(resolved.secrets, (QHash<QString, QString>{{QStringLiteral("token"), QStringLiteral("from-store")}}));
        QCOMPARE(resolved.missingSecrets, QStringList{QStringLiteral("lost")});

        const ResolvedVariables none = resolveVariableLayers(collection, application, nullptr, {});
        QVERIFY(none.secrets.isEmpty());
        QCOMPARE(none.variables.value(QStringLiteral("cae")), QStringLiteral("application"));
    }

    void redaction()
    {
        const QHash<QString, QString> secrets{{QStringLiteral("short"), QStringLiteral("abc")},
                                              {QStringLiteral("long"), QStringLiteral("abcdef")},
                                              {QStringLiteral("empty"), QString()}};
        QCOMPARE(redactSecrets(QStringLiteral("x=abcdef&y=abc"), secrets),
                 QStringLiteral("x=[secret long]&y=[secret short]"));
        QCOMPARE(redactSecrets(QStringLiteral("nothing"), secrets), QStringLiteral("nothing"));
    }

    // With the session bus pointing at nothing, QtKeychain finds no service: the store uses its file.
    void keyringFallback()
    {
        QTemporaryDir dir;
        SecretStore store(fileStore(dir));
        QCOMPARE(store.backend(), SecretStore::Backend::Undecided);
        QSignalSpy decided(&store, &SecretStore::backendChanged);

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QHash<QString, QString> values{{QStringLiteral("token"), QStringLiteral("t0ken")},
                                             {QStringLiteral("password"), QStringLiteral("p\u00e4ss \"w\"")}};
        const SecretResult written = store.writeBlocking(id, QStringLiteral("staging"), values, 60000);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        QCOMPARE(decided.size(), 1);
        const QString description = store.backendDescription();
        QVERIFY2(description.contains(store.fallbackFilePath()) && description.contains(QStringLiteral("0600")) &&
                     description.contains(QStringLiteral("no keyring service")),
                 qPrintable(description));
        QCOMPARE(decided.front().at(1).toString(), description);
        qInfo("%s", qPrintable(description));

        const QString path = dir.filePath(QStringLiteral("data/secrets.json"));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Another store (another process, the CLI) reads the same values back.
        SecretStore other(fileStore(dir));
        const SecretResult read =
            other.readBlocking(id, QStringLiteral("staging"),
                               {QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("nope")}, 60000);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.values, values);
        QCOMPARE(read.missing, QStringList{QStringLiteral("nope")});

        // Renaming an environment moves its secrets; removing them leaves nothing behind.
        bool moved = false;
        other.move(id, QStringLiteral("staging"), QStringLiteral("stage"), values.keys(), [&](const SecretResult& r) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            moved = true;
        });
        QVERIFY(!moved); // asynchronous: never answered from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(moved, 10000);
        QCOMPARE(other.readBlocking(id, QStringLiteral("stage"), values.keys()).values, values);
        QCOMPARE(other.readBlocking(id, QStringLiteral("staging"), values.keys()).values.size(), 0);
        QVERIFY(other.removeBlocking(id, QStringLiteral("stage"), values.keys()).ok());
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).object(), QJsonObject());
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void fileOnlyByEnvironmentVariable()
    {
        QTemporaryDir dir;
        qputenv("HINTERSCOPE_SECRETS", "file");
        SecretStore store(fileStore(dir));
        const SecretResult read = store.readBlocking(QStringLiteral("id"), QStringLiteral("e"), {QStringLiteral("a")});
        qunsetenv("HINTERSCOPE_SECRETS");
        QVERIFY(read.ok());
        QCOMPARE(read.missing, QStringList{QStringLiteral("a")});
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        QVERIFY2(store.backendDescription().contains(QStringLiteral("HINTERSCOPE_SECRETS=file")),
                 qPrintable(store.backendDescription()));
        QVERIFY(!store.readBlocking(QString(), QStringLiteral("e"), {QStringLiteral("a")}).ok()); // no id
    }

    void defaultFallbackPathIsTheGuis()
    {
        QVERIFY2(SecretFile::defaultPath().endsWith(QStringLiteral("/Hinterscope/Hinterscope/secrets.json")),
                 qPrintable(SecretFile::defaultPath()));
    }

    // A collection with a secret environment saved the way the editor saves it: the secret's value is in no
    // file of the collection, wherever the store keeps it.
    void secretsNeverInCollectionFiles()
    {
        QTemporaryDir parent;
        QTemporaryDir storeDir;
        QString error;
        const QString folder = parent.filePath(QStringLiteral("api"));
        const auto collection = createCollection(folder, QStringLiteral("API"), &error);
        QVERIFY2(collection, qPrintable(error));
        Environment staging = stagingEnvironment();
        QVERIFY(saveEnvironment(folder, staging, &error));
        SecretStore store(fileStore(storeDir));
        QHash<QString, QString> secrets;
        for (const auto& variable : staging.variables)
            if (variable.secret)
                secrets.insert(variable.name, variable.value);
        QVERIFY(store.writeBlocking(collection->id, staging.name, secrets).ok());
        RequestSpec request;
        request.name = QStringLiteral("uses the token");
        request.url = QStringLiteral("{{base}}/me");
        request.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}")}};
        QVERIFY(saveRequestFile(QDir(folder).filePath(QStringLiteral("me.request.json")), request, &error));
        Collection changed = loadCollection(folder);
        changed.variables.insert(QStringLiteral("base"), QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(writeCollectionFile(folder, changed, &error));

        QCOMPARE(filesContaining(folder, "s3cr3t-token-value"), QStringList());
        QCOMPARE(filesContaining(storeDir.path(), "s3cr3t-token-value").size(), 1);

        // And the send-time layers do see it.
        const SecretResult read = store.readBlocking(collection->id, staging.name, staging.secretNames());
        const ResolvedVariables resolved =
            resolveVariableLayers(changed.variables, {}, &changed.environments.front(), read.values);
        QCOMPARE(resolveVariables(request, resolved.variables).headers.front().value,
                 QStringLiteral("Bearer s3cr3t-token-value"));
        QCOMPARE(resolved.secrets.value(QStringLiteral("token")), QStringLiteral("s3cr3t-token-value"));
    }

    void activeEnvironmentReadsSecretsAsynchronously()
    {
        QTemporaryDir dir;
        QTemporaryDir root;
        SecretStore store(fileStore(dir));
        const QString id = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
        QVERIFY(
            store.writeBlocking(id, QStringLiteral("staging"), {{QStringLiteral("token"), QStringLiteral("v")}}).ok());
        ActiveEnvironment active(&store);
        QSignalSpy changed(&active, &ActiveEnvironment::changed);
        QSignalSpy loaded(&active, &ActiveEnvironment::secretsLoaded);
        active.activate(root.path(), id, stagingEnvironment());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!active.secretsReady());
        QCOMPARE(active.resolve({}, {}).missingSecrets, QStringList{QStringLiteral("token")});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(active.secretsReady());
        QCOMPARE(active.resolve({}, {}).variables.value(QStringLiteral("token")), QStringLiteral("v"));
        QCOMPARE(active.resolve({}, {}).variables.value(QStringLiteral("base")),
                 QStringLiteral("https://staging.example"));
        active.clear();
        QCOMPARE(changed.size(), 2);
        QVERIFY(active.resolve({{QStringLiteral("a"), QStringLiteral("1")}}, {}).secrets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(Environments)
#include "tst_environments.moc"
