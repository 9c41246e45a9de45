#include "bridge/body_store.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

namespace hinterscope {

namespace {

constexpr qint64 kSaveChunk = 1024 * 1024;

} // namespace

ResponseBody::ResponseBody(qint64 memoryThreshold, std::shared_ptr<std::atomic<qint64>> memoryInUse)
    : memoryThreshold_(memoryThreshold)
    , memoryInUse_(std::move(memoryInUse))
{}

ResponseBody::~ResponseBody()
{
    std::lock_guard lock(mutex_);
    releaseMemoryLocked();
}

qint64 ResponseBody::size() const
{
    std::lock_guard lock(mutex_);
    return size_;
}

bool ResponseBody::isSpooled() const
{
    std::lock_guard lock(mutex_);
    return spool_ != nullptr;
}

qint64 ResponseBody::memoryBytes() const
{
    std::lock_guard lock(mutex_);
    return memory_.size();
}

qint64 ResponseBody::droppedChunks() const
{
    std::lock_guard lock(mutex_);
    return dropped_;
}

QString ResponseBody::spoolError() const
{
    std::lock_guard lock(mutex_);
    return spoolError_;
}

void ResponseBody::releaseMemoryLocked()
{
    memoryInUse_->fetch_sub(memory_.size());
    memory_ = QByteArray();
}

bool ResponseBody::spoolLocked()
{
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/hinterscope-body-XXXXXX"));
    if (!file->open()) {
        spoolError_ = file->errorString();
        return false;
    }
    if (file->write(memory_) != memory_.size()) {
        spoolError_ = file->errorString();
        return false;
    }
    spool_ = std::move(file);
    releaseMemoryLocked();
    return true;
}

void ResponseBody::append(std::uint64_t offset, std::string_view bytes, bool overBudget)
{
    std::lock_guard lock(mutex_);
    const auto stored = static_cast<std::uint64_t>(size_);
    if (offset > stored || !spoolError_.isEmpty()) {
        ++dropped_;
        return;
    }
    const auto overlap = stored - offset;
    if (overlap >= bytes.size())
        return;
    bytes.remove_prefix(overlap);
    const auto length = static_cast<qint64>(bytes.size());

    if (!spool_ && (memory_.size() + length > memoryThreshold_ || overBudget) && !spoolLocked()) {
        ++dropped_; // no file to grow into: stop here rather than grow memory without bound
        return;
    }
    if (spool_) {
        // Reads move the position; appends always go to the end.
        if (!spool_->seek(size_) || spool_->write(bytes.data(), length) != length) {
            spoolError_ = spool_->errorString();
            ++dropped_;
            return;
        }
    } else {
        memory_.append(bytes.data(), length);
        memoryInUse_->fetch_add(length);
    }
    size_ += length;
}

QByteArray ResponseBody::read(qint64 offset, qint64 length) const
{
    std::lock_guard lock(mutex_);
    if (offset < 0 || length <= 0 || offset >= size_)
        return {};
    length = std::min({length, size_ - offset, kMaxReadLength});
    if (!spool_)
        return memory_.mid(offset, length);
    if (!spool_->seek(offset))
        return {};
    return spool_->read(length);
}

bool ResponseBody::saveTo(const QString& path, QString* error) const
{
    const auto fail = [error](const QString& why) {
        if (error != nullptr)
            *error = why;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const qint64 total = size(); // bytes arriving while saving belong to a later save
    for (qint64 offset = 0; offset < total; offset += kSaveChunk) {
        const auto chunk = read(offset, std::min(kSaveChunk, total - offset));
        if (chunk.isEmpty())
            return fail(QStringLiteral("the body could not be read back at offset %1").arg(offset));
        if (file.write(chunk) != chunk.size())
            return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

BodyStore::BodyStore(qint64 memoryThreshold, qint64 memoryBudget)
    : memoryThreshold_(memoryThreshold)
    , memoryBudget_(memoryBudget)
{}

void BodyStore::append(quintptr handle, std::uint64_t offset, std::string_view bytes)
{
    if (bytes.empty())
        return;
    std::shared_ptr<ResponseBody> target;
    {
        std::lock_guard lock(mutex_);
        auto& slot = bodies_[handle];
        if (!slot)
            slot.reset(new ResponseBody(memoryThreshold_, memoryInUse_));
        target = slot;
    }
    const bool overBudget = memoryInUse_->load() + static_cast<qint64>(bytes.size()) > memoryBudget_;
    target->append(offset, bytes, overBudget);
}

std::shared_ptr<ResponseBody> BodyStore::body(quintptr handle) const
{
    std::lock_guard lock(mutex_);
    const auto found = bodies_.find(handle);
    return found == bodies_.end() ? nullptr : found->second;
}

qint64 BodyStore::size(quintptr handle) const
{
    const auto found = body(handle);
    return found ? found->size() : 0;
}

QByteArray BodyStore::read(quintptr handle, qint64 offset, qint64 length) const
{
    const auto found = body(handle);
    return found ? found->read(offset, length) : QByteArray();
}

bool BodyStore::saveTo(quintptr handle, const QString& path, QString* error) const
{
    if (const auto found = body(handle))
        return found->saveTo(path, error);
    // Nothing arrived: an empty file is the truthful copy.
    return ResponseBody(memoryThreshold_, memoryInUse_).saveTo(path, error);
}

QList<quintptr> BodyStore::handles() const
{
    std::lock_guard lock(mutex_);
    QList<quintptr> result;
    result.reserve(static_cast<qsizetype>(bodies_.size()));
    for (const auto& [handle, body] : bodies_)
        result.append(handle);
    std::sort(result.begin(), result.end());
    return result;
}

void BodyStore::remove(quintptr handle)
{
    std::shared_ptr<ResponseBody> dropped; // destroyed outside the lock
    std::lock_guard lock(mutex_);
    if (const auto found = bodies_.find(handle); found != bodies_.end()) {
        dropped = std::move(found->second);
        bodies_.erase(found);
    }
}

void BodyStore::clear()
{
    std::unordered_map<quintptr, std::shared_ptr<ResponseBody>> dropped;
    std::lock_guard lock(mutex_);
    dropped.swap(bodies_);
}

} // namespace hinterscope
