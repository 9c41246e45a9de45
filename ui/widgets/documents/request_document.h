#pragma once

#include "request/request_spec.h"
#include "widgets/documents/file_stamp.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hinterscope {

// One open request: what the composer holds for it now, what its file held when last loaded or saved, and
// the file it belongs to. A document without a file is a new request, one from the history, or a copy of a
// read-only request (the Tour in the resources, `sourcePath()` ":/tour/…"); saving it asks for a path.
//
// Dirty means "closing it would lose something": the request differs from the saved one, or its file was
// deleted on disk (saving re-creates it).
class RequestDocument {
    Q_DECLARE_TR_FUNCTIONS(RequestDocument)

public:
    // `origin` is the path it was opened from: a writable file, a resource path, or empty.
    RequestDocument(const RequestSpec& spec, const QString& origin, const FileStamp& stamp = {});

    const RequestSpec& spec() const { return spec_; }
    const RequestSpec& savedSpec() const { return saved_; }
    // The user's edits (the composer's spec()).
    void setSpec(const RequestSpec& spec) { spec_ = spec; }
    // How the composer shows the saved request. A composer may tidy what it loads (a params table that
    // disagrees with the URL); undoing every edit then returns to this, which counts as clean too.
    void setSavedSpecAsShown(const RequestSpec& shown) { savedAsShown_ = shown; }

    // The file a save writes to; empty when there is none (saving asks for one).
    const QString& filePath() const { return filePath_; }
    // Where the request came from: filePath(), or a read-only source such as ":/tour/01-get.request.json".
    const QString& sourcePath() const { return sourcePath_; }
    bool hasFile() const { return !filePath_.isEmpty(); }
    // The file or folder holding it moved (the collection tree renamed it).
    void setFilePath(const QString& path);

    bool hasEdits() const;
    bool isMissingOnDisk() const { return missingOnDisk_; }
    void setMissingOnDisk(bool missing) { missingOnDisk_ = missing; }
    bool isDirty() const { return hasEdits() || missingOnDisk_; }

    // The file as we last read or wrote it.
    const FileStamp& diskStamp() const { return stamp_; }
    void setDiskStamp(const FileStamp& stamp) { stamp_ = stamp; }

    // The file on disk became `spec` and the edits are dropped (a reload).
    void reload(const RequestSpec& spec, const FileStamp& stamp);
    // `spec` was written to `path`: it is the saved state now.
    void markSaved(const QString& path, const RequestSpec& spec, const FileStamp& stamp);
    // The file changed on disk but the user keeps their edits: the disk's version is what they now differ
    // from, so the next save overwrites it and closing still asks.
    void keepEditsOver(const RequestSpec& diskSpec, const FileStamp& stamp);

    // The request's name, or "Untitled".
    QString displayName() const;
    // A writable request file path (not a Qt resource).
    static bool isWritablePath(const QString& path);

private:
    RequestSpec spec_;
    RequestSpec saved_;
    std::optional<RequestSpec> savedAsShown_;
    QString filePath_;
    QString sourcePath_;
    FileStamp stamp_;
    bool missingOnDisk_ = false;
};

} // namespace hinterscope
