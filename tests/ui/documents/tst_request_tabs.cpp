// Request tabs over a real composer: opening, switching and the unsaved marker, save and save as, closing with
// each answer, files changed, replaced and deleted on disk, the collection tree's moves, and the session.
// Prompts are answered by functions (no modal dialogs); every wait on the file watcher is bounded.
#include "collections/request_file.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/documents/request_document.h"
#include "widgets/documents/request_tabs.h"
#include "widgets/documents/tab_session.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hinterscope;

using CloseAnswer = DocumentPrompts::CloseAnswer;
using ReloadAnswer = DocumentPrompts::ReloadAnswer;
Q_DECLARE_METATYPE(hinterscope::DocumentPrompts::CloseAnswer)
Q_DECLARE_METATYPE(hinterscope::DocumentPrompts::ReloadAnswer)

namespace {

constexpr int kWaitMs = 5000;
// Longer than the tabs' check delay (150 ms) plus the watcher's latency: long enough for a prompt that should
// not come to have come.
constexpr int kQuietMs = 700;

RequestSpec request(const QString& name, const QString& method, const QString& url)
{
    RequestSpec spec;
    spec.name = name;
    spec.method = method;
    spec.url = url;
    return spec;
}

void writeRequest(const QString& path, const RequestSpec& spec)
{
    QString error;
    QVERIFY2(saveRequestFile(path, spec, &error), qPrintable(error));
}

// Writes in place (truncate and write), as some tools do; QSaveFile replaces the file by rename instead.
void writeInPlace(const QString& path, const RequestSpec& spec)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(requestFileBytes(spec)) > 0);
}

std::optional<RequestSpec> onDisk(const QString& path)
{
    QString error;
    return readRequestFile(path, &error);
}

// Answers in order; an unexpected question fails the test and gets the safest answer.
struct ScriptedPrompts {
    QList<CloseAnswer> closeAnswers;
    QList<ReloadAnswer> reloadAnswers;
    QStringList savePaths;
    QStringList askedToClose;
    QStringList askedToReload;
    QStringList suggestedPaths;
    QStringList errors;
    bool unexpected = false;

    DocumentPrompts prompts()
    {
        DocumentPrompts prompts;
        prompts.saveBeforeClose = [this](const RequestDocument& document) {
            askedToClose << document.displayName();
            if (closeAnswers.isEmpty()) {
                unexpected = true;
                return CloseAnswer::Cancel;
            }
            return closeAnswers.takeFirst();
        };
        prompts.reloadChangedFile = [this](const RequestDocument& document) {
            askedToReload << document.displayName();
            if (reloadAnswers.isEmpty()) {
                unexpected = true;
                return ReloadAnswer::KeepMine;
            }
            return reloadAnswers.takeFirst();
        };
        prompts.savePath = [this](const QString& suggested) {
            suggestedPaths << suggested;
            if (savePaths.isEmpty()) {
                unexpected = true;
                return QString();
            }
            return savePaths.takeFirst();
        };
        prompts.showError = [this](const QString& message) { errors << message; };
        return prompts;
    }
};

// A composer under request tabs, shown so the user's typing goes where it would.
struct Harness {
    ComposerWidget* composer = new ComposerWidget;
    RequestTabs tabs{composer};
    ScriptedPrompts script;

    Harness()
    {
        tabs.setPrompts(script.prompts());
        tabs.resize(900, 300);
        tabs.show();
    }

    QLineEdit* urlEdit() const { return composer->findChild<QLineEdit*>(QStringLiteral("urlEdit")); }

    // What the user does: select the URL and type over it.
    void typeUrl(const QString& url) const
    {
        urlEdit()->setFocus();
        urlEdit()->selectAll();
        QTest::keyClicks(urlEdit(), url);
    }

    QString tabText(int index) const { return tabs.tabBar()->tabText(index); }
    bool dirty(int index) const { return tabs.document(index)->isDirty(); }
};

} // namespace

