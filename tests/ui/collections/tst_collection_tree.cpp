// The collection tree on real folders: each disk operation and its undo (compared byte for byte), failures
// that leave the disk alone, the model's merge on reload, drag and drop through mimeData/dropMimeData, inline
// rename through the view, changes made behind the pane's back, several collections, the recent list, and a
// broken file reported with its line:column while the rest opens. Models are watched by
// QAbstractItemModelTester from before they are fed.
#include "collections/collection.h"
#include "collections/collection_store.h"
#include "collections/request_file.h"
#include "models/collection_roles.h"
#include "models/collection_tree_model.h"
#include "widgets/collections/collection_editor.h"
#include "widgets/collections/collection_item_delegate.h"
#include "widgets/collections/collection_loader.h"
#include "widgets/collections/collection_pane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace hinterscope;

namespace {

constexpr int kWaitMs = 10000;

using DiskState = QMap<QString, QByteArray>;

// Every entry under `root` (hidden ones too): files with their bytes, folders as "<folder>".
DiskState diskState(const QString& root)
{
    DiskState state;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        QByteArray bytes = "<folder>";
        if (!entry.isDir()) {
            QFile file(entry.filePath());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(entry.filePath()));
            bytes = file.readAll();
        }
        state.insert(base.relativeFilePath(entry.filePath()), bytes);
    }
    return state;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void writeRequest(const QString& path, const QString& name, const QString& method = QStringLiteral("GET"))
{
    RequestSpec spec;
    spec.name = name;
    spec.method = method;
    spec.url = QStringLiteral("http://127.0.0.1:1/") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    QString error;
    if (!saveRequestFile(path, spec, &error))
        qFatal("%s", qPrintable(error));
}

QString requestName(const QString& path)
{
    QString error;
    const auto spec = readRequestFile(path, &error);
    return spec ? spec->name : error;
}

// A collection as people keep them: numbered requests, a numbered sub-folder of requests, an empty folder,
// and one file written by hand (two-space indentation, a key this version does not know).
struct Fixture {
    QTemporaryDir dir;
    QString root;

    explicit Fixture(const QString& name = QStringLiteral("Fixture"))
    {
        root = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/api");
        QDir().mkpath(root + QStringLiteral("/users"));
        QDir().mkpath(root + QStringLiteral("/empty"));
        writeBytes(path("collection.json"), "{\n    \"name\": \"" + name.toUtf8() + "\"\n}\n");
        writeRequest(path("01-login.request.json"), QStringLiteral("Login"), QStringLiteral("POST"));
        writeRequest(path("02-status.request.json"), QStringLiteral("Status"));
        writeBytes(path("03-hand.request.json"),
                   "{\n  \"name\": \"Hand\",\n  \"method\": \"GET\",\n  \"url\": \"http://127.0.0.1:1/hand\",\n"
                   "  \"x-custom\": [1, 2]\n}\n");
        writeRequest(path("users/01-list.request.json"), QStringLiteral("List users"));
        writeRequest(path("users/02-get.request.json"), QStringLiteral("Get user"));
        writeBytes(path("users/notes.txt"), "not a request\n");
    }
    QString path(const char* relative) const { return root + QLatin1Char('/') + QString::fromUtf8(relative); }
};

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

bool isLoaded(const CollectionTreeModel& model, const QString& root)
{
    const QModelIndex index = model.indexForPath(root);
    return index.isValid() && !index.data(CollectionRole::Loading).toBool();
}

} // namespace

class TestCollectionTree : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fileStems_data();
    void fileStems();
    void operationAndUndo_data();
    void operationAndUndo();
    void failureLeavesDiskAlone_data();
    void failureLeavesDiskAlone();
    void renameKeepsLaterEdits();
    void mergeKeepsRows();
    void dragAndDrop_data();
    void dragAndDrop();
    void copyOutOfReadOnly();
    void inlineRename();
    void actionsCreateAndEdit();
    void tabsFollowFiles();
    void changesOnDisk_data();
    void changesOnDisk();
    void twoCollectionsAndRecent();
    void restoreOpenCollections();
    void brokenFileShowsError();
    void methodBadge_data();
    void methodBadge();

private:
    QTemporaryDir settingsDir_;
};

