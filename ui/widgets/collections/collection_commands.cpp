#include "widgets/collections/collection_commands.h"

#include "collections/request_file.h"
#include "widgets/collections/collection_editor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace hinterscope {
namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

StoreSnapshot fileSnapshot(const QString& path, const QByteArray& bytes)
{
    return {path, {{QString(), StoreSnapshot::Kind::File, bytes, QString()}}};
}

} // namespace

FileCommand::FileCommand(CollectionEditor* editor, const QString& text)
    : editor_(editor)
{
    setText(text);
}

void FileCommand::redo()
{
    if (!forward())
        setObsolete(true);
}

void FileCommand::undo()
{
    if (!backward())
        setObsolete(true);
}

CreateCommand::CreateCommand(CollectionEditor* editor, const QString& text, Create create)
    : FileCommand(editor, text)
    , create_(std::move(create))
{}

bool CreateCommand::forward()
{
    StoreError error;
    if (removed_) {
        if (!collection_store::restore(*removed_, &error)) {
            editor_->reportError(error);
            return false;
        }
        removed_.reset();
    } else {
        const auto path = create_(&error);
        if (!path) {
            editor_->reportError(error);
            return false;
        }
        path_ = *path;
    }
    editor_->produced(path_);
    editor_->wrote({path_});
    return true;
}

bool CreateCommand::backward()
{
    StoreError error;
    removed_ = collection_store::remove(path_, &error);
    if (!removed_) {
        editor_->reportError(error);
        return false;
    }
    editor_->removed(*removed_);
    return true;
}

DeleteCommand::DeleteCommand(CollectionEditor* editor, const QString& path)
    : FileCommand(editor, CollectionEditor::tr("Delete “%1”").arg(QFileInfo(path).fileName()))
    , path_(path)
{}

bool DeleteCommand::forward()
{
    StoreError error;
    removed_ = collection_store::remove(path_, &error);
    if (!removed_) {
        editor_->reportError(error);
        return false;
    }
    editor_->removed(*removed_);
    return true;
}

bool DeleteCommand::backward()
{
    StoreError error;
    if (!removed_ || !collection_store::restore(*removed_, &error)) {
        editor_->reportError(error);
        return false;
    }
    editor_->wrote({path_});
    return true;
}

RelocateCommand::RelocateCommand(CollectionEditor* editor, const QString& text, const QString& from, Relocate relocate)
    : FileCommand(editor, text)
    , from_(from)
    , relocate_(std::move(relocate))
{}

bool RelocateCommand::forward()
{
    StoreError error;
    if (to_.isEmpty()) {
        const auto to = relocate_(&error);
        if (!to) {
            editor_->reportError(error);
            return false;
        }
        to_ = *to;
    } else if (!collection_store::relocate(from_, to_, &error)) {
        editor_->reportError(error);
        return false;
    }
    editor_->produced(to_);
    if (to_ != from_)
        editor_->relocated(from_, to_);
    return true;
}

bool RelocateCommand::backward()
{
    if (to_ == from_)
        return true;
    StoreError error;
    if (!collection_store::relocate(to_, from_, &error)) {
        editor_->reportError(error);
        return false;
    }
    editor_->relocated(to_, from_);
    return true;
}

RenameRequestCommand::RenameRequestCommand(CollectionEditor* editor, const QString& path, const QString& newName)
    : FileCommand(editor, CollectionEditor::tr("Rename “%1”").arg(QFileInfo(path).fileName()))
    , oldPath_(path)
    , newName_(newName)
{}

namespace {

// Replaces the file at `from` by `to`: the exact bytes when `from` still holds what the last step left there,
// otherwise a rename that keeps what was saved in between.
std::optional<QString> swapRequest(const QString& from, const QByteArray& expected, const QString& to,
                                   const QByteArray& toBytes, const QString& toName, StoreError* error)
{
    if (bytesOf(from) == expected) {
        const auto removed = collection_store::remove(from, error);
        if (!removed)
            return std::nullopt;
        if (!collection_store::restore(fileSnapshot(to, toBytes), error)) {
            collection_store::restore(*removed, nullptr);
            return std::nullopt;
        }
        return to;
    }
    auto renamed = collection_store::renameRequest(from, toName, error);
    if (renamed && *renamed != to && !QFileInfo::exists(to) && collection_store::relocate(*renamed, to, nullptr))
        renamed = to;
    return renamed;
}

} // namespace

bool RenameRequestCommand::forward()
{
    StoreError error;
    if (!done_) {
        oldBytes_ = bytesOf(oldPath_);
        oldName_ = QJsonDocument::fromJson(oldBytes_).object().value(QStringLiteral("name")).toString();
        const auto renamed = collection_store::renameRequest(oldPath_, newName_, &error);
        if (!renamed) {
            editor_->reportError(error);
            return false;
        }
        newPath_ = *renamed;
        newBytes_ = bytesOf(newPath_);
        done_ = true;
    } else {
        const auto renamed = swapRequest(oldPath_, oldBytes_, newPath_, newBytes_, newName_, &error);
        if (!renamed) {
            editor_->reportError(error);
            return false;
        }
        newPath_ = *renamed;
    }
    editor_->produced(newPath_);
    editor_->wrote({newPath_});
    if (newPath_ != oldPath_)
        editor_->relocated(oldPath_, newPath_);
    return true;
}

bool RenameRequestCommand::backward()
{
    StoreError error;
    const auto restored = swapRequest(newPath_, newBytes_, oldPath_, oldBytes_, oldName_, &error);
    if (!restored) {
        editor_->reportError(error);
        return false;
    }
    oldPath_ = *restored;
    editor_->wrote({oldPath_});
    if (newPath_ != oldPath_)
        editor_->relocated(newPath_, oldPath_);
    return true;
}

BatchCommand::BatchCommand(CollectionEditor* editor, const QString& text,
                           std::vector<std::unique_ptr<FileCommand>> steps)
    : FileCommand(editor, text)
    , steps_(std::move(steps))
{}

bool BatchCommand::forward()
{
    for (size_t done = 0; done < steps_.size(); ++done) {
        if (steps_[done]->forward())
            continue;
        while (done-- > 0)
            steps_[done]->backward();
        return false;
    }
    return true;
}

bool BatchCommand::backward()
{
    for (size_t undone = steps_.size(); undone-- > 0;) {
        if (steps_[undone]->backward())
            continue;
        while (++undone < steps_.size())
            steps_[undone]->forward();
        return false;
    }
    return true;
}

} // namespace hinterscope
