#pragma once

#include "bridge/event_batch.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace hinterscope {

class BodyStore;
class EventQueue;

// The only place engine threads meet the GUI. The engine calls an observer (owned here) on its own threads;
// that observer appends each event to a locked vector and returns. A timer on the GUI thread swaps the
// vector out 40 times a second and emits it as one immutable batch. Body bytes go to the BodyStore on the
// way in, so batches stay small whatever is downloaded.
class EngineBridge : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{25};
    // A queue this long is drained at once instead of waiting for the next tick.
    static constexpr std::size_t kEarlyFlushEvents = 20'000;

    explicit EngineBridge(QObject* parent = nullptr);
    // With a store of the caller's (its memory threshold and budget).
    explicit EngineBridge(std::shared_ptr<BodyStore> bodies, QObject* parent = nullptr);
    ~EngineBridge() override;

    // Observes one session and its connect and request handles. The session existed before we listened,
    // so a HandleCreated for it is made up here, for the handle tree's root. False when `session` is not a
    // session handle.
    bool attach(HINTERNET session);
    // Observes everything the process's engine does (sessions attached one by one are dropped first).
    void attachGlobal();
    // Stops observing; what was queued is still delivered (flush()).
    void detach();
    bool isAttached() const;

    BodyStore& bodyStore() const { return *bodyStore_; }
    std::shared_ptr<BodyStore> sharedBodyStore() const { return bodyStore_; }
    // The engine-side observer: what attach() registers. Tests feed it directly from their own threads.
    std::shared_ptr<hinternet::trace::Observer> observer() const;

    // Whether the engine hands this bridge credentials (Authorization, Cookie, Set-Cookie) as they were on the
    // wire. Off by default: they arrive masked with '*'. Applies to what is traced from now on.
    void setRevealSecrets(bool reveal);
    bool revealsSecrets() const;

    // Events lost because the GUI thread did not drain the queue (see EventQueue::kDefaultCapacity).
    quint64 droppedEvents() const;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

public slots:
    // Drains the queue now and emits eventsArrived when it held anything. GUI thread only.
    void flush();

signals:
    void eventsArrived(const hinterscope::EventBatch& batch);
    // After a flush that found events dropped since the last one; `total` counts since the start.
    void eventsDropped(quint64 total);

private:
    void removeObservers();

    std::shared_ptr<BodyStore> bodyStore_;
    std::shared_ptr<EventQueue> queue_;
    QTimer timer_;
    std::vector<HINTERNET> sessions_;
    bool global_ = false;
    std::uint64_t origin_ns_ = 0;
    quint64 droppedReported_ = 0;
};

} // namespace hinterscope
