#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QThreadPool;

namespace hinterscope {

class ChunkConsumer;
class ResponseBody;

// Feeds a growing ResponseBody to a ChunkConsumer on a worker thread, chunk by chunk, and resumes where it
// stopped when poke() says more bytes may be there. Lives on the GUI thread; only one run is in flight at a
// time, so the consumer never sees two threads. Destroying the pump cancels its run; the run holds the body
// and consumer itself, so nothing it touches dies under it, and its late signals die with the watcher.
class BodyPump : public QObject {
    Q_OBJECT

public:
    BodyPump(std::shared_ptr<ResponseBody> body, std::shared_ptr<ChunkConsumer> consumer, QThreadPool* pool,
             QObject* parent = nullptr);
    ~BodyPump() override;

    // More bytes may have arrived: start a run if none is going and some are unread.
    void poke();
    // The body will not grow any more: once everything is consumed, the consumer's finish() runs.
    void setComplete();

    qint64 consumed() const;
    bool isRunning() const { return running_; }
    // finish() ran, or the consumer refused more input.
    bool isDone() const;
    bool wasStopped() const;

    static constexpr qint64 kChunkSize = 1024 * 1024;

signals:
    // Bytes were consumed (throttled by QFuture to at most 25 per second).
    void progressed();
    // The consumer has finished or stopped; emitted once.
    void done();

private:
    struct Shared;

    void start();
    void runEnded();

    std::shared_ptr<ResponseBody> body_;
    std::shared_ptr<ChunkConsumer> consumer_;
    std::shared_ptr<Shared> shared_;
    QThreadPool* pool_;
    QFutureWatcher<void> watcher_;
    bool running_ = false;
    bool complete_ = false;
    bool doneSignalled_ = false;
};

} // namespace hinterscope
