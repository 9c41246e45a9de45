#include "request/request_payload.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QUuid>

#include <cstring>

namespace hinterscope {
namespace {

QByteArray formComponent(const QString& text)
{
    return QUrl::toPercentEncoding(text, " ").replace(' ', '+');
}

// A quoted-string for Content-Disposition parameters; CR, LF and '"' cannot appear in one.
QByteArray dispositionValue(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return utf8;
}

} // namespace

QByteArray formUrlEncoded(const QList<KeyValueRow>& rows)
{
    QByteArray encoded;
    for (const auto& row : rows) {
        if (!row.enabled || row.name.isEmpty())
            continue;
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += formComponent(row.name) + '=' + formComponent(row.value);
    }
    return encoded;
}

void RequestPayload::addBytes(QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    // Adjacent in-memory pieces are merged so small bodies stay one WinHttpSendRequest buffer.
    if (!segments_.empty() && segments_.back().filePath.isEmpty()) {
        segments_.back().bytes += bytes;
        segments_.back().size = segments_.back().bytes.size();
    } else {
        const qint64 size = bytes.size();
        segments_.push_back(Segment{std::move(bytes), QString(), size});
    }
    size_ = 0;
    for (const auto& segment : segments_)
        size_ += segment.size;
}

bool RequestPayload::addFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        if (error != nullptr)
            *error = QObject::tr("Cannot read the body file %1: %2")
                         .arg(path, !info.exists() ? QObject::tr("it does not exist")
                                                   : QObject::tr("it is not a readable file"));
        return false;
    }
    segments_.push_back(Segment{QByteArray(), path, info.size()});
    size_ += info.size();
    return true;
}

std::unique_ptr<RequestPayload> RequestPayload::build(const RequestBodySpec& body, QString* error)
{
    auto payload = std::unique_ptr<RequestPayload>(new RequestPayload);
    switch (body.mode) {
    case BodyMode::None:
        break;
    case BodyMode::Raw:
        payload->addBytes(body.text.toUtf8());
        payload->contentType_ = body.contentType;
        break;
    case BodyMode::Json:
        payload->addBytes(body.text.toUtf8());
        payload->contentType_ = body.contentType.isEmpty() ? QStringLiteral("application/json") : body.contentType;
        break;
    case BodyMode::FormUrlEncoded:
        payload->addBytes(formUrlEncoded(body.form));
        payload->contentType_ = QStringLiteral("application/x-www-form-urlencoded");
        break;
    case BodyMode::Multipart: {
        const QByteArray boundary = "----hinterscope-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        static const QMimeDatabase mimeTypes;
        for (const auto& part : body.parts) {
            if (!part.enabled || part.name.isEmpty())
                continue;
            QByteArray head =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(part.name) + '"';
            if (part.isFile) {
                const QString fileName = part.fileName.isEmpty() ? QFileInfo(part.value).fileName() : part.fileName;
                const QString type =
                    part.contentType.isEmpty() ? mimeTypes.mimeTypeForFile(part.value).name() : part.contentType;
                head += "; filename=\"" + dispositionValue(fileName) + "\"\r\nContent-Type: " + type.toUtf8();
            } else if (!part.contentType.isEmpty()) {
                head += "\r\nContent-Type: " + part.contentType.toUtf8();
            }
            payload->addBytes(head + "\r\n\r\n");
            if (part.isFile) {
                if (!payload->addFile(part.value, error))
                    return nullptr;
            } else {
                payload->addBytes(part.value.toUtf8());
            }
            payload->addBytes("\r\n");
        }
        payload->addBytes("--" + boundary + "--\r\n");
        payload->contentType_ = QStringLiteral("multipart/form-data; boundary=") + QString::fromLatin1(boundary);
        break;
    }
    case BodyMode::BinaryFile:
        if (body.filePath.isEmpty()) {
            if (error != nullptr)
                *error = QObject::tr("Choose a file for the binary body.");
            return nullptr;
        }
        if (!payload->addFile(body.filePath, error))
            return nullptr;
        payload->contentType_ = body.contentType;
        break;
    }
    return payload;
}

RequestPayload::Reader::Reader(const RequestPayload& payload)
    : payload_(payload)
{}

RequestPayload::Reader::~Reader() = default;

qint64 RequestPayload::Reader::read(char* buffer, qint64 capacity)
{
    qint64 filled = 0;
    while (filled < capacity && segment_ < payload_.segments_.size()) {
        const Segment& segment = payload_.segments_[segment_];
        const qint64 wanted = std::min(capacity - filled, segment.size - offset_);
        if (segment.filePath.isEmpty()) {
            std::memcpy(buffer + filled, segment.bytes.constData() + offset_, static_cast<std::size_t>(wanted));
        } else {
            if (!file_) {
                file_ = std::make_unique<QFile>(segment.filePath);
                if (!file_->open(QIODevice::ReadOnly) || file_->size() != segment.size) {
                    error_ = QObject::tr("The body file %1 could not be read or changed size while sending")
                                 .arg(segment.filePath);
                    return -1;
                }
            }
            if (file_->read(buffer + filled, wanted) != wanted) {
                error_ = QObject::tr("Reading %1 failed: %2").arg(segment.filePath, file_->errorString());
                return -1;
            }
        }
        filled += wanted;
        offset_ += wanted;
        if (offset_ == segment.size) {
            ++segment_;
            offset_ = 0;
            file_.reset();
        }
    }
    return filled;
}

} // namespace hinterscope
