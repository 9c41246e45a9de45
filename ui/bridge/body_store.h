#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>

class QTemporaryFile;

namespace hinterscope {

// One response body as it streams in: kept in memory up to a threshold, then spooled to a temporary file
// (what was in memory is written first, so the file holds the whole body). Appends come from engine
// threads, reads from the GUI; every member is thread-safe. Memory stays bounded however large the body.
class ResponseBody {
public:
    ~ResponseBody();
    ResponseBody(const ResponseBody&) = delete;
    ResponseBody& operator=(const ResponseBody&) = delete;

    qint64 size() const;
    // At most kMaxReadLength bytes from `offset`; fewer at the end, empty past it.
    QByteArray read(qint64 offset, qint64 length) const;
    // Writes the body as it is now to `path` atomically (QSaveFile): the file appears complete or not at all.
    bool saveTo(const QString& path, QString* error) const;

    bool isSpooled() const;
    qint64 memoryBytes() const;
    // Chunks that could not be placed: a gap in the offsets, or the spool file failing.
    qint64 droppedChunks() const;
    // Why spooling failed; empty while it works.
    QString spoolError() const;

    static constexpr qint64 kMaxReadLength = 64 * 1024 * 1024;

private:
    friend class BodyStore;
    ResponseBody(qint64 memoryThreshold, std::shared_ptr<std::atomic<qint64>> memoryInUse);

    // Places `bytes` at stream `offset`. Overlaps with what is stored are skipped (the engine may report the
    // same bytes twice); a chunk that would leave a gap is dropped.
    void append(std::uint64_t offset, std::string_view bytes, bool overBudget);
    bool spoolLocked();
    void releaseMemoryLocked();

    const qint64 memoryThreshold_;
    const std::shared_ptr<std::atomic<qint64>> memoryInUse_;
    mutable std::mutex mutex_;
    QByteArray memory_;
    std::unique_ptr<QTemporaryFile> spool_;
    qint64 size_ = 0;
    qint64 dropped_ = 0;
    QString spoolError_;
};

// The bodies of every traced request, by request handle. The bridge appends on engine threads; viewers
// take a body with body() and read it whenever they like (a body taken stays valid after remove()).
class BodyStore {
public:
    static constexpr qint64 kDefaultMemoryThreshold = 4 * 1024 * 1024;
    // All bodies together: past it, the body being appended to goes to its file early.
    static constexpr qint64 kDefaultMemoryBudget = 64 * 1024 * 1024;

    explicit BodyStore(qint64 memoryThreshold = kDefaultMemoryThreshold, qint64 memoryBudget = kDefaultMemoryBudget);
    BodyStore(const BodyStore&) = delete;
    BodyStore& operator=(const BodyStore&) = delete;

    void append(quintptr handle, std::uint64_t offset, std::string_view bytes);

    std::shared_ptr<ResponseBody> body(quintptr handle) const; // null when no byte arrived for it
    qint64 size(quintptr handle) const;
    QByteArray read(quintptr handle, qint64 offset, qint64 length) const;
    bool saveTo(quintptr handle, const QString& path, QString* error) const;

    QList<quintptr> handles() const;
    void remove(quintptr handle);
    void clear();
    // Bytes held in memory by every body still alive (spooled ones hold none).
    qint64 memoryInUse() const { return memoryInUse_->load(); }

private:
    const qint64 memoryThreshold_;
    const qint64 memoryBudget_;
    const std::shared_ptr<std::atomic<qint64>> memoryInUse_ = std::make_shared<std::atomic<qint64>>(0);
    mutable std::mutex mutex_;
    std::unordered_map<quintptr, std::shared_ptr<ResponseBody>> bodies_;
};

} // namespace hinterscope