void TestCollectionTree::initTestCase()
{
    QVERIFY(settingsDir_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HinterscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_collection_tree"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
}

void TestCollectionTree::init()
{
    QSettings().clear();
}

void TestCollectionTree::fileStems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::newRow("words") << "Get user #1" << "get-user-1";
    QTest::newRow("punctuation only") << "?!" << "request";
    QTest::newRow("unicode letters stay") << "Grüße an Zoë" << "grüße-an-zoë";
    QTest::newRow("windows device name") << "CON" << "con-request";
    QTest::newRow("path characters") << "../../etc/passwd" << "etc-passwd";
    QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(64, QLatin1Char('a'));
}

void TestCollectionTree::fileStems()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QCOMPARE(collection_store::fileStemForName(name), stem);
    QCOMPARE(collection_store::numberingPrefix(QStringLiteral("01-login")), QStringLiteral("01-"));
    QCOMPARE(collection_store::numberingPrefix(QStringLiteral("login")), QString());
    QCOMPARE(collection_store::folderNameFor(QStringLiteral(" a/b:c. ")), QStringLiteral("a-b-c"));
}

void TestCollectionTree::operationAndUndo_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected"); // the new path, relative; empty for deletes

    QTest::newRow("create request, numbered folder")
        << "createRequest" << QStringList{"users"} << "Delete user" << "users/03-delete-user.request.json";
    QTest::newRow("create request, plain folder")
        << "createRequest" << QStringList{"empty"} << "New Request" << "empty/new-request.request.json";
    QTest::newRow("create folder") << "createFolder" << QStringList{""} << "Admin" << "Admin";
    QTest::newRow("rename request keeps its number")
        << "rename" << QStringList{"01-login.request.json"} << "Sign in" << "01-sign-in.request.json";
    QTest::newRow("rename hand-written request")
        << "rename" << QStringList{"03-hand.request.json"} << "Made by hand" << "03-made-by-hand.request.json";
    QTest::newRow("rename folder") << "rename" << QStringList{"users"} << "accounts" << "accounts";
    QTest::newRow("duplicate request") << "duplicate" << QStringList{"02-status.request.json"} << ""
                                       << "02-status-copy.request.json";
    QTest::newRow("duplicate hand-written request")
        << "duplicate" << QStringList{"03-hand.request.json"} << "" << "03-hand-copy.request.json";
    QTest::newRow("duplicate folder") << "duplicate" << QStringList{"users"} << "" << "users copy";
    QTest::newRow("move request into folder")
        << "move" << QStringList{"02-status.request.json"} << "users" << "users/02-status.request.json";
    QTest::newRow("move folder into folder") << "move" << QStringList{"users"} << "empty" << "empty/users";
    QTest::newRow("move with a name clash")
        << "move" << QStringList{"users/01-list.request.json"} << "empty" << "empty/01-list-2.request.json";
    QTest::newRow("move several") << "move" << QStringList{"01-login.request.json", "users"} << "empty"
                                  << "empty/01-login.request.json";
    QTest::newRow("delete request") << "remove" << QStringList{"02-status.request.json"} << "" << "";
    QTest::newRow("delete hand-written request") << "remove" << QStringList{"03-hand.request.json"} << "" << "";
    QTest::newRow("delete folder with a foreign file") << "remove" << QStringList{"users"} << "" << "";
    QTest::newRow("delete several") << "remove" << QStringList{"01-login.request.json", "users", "empty"} << ""
                                    << "";
}

