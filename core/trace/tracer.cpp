#include "trace/tracer.h"

#include "handles/handle.h"
#include "handles/handle_table.h"
#include "handles/session.h"
#include "support/text.h"

#include <winhttp.h>

#include <algorithm>
#include <chrono>
#include <cwchar>
#include <mutex>
#include <unistd.h>
#include <vector>

namespace hinternet::trace {

std::atomic<int> Tracer::observer_count{0};

Observer::~Observer() = default;

namespace {

std::mutex observers_mutex;
std::vector<std::shared_ptr<Observer>>& observers()
{
    static auto* list = new std::vector<std::shared_ptr<Observer>>;
    return *list;
}

Event event_for(const handles::Handle& handle, EventKind kind)
{
    Event event;
    event.kind = kind;
    event.handle = reinterpret_cast<std::uintptr_t>(handle.value());
    event.parent = handle.parent() ? reinterpret_cast<std::uintptr_t>(handle.parent()->value()) : 0;
    event.handle_type = handle.handle_type();
    return event;
}

// The callback payload as text, for the status codes whose payload is a string or a number.
void describe_payload(Event& event, const void* information, DWORD length)
{
    if (information == nullptr)
        return;
    switch (event.status) {
    case WINHTTP_CALLBACK_STATUS_RESOLVING_NAME:
    case WINHTTP_CALLBACK_STATUS_NAME_RESOLVED:
    case WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_REDIRECT:
        event.text = text::to_utf8(std::wstring_view(static_cast<const wchar_t*>(information),
                                                     std::wcslen(static_cast<const wchar_t*>(information))));
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_SENT:
    case WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED:
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_SECURE_FAILURE:
    case WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE:
        if (length >= sizeof(DWORD))
            event.number = *static_cast<const DWORD*>(information);
        break;
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        event.number = length;
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        const auto* result = static_cast<const WINHTTP_ASYNC_RESULT*>(information);
        event.number = result->dwError;
        event.offset = result->dwResult;
        break;
    }
    default:
        break;
    }
}

} // namespace

void add_observer(std::shared_ptr<Observer> observer)
{
    std::lock_guard lock(observers_mutex);
    observers().push_back(std::move(observer));
    Tracer::observer_count.store(static_cast<int>(observers().size()), std::memory_order_relaxed);
}

void remove_observer(const std::shared_ptr<Observer>& observer)
{
    std::lock_guard lock(observers_mutex);
    auto& list = observers();
    list.erase(std::remove(list.begin(), list.end(), observer), list.end());
    Tracer::observer_count.store(static_cast<int>(list.size()), std::memory_order_relaxed);
}

namespace {

const handles::Session* session_of(const handles::Handle& handle)
{
    const handles::Handle* current = &handle;
    while (current->parent())
        current = current->parent().get();
    return current->handle_type() == WINHTTP_HANDLE_TYPE_SESSION ? static_cast<const handles::Session*>(current)
                                                                 : nullptr;
}

} // namespace

bool add_session_observer(HINTERNET session, std::shared_ptr<Observer> observer)
{
    auto handle = handles::HandleTable::instance().find(session);
    if (!handle || handle->handle_type() != WINHTTP_HANDLE_TYPE_SESSION || !observer)
        return false;
    static_cast<handles::Session&>(*handle).add_observer(std::move(observer));
    return true;
}

bool remove_session_observer(HINTERNET session, const std::shared_ptr<Observer>& observer)
{
    auto handle = handles::HandleTable::instance().find(session);
    if (!handle || handle->handle_type() != WINHTTP_HANDLE_TYPE_SESSION)
        return false;
    return static_cast<handles::Session&>(*handle).remove_observer(observer);
}

bool Tracer::active(const handles::Handle& handle)
{
    if (active())
        return true;
    const auto* session = session_of(handle);
    return session != nullptr && session->has_observers();
}

void Tracer::publish(const handles::Handle& handle, Event& event)
{
    event.timestamp_ns = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
    event.thread_id = static_cast<std::uint64_t>(::gettid());
    std::vector<std::shared_ptr<Observer>> receivers;
    if (active()) {
        std::lock_guard lock(observers_mutex);
        receivers = observers();
    }
    if (const auto* session = session_of(handle); session != nullptr && session->has_observers()) {
        auto own = session->observers();
        receivers.insert(receivers.end(), own.begin(), own.end());
    }
    for (const auto& receiver : receivers)
        receiver->on_event(event);
}

void Tracer::handle_created(const handles::Handle& handle)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::HandleCreated);
    event.text = handle.description();
    publish(handle, event);
}

void Tracer::handle_closed(const handles::Handle& handle)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::HandleClosed);
    publish(handle, event);
}

void Tracer::callback(const handles::Handle& handle, DWORD status, const void* information, DWORD length,
                      bool delivered)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::Callback);
    event.status = status;
    event.delivered = delivered;
    describe_payload(event, information, length);
    publish(handle, event);
}

void Tracer::emit(const handles::Handle& handle, EventKind kind, std::string text, std::uint64_t number,
                  std::uint32_t status)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, kind);
    event.text = std::move(text);
    event.number = number;
    event.status = status;
    publish(handle, event);
}

void Tracer::bytes(const handles::Handle& handle, EventKind kind, std::string_view data, std::uint64_t offset)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, kind);
    event.bytes.assign(data);
    event.offset = offset;
    publish(handle, event);
}

void Tracer::decision(const handles::Handle& handle, std::uint32_t status, std::string text, std::string dropped)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::RedirectDecision);
    event.status = status;
    event.text = std::move(text);
    event.bytes = std::move(dropped);
    publish(handle, event);
}

void Tracer::tls(const handles::Handle& handle, std::shared_ptr<const TlsSummary> summary, std::string text)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::TlsHandshake);
    event.text = std::move(text);
    event.tls = std::move(summary);
    publish(handle, event);
}

} // namespace hinternet::trace
