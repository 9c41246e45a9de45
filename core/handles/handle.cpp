#include "handles/handle.h"

#include "handles/handle_table.h"
#include "trace/tracer.h"

namespace hinternet::handles {

Handle::Handle(DWORD handle_type, std::shared_ptr<Handle> parent)
    : handle_type_(handle_type)
    , parent_(std::move(parent))
{}

Handle::~Handle() = default;

void Handle::inherit_from_parent()
{
    if (!parent_)
        return;
    std::scoped_lock lock(mutex_, parent_->mutex_);
    settings_ = parent_->settings_;
    callback_ = parent_->callback_;
    notification_flags_ = parent_->notification_flags_;
    context_ = parent_->context_;
}

void Handle::register_value()
{
    value_ = HandleTable::instance().insert(shared_from_this());
    if (parent_)
        parent_->child_opened();
    trace::Tracer::handle_created(*this);
    HINTERNET created = value_;
    notify(WINHTTP_CALLBACK_STATUS_HANDLE_CREATED, &created, sizeof created);
}

WINHTTP_STATUS_CALLBACK Handle::set_callback(WINHTTP_STATUS_CALLBACK new_callback, DWORD notification_flags)
{
    std::lock_guard lock(mutex_);
    auto previous = callback_;
    callback_ = new_callback;
    notification_flags_ = new_callback != nullptr ? notification_flags : 0;
    return previous;
}

WINHTTP_STATUS_CALLBACK Handle::callback() const
{
    std::lock_guard lock(mutex_);
    return callback_;
}

DWORD_PTR Handle::context() const
{
    std::lock_guard lock(mutex_);
    return context_;
}

void Handle::set_context(DWORD_PTR context)
{
    std::lock_guard lock(mutex_);
    context_ = context;
}

void Handle::notify(DWORD status, LPVOID information, DWORD length)
{
    WINHTTP_STATUS_CALLBACK deliver_to = nullptr;
    DWORD_PTR context_value = 0;
    {
        std::lock_guard lock(mutex_);
        if (callback_ != nullptr && (notification_flags_ & status) != 0) {
            deliver_to = callback_;
            context_value = context_;
        }
    }
    trace::Tracer::callback(*this, status, information, length, deliver_to != nullptr);
    if (deliver_to != nullptr)
        deliver_to(value_, context_value, status, information, length);
}

Settings Handle::settings() const
{
    std::lock_guard lock(mutex_);
    return settings_;
}

Timeouts Handle::timeouts() const
{
    std::lock_guard lock(mutex_);
    return settings_.timeouts;
}

void Handle::close()
{
    if (closed_.exchange(true, std::memory_order_acq_rel))
        return;
    on_close_requested();
    finish_if_done();
}

bool Handle::begin_operation()
{
    std::lock_guard lock(mutex_);
    if (closed_.load(std::memory_order_acquire))
        return false;
    ++operations_;
    return true;
}

void Handle::end_operation()
{
    {
        std::lock_guard lock(mutex_);
        --operations_;
    }
    finish_if_done();
}

void Handle::child_opened()
{
    std::lock_guard lock(mutex_);
    ++open_children_;
}

void Handle::child_finished()
{
    {
        std::lock_guard lock(mutex_);
        --open_children_;
    }
    finish_if_done();
}

void Handle::finish_if_done()
{
    {
        std::lock_guard lock(mutex_);
        if (!closed_.load(std::memory_order_acquire) || open_children_ > 0 || operations_ > 0 || closing_delivered_)
            return;
        closing_delivered_ = true;
    }
    // Keep ourselves alive through the callback even if the table dropped its reference already.
    auto self = shared_from_this();
    HINTERNET closing = value_;
    notify(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, &closing, sizeof closing);
    trace::Tracer::handle_closed(*this);
    if (parent_)
        parent_->child_finished();
}

HandleTable& HandleTable::instance()
{
    static auto* table = new HandleTable; // never destroyed: handles may be closed during static teardown
    return *table;
}

HINTERNET HandleTable::insert(const std::shared_ptr<Handle>& handle)
{
    std::lock_guard lock(mutex_);
    const auto value = next_value_;
    next_value_ += 0x10;
    handles_.emplace(value, handle);
    return reinterpret_cast<HINTERNET>(value);
}

std::shared_ptr<Handle> HandleTable::find(HINTERNET value) const
{
    std::lock_guard lock(mutex_);
    const auto found = handles_.find(reinterpret_cast<std::uintptr_t>(value));
    return found == handles_.end() ? nullptr : found->second;
}

std::shared_ptr<Handle> HandleTable::remove(HINTERNET value)
{
    std::lock_guard lock(mutex_);
    const auto found = handles_.find(reinterpret_cast<std::uintptr_t>(value));
    if (found == handles_.end())
        return nullptr;
    auto handle = std::move(found->second);
    handles_.erase(found);
    return handle;
}

std::size_t HandleTable::size() const
{
    std::lock_guard lock(mutex_);
    return handles_.size();
}

} // namespace hinternet::handles
