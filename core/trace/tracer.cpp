#include "trace/tracer.h"

#include "handles/handle.h"
#include "handles/handle_table.h"
#include "handles/session.h"
#include "support/text.h"
#include "trace/wire_redaction.h"

#include <winhttp.h>

#include <algorithm>
#include <chrono>
#include <cwchar>
#include <mutex>
#include <optional>
#include <unistd.h>
#include <unordered_map>
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

// Where each request's heads begin and end, per direction, for masking. Kept only while some observer
// masks, dropped when the handle closes.
struct WireState {
    std::mutex mutex;
    HeadScanner sent{HeadScanner::Direction::Sent};
    HeadScanner received{HeadScanner::Direction::Received};
};

std::mutex wire_states_mutex;
std::atomic<std::size_t> wire_state_count{0};

std::unordered_map<std::uintptr_t, std::shared_ptr<WireState>>& wire_states()
{
    static auto* states = new std::unordered_map<std::uintptr_t, std::shared_ptr<WireState>>;
    return *states;
}

std::shared_ptr<WireState> wire_state_of(std::uintptr_t handle)
{
    std::lock_guard lock(wire_states_mutex);
    auto& state = wire_states()[handle];
    if (!state) {
        state = std::make_shared<WireState>();
        wire_state_count.store(wire_states().size(), std::memory_order_relaxed);
    }
    return state;
}

void forget_wire_state(std::uintptr_t handle)
{
    if (wire_state_count.load(std::memory_order_relaxed) == 0)
        return;
    std::lock_guard lock(wire_states_mutex);
    wire_states().erase(handle);
    wire_state_count.store(wire_states().size(), std::memory_order_relaxed);
}

// The event as an observer that does not reveal secrets gets it; nothing when that is the event itself.
// `starts_head`: the first byte begins a head; `response_offset`: where the answer to a head sent begins.
std::optional<Event> masked(const Event& event, bool starts_head, std::optional<std::uint64_t> response_offset)
{
    std::optional<std::string> bytes;
    std::optional<std::string> text;
    switch (event.kind) {
    case EventKind::BytesSent:
    case EventKind::BytesReceived: {
        const auto state = wire_state_of(event.handle);
        std::lock_guard lock(state->mutex);
        auto& scanner = event.kind == EventKind::BytesSent ? state->sent : state->received;
        if (starts_head)
            scanner.start_head_at(event.offset);
        if (response_offset)
            state->received.start_head_at(*response_offset);
        bytes = scanner.feed(event.bytes, event.offset);
        break;
    }
    case EventKind::CookieStored:
        text = HeadScanner::mask_set_cookie_value(event.text);
        break;
    case EventKind::HandleCreated:    // a proxy string, a referrer
    case EventKind::OptionChanged:    // a proxy string
    case EventKind::Callback:         // a REDIRECT target
    case EventKind::RedirectDecision: // the Location as the server sent it
        text = mask_userinfo_passwords(event.text);
        break;
    default:
        break;
    }
    if (!bytes && !text)
        return std::nullopt;
    Event copy = event;
    if (bytes)
        copy.bytes = std::move(*bytes);
    if (text)
        copy.text = std::move(*text);
    return copy;
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

namespace {

void deliver(const handles::Handle& handle, Event& event, bool starts_head,
             std::optional<std::uint64_t> response_offset = std::nullopt)
{
    event.timestamp_ns = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
    event.thread_id = static_cast<std::uint64_t>(::gettid());
    std::vector<std::shared_ptr<Observer>> receivers;
    if (Tracer::active()) {
        std::lock_guard lock(observers_mutex);
        receivers = observers();
    }
    if (const auto* session = session_of(handle); session != nullptr && session->has_observers()) {
        auto own = session->observers();
        receivers.insert(receivers.end(), own.begin(), own.end());
    }
    std::optional<std::optional<Event>> masked_event; // made for the first observer that does not reveal
    for (const auto& receiver : receivers) {
        if (receiver->reveals_secrets()) {
            receiver->on_event(event);
            continue;
        }
        if (!masked_event)
            masked_event = masked(event, starts_head, response_offset);
        receiver->on_event(*masked_event ? **masked_event : event);
    }
}

} // namespace

void Tracer::publish(const handles::Handle& handle, Event& event)
{
    deliver(handle, event, false);
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
    forget_wire_state(reinterpret_cast<std::uintptr_t>(handle.value()));
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

void Tracer::bytes(const handles::Handle& handle, EventKind kind, std::string_view data, std::uint64_t offset,
                   bool starts_head)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, kind);
    event.bytes.assign(data);
    event.offset = offset;
    deliver(handle, event, starts_head);
}

void Tracer::sent_head(const handles::Handle& handle, std::string_view data, std::uint64_t offset,
                       std::uint64_t response_offset)
{
    if (!active(handle))
        return;
    auto event = event_for(handle, EventKind::BytesSent);
    event.bytes.assign(data);
    event.offset = offset;
    deliver(handle, event, true, response_offset);
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
