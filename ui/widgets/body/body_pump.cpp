#include "widgets/body/body_pump.h"

#include "bridge/body_store.h"
#include "widgets/body/chunk_consumer.h"

#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <climits>

namespace hinterscope {

struct BodyPump::Shared {
    std::atomic<qint64> consumed{0};
    std::atomic<bool> done{false};
    std::atomic<bool> stopped{false};
};

BodyPump::BodyPump(std::shared_ptr<ResponseBody> body, std::shared_ptr<ChunkConsumer> consumer, QThreadPool* pool,
                   QObject* parent)
    : QObject(parent)
    , body_(std::move(body))
    , consumer_(std::move(consumer))
    , shared_(std::make_shared<Shared>())
    , pool_(pool)
{
    connect(&watcher_, &QFutureWatcher<void>::progressValueChanged, this, &BodyPump::progressed);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, &BodyPump::runEnded);
}

BodyPump::~BodyPump()
{
    watcher_.disconnect(this);
    watcher_.future().cancel();
}

qint64 BodyPump::consumed() const
{
    return shared_->consumed.load();
}

bool BodyPump::isDone() const
{
    return shared_->done.load();
}

bool BodyPump::wasStopped() const
{
    return shared_->stopped.load();
}

void BodyPump::poke()
{
    if (running_ || isDone() || !body_)
        return;
    if (consumed() < body_->size() || complete_)
        start();
}

void BodyPump::setComplete()
{
    complete_ = true;
    poke();
}

void BodyPump::start()
{
    running_ = true;
    auto promise = std::make_shared<QPromise<void>>();
    promise->setProgressRange(0, INT_MAX);
    promise->start();
    watcher_.setFuture(promise->future());
    pool_->start([promise, body = body_, consumer = consumer_, shared = shared_, complete = complete_] {
        qint64 offset = shared->consumed.load();
        int tick = 0;
        while (!promise->isCanceled()) {
            const qint64 available = body->size();
            if (offset >= available)
                break;
            const QByteArray chunk = body->read(offset, std::min(kChunkSize, available - offset));
            if (chunk.isEmpty()) {
                // The spool failed under us. What was read stays valid; a complete body will not heal.
                if (complete)
                    shared->stopped = shared->done = true;
                break;
            }
            if (!consumer->consume(chunk, offset)) {
                shared->stopped = true;
                shared->done = true;
                break;
            }
            offset += chunk.size();
            shared->consumed = offset;
            promise->setProgressValue(++tick);
        }
        if (!promise->isCanceled() && !shared->done && complete && offset >= body->size()) {
            consumer->finish();
            shared->done = true;
        }
        promise->finish();
    });
}

void BodyPump::runEnded()
{
    running_ = false;
    if (isDone()) {
        if (!doneSignalled_) {
            doneSignalled_ = true;
            emit done();
        }
        return;
    }
    emit progressed();
    // Bytes that came during the run, or completion announced during it, need another run.
    if (consumed() < body_->size() || complete_)
        start();
}

} // namespace hinterscope
