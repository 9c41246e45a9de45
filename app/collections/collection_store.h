#pragma once

// Editing a collection on disk (docs/collection-editing.md): create, rename, duplicate, move and delete
// requests and folders. Each operation either happens completely or leaves the disk as it was, and reports
// the path and reason when it cannot. Files are written through saveFileAtomically (QSaveFile); moves and
// folder renames are renames, so git sees the same bytes under a new name.
#include "request/request_spec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hinterscope {

struct StoreError {
    QString path;
    QString reason;
    QString location; // "line:column" in a file that is not valid JSON, else empty

    // "path: reason", or "path:line:column: reason".
    QString message() const
    {
        if (path.isEmpty())
            return reason;
        return location.isEmpty() ? QStringLiteral("%1: %2").arg(path, reason)
                                  : QStringLiteral("%1:%2: %3").arg(path, location, reason);
    }
};

// What was at `path` (a file or a whole folder), byte for byte, so it can be put back exactly.
struct StoreSnapshot {
    enum class Kind { File, Folder, Link };
    struct Entry {
        QString relativePath; // empty for `path` itself; folders come before what they hold
        Kind kind = Kind::File;
        QByteArray bytes;   // files
        QString linkTarget; // symbolic links, kept as links
    };
    QString path;
    QList<Entry> entries;

    bool isFolder() const { return !entries.isEmpty() && entries.first().kind == Kind::Folder; }
    // Every *.request.json in the snapshot, as absolute paths.
    QStringList requestFiles() const;
};

namespace collection_store {

// Snapshots larger than this are refused: a delete that could not be undone is not offered.
inline constexpr qint64 kMaxSnapshotBytes = 64 * 1024 * 1024;

// A file-name stem from a request's name: lower case letters and digits joined by '-' ("Get user #1" →
// "get-user-1"), never empty, never a name Windows reserves.
QString fileStemForName(const QString& name);
// A folder name from what the user typed: characters no file system accepts become '-'.
QString folderNameFor(const QString& name);
// "01-" of "01-login.request.json" (digits and one of "-_. "), or empty.
QString numberingPrefix(const QString& fileName);

// A path in `folder` for `stem` + `suffix` that no entry uses (compared without case, for clones on
// case-insensitive file systems): stem, stem-2, stem-3, … `ignore` is a path that may be reused (the file
// being renamed).
QString uniquePath(const QString& folder, const QString& stem, const QString& suffix,
                   const QString& separator = QStringLiteral("-"), const QString& ignore = {});

// Each returns the new path, or nothing with *error filled.
// A new request file named from spec.name; where the folder's requests are all numbered, the next number.
std::optional<QString> createRequest(const QString& folder, const RequestSpec& spec, StoreError* error);
std::optional<QString> createFolder(const QString& parent, const QString& name, StoreError* error);
// The name inside the file and the file name (its numbering prefix kept); everything else in the file stays.
std::optional<QString> renameRequest(const QString& path, const QString& newName, StoreError* error);
std::optional<QString> renameFolder(const QString& path, const QString& newName, StoreError* error);
// "Login" → "Login copy" next to it; a folder is copied whole ("users copy"), its requests keep their names.
std::optional<QString> duplicate(const QString& path, StoreError* error);
// Into `targetFolder` under the same file name (made unique there); across collections too. A folder cannot
// go into itself. Moving to where it already is returns the path unchanged.
std::optional<QString> move(const QString& path, const QString& targetFolder, StoreError* error);
// Like move, but the source stays (dragging out of a read-only collection such as the Tour).
std::optional<QString> copyInto(const QString& path, const QString& targetFolder, StoreError* error);
// Renames `from` to exactly `to`, which must not exist.
bool relocate(const QString& from, const QString& to, StoreError* error);

std::optional<StoreSnapshot> snapshot(const QString& path, StoreError* error);
// Deletes `path` (file or folder) and returns what it was.
std::optional<StoreSnapshot> remove(const QString& path, StoreError* error);
// Puts a snapshot back; its path must not exist. Missing parent folders are made.
bool restore(const StoreSnapshot& snapshot, StoreError* error);

} // namespace collection_store
} // namespace hinterscope