void TestCollectionTree::operationAndUndo()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, paths);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    Fixture fixture;
    if (QTest::currentDataTag() == QByteArray("move with a name clash"))
        writeRequest(fixture.path("empty/01-list.request.json"), QStringLiteral("Already here"));
    const auto absolute = [&](const QString& relative) {
        return relative.isEmpty() ? fixture.root : fixture.root + QLatin1Char('/') + relative;
    };
    QStringList absolutePaths;
    for (const QString& path : std::as_const(paths))
        absolutePaths.append(absolute(path));

    CollectionEditor editor;
    QSignalSpy failures(&editor, &CollectionEditor::failed);
    const DiskState before = diskState(fixture.root);
    QString produced;
    if (operation == QLatin1String("createRequest")) {
        RequestSpec spec;
        spec.name = argument;
        produced = editor.createRequest(absolutePaths.first(), spec);
    } else if (operation == QLatin1String("createFolder")) {
        produced = editor.createFolder(absolutePaths.first(), argument);
    } else if (operation == QLatin1String("rename")) {
        produced = editor.rename(absolutePaths.first(), argument);
    } else if (operation == QLatin1String("duplicate")) {
        produced = editor.duplicate(absolutePaths.first());
    } else if (operation == QLatin1String("move")) {
        produced = editor.move(absolutePaths, absolute(argument)).value(0);
    } else if (operation == QLatin1String("remove")) {
        QVERIFY(editor.remove(absolutePaths));
    }
    QCOMPARE(failures.count(), 0);
    const QString expectedPath = expected.isEmpty() ? QString() : absolute(expected);
    QCOMPARE(produced, expectedPath);
    const DiskState after = diskState(fixture.root);
    QVERIFY(after != before);
    if (!expected.isEmpty())
        QVERIFY(QFileInfo::exists(expectedPath));
    if (operation == QLatin1String("rename") && expected.endsWith(kRequestFileSuffix)) {
        QCOMPARE(requestName(expectedPath), argument);
        QVERIFY(!QFileInfo::exists(absolutePaths.first()));
    }
    if (operation == QLatin1String("duplicate") && expected.endsWith(kRequestFileSuffix))
        QVERIFY(requestName(expectedPath).endsWith(QStringLiteral(" copy")));
    if (QTest::currentDataTag() == QByteArray("rename hand-written request"))
        QVERIFY(after.value(expected).contains("x-custom")); // a key this version does not know stays

    QCOMPARE(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    QCOMPARE(failures.count(), 0);
    QCOMPARE(diskState(fixture.root), before);
    editor.undoStack()->redo();
    QCOMPARE(failures.count(), 0);
    QCOMPARE(diskState(fixture.root), after);
    editor.undoStack()->undo();
    QCOMPARE(diskState(fixture.root), before);
}

void TestCollectionTree::failureLeavesDiskAlone_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("errorPath");
    QTest::newRow("folder into itself") << "move" << "users" << "users" << "users";
    QTest::newRow("folder into its child") << "moveIntoChild" << "users" << "" << "users";
    QTest::newRow("folder renamed onto another") << "rename" << "users" << "empty" << "empty";
    QTest::newRow("rename a file that is not JSON") << "rename" << "broken.request.json" << "X"
                                                    << "broken.request.json";
    QTest::newRow("move to a folder that is gone") << "move" << "02-status.request.json" << "gone" << "gone";
    QTest::newRow("create in a folder that is gone") << "createRequest" << "gone" << "X" << "gone";
}

void TestCollectionTree::failureLeavesDiskAlone()
{
    QFETCH(QString, operation);
    QFETCH(QString, path);
    QFETCH(QString, argument);
    QFETCH(QString, errorPath);
    Fixture fixture;
    QDir().mkdir(fixture.path("users/inner"));
    writeBytes(fixture.path("broken.request.json"), "{\n  \"name\": ,\n}\n");
    const QString absolute = fixture.root + QLatin1Char('/') + path;
    const QString target = fixture.root + QLatin1Char('/') + argument;

    CollectionEditor editor;
    QSignalSpy failures(&editor, &CollectionEditor::failed);
    const DiskState before = diskState(fixture.root);
    if (operation == QLatin1String("move"))
        QVERIFY(editor.move({absolute}, target).isEmpty());
    else if (operation == QLatin1String("moveIntoChild"))
        QVERIFY(editor.move({absolute}, fixture.path("users/inner")).isEmpty());
    else if (operation == QLatin1String("rename"))
        QVERIFY(editor.rename(absolute, argument).isEmpty());
    else if (operation == QLatin1String("createRequest"))
        QVERIFY(editor.createRequest(absolute, RequestSpec{}).isEmpty());

    QCOMPARE(diskState(fixture.root), before);
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(failures.count(), 1);
    const QString message = failures.first().first().toString();
    QVERIFY2(message.startsWith(fixture.root + QLatin1Char('/') + errorPath), qPrintable(message));
    if (path.startsWith(QLatin1String("broken")))
        QVERIFY2(message.contains(QStringLiteral("broken.request.json:2:")), qPrintable(message));

    // Restoring over something that exists again is refused, and leaves that file alone.
    StoreError error;
    auto removed = collection_store::remove(fixture.path("02-status.request.json"), &error);
    QVERIFY(removed);
    writeBytes(fixture.path("02-status.request.json"), "mine\n");
    QVERIFY(!collection_store::restore(*removed, &error));
    QCOMPARE(error.path, fixture.path("02-status.request.json"));
    QCOMPARE(diskState(fixture.root).value(QStringLiteral("02-status.request.json")), QByteArray("mine\n"));
}

