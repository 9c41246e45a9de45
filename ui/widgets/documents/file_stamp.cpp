#include "widgets/documents/file_stamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace hinterscope {

FileStamp FileStamp::of(const QString& path)
{
    FileStamp stamp;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modified = info.lastModified(QTimeZone::UTC);
    if (stamp.size <= kMaxHashedSize) {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            stamp.hash = hash.result();
    }
    return stamp;
}

bool FileStamp::sameContentAs(const FileStamp& other) const
{
    if (exists != other.exists)
        return false;
    if (!exists)
        return true;
    if (size != other.size)
        return false;
    if (!hash.isEmpty() && !other.hash.isEmpty())
        return hash == other.hash;
    return modified == other.modified;
}

} // namespace hinterscope