class tst_RequestTabs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HinterscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_request_tabs"));
    }

    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
    }

    void startsWithOneBlankTab()
    {
        Harness h;
        QCOMPARE(h.tabs.count(), 1);
        QCOMPARE(h.tabText(0), QStringLiteral("Untitled"));
        QVERIFY(!h.dirty(0));
        QCOMPARE(h.composer->parentWidget(), &h.tabs);
        QVERIFY(h.tabs.tabBar()->isMovable());
        QVERIFY(h.tabs.tabBar()->tabsClosable());
    }

    void openSwitchAndMarker_data()
    {
        QTest::addColumn<bool>("revert");
        QTest::newRow("edit stays marked") << false;
        QTest::newRow("edit undone by hand is clean") << true;
    }

    void openSwitchAndMarker()
    {
        QFETCH(bool, revert);
        Harness h;
        const QString first = path("first.request.json");
        const QString second = path("second.request.json");
        writeRequest(first, request("First", "GET", "http://127.0.0.1:1/first"));
        writeRequest(second, request("Second", "POST", "http://127.0.0.1:1/second"));

        h.tabs.openRequest(*onDisk(first), first);
        QCOMPARE(h.tabs.count(), 1); // the blank tab was reused
        h.tabs.openRequest(*onDisk(second), second);
        QCOMPARE(h.tabs.count(), 2);
        QCOMPARE(h.tabs.currentIndex(), 1);
        QCOMPARE(h.tabText(0), QStringLiteral("First"));
        QCOMPARE(h.tabText(1), QStringLiteral("Second"));
        QVERIFY(h.tabs.tabBar()->tabToolTip(1).contains(QStringLiteral("POST http://127.0.0.1:1/second")));
        QVERIFY(h.tabs.tabBar()->tabToolTip(1).contains(second));
        QVERIFY(!h.tabs.tabBar()->tabIcon(1).isNull());
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/second"));

        QSignalSpy fileChanged(&h.tabs, &RequestTabs::currentFileChanged);
        h.tabs.tabBar()->setCurrentIndex(0);
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/first"));
        QCOMPARE(fileChanged.size(), 1);
        QCOMPARE(fileChanged.at(0).at(0).toString(), first);

        h.typeUrl(QStringLiteral("http://127.0.0.1:1/edited"));
        QVERIFY(h.dirty(0));
        QCOMPARE(h.tabText(0), QStringLiteral("• First"));
        QVERIFY(h.tabs.tabBar()->tabToolTip(0).contains(QStringLiteral("Unsaved changes")));
        QVERIFY(!h.dirty(1));

        h.tabs.nextTab();
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/second"));
        h.tabs.previousTab();
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/edited"));
        QCOMPARE(h.tabText(0), QStringLiteral("• First"));

        if (revert) {
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/first"));
            QVERIFY(!h.dirty(0));
            QCOMPARE(h.tabText(0), QStringLiteral("First"));
        }
        QVERIFY(!h.script.unexpected);
    }

    void tabsAreReorderedByDocumentNotIndex()
    {
        Harness h;
        h.tabs.openRequest(request("A", "GET", "http://127.0.0.1:1/a"));
        h.tabs.openRequest(request("B", "GET", "http://127.0.0.1:1/b"));
        h.tabs.tabBar()->moveTab(1, 0);
        QCOMPARE(h.tabText(0), QStringLiteral("B"));
        QCOMPARE(h.tabs.currentIndex(), 0);
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/b"));
        h.tabs.tabBar()->setCurrentIndex(1);
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/a"));
    }

    void openingTheSameFileTwiceActivatesItsTab()
    {
        Harness h;
        const QString file = path("same.request.json");
        writeRequest(file, request("Same", "GET", "http://127.0.0.1:1/same"));
        h.tabs.openRequest(*onDisk(file), file);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/mine"));
        h.tabs.openRequest(request("Other", "GET", "http://127.0.0.1:1/other"));
        QCOMPARE(h.tabs.count(), 2);

        // Another spelling of the same path, and the tree's (older) copy of the request.
        h.tabs.openRequest(request("Stale", "GET", "http://stale"),
                           dir_->path() + QStringLiteral("/./same.request.json"));
        QCOMPARE(h.tabs.count(), 2);
        QCOMPARE(h.tabs.currentIndex(), 0);
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/mine")); // the edits stay
        QCOMPARE(h.tabs.indexOfFile(file), 0);
    }

    void resourceRequestsOpenOnceAndSaveAsACopy()
    {
        Harness h;
        const QString tour = QStringLiteral(":/tour/01-get-json.request.json");
        h.tabs.openRequest(request("Get JSON", "GET", "{{playground}}/json"), tour);
        h.tabs.openRequest(request("Get JSON", "GET", "{{playground}}/json"), tour);
        QCOMPARE(h.tabs.count(), 1);
        QVERIFY(!h.tabs.currentDocument()->hasFile());
        QVERIFY(h.tabs.tabBar()->tabToolTip(0).contains(tour));

        h.tabs.setDefaultSaveFolder(dir_->path());
        const QString copy = path("copy.request.json");
        h.script.savePaths << copy;
        QVERIFY(h.tabs.save()); // no writable file: Save asks where
        QCOMPARE(h.script.suggestedPaths, QStringList{path("01-get-json.request.json")});
        QCOMPARE(onDisk(copy)->url, QStringLiteral("{{playground}}/json"));
        QCOMPARE(h.tabs.currentDocument()->filePath(), copy);
    }

    void save_data()
    {
        QTest::addColumn<QString>("kind"); // file, untitled, untitled-cancelled, untitled-no-suffix, unwritable
        QTest::newRow("to its file") << "file";
        QTest::newRow("untitled asks for a path") << "untitled";
        QTest::newRow("untitled, dialog cancelled") << "untitled-cancelled";
        QTest::newRow("untitled, typed without suffix") << "untitled-no-suffix";
        QTest::newRow("folder cannot be written") << "unwritable";
    }

    void save()
    {
        QFETCH(QString, kind);
        Harness h;
        QSignalSpy saved(&h.tabs, &RequestTabs::requestSaved);
        h.tabs.setDefaultSaveFolder(dir_->path());
        QString target = path("saved.request.json");
        if (kind == QLatin1String("file")) {
            writeRequest(target, request("Saved", "GET", "http://127.0.0.1:1/old"));
            h.tabs.openRequest(*onDisk(target), target);
        } else {
            h.tabs.openRequest(request("My Request", "GET", "http://127.0.0.1:1/old"));
        }
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/new"));
        QVERIFY(h.dirty(0));

        if (kind == QLatin1String("untitled")) {
            h.script.savePaths << target;
        } else if (kind == QLatin1String("untitled-cancelled")) {
            h.script.savePaths << QString();
        } else if (kind == QLatin1String("untitled-no-suffix")) {
            h.script.savePaths << path("typed");
            target = path("typed.request.json");
        } else if (kind == QLatin1String("unwritable")) {
            // A folder that cannot be made (a file is in the way): fails even for root.
            QFile blocker(path("blocker"));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            target = path("blocker/saved.request.json");
            h.script.savePaths << target;
        }

        const bool expectSaved = kind != QLatin1String("untitled-cancelled") && kind != QLatin1String("unwritable");
        QCOMPARE(h.tabs.save(), expectSaved);
        QCOMPARE(h.dirty(0), !expectSaved);
        QCOMPARE(h.tabText(0).startsWith(QStringLiteral("• ")), !expectSaved);
        if (kind != QLatin1String("file"))
            QCOMPARE(h.script.suggestedPaths, QStringList{path("My Request.request.json")});
        else
            QVERIFY(h.script.suggestedPaths.isEmpty());
        if (expectSaved) {
            QCOMPARE(onDisk(target)->url, QStringLiteral("http://127.0.0.1:1/new"));
            QCOMPARE(h.tabs.currentDocument()->filePath(), target);
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved.at(0).at(0).toString(), target);
            QVERIFY(h.script.errors.isEmpty());
        } else {
            QCOMPARE(saved.size(), 0);
            QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/new")); // nothing lost
        }
        if (kind == QLatin1String("unwritable")) {
            QCOMPARE(h.script.errors.size(), 1);
            QVERIFY2(h.script.errors.at(0).contains(target), qPrintable(h.script.errors.at(0)));
        }
        QVERIFY(!h.script.unexpected);
    }

    void saveAsMovesTheTabToTheNewFile()
    {
        Harness h;
        const QString original = path("original.request.json");
        const QString copy = path("sub/copy.request.json");
        QVERIFY(QDir(dir_->path()).mkpath(QStringLiteral("sub")));
        writeRequest(original, request("Original", "GET", "http://127.0.0.1:1/original"));
        h.tabs.openRequest(*onDisk(original), original);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/changed"));
        h.script.savePaths << copy;
        QVERIFY(h.tabs.saveAs());
        QCOMPARE(h.script.suggestedPaths, QStringList{original}); // its own folder and name
        QCOMPARE(onDisk(original)->url, QStringLiteral("http://127.0.0.1:1/original"));
        QCOMPARE(onDisk(copy)->url, QStringLiteral("http://127.0.0.1:1/changed"));
        QCOMPARE(h.tabs.currentDocument()->filePath(), copy);
        QVERIFY(!h.dirty(0));
        QCOMPARE(h.tabs.indexOfFile(original), -1);
    }

    void saveAsOverAnotherOpenTab()
    {
        Harness h;
        const QString taken = path("taken.request.json");
        writeRequest(taken, request("Taken", "GET", "http://127.0.0.1:1/taken"));
        h.tabs.openRequest(*onDisk(taken), taken);
        h.tabs.openRequest(request("New", "GET", "http://127.0.0.1:1/new"));

        // The other tab has edits: refused, nothing written.
        h.tabs.tabBar()->setCurrentIndex(0);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/taken-edited"));
        h.tabs.tabBar()->setCurrentIndex(1);
        h.script.savePaths << taken;
        QVERIFY(!h.tabs.saveAs());
        QCOMPARE(h.script.errors.size(), 1);
        QCOMPARE(onDisk(taken)->url, QStringLiteral("http://127.0.0.1:1/taken"));

        // Clean: the saved tab takes the file over and the stale tab goes.
        h.tabs.tabBar()->setCurrentIndex(0);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/taken"));
        QVERIFY(!h.dirty(0));
        h.tabs.tabBar()->setCurrentIndex(1);
        h.script.savePaths << taken;
        QVERIFY(h.tabs.saveAs());
        QCOMPARE(h.tabs.count(), 1);
        QCOMPARE(onDisk(taken)->url, QStringLiteral("http://127.0.0.1:1/new"));
        QCOMPARE(h.tabs.indexOfFile(taken), 0);
    }

    void closeDirtyTab_data()
    {
        QTest::addColumn<bool>("withFile");
        QTest::addColumn<CloseAnswer>("answer");
        QTest::addColumn<QString>("savePath"); // for an untitled Save; empty: the dialog is cancelled
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QString>("expectedOnDisk");
        const QString edited = QStringLiteral("http://127.0.0.1:1/edited");
        const QString old = QStringLiteral("http://127.0.0.1:1/old");
        QTest::newRow("file, save") << true << CloseAnswer::Save << QString() << true << edited;
        QTest::newRow("file, discard") << true << CloseAnswer::Discard << QString() << true << old;
        QTest::newRow("file, cancel") << true << CloseAnswer::Cancel << QString() << false << old;
        QTest::newRow("untitled, save") << false << CloseAnswer::Save << "new.request.json" << true << edited;
        QTest::newRow("untitled, save cancelled") << false << CloseAnswer::Save << QString() << false << QString();
        QTest::newRow("untitled, discard") << false << CloseAnswer::Discard << QString() << true << QString();
        QTest::newRow("untitled, cancel") << false << CloseAnswer::Cancel << QString() << false << QString();
    }

    void closeDirtyTab()
    {
        QFETCH(bool, withFile);
        QFETCH(CloseAnswer, answer);
        QFETCH(QString, savePath);
        QFETCH(bool, closed);
        QFETCH(QString, expectedOnDisk);
        Harness h;
        const QString file = withFile ? path("close.request.json") : path(savePath);
        if (withFile) {
            writeRequest(file, request("Close", "GET", "http://127.0.0.1:1/old"));
            h.tabs.openRequest(*onDisk(file), file);
        } else {
            h.tabs.newTab();
        }
        h.tabs.openRequest(request("Other", "GET", "http://127.0.0.1:1/other"));
        h.tabs.tabBar()->setCurrentIndex(0);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/edited"));
        h.tabs.tabBar()->setCurrentIndex(1); // closing a background tab shows it while asking

        h.script.closeAnswers << answer;
        if (!withFile && answer == CloseAnswer::Save)
            h.script.savePaths << (savePath.isEmpty() ? QString() : file);
        QCOMPARE(h.tabs.closeTab(0), closed);
        QCOMPARE(h.script.askedToClose.size(), 1);
        QCOMPARE(h.tabs.count(), closed ? 1 : 2);
        if (!closed) {
            QCOMPARE(h.tabs.currentIndex(), 0);
            QVERIFY(h.dirty(0));
            QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/edited"));
        } else {
            QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/other"));
        }
        if (expectedOnDisk.isEmpty())
            QVERIFY(!savePath.isEmpty() ? !QFile::exists(file) : true);
        else
            QCOMPARE(onDisk(file)->url, expectedOnDisk);
        QVERIFY(!h.script.unexpected);
    }

    void closingCleanTabsAsksNothing()
    {
        Harness h;
        h.tabs.openRequest(request("A", "GET", "http://127.0.0.1:1/a"));
        h.tabs.openRequest(request("B", "GET", "http://127.0.0.1:1/b"));
        QVERIFY(h.tabs.closeTab(1));
        QVERIFY(h.tabs.closeCurrentTab());
        QCOMPARE(h.tabs.count(), 1); // the last tab closed: a blank one opens
        QCOMPARE(h.tabText(0), QStringLiteral("Untitled"));
        QVERIFY(h.script.askedToClose.isEmpty());
    }

    void actionsAndMiddleClick()
    {
        Harness h;
        QCOMPARE(h.tabs.newTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(h.tabs.closeTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(h.tabs.nextTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Tab));
        QCOMPARE(h.tabs.previousTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
        QCOMPARE(h.tabs.saveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QCOMPARE(h.tabs.saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

        h.tabs.newTabAction()->trigger();
        h.tabs.newTabAction()->trigger();
        QCOMPARE(h.tabs.count(), 3);
        QCOMPARE(h.tabs.currentIndex(), 2);
        h.tabs.nextTabAction()->trigger();
        QCOMPARE(h.tabs.currentIndex(), 0); // wraps
        h.tabs.previousTabAction()->trigger();
        QCOMPARE(h.tabs.currentIndex(), 2);
        h.tabs.closeTabAction()->trigger();
        QCOMPARE(h.tabs.count(), 2);

        const QPoint middle = h.tabs.tabBar()->tabRect(0).center();
        QTest::mouseClick(h.tabs.tabBar(), Qt::MiddleButton, {}, middle);
        QCOMPARE(h.tabs.count(), 1);
    }

    void externalChange_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::addColumn<bool>("byRename");
        QTest::addColumn<ReloadAnswer>("answer");
        QTest::addColumn<bool>("background");
        QTest::newRow("clean, in place") << false << false << ReloadAnswer::Reload << false;
        QTest::newRow("clean, by rename") << false << true << ReloadAnswer::Reload << false;
        QTest::newRow("clean, background tab") << false << true << ReloadAnswer::Reload << true;
        QTest::newRow("edited, reload") << true << true << ReloadAnswer::Reload << false;
        QTest::newRow("edited, keep mine") << true << true << ReloadAnswer::KeepMine << false;
        QTest::newRow("edited, background, keep mine") << true << false << ReloadAnswer::KeepMine << true;
    }

    void externalChange()
    {
        QFETCH(bool, edited);
        QFETCH(bool, byRename);
        QFETCH(ReloadAnswer, answer);
        QFETCH(bool, background);
        Harness h;
        QSignalSpy messages(&h.tabs, &RequestTabs::message);
        const QString file = path("watched.request.json");
        writeRequest(file, request("Watched", "GET", "http://127.0.0.1:1/v1"));
        h.tabs.openRequest(*onDisk(file), file);
        if (edited)
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/mine"));
        if (background)
            h.tabs.openRequest(request("Front", "GET", "http://127.0.0.1:1/front"));
        RequestDocument* document = h.tabs.document(0);

        if (edited)
            h.script.reloadAnswers << answer;
        const RequestSpec pulled = request("Watched", "PUT", "http://127.0.0.1:1/v2");
        if (byRename)
            writeRequest(file, pulled); // QSaveFile: a new file renamed over the old one
        else
            writeInPlace(file, pulled);

        if (!edited) {
            QTRY_COMPARE_WITH_TIMEOUT(document->spec().url, QStringLiteral("http://127.0.0.1:1/v2"), kWaitMs);
            QVERIFY(h.script.askedToReload.isEmpty());
            QVERIFY(!document->isDirty());
            QVERIFY(!messages.isEmpty()); // the short note
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(h.script.askedToReload.size(), 1, kWaitMs);
            QCOMPARE(h.tabs.currentDocument(), document); // shown while asked
            if (answer == ReloadAnswer::Reload) {
                QCOMPARE(document->spec().url, QStringLiteral("http://127.0.0.1:1/v2"));
                QVERIFY(!document->isDirty());
            } else {
                QCOMPARE(document->spec().url, QStringLiteral("http://127.0.0.1:1/mine"));
                QVERIFY(document->isDirty());
                QCOMPARE(h.tabText(0), QStringLiteral("• Watched"));
                // The next save overwrites the pulled file, and asks nothing.
                QVERIFY(h.tabs.save());
                QCOMPARE(onDisk(file)->url, QStringLiteral("http://127.0.0.1:1/mine"));
                QVERIFY(!document->isDirty());
            }
        }
        if (h.tabs.currentDocument() == document)
            QCOMPARE(h.composer->spec().url, document->spec().url);

        // Later changes are seen too: the watch survived the replacement.
        const RequestSpec again = request("Watched", "GET", "http://127.0.0.1:1/v3");
        if (!document->isDirty()) {
            writeRequest(file, again);
            QTRY_COMPARE_WITH_TIMEOUT(document->spec().url, QStringLiteral("http://127.0.0.1:1/v3"), kWaitMs);
        }
        QTest::qWait(kQuietMs);
        QVERIFY(!h.script.unexpected);
    }

    void ownSavesDoNotPrompt()
    {
        Harness h;
        QSignalSpy messages(&h.tabs, &RequestTabs::message);
        const QString file = path("own.request.json");
        writeRequest(file, request("Own", "GET", "http://127.0.0.1:1/1"));
        h.tabs.openRequest(*onDisk(file), file);
        for (int round = 2; round <= 4; ++round) {
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/%1").arg(round));
            QVERIFY(h.tabs.save());
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/%1-unsaved").arg(round)); // dirty while the watcher reports
            QTest::qWait(kQuietMs);
            QVERIFY(h.script.askedToReload.isEmpty());
            QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/%1-unsaved").arg(round));
            QVERIFY(h.dirty(0));
        }
        QVERIFY(!h.script.unexpected);
        for (const auto& message : std::as_const(messages))
            QVERIFY2(!message.at(0).toString().startsWith(QStringLiteral("Reloaded")),
                     qPrintable(message.at(0).toString()));
    }

    void touchWithSameContentIsNotAChange()
    {
        Harness h;
        const QString file = path("touched.request.json");
        writeRequest(file, request("Touched", "GET", "http://127.0.0.1:1/t"));
        h.tabs.openRequest(*onDisk(file), file);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/mine"));
        writeRequest(file, request("Touched", "GET", "http://127.0.0.1:1/t")); // same bytes, new file
        QTest::qWait(kQuietMs);
        QVERIFY(h.script.askedToReload.isEmpty());
        QVERIFY(!h.script.unexpected);
    }

    void brokenFileOnDiskKeepsTheTab()
    {
        Harness h;
        QSignalSpy messages(&h.tabs, &RequestTabs::message);
        const QString file = path("broken.request.json");
        writeRequest(file, request("Broken", "GET", "http://127.0.0.1:1/ok"));
        h.tabs.openRequest(*onDisk(file), file);
        QString error;
        QVERIFY(saveFileAtomically(file, QByteArray("{\n  \"name\": <<<<<<< HEAD\n"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kWaitMs);
        const QString note = messages.last().at(0).toString();
        QVERIFY2(note.contains(file + QStringLiteral(":2:")), qPrintable(note));
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/ok"));
        QVERIFY(h.script.askedToReload.isEmpty());
    }

    void externalDeleteThenSaveRecreates_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::newRow("clean") << false;
        QTest::newRow("edited") << true;
    }

    void externalDeleteThenSaveRecreates()
    {
        QFETCH(bool, edited);
        Harness h;
        const QString file = path("gone.request.json");
        writeRequest(file, request("Gone", "GET", "http://127.0.0.1:1/gone"));
        h.tabs.openRequest(*onDisk(file), file);
        if (edited)
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/mine"));
        QVERIFY(QFile::remove(file));
        QTRY_VERIFY_WITH_TIMEOUT(h.tabs.currentDocument()->isMissingOnDisk(), kWaitMs);
        QCOMPARE(h.tabText(0), QStringLiteral("• Gone (deleted)"));
        QVERIFY(h.tabs.tabBar()->tabToolTip(0).contains(QStringLiteral("Deleted on disk")));
        QVERIFY(h.dirty(0));

        QVERIFY(h.tabs.save());
        QVERIFY(QFile::exists(file));
        QCOMPARE(onDisk(file)->url,
                 edited ? QStringLiteral("http://127.0.0.1:1/mine") : QStringLiteral("http://127.0.0.1:1/gone"));
        QCOMPARE(h.tabText(0), QStringLiteral("Gone"));
        QVERIFY(!h.dirty(0));

        // Watched again: a later external change reloads.
        writeRequest(file, request("Gone", "GET", "http://127.0.0.1:1/back"));
        QTRY_COMPARE_WITH_TIMEOUT(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/back"), kWaitMs);
        QVERIFY(h.script.askedToReload.isEmpty());
    }

    void deletedThenWrittenAgainIsSeen()
    {
        // A checkout or an editor that deletes and writes: the file's watch ends with the delete; its folder's
        // watch sees it come back.
        Harness h;
        const QString file = path("checkout.request.json");
        writeRequest(file, request("Checkout", "GET", "http://127.0.0.1:1/before"));
        h.tabs.openRequest(*onDisk(file), file);
        QVERIFY(QFile::remove(file));
        QTRY_VERIFY_WITH_TIMEOUT(h.tabs.currentDocument()->isMissingOnDisk(), kWaitMs);
        writeInPlace(file, request("Checkout", "GET", "http://127.0.0.1:1/after"));
        QTRY_COMPARE_WITH_TIMEOUT(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/after"), kWaitMs);
        QVERIFY(!h.dirty(0));
        QCOMPARE(h.tabText(0), QStringLiteral("Checkout"));
        QVERIFY(h.script.askedToReload.isEmpty());
    }

    void deletedFolderIsCreatedAgainOnSave()
    {
        Harness h;
        QVERIFY(QDir(dir_->path()).mkpath(QStringLiteral("group")));
        const QString file = path("group/in-group.request.json");
        writeRequest(file, request("In group", "GET", "http://127.0.0.1:1/g"));
        h.tabs.openRequest(*onDisk(file), file);
        QVERIFY(QDir(path("group")).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(h.tabs.currentDocument()->isMissingOnDisk(), kWaitMs);
        QVERIFY(h.tabs.save());
        QCOMPARE(onDisk(file)->url, QStringLiteral("http://127.0.0.1:1/g"));
    }

    void closingADeletedFileAsks()
    {
        Harness h;
        const QString file = path("deleted.request.json");
        writeRequest(file, request("Deleted", "GET", "http://127.0.0.1:1/d"));
        h.tabs.openRequest(*onDisk(file), file);
        QVERIFY(QFile::remove(file));
        QTRY_VERIFY_WITH_TIMEOUT(h.dirty(0), kWaitMs);
        h.script.closeAnswers << CloseAnswer::Discard;
        QVERIFY(h.tabs.closeTab(0));
        QCOMPARE(h.script.askedToClose, QStringList{QStringLiteral("Deleted")});
    }

    void fileMovedFollowsFilesAndFolders()
    {
        Harness h;
        QSignalSpy fileChanged(&h.tabs, &RequestTabs::currentFileChanged);
        QVERIFY(QDir(dir_->path()).mkpath(QStringLiteral("users")));
        const QString single = path("single.request.json");
        const QString inFolder = path("users/list.request.json");
        writeRequest(single, request("Single", "GET", "http://127.0.0.1:1/s"));
        writeRequest(inFolder, request("List", "GET", "http://127.0.0.1:1/l"));
        h.tabs.openRequest(*onDisk(single), single);
        h.tabs.openRequest(*onDisk(inFolder), inFolder);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/l-edited"));

        // As the tree does it: move on disk, then tell the tabs.
        const QString renamed = path("renamed.request.json");
        QVERIFY(QFile::rename(single, renamed));
        h.tabs.fileMoved(single, renamed);
        QVERIFY(QDir(dir_->path()).rename(QStringLiteral("users"), QStringLiteral("people")));
        h.tabs.fileMoved(path("users"), path("people"));
        QCOMPARE(h.tabs.document(0)->filePath(), renamed);
        QCOMPARE(h.tabs.document(1)->filePath(), path("people/list.request.json"));
        QCOMPARE(fileChanged.last().at(0).toString(), path("people/list.request.json"));
        QVERIFY(!h.tabs.document(0)->isMissingOnDisk());
        QVERIFY(!h.tabs.document(1)->isMissingOnDisk());

        QTest::qWait(kQuietMs); // the old paths' removal is not a deletion of the moved tabs
        QVERIFY(!h.tabs.document(0)->isMissingOnDisk());
        QVERIFY(!h.tabs.document(1)->isMissingOnDisk());
        QVERIFY(h.tabs.save());
        QCOMPARE(onDisk(path("people/list.request.json"))->url, QStringLiteral("http://127.0.0.1:1/l-edited"));
        QVERIFY(!QFile::exists(inFolder));

        writeRequest(renamed, request("Single", "GET", "http://127.0.0.1:1/s2"));
        QTRY_COMPARE_WITH_TIMEOUT(h.tabs.document(0)->spec().url, QStringLiteral("http://127.0.0.1:1/s2"), kWaitMs);
        QVERIFY(!h.script.unexpected);
    }

    void fileRemovedClosesCleanTabsAndMarksEditedOnes()
    {
        Harness h;
        QVERIFY(QDir(dir_->path()).mkpath(QStringLiteral("group")));
        const QString clean = path("group/clean.request.json");
        const QString edited = path("group/edited.request.json");
        const QString outside = path("outside.request.json");
        writeRequest(clean, request("Clean", "GET", "http://127.0.0.1:1/c"));
        writeRequest(edited, request("Edited", "GET", "http://127.0.0.1:1/e"));
        writeRequest(outside, request("Outside", "GET", "http://127.0.0.1:1/o"));
        h.tabs.openRequest(*onDisk(clean), clean);
        h.tabs.openRequest(*onDisk(edited), edited);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/e-mine"));
        h.tabs.openRequest(*onDisk(outside), outside);

        QVERIFY(QDir(path("group")).removeRecursively());
        h.tabs.fileRemoved(path("group"));
        QCOMPARE(h.tabs.count(), 2);
        QCOMPARE(h.tabs.indexOfFile(clean), -1);
        const int kept = h.tabs.indexOfFile(edited);
        QVERIFY(kept >= 0);
        QVERIFY(h.tabs.document(kept)->isMissingOnDisk());
        QVERIFY(!h.tabs.document(h.tabs.indexOfFile(outside))->isDirty());
        QVERIFY(h.script.askedToClose.isEmpty());
    }

    void maybeCloseAll_data()
    {
        QTest::addColumn<QList<CloseAnswer>>("answers");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("expectedUrls"); // first and second file afterwards
        const QString e1 = QStringLiteral("http://127.0.0.1:1/1-edited");
        const QString e2 = QStringLiteral("http://127.0.0.1:1/2-edited");
        const QString o1 = QStringLiteral("http://127.0.0.1:1/1");
        const QString o2 = QStringLiteral("http://127.0.0.1:1/2");
        QTest::newRow("save both") << QList{CloseAnswer::Save, CloseAnswer::Save} << true << QStringList{e1, e2};
        QTest::newRow("save, discard") << QList{CloseAnswer::Save, CloseAnswer::Discard} << true << QStringList{e1, o2};
        QTest::newRow("discard, cancel") << QList{CloseAnswer::Discard, CloseAnswer::Cancel} << false
                                         << QStringList{o1, o2};
        QTest::newRow("cancel at once") << QList{CloseAnswer::Cancel} << false << QStringList{o1, o2};
    }

    void maybeCloseAll()
    {
        QFETCH(QList<CloseAnswer>, answers);
        QFETCH(bool, accepted);
        QFETCH(QStringList, expectedUrls);
        Harness h;
        const QString first = path("one.request.json");
        const QString second = path("two.request.json");
        writeRequest(first, request("One", "GET", "http://127.0.0.1:1/1"));
        writeRequest(second, request("Two", "GET", "http://127.0.0.1:1/2"));
        h.tabs.openRequest(*onDisk(first), first);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/1-edited"));
        h.tabs.openRequest(*onDisk(second), second);
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/2-edited"));
        h.tabs.newTab();
        h.typeUrl(QStringLiteral("http://127.0.0.1:1/scratch")); // no file: kept by the session, not asked

        h.script.closeAnswers = answers;
        QCOMPARE(h.tabs.maybeCloseAll(), accepted);
        QCOMPARE(h.script.askedToClose.size(), answers.size());
        QCOMPARE(onDisk(first)->url, expectedUrls.at(0));
        QCOMPARE(onDisk(second)->url, expectedUrls.at(1));
        if (accepted) {
            // Discarded edits are gone, so the session reopens the file as it is.
            QVERIFY(!h.tabs.document(0)->isDirty());
            QVERIFY(!h.tabs.document(1)->isDirty());
        } else {
            QCOMPARE(h.tabs.document(0)->spec().url, QStringLiteral("http://127.0.0.1:1/1-edited"));
        }
        QCOMPARE(h.tabs.document(2)->spec().url, QStringLiteral("http://127.0.0.1:1/scratch"));
        QVERIFY(!h.script.unexpected);
    }

    void sessionRestore()
    {
        const QString plain = path("plain.request.json");
        const QString edited = path("edited.request.json");
        const QString vanishing = path("vanishing.request.json");
        const QString tour = QStringLiteral(":/tour/02-post.request.json");
        writeRequest(plain, request("Plain", "GET", "http://127.0.0.1:1/plain"));
        writeRequest(edited, request("Edited", "GET", "http://127.0.0.1:1/edited"));
        writeRequest(vanishing, request("Vanishing", "GET", "http://127.0.0.1:1/vanishing"));
        QSettings settings(path("session.ini"), QSettings::IniFormat);
        {
            Harness h;
            h.tabs.openRequest(*onDisk(plain), plain);
            h.tabs.openRequest(*onDisk(edited), edited);
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/edited-unsaved"));
            h.tabs.openRequest(*onDisk(vanishing), vanishing);
            h.tabs.openRequest(request("Post", "POST", "{{playground}}/post"), tour);
            h.tabs.newTab();
            h.typeUrl(QStringLiteral("http://127.0.0.1:1/scratch"));
            h.tabs.newTab(); // blank: not kept
            h.tabs.tabBar()->setCurrentIndex(1);
            h.tabs.saveSession(settings);
        }
        QVERIFY(QFile::remove(vanishing));

        Harness h;
        QSignalSpy messages(&h.tabs, &RequestTabs::message);
        QCOMPARE(h.tabs.restoreSession(settings), 4);
        QCOMPARE(h.tabs.count(), 4); // the blank start tab made room
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(vanishing));

        QCOMPARE(h.tabs.document(0)->filePath(), plain);
        QVERIFY(!h.tabs.document(0)->isDirty());
        QCOMPARE(h.tabs.document(1)->filePath(), edited);
        QVERIFY(h.tabs.document(1)->isDirty());
        QCOMPARE(h.tabs.document(1)->savedSpec().url, QStringLiteral("http://127.0.0.1:1/edited"));
        QCOMPARE(h.tabs.currentIndex(), 1);
        QCOMPARE(h.composer->spec().url, QStringLiteral("http://127.0.0.1:1/edited-unsaved"));
        QCOMPARE(h.tabText(1), QStringLiteral("• Edited"));

        QCOMPARE(h.tabs.document(2)->sourcePath(), tour);
        QVERIFY(!h.tabs.document(2)->hasFile());
        QVERIFY(!h.tabs.document(2)->isDirty());
        QCOMPARE(h.tabs.document(3)->spec().url, QStringLiteral("http://127.0.0.1:1/scratch"));
        QVERIFY(h.tabs.document(3)->isDirty()); // still unsaved after the restart

        // The restored files are watched.
        writeRequest(plain, request("Plain", "GET", "http://127.0.0.1:1/plain-2"));
        QTRY_COMPARE_WITH_TIMEOUT(h.tabs.document(0)->spec().url, QStringLiteral("http://127.0.0.1:1/plain-2"),
                                  kWaitMs);
    }

    void sessionJsonIsTolerant_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("tabs");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("not JSON") << QByteArray("{") << 0;
        QTest::newRow("other version") << QByteArray("{\"version\": 99, \"tabs\": [{\"file\": \"/x\"}]}") << 0;
        QTest::newRow("entry without anything")
            << QByteArray("{\"version\": 1, \"tabs\": [{}, {\"file\": \"/x\"}]}") << 1;
    }

    void sessionJsonIsTolerant()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, tabs);
        QCOMPARE(TabSession::fromJson(json).tabs.size(), tabs);
    }

private:
    QString path(const QString& name) const { return QDir(dir_->path()).filePath(name); }

    QTemporaryDir settingsDir_;
    std::unique_ptr<QTemporaryDir> dir_;
};

QTEST_MAIN(tst_RequestTabs)
#include "tst_request_tabs.moc"
