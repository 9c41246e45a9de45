#pragma once

// The bytes a RequestSpec's body sends: text and form data in memory, files as whole-file segments read
// when sending, so a large upload streams from disk with WinHttpWriteData instead of being loaded.
#include "request/request_spec.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace hinterscope {

class RequestPayload {
public:
    struct Segment {
        QByteArray bytes; // used when filePath is empty
        QString filePath;
        qint64 size = 0;
    };

    // Builds the payload; files are measured (not read) here. On failure *error names the file and why.
    static std::unique_ptr<RequestPayload> build(const RequestBodySpec& body, QString* error);

    bool isEmpty() const { return size_ == 0; }
    qint64 size() const { return size_; }
    // What the body implies ("application/json", the multipart boundary, …); empty when it implies none.
    const QString& contentType() const { return contentType_; }

    // Reads the segments in order; a file that changed size since build() is an error.
    class Reader {
    public:
        explicit Reader(const RequestPayload& payload);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;
        // Up to `capacity` bytes into `buffer`; 0 at the end, -1 on error (see error()).
        qint64 read(char* buffer, qint64 capacity);
        const QString& error() const { return error_; }

    private:
        const RequestPayload& payload_;
        std::size_t segment_ = 0;
        qint64 offset_ = 0;
        std::unique_ptr<QFile> file_;
        QString error_;
    };

private:
    void addBytes(QByteArray bytes);
    bool addFile(const QString& path, QString* error);

    std::vector<Segment> segments_;
    qint64 size_ = 0;
    QString contentType_;
};

// application/x-www-form-urlencoded bytes of the enabled rows (spaces as '+', as browsers send forms).
QByteArray formUrlEncoded(const QList<KeyValueRow>& rows);

} // namespace hinterscope
