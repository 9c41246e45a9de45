#include "widgets/documents/request_document.h"

namespace hinterscope {

RequestDocument::RequestDocument(const RequestSpec& spec, const QString& origin, const FileStamp& stamp)
    : spec_(spec)
    , saved_(spec)
    , filePath_(isWritablePath(origin) ? origin : QString())
    , sourcePath_(origin)
    , stamp_(stamp)
{}

void RequestDocument::setFilePath(const QString& path)
{
    filePath_ = path;
    sourcePath_ = path;
}

bool RequestDocument::hasEdits() const
{
    return spec_ != saved_ && (!savedAsShown_ || spec_ != *savedAsShown_);
}

void RequestDocument::reload(const RequestSpec& spec, const FileStamp& stamp)
{
    spec_ = spec;
    saved_ = spec;
    savedAsShown_.reset();
    stamp_ = stamp;
    missingOnDisk_ = false;
}

void RequestDocument::markSaved(const QString& path, const RequestSpec& spec, const FileStamp& stamp)
{
    setFilePath(path);
    reload(spec, stamp);
}

void RequestDocument::keepEditsOver(const RequestSpec& diskSpec, const FileStamp& stamp)
{
    saved_ = diskSpec;
    savedAsShown_.reset();
    stamp_ = stamp;
    missingOnDisk_ = false;
}

QString RequestDocument::displayName() const
{
    const QString name = spec_.name.trimmed();
    return name.isEmpty() ? tr("Untitled") : name;
}

bool RequestDocument::isWritablePath(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(QLatin1Char(':'));
}

} // namespace hinterscope
