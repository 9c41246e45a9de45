#pragma once

#include "request/request_spec.h"
#include "widgets/documents/document_prompts.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QFileSystemWatcher;
class QSettings;
class QTabBar;

namespace hinterscope {

class ComposerWidget;
class RequestDocument;
struct FileStamp;

// Open requests as tabs above the one composer (docs/request-tabs.md). Each tab is a RequestDocument; the
// composer shows the current one, and switching tabs moves the composer's request into its document and the
// next document's into the composer. Tabs show the name ("Untitled" without one), a "•" while dirty and the
// method as a coloured badge; the tooltip has the method, URL, file and state.
//
// The files of open documents are watched: a change on disk reloads a clean tab and asks about one with edits;
// a deleted file marks its tab, and a save re-creates it. Our own saves are recognised by their content.
//
// There is always at least one tab: closing the last opens an empty one.
class RequestTabs : public QWidget {
    Q_OBJECT

public:
    // Takes `composer` into its layout (below the tab bar); one blank "Untitled" tab is open.
    explicit RequestTabs(ComposerWidget* composer, QWidget* parent = nullptr);
    ~RequestTabs() override;

    // Dialogs by default; tests answer with functions.
    void setPrompts(DocumentPrompts prompts);
    // The folder Save As suggests for requests without a file (the collection selected in the tree).
    void setDefaultSaveFolder(const QString& folder);
    QString defaultSaveFolder() const { return defaultSaveFolder_; }

    int count() const;
    int currentIndex() const;
    RequestDocument* document(int index) const;
    RequestDocument* currentDocument() const;
    // The tab showing this file, or -1.
    int indexOfFile(const QString& path) const;
    QTabBar* tabBar() const { return tabBar_; }
    ComposerWidget* composer() const { return composer_; }

    QAction* newTabAction() const { return newTabAction_; }
    QAction* closeTabAction() const { return closeTabAction_; }
    QAction* nextTabAction() const { return nextTabAction_; }
    QAction* previousTabAction() const { return previousTabAction_; }
    QAction* saveAction() const { return saveAction_; }
    QAction* saveAsAction() const { return saveAsAction_; }

    // For the window's closeEvent: asks Save / Discard / Cancel once per tab whose file has unsaved changes
    // (each tab is shown while asked). False when the user cancelled or a save failed; the tabs stay as they
    // were. Discarded edits are dropped, so saveSession() afterwards reopens the file as it is on disk.
    // Requests without a file are not asked about: saveSession() keeps them.
    bool maybeCloseAll();

    // Open tabs in QSettings: saveSession() at exit, restoreSession() at start. restoreSession() returns how
    // many tabs it opened; files that are gone or unreadable are skipped with a message().
    void saveSession(QSettings& settings) const;
    int restoreSession(QSettings& settings);
    void saveSession() const;
    int restoreSession();
    static inline const QString kSessionKey = QStringLiteral("requestTabs/session");

public slots:
    // Opens `spec` in a tab: a file already open is only activated (its tab keeps its edits); a blank
    // untouched tab is reused. `filePath` may be empty (a new request, the history) or a resource (":/tour/…").
    void openRequest(const hinterscope::RequestSpec& spec, const QString& filePath = QString());
    void newTab();
    // False when the user cancelled or the save failed.
    bool closeTab(int index);
    bool closeCurrentTab();
    void nextTab();
    void previousTab();
    // Ctrl+S: to the document's file, or through saveAs() when it has none. False when not saved.
    bool save();
    bool saveAs();
    // The collection tree renamed or moved a request file or a folder: tabs follow it.
    void fileMoved(const QString& oldPath, const QString& newPath);
    // The collection tree deleted a request file or a folder: clean tabs close, tabs with edits stay and are
    // marked deleted (a save re-creates the file).
    void fileRemoved(const QString& path);

signals:
    void requestSaved(const QString& path);
    // The current tab's file (empty without one), e.g. to select it in the tree.
    void currentFileChanged(const QString& path);
    // Short notes for the status bar: reloaded, deleted on disk, a session file that is gone.
    void message(const QString& text);

private:
    int addDocument(std::unique_ptr<RequestDocument> document, int at = -1);
    // Around every prompt: disk checks wait while one is open (a dialog runs its own event loop).
    void beginPrompt();
    void endPrompt();
    void showContextMenu(const QPoint& position);
    int indexOf(const RequestDocument* document) const;
    bool isBlank(const RequestDocument& document) const;
    void showDocument(int index);
    void onCurrentChanged(int index);
    void onComposerEdited();
    void syncCurrentFromComposer();
    void refreshTab(int index);
    void removeTab(int index);
    bool saveDocument(RequestDocument& document);
    bool saveDocumentAs(RequestDocument& document);
    bool writeDocument(RequestDocument& document, const QString& path);
    QString suggestedPath(const RequestDocument& document) const;
    void watch(const QString& path);
    void unwatchUnused();
    void scheduleCheck(const QString& path);
    void checkPendingFiles();
    void checkFile(RequestDocument& document);
    void reloadDocument(RequestDocument& document, const RequestSpec& spec, const FileStamp& stamp);
    bool eventFilter(QObject* watched, QEvent* event) override;

    ComposerWidget* composer_ = nullptr;
    QTabBar* tabBar_ = nullptr;
    std::vector<std::unique_ptr<RequestDocument>> documents_;
    RequestDocument* shown_ = nullptr; // the document the composer holds
    DocumentPrompts prompts_;
    QString defaultSaveFolder_;
    QFileSystemWatcher* watcher_ = nullptr;
    QSet<QString> pendingChecks_;
    QTimer checkDelay_; // editors write in steps (delete, write, rename): look once they are done
    int asking_ = 0;    // a prompt is open; disk checks wait for it
    bool switching_ = false;

    QAction* newTabAction_ = nullptr;
    QAction* closeTabAction_ = nullptr;
    QAction* nextTabAction_ = nullptr;
    QAction* previousTabAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
};

} // namespace hinterscope
