#include "bridge/engine_bridge.h"

#include "bridge/body_store.h"
#include "bridge/event_queue.h"

#include <QThread>

#include <winhttp.h>

#include <algorithm>
#include <unistd.h>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

std::uint64_t steadyNowNs()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

} // namespace

EngineBridge::EngineBridge(QObject* parent)
    : EngineBridge(std::make_shared<BodyStore>(), parent)
{}

EngineBridge::EngineBridge(std::shared_ptr<BodyStore> bodies, QObject* parent)
    : QObject(parent)
    , bodyStore_(bodies ? std::move(bodies) : std::make_shared<BodyStore>())
    , queue_(std::make_shared<EventQueue>(bodyStore_, kEarlyFlushEvents))
{
    qRegisterMetaType<EventBatch>();
    // Posting is all the wake-up does: the engine thread that fills the queue must not wait for the GUI.
    queue_->setWake([this] { QMetaObject::invokeMethod(this, &EngineBridge::flush, Qt::QueuedConnection); });
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kDefaultInterval);
    connect(&timer_, &QTimer::timeout, this, &EngineBridge::flush);
    timer_.start();
}

EngineBridge::~EngineBridge()
{
    removeObservers();
    // The engine may still hold the observer (it copies its list before calling): it must not reach us.
    queue_->setWake({});
}

std::shared_ptr<hinternet::trace::Observer> EngineBridge::observer() const
{
    return queue_;
}

bool EngineBridge::attach(HINTERNET session)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (global_)
        return true; // already sees it
    if (std::find(sessions_.begin(), sessions_.end(), session) != sessions_.end())
        return true;
    if (!hinternet::trace::add_session_observer(session, queue_))
        return false;
    sessions_.push_back(session);
    Event created;
    created.kind = EventKind::HandleCreated;
    created.timestamp_ns = steadyNowNs();
    created.thread_id = static_cast<std::uint64_t>(::gettid());
    created.handle = reinterpret_cast<std::uintptr_t>(session);
    created.handle_type = WINHTTP_HANDLE_TYPE_SESSION;
    created.text = "(opened before the inspector attached)";
    queue_->push(std::move(created));
    return true;
}

void EngineBridge::attachGlobal()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (global_)
        return;
    for (HINTERNET session : sessions_)
        hinternet::trace::remove_session_observer(session, queue_);
    sessions_.clear();
    hinternet::trace::add_observer(queue_);
    global_ = true;
}

void EngineBridge::detach()
{
    Q_ASSERT(QThread::currentThread() == thread());
    removeObservers();
    flush();
}

void EngineBridge::removeObservers()
{
    for (HINTERNET session : sessions_)
        hinternet::trace::remove_session_observer(session, queue_); // false once the session is gone
    sessions_.clear();
    if (global_)
        hinternet::trace::remove_observer(queue_);
    global_ = false;
}

bool EngineBridge::isAttached() const
{
    return global_ || !sessions_.empty();
}

void EngineBridge::setInterval(std::chrono::milliseconds interval)
{
    timer_.setInterval(interval);
}

std::chrono::milliseconds EngineBridge::interval() const
{
    return timer_.intervalAsDuration();
}

void EngineBridge::setRevealSecrets(bool reveal)
{
    queue_->setRevealSecrets(reveal);
}

bool EngineBridge::revealsSecrets() const
{
    return queue_->reveals_secrets();
}

quint64 EngineBridge::droppedEvents() const
{
    return queue_->dropped();
}

void EngineBridge::flush()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (const quint64 dropped = queue_->dropped(); dropped != droppedReported_) {
        droppedReported_ = dropped;
        emit eventsDropped(dropped);
    }
    auto events = queue_->take();
    if (events.empty())
        return;
    if (origin_ns_ == 0) {
        const auto first = std::min_element(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.timestamp_ns < b.timestamp_ns;
        });
        origin_ns_ = first->timestamp_ns;
    }
    // The engine drops a closed session's observers itself, and may hand the same value to a later session:
    // forget closed ones so attach() registers again then.
    if (!sessions_.empty()) {
        for (const Event& event : events) {
            if (event.kind == EventKind::HandleClosed && event.handle_type == WINHTTP_HANDLE_TYPE_SESSION)
                std::erase(sessions_, reinterpret_cast<HINTERNET>(event.handle));
        }
    }
    emit eventsArrived(EventBatch::of(std::move(events), origin_ns_));
}

} // namespace hinterscope
