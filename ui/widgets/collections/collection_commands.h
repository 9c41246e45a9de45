#pragma once

// The undoable steps of editing collections on disk. Each command does its step in redo() and takes it back
// in undo(); a step that cannot be done reports why through the editor and marks itself obsolete, so the
// undo stack drops it and the disk stays as it was.
#include "collections/collection_store.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace hinterscope {

class CollectionEditor;

class FileCommand : public QUndoCommand {
public:
    FileCommand(CollectionEditor* editor, const QString& text);

    void redo() final;
    void undo() final;
    virtual bool forward() = 0;
    virtual bool backward() = 0;

protected:
    CollectionEditor* editor_;
};

// Something new appears (a request, a folder, a duplicate, a copy). Undo deletes it keeping its bytes, so a
// redo brings back exactly that, edits made meanwhile included.
class CreateCommand : public FileCommand {
public:
    using Create = std::function<std::optional<QString>(StoreError*)>;
    CreateCommand(CollectionEditor* editor, const QString& text, Create create);
    bool forward() override;
    bool backward() override;

private:
    Create create_;
    QString path_;
    std::optional<StoreSnapshot> removed_;
};

class DeleteCommand : public FileCommand {
public:
    DeleteCommand(CollectionEditor* editor, const QString& path);
    bool forward() override;
    bool backward() override;

private:
    QString path_;
    std::optional<StoreSnapshot> removed_;
};

// A rename on disk: a move between folders, or a folder's new name. Git sees the same bytes elsewhere.
class RelocateCommand : public FileCommand {
public:
    using Relocate = std::function<std::optional<QString>(StoreError*)>;
    RelocateCommand(CollectionEditor* editor, const QString& text, const QString& from, Relocate relocate);
    bool forward() override;
    bool backward() override;

private:
    QString from_;
    QString to_;
    Relocate relocate_;
};

// A request's new name: inside the file and in its file name. Undo restores the exact bytes when the file is
// still as the rename left it, and renames back (keeping later edits) when it is not.
class RenameRequestCommand : public FileCommand {
public:
    RenameRequestCommand(CollectionEditor* editor, const QString& path, const QString& newName);
    bool forward() override;
    bool backward() override;

private:
    QString oldPath_;
    QString newPath_;
    QString oldName_;
    QString newName_;
    QByteArray oldBytes_;
    QByteArray newBytes_;
    bool done_ = false;
};

// Several steps as one (a multi-selection deleted or dragged): all happen, or none.
class BatchCommand : public FileCommand {
public:
    BatchCommand(CollectionEditor* editor, const QString& text, std::vector<std::unique_ptr<FileCommand>> steps);
    bool forward() override;
    bool backward() override;

private:
    std::vector<std::unique_ptr<FileCommand>> steps_;
};

} // namespace hinterscope