void TestCollectionTree::renameKeepsLaterEdits()
{
    Fixture fixture;
    CollectionEditor editor;
    const QString renamed = editor.rename(fixture.path("02-status.request.json"), QStringLiteral("Health"));
    QCOMPARE(renamed, fixture.path("02-health.request.json"));
    // Saved from a tab after the rename: undoing the rename must not throw that away.
    RequestSpec edited = *readRequestFile(renamed, nullptr);
    edited.url = QStringLiteral("http://127.0.0.1:1/edited");
    QVERIFY(saveRequestFile(renamed, edited, nullptr));
    editor.undoStack()->undo();
    QVERIFY(!QFileInfo::exists(renamed));
    const auto restored = readRequestFile(fixture.path("02-status.request.json"), nullptr);
    QVERIFY(restored);
    QCOMPARE(restored->name, QStringLiteral("Status"));
    QCOMPARE(restored->url, QStringLiteral("http://127.0.0.1:1/edited"));
}

void TestCollectionTree::mergeKeepsRows()
{
    Fixture fixture;
    CollectionTreeModel model;
    const auto tester = testerFor(&model);
    model.setCollection(loadCollection(fixture.root));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("Fixture"));
    QCOMPARE(model.rowCount(root), 5); // empty, users, then the three requests in file-name order
    const QPersistentModelIndex list = model.indexForPath(fixture.path("users/01-list.request.json"));
    const QPersistentModelIndex status = model.indexForPath(fixture.path("02-status.request.json"));
    QVERIFY(list.isValid() && status.isValid());
    QCOMPARE(list.data(CollectionRole::Method).toString(), QStringLiteral("GET"));

    writeRequest(fixture.path("users/00-first.request.json"), QStringLiteral("First"));
    writeRequest(fixture.path("02-status.request.json"), QStringLiteral("Status"), QStringLiteral("HEAD"));
    QFile::remove(fixture.path("01-login.request.json"));
    QDir().mkdir(fixture.path("zz"));
    model.setCollection(loadCollection(fixture.root));

    QVERIFY(list.isValid());
    QCOMPARE(list.data(CollectionRole::Path).toString(), fixture.path("users/01-list.request.json"));
    QCOMPARE(list.row(), 1);
    QVERIFY(status.isValid());
    QCOMPARE(status.data(CollectionRole::Method).toString(), QStringLiteral("HEAD"));
    QVERIFY(!model.indexForPath(fixture.path("01-login.request.json")).isValid());
    QVERIFY(model.indexForPath(fixture.path("zz")).isValid());
    QCOMPARE(model.rowCount(model.indexForPath(fixture.path("users"))), 3);
}

void TestCollectionTree::dragAndDrop_data()
{
    QTest::addColumn<QStringList>("dragged");       // relative to the first collection
    QTest::addColumn<bool>("intoSecond");           // drop onto the second collection's root
    QTest::addColumn<QString>("target");            // relative folder (in the first collection) otherwise
    QTest::addColumn<QStringList>("expectedMoves"); // request files that moved, old → new, relative to tmp
    QTest::newRow("request into folder") << QStringList{"02-status.request.json"} << false << "users"
                                         << QStringList{"api/02-status.request.json",
                                                        "api/users/02-status.request.json"};
    QTest::newRow("folder into folder") << QStringList{"users"} << false << "empty"
                                        << QStringList{
                                               "api/users/01-list.request.json", "api/empty/users/01-list.request.json",
                                               "api/users/02-get.request.json", "api/empty/users/02-get.request.json"};
    QTest::newRow("request to another collection")
        << QStringList{"01-login.request.json"} << true << ""
        << QStringList{"api/01-login.request.json", "other/01-login.request.json"};
    QTest::newRow("folder to another collection")
        << QStringList{"users"} << true << ""
        << QStringList{"api/users/01-list.request.json", "other/users/01-list.request.json",
                       "api/users/02-get.request.json", "other/users/02-get.request.json"};
}

