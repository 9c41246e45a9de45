#include "widgets/collections/collection_editor.h"

#include "collections/request_file.h"
#include "widgets/collections/collection_commands.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUndoStack>

namespace hinterscope {
namespace {

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

CollectionEditor::CollectionEditor(QObject* parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this))
{
    undoStack_->setObjectName(QStringLiteral("collectionUndoStack"));
}

QStringList CollectionEditor::push(FileCommand* command)
{
    produced_.clear();
    failed_ = false;
    undoStack_->push(command); // runs redo(); a command that failed is dropped by the stack
    return std::exchange(produced_, {});
}

QString CollectionEditor::createRequest(const QString& folder, const RequestSpec& spec)
{
    const auto created = push(new CreateCommand(this, tr("New Request"), [folder, spec](StoreError* error) {
        return collection_store::createRequest(folder, spec, error);
    }));
    return created.value(0);
}

QString CollectionEditor::createFolder(const QString& parent, const QString& name)
{
    const auto created = push(new CreateCommand(this, tr("New Folder"), [parent, name](StoreError* error) {
        return collection_store::createFolder(parent, name, error);
    }));
    return created.value(0);
}

QString CollectionEditor::rename(const QString& path, const QString& newName)
{
    if (QFileInfo(path).isDir()) {
        return push(new RelocateCommand(this, tr("Rename “%1”").arg(displayName(path)), path,
                                        [path, newName](StoreError* error) {
                                            return collection_store::renameFolder(path, newName, error);
                                        }))
            .value(0);
    }
    return push(new RenameRequestCommand(this, path, newName)).value(0);
}

QString CollectionEditor::duplicate(const QString& path)
{
    const auto created =
        push(new CreateCommand(this, tr("Duplicate “%1”").arg(displayName(path)),
                               [path](StoreError* error) { return collection_store::duplicate(path, error); }));
    return created.value(0);
}

bool CollectionEditor::remove(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    if (paths.size() == 1) {
        push(new DeleteCommand(this, paths.first()));
        return !failed_;
    }
    std::vector<std::unique_ptr<FileCommand>> steps;
    for (const QString& path : paths)
        steps.push_back(std::make_unique<DeleteCommand>(this, path));
    push(new BatchCommand(this, tr("Delete %n item(s)", nullptr, int(paths.size())), std::move(steps)));
    return !failed_;
}

QStringList CollectionEditor::move(const QStringList& paths, const QString& targetFolder)
{
    std::vector<std::unique_ptr<FileCommand>> steps;
    const QString target = QDir::cleanPath(targetFolder);
    for (const QString& path : paths) {
        if (QDir::cleanPath(QFileInfo(path).absolutePath()) == target)
            continue; // already there
        steps.push_back(std::make_unique<RelocateCommand>(this, QString(), path, [path, target](StoreError* error) {
            return collection_store::move(path, target, error);
        }));
    }
    if (steps.empty())
        return {};
    return push(new BatchCommand(this, tr("Move %n item(s)", nullptr, int(steps.size())), std::move(steps)));
}

QStringList CollectionEditor::copy(const QStringList& paths, const QString& targetFolder)
{
    std::vector<std::unique_ptr<FileCommand>> steps;
    for (const QString& path : paths) {
        steps.push_back(std::make_unique<CreateCommand>(this, QString(), [path, targetFolder](StoreError* error) {
            return collection_store::copyInto(path, targetFolder, error);
        }));
    }
    if (steps.empty())
        return {};
    return push(new BatchCommand(this, tr("Copy %n item(s)", nullptr, int(steps.size())), std::move(steps)));
}

void CollectionEditor::reportError(const StoreError& error)
{
    failed_ = true;
    emit failed(error.message());
}

void CollectionEditor::produced(const QString& path)
{
    produced_.append(path);
}

void CollectionEditor::wrote(const QStringList& paths)
{
    emit pathsChanged(paths);
}

void CollectionEditor::relocated(const QString& oldPath, const QString& newPath)
{
    emit pathsChanged({oldPath, newPath});
    emit pathMoved(oldPath, newPath);
    if (!QFileInfo(newPath).isDir()) {
        if (newPath.endsWith(kRequestFileSuffix))
            emit requestFileMoved(oldPath, newPath);
        return;
    }
    const QDir moved(newPath);
    QDirIterator it(newPath, {QStringLiteral("*") + kRequestFileSuffix}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        emit requestFileMoved(QDir(oldPath).filePath(moved.relativeFilePath(file)), file);
    }
}

void CollectionEditor::removed(const StoreSnapshot& snapshot)
{
    emit pathsChanged({snapshot.path});
    for (const QString& file : snapshot.requestFiles())
        emit requestFileRemoved(file);
}

} // namespace hinterscope
