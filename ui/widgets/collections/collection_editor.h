#pragma once

#include "collections/collection_store.h"
#include "request/request_spec.h"

#include <QObject>
#include <QStringList>

class QUndoStack;

namespace hinterscope {

class FileCommand;

// Edits collections on disk through one undo stack: every change the tree makes is a command, so Ctrl+Z
// restores a deleted request or folder byte for byte and takes back renames, moves and creations. Each
// method returns the new path(s), or empty after emitting failed().
class CollectionEditor : public QObject {
    Q_OBJECT

public:
    explicit CollectionEditor(QObject* parent = nullptr);

    QUndoStack* undoStack() const { return undoStack_; }

    QString createRequest(const QString& folder, const RequestSpec& spec);
    QString createFolder(const QString& parent, const QString& name);
    // A request's name (in the file and its file name) or a folder's name.
    QString rename(const QString& path, const QString& newName);
    QString duplicate(const QString& path);
    bool remove(const QStringList& paths);
    QStringList move(const QStringList& paths, const QString& targetFolder);
    QStringList copy(const QStringList& paths, const QString& targetFolder);

    // For the commands: what a step did.
    void reportError(const StoreError& error);
    void produced(const QString& path);
    void wrote(const QStringList& paths);
    void relocated(const QString& oldPath, const QString& newPath);
    void removed(const StoreSnapshot& snapshot);

signals:
    // Every path written, removed or renamed (old and new names): the collections holding them reload.
    void pathsChanged(const QStringList& paths);
    // A file or folder now lives elsewhere (rename, move, and their undo).
    void pathMoved(const QString& oldPath, const QString& newPath);
    // Each request file that moved, also those inside a moved folder, so an open tab follows its file.
    void requestFileMoved(const QString& oldPath, const QString& newPath);
    void requestFileRemoved(const QString& path);
    void failed(const QString& message);

private:
    QStringList push(FileCommand* command);

    QUndoStack* undoStack_;
    QStringList produced_;
    bool failed_ = false;
};

} // namespace hinterscope