void TestCollectionTree::dragAndDrop()
{
    QFETCH(QStringList, dragged);
    QFETCH(bool, intoSecond);
    QFETCH(QString, target);
    QFETCH(QStringList, expectedMoves);
    Fixture fixture;
    const QString base = QFileInfo(fixture.root).absolutePath();
    const QString other = base + QStringLiteral("/other");
    QVERIFY(QDir().mkpath(other));
    writeRequest(other + QStringLiteral("/only.request.json"), QStringLiteral("Only"));

    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    CollectionTreeModel* model = pane.model();
    QSignalSpy moved(&pane, &CollectionPane::requestFileMoved);
    pane.openCollection(fixture.root);
    pane.openCollection(other);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*model, fixture.root) && isLoaded(*model, other), kWaitMs);
    const DiskState before = diskState(base);

    QModelIndexList indexes;
    for (const QString& path : std::as_const(dragged))
        indexes.append(model->indexForPath(fixture.root + QLatin1Char('/') + path));
    std::unique_ptr<QMimeData> mime(model->mimeData(indexes));
    QVERIFY(mime);
    const QModelIndex drop =
        intoSecond ? model->indexForPath(other) : model->indexForPath(fixture.root + QLatin1Char('/') + target);
    QVERIFY(drop.isValid());
    // A folder cannot be dropped into itself; the tree refuses before anything happens.
    if (dragged.contains(QStringLiteral("users")))
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model->indexForPath(fixture.path("users"))));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, drop));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, drop));

    QList<QStringList> expectedSignals;
    for (qsizetype i = 0; i + 1 < expectedMoves.size(); i += 2)
        expectedSignals.append(
            {base + QLatin1Char('/') + expectedMoves[i], base + QLatin1Char('/') + expectedMoves[i + 1]});
    for (const QStringList& pair : std::as_const(expectedSignals)) {
        QVERIFY(!QFileInfo::exists(pair.first()));
        QVERIFY(QFileInfo::exists(pair.last()));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(pair.last()).isValid(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexForPath(pair.first()).isValid(), kWaitMs);
    }
    QList<QStringList> signalled;
    for (const auto& arguments : std::as_const(moved))
        signalled.append({arguments.at(0).toString(), arguments.at(1).toString()});
    std::sort(signalled.begin(), signalled.end());
    std::sort(expectedSignals.begin(), expectedSignals.end());
    QCOMPARE(signalled, expectedSignals);

    pane.undoStack()->undo();
    QCOMPARE(diskState(base), before);
    for (const QStringList& pair : std::as_const(expectedSignals))
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(pair.first()).isValid(), kWaitMs);
}

void TestCollectionTree::copyOutOfReadOnly()
{
    Fixture fixture;
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    CollectionTreeModel* model = pane.model();
    const Collection tour = loadCollection(QStringLiteral(":/tour"));
    QVERIFY(!tour.items.isEmpty());
    pane.addCollection(tour);
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*model, fixture.root), kWaitMs);

    const QModelIndex first = model->indexForPath(tour.items.first().filePath);
    QVERIFY(first.isValid());
    QVERIFY(!(model->flags(first) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(model->indexForPath(QStringLiteral(":/tour"))) & Qt::ItemIsDropEnabled));
    std::unique_ptr<QMimeData> mime(model->mimeData({first}));
    const QModelIndex root = model->indexForPath(fixture.root);
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, root));
    const QString copied = fixture.root + QLatin1Char('/') + QFileInfo(tour.items.first().filePath).fileName();
    QVERIFY(QFileInfo::exists(copied));
    QCOMPARE(requestName(copied), tour.items.first().request.name);
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(copied).isValid(), kWaitMs);
    QVERIFY(model->indexForPath(tour.items.first().filePath).isValid()); // the Tour keeps its own
    pane.undoStack()->undo();
    QVERIFY(!QFileInfo::exists(copied));
}

void TestCollectionTree::inlineRename()
{
    Fixture fixture;
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    CollectionTreeModel* model = pane.model();
    pane.resize(400, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*model, fixture.root), kWaitMs);

    const QString oldPath = fixture.path("02-status.request.json");
    pane.selectPath(oldPath);
    QCOMPARE(pane.selectedPath(), oldPath);
    QCOMPARE(pane.selectedFolder(), fixture.root);
    auto* rename = pane.findChild<QAction*>(QStringLiteral("renameAction"));
    QVERIFY(rename && rename->isEnabled());
    QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
    rename->trigger();
    QLineEdit* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = pane.collectionView()->viewport()->findChild<QLineEdit*>()) != nullptr, kWaitMs);
    QCOMPARE(editor->text(), QStringLiteral("Status"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Health check"));
    QTest::keyClick(editor, Qt::Key_Return);

    const QString newPath = fixture.path("02-health-check.request.json");
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(newPath).isValid(), kWaitMs);
    QVERIFY(!QFileInfo::exists(oldPath));
    QCOMPARE(requestName(newPath), QStringLiteral("Health check"));
    QCOMPARE(model->indexForPath(newPath).data().toString(), QStringLiteral("Health check"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedPath(), newPath, kWaitMs); // the selection follows the file

    pane.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(oldPath).isValid(), kWaitMs);
    QCOMPARE(model->indexForPath(oldPath).data().toString(), QStringLiteral("Status"));
}

