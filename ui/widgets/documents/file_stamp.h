#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hinterscope {

// What a request file looked like when we last read or wrote it, so a change notification can be told apart
// from our own save (same content) and from a touch or a checkout that rewrote the same bytes.
struct FileStamp {
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    QByteArray hash; // SHA-256 of the contents; empty when the file was too large to hash or unreadable

    // Files above this size are compared by size and modification time only: request files are a few KiB,
    // and a stamp must never keep the GUI thread busy.
    static constexpr qint64 kMaxHashedSize = 8 * 1024 * 1024;

    static FileStamp of(const QString& path);
    // True when both stamps describe the same bytes (by hash where both have one).
    bool sameContentAs(const FileStamp& other) const;
};

} // namespace hinterscope
