#pragma once

#include "collections/collection.h"
#include "request/request_spec.h"

#include <QKeySequence>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QTreeView;
class QUndoStack;

namespace hinterscope {

class CollectionEditor;
class CollectionLoader;
class CollectionTreeModel;

// The left dock: the open collections as one tree (docs/collection-editing.md). New Request, New Folder,
// Rename (F2, inline), Duplicate (Ctrl+D), Delete (Del), drag and drop between folders and collections, all
// undoable through undoStack(). Collections on disk are watched and reload when their files change. The
// problems of each collection (file and line:column) are listed under the tree.
class CollectionPane : public QWidget {
    Q_OBJECT

public:
    explicit CollectionPane(QWidget* parent = nullptr);
    ~CollectionPane() override;

    // Shows a collection already read (the Tour from the resources, read-only). One on disk is watched,
    // editable and reopened at the next start, but not added to the recent list (openCollection() is what
    // the user's File → Open does).
    void addCollection(const Collection& collection);
    // Opens the collection folder (loaded in the background), or selects it when it is open already; it
    // becomes the most recent one and is reopened by restoreOpenCollections() at the next start.
    void openCollection(const QString& path);
    void closeCollection(const QString& rootPath);
    // The collections open when the application last ran; folders that are gone are skipped.
    void restoreOpenCollections();
    // Most recent first, at most 10, folders that no longer exist left out.
    QStringList recentCollections() const;
    QStringList openCollectionRoots() const;

    // The folder the selected row belongs to (the folder itself, a request's folder, a collection's root);
    // empty when nothing is selected or the collection cannot be edited.
    QString selectedFolder() const;
    // The selected request or folder (or collection root), or empty.
    QString selectedPath() const;
    void selectPath(const QString& path);
    // Saves `spec` as a new request in `folder` (default: selectedFolder()), undoable; the new file's path,
    // or empty when it failed (operationFailed() says why).
    QString createRequest(const RequestSpec& spec, const QString& folder = {});

    QUndoStack* undoStack() const;
    CollectionTreeModel* model() const { return model_; }
    CollectionEditor* editor() const { return editor_; }
    QTreeView* collectionView() const { return collectionView_; }

    static constexpr int kMaxRecent = 10;

public slots:
    void newRequest();
    void newFolder();
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    void closeSelectedCollection();
    void revealSelected();

signals:
    // `filePath` is the request's file.
    void requestActivated(const hinterscope::RequestSpec& spec, const QString& filePath);
    // A request file was renamed or moved (also inside a renamed or moved folder): an open tab follows it.
    void requestFileMoved(const QString& oldPath, const QString& newPath);
    void requestFileRemoved(const QString& path);
    // A collection was opened, closed or reloaded.
    void collectionsChanged();
    // A collection finished loading (first time and after each change on disk): its variables, name, errors.
    void collectionLoaded(const hinterscope::Collection& collection);
    void recentCollectionsChanged(const QStringList& recent);
    // An edit could not be done ("path: reason"); the disk is as it was.
    void operationFailed(const QString& message);

private:
    void open(const QString& root, bool remember);
    void applyLoaded(const Collection& collection);
    void reloadCollectionsHolding(const QStringList& paths);
    void restoreViewState(const QString& root);
    void refreshErrors();
    void updateActions();
    void showContextMenu(const QPoint& position);
    void rememberRecent(const QString& root);
    void saveOpenCollections() const;
    void remapPath(const QString& oldPath, const QString& newPath);
    QStringList selectedItemPaths() const;
    QAction* makeAction(const QString& text, const QString& name, const QKeySequence& shortcut,
                        void (CollectionPane::*slot)());

    CollectionTreeModel* model_ = nullptr;
    CollectionEditor* editor_ = nullptr;
    CollectionLoader* loader_ = nullptr;
    QTreeView* collectionView_ = nullptr;
    QListWidget* errors_ = nullptr;
    QLabel* message_ = nullptr;

    QAction* newRequestAction_ = nullptr;
    QAction* newFolderAction_ = nullptr;
    QAction* renameAction_ = nullptr;
    QAction* duplicateAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QAction* revealAction_ = nullptr;
    QAction* closeCollectionAction_ = nullptr;

    // View state by path, so it survives reloads that remove and insert rows.
    QSet<QString> expandedPaths_;
    QString currentPath_;
    QString pendingEdit_; // a new item whose name is edited once it appears
    bool applying_ = false;
};

} // namespace hinterscope