void TestCollectionTree::actionsCreateAndEdit()
{
    Fixture fixture;
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    CollectionTreeModel* model = pane.model();
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*model, fixture.root), kWaitMs);
    const auto action = [&pane](const char* name) { return pane.findChild<QAction*>(QString::fromLatin1(name)); };

    pane.selectPath(fixture.path("users/01-list.request.json"));
    QCOMPARE(pane.selectedFolder(), fixture.path("users"));
    action("newRequestAction")->trigger();
    const QString created = fixture.path("users/03-new-request.request.json");
    QVERIFY(QFileInfo::exists(created));
    // The new request appears selected with its name open for editing.
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedPath(), created, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane.collectionView()->viewport()->findChild<QLineEdit*>() != nullptr, kWaitMs);
    QTest::keyClick(pane.collectionView()->viewport()->findChild<QLineEdit*>(), Qt::Key_Escape);

    action("duplicateAction")->trigger();
    const QString copy = fixture.path("users/03-new-request-copy.request.json");
    QVERIFY(QFileInfo::exists(copy));
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedPath(), copy, kWaitMs);

    pane.collectionView()->selectionModel()->select(model->indexForPath(created), QItemSelectionModel::Select);
    QVERIFY(action("deleteAction")->isEnabled());
    QCOMPARE(action("deleteAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    QSignalSpy removed(&pane, &CollectionPane::requestFileRemoved);
    action("deleteAction")->trigger();
    QVERIFY(!QFileInfo::exists(created) && !QFileInfo::exists(copy));
    QCOMPARE(removed.count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexForPath(created).isValid() && !model->indexForPath(copy).isValid(), kWaitMs);
    pane.undoStack()->undo(); // both come back in one step
    QVERIFY(QFileInfo::exists(created) && QFileInfo::exists(copy));
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(copy).isValid(), kWaitMs);

    pane.selectPath(fixture.path("empty"));
    action("newFolderAction")->trigger();
    QVERIFY(QFileInfo(fixture.path("empty/New Folder")).isDir());
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedPath(), fixture.path("empty/New Folder"), kWaitMs);

    // Through the keyboard: Delete on the focused tree.
    QTest::keyClick(pane.collectionView()->viewport()->findChild<QLineEdit*>(), Qt::Key_Escape);
    pane.activateWindow();
    pane.collectionView()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(pane.collectionView()->hasFocus(), kWaitMs);
    QTest::keyClick(pane.collectionView(), Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(fixture.path("empty/New Folder")), kWaitMs);
}

void TestCollectionTree::tabsFollowFiles()
{
    Fixture fixture;
    CollectionPane pane;
    QSignalSpy moved(&pane, &CollectionPane::requestFileMoved);
    QSignalSpy removed(&pane, &CollectionPane::requestFileRemoved);
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*pane.model(), fixture.root), kWaitMs);

    pane.editor()->rename(fixture.path("users"), QStringLiteral("people"));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(0).at(0).toString(), fixture.path("users/01-list.request.json"));
    QCOMPARE(moved.at(0).at(1).toString(), fixture.path("people/01-list.request.json"));
    pane.undoStack()->undo();
    QCOMPARE(moved.count(), 4);
    QCOMPARE(moved.at(2).at(1).toString(), fixture.path("users/01-list.request.json"));

    pane.editor()->remove({fixture.path("users")});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(0).toString(), fixture.path("users/01-list.request.json"));
}

void TestCollectionTree::changesOnDisk_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("request added") << "add";
    QTest::newRow("request changed") << "change";
    QTest::newRow("request removed") << "remove";
    QTest::newRow("folder added with a request") << "addFolder";
    QTest::newRow("folder removed") << "removeFolder";
    QTest::newRow("collection renamed in collection.json") << "renameCollection";
}

void TestCollectionTree::changesOnDisk()
{
    QFETCH(QString, change);
    Fixture fixture;
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    CollectionTreeModel* model = pane.model();
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*model, fixture.root), kWaitMs);
    const QModelIndex users = model->indexForPath(fixture.path("users"));
    pane.collectionView()->expand(users);
    pane.selectPath(fixture.path("users/02-get.request.json"));
    // The watches are set once the first load is in.
    QTRY_VERIFY_WITH_TIMEOUT(pane.findChild<CollectionLoader*>()
                                 ->watchedPaths(fixture.root)
                                 .contains(fixture.path("users/02-get.request.json")),
                             kWaitMs);

    if (change == QLatin1String("add")) {
        writeRequest(fixture.path("users/03-new.request.json"), QStringLiteral("New"), QStringLiteral("PUT"));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(fixture.path("users/03-new.request.json")).isValid(), kWaitMs);
        QCOMPARE(model->indexForPath(fixture.path("users/03-new.request.json")).data(CollectionRole::Method).toString(),
                 QStringLiteral("PUT"));
    } else if (change == QLatin1String("change")) {
        // Written the way git and QSaveFile write: a new file renamed over the old one.
        writeRequest(fixture.path("users/02-get.request.json"), QStringLiteral("Get one user"),
                     QStringLiteral("PATCH"));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->indexForPath(fixture.path("users/02-get.request.json")).data(CollectionRole::Method).toString(),
            QStringLiteral("PATCH"), kWaitMs);
        QCOMPARE(model->indexForPath(fixture.path("users/02-get.request.json")).data().toString(),
                 QStringLiteral("Get one user"));
        // And changed in place, as an editor may.
        QFile file(fixture.path("users/02-get.request.json"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll().replace("PATCH", "PUT");
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        QVERIFY(file.resize(bytes.size()));
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->indexForPath(fixture.path("users/02-get.request.json")).data(CollectionRole::Method).toString(),
            QStringLiteral("PUT"), kWaitMs);
    } else if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(fixture.path("users/01-list.request.json")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexForPath(fixture.path("users/01-list.request.json")).isValid(), kWaitMs);
    } else if (change == QLatin1String("addFolder")) {
        QVERIFY(QDir().mkdir(fixture.path("orders")));
        writeRequest(fixture.path("orders/list.request.json"), QStringLiteral("Orders"));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(fixture.path("orders/list.request.json")).isValid(), kWaitMs);
    } else if (change == QLatin1String("removeFolder")) {
        QVERIFY(QDir(fixture.path("empty")).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexForPath(fixture.path("empty")).isValid(), kWaitMs);
    } else if (change == QLatin1String("renameCollection")) {
        QVERIFY(saveFileAtomically(fixture.path("collection.json"), "{\"name\": \"Renamed\"}\n", nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(model->indexForPath(fixture.root).data().toString(), QStringLiteral("Renamed"),
                                  kWaitMs);
    }
    // The view kept its state through the reload.
    QVERIFY(pane.collectionView()->isExpanded(model->indexForPath(fixture.path("users"))));
    if (QFileInfo::exists(fixture.path("users/02-get.request.json")))
        QCOMPARE(pane.selectedPath(), fixture.path("users/02-get.request.json"));
}

void TestCollectionTree::twoCollectionsAndRecent()
{
    Fixture first(QStringLiteral("First"));
    Fixture second(QStringLiteral("Second"));
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    QSignalSpy recentChanged(&pane, &CollectionPane::recentCollectionsChanged);
    QSignalSpy changed(&pane, &CollectionPane::collectionsChanged);
    QSignalSpy loaded(&pane, &CollectionPane::collectionLoaded);
    pane.openCollection(first.root);
    pane.openCollection(second.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*pane.model(), first.root) && isLoaded(*pane.model(), second.root), kWaitMs);
    QCOMPARE(pane.openCollectionRoots(), (QStringList{first.root, second.root}));
    QCOMPARE(pane.model()->index(0, 0).data().toString(), QStringLiteral("First"));
    QCOMPARE(pane.model()->index(1, 0).data().toString(), QStringLiteral("Second"));
    QVERIFY(changed.count() >= 2);
    QVERIFY(loaded.count() >= 2);
    QCOMPARE(pane.recentCollections(), (QStringList{second.root, first.root}));

    // Opening one that is open selects it and makes it the most recent.
    pane.openCollection(first.root + QStringLiteral("/users/.."));
    QCOMPARE(pane.openCollectionRoots().size(), 2);
    QCOMPARE(pane.selectedPath(), first.root);
    QCOMPARE(pane.recentCollections(), (QStringList{first.root, second.root}));
    QCOMPARE(recentChanged.last().first().toStringList(), (QStringList{first.root, second.root}));

    // A folder that is gone drops out; at most ten are kept.
    QVERIFY(QDir(second.root).removeRecursively());
    QCOMPARE(pane.recentCollections(), QStringList{first.root});
    std::vector<std::unique_ptr<QTemporaryDir>> many;
    for (int i = 0; i < 12; ++i) {
        many.push_back(std::make_unique<QTemporaryDir>());
        pane.openCollection(many.back()->path());
    }
    QCOMPARE(pane.recentCollections().size(), CollectionPane::kMaxRecent);
    QCOMPARE(pane.recentCollections().first(), QFileInfo(many.back()->path()).canonicalFilePath());

    pane.closeCollection(first.root);
    QVERIFY(!pane.openCollectionRoots().contains(first.root));
    QSignalSpy failed(&pane, &CollectionPane::operationFailed);
    pane.openCollection(first.root + QStringLiteral("/no-such-folder"));
    QCOMPARE(failed.count(), 1);
}

void TestCollectionTree::restoreOpenCollections()
{
    Fixture first(QStringLiteral("First"));
    Fixture second(QStringLiteral("Second"));
    {
        CollectionPane pane;
        pane.addCollection(loadCollection(QStringLiteral(":/tour"))); // the resources are not remembered
        pane.openCollection(first.root);
        pane.openCollection(second.root);
        pane.closeCollection(first.root);
        pane.openCollection(first.root);
    }
    QVERIFY(QDir(second.path("users")).removeRecursively()); // changed while the application was closed
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    pane.restoreOpenCollections();
    QCOMPARE(pane.openCollectionRoots(), (QStringList{second.root, first.root}));
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*pane.model(), first.root) && isLoaded(*pane.model(), second.root), kWaitMs);
    QVERIFY(!pane.model()->indexForPath(second.path("users")).isValid());
}

void TestCollectionTree::brokenFileShowsError()
{
    Fixture fixture;
    writeBytes(fixture.path("users/03-broken.request.json"), "{\n    \"name\": \"Broken\",\n    \"url\": \n}\n");
    CollectionPane pane;
    const auto tester = testerFor(pane.model());
    pane.openCollection(fixture.root);
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(*pane.model(), fixture.root), kWaitMs);
    auto* errors = pane.findChild<QListWidget*>(QStringLiteral("collectionErrors"));
    QVERIFY(errors);
    QCOMPARE(errors->count(), 1);
    QVERIFY(!errors->isHidden());
    const QString text = errors->item(0)->text();
    QVERIFY2(text.startsWith(QStringLiteral("Fixture: users/03-broken.request.json:4:2: ")), qPrintable(text));
    QCOMPARE(errors->item(0)->toolTip().left(fixture.root.size()), fixture.root);
    QCOMPARE(pane.model()->indexForPath(fixture.root).data(CollectionRole::Errors).toStringList().size(), 1);
    // The rest of the collection is there.
    QVERIFY(pane.model()->indexForPath(fixture.path("users/02-get.request.json")).isValid());
    QVERIFY(!pane.model()->indexForPath(fixture.path("users/03-broken.request.json")).isValid());

    // Fixed on disk: the error goes away, the request appears.
    writeRequest(fixture.path("users/03-broken.request.json"), QStringLiteral("Fixed"));
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->indexForPath(fixture.path("users/03-broken.request.json")).isValid(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(errors->isHidden(), kWaitMs);
}

void TestCollectionTree::methodBadge_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("badge");
    QTest::newRow("GET") << "GET" << "GET";
    QTest::newRow("DELETE") << "DELETE" << "DEL";
    QTest::newRow("OPTIONS") << "OPTIONS" << "OPT";
    QTest::newRow("custom") << "PROPFIND" << "PROPF";
}

void TestCollectionTree::methodBadge()
{
    QFETCH(QString, method);
    QFETCH(QString, badge);
    QCOMPARE(CollectionItemDelegate::badgeText(method), badge);
    QVERIFY(CollectionItemDelegate::badgeColor(method).isValid());
}

QTEST_MAIN(TestCollectionTree)
#include "tst_collection_tree.moc"
