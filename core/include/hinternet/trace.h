#pragma once

// The engine's trace: everything hinternet does, as value-type events delivered to observers from any
// thread. The inspector GUI and the CLI read the lifecycle from here, never by parsing text.
// With no observer attached, emitting an event costs one relaxed atomic load.
#include <hinternet/export.h>

#include <cstdint>
#include <memory>
#include <string>

namespace hinternet::trace {

enum class EventKind : std::uint8_t {
    HandleCreated,    // handle_type, parent, text: what it was opened with
    HandleClosed,     // after HANDLE_CLOSING was delivered
    OptionChanged,    // number: option id, text: the value as text
    Callback,         // status, delivered, text: decoded payload, number: numeric payload
    ConnectionOpened, // text: "local -> remote", number: connection id
    ConnectionReused, // number: connection id
    ConnectionClosed, // number: connection id, text: why
    TlsHandshake,     // text: protocol, cipher, verification summary
    BytesSent,        // bytes, offset (request head and body as written)
    BytesReceived,    // bytes, offset (raw response bytes as read)
    BodyDecoded,      // bytes, offset (the body after transfer and content decoding)
    RedirectDecision, // status: HTTP status, text: decision and target
    TimingMark,       // text: "dns-start", "dns-end", "connect", "tls", "first-byte", "complete"
};

struct Event {
    EventKind kind{};
    std::uint64_t timestamp_ns = 0; // steady clock
    std::uint64_t thread_id = 0;    // the OS thread id (gettid)
    std::uintptr_t handle = 0;      // HINTERNET value
    std::uintptr_t parent = 0;
    std::uint32_t handle_type = 0; // WINHTTP_HANDLE_TYPE_*
    std::uint32_t status = 0;      // WINHTTP_CALLBACK_STATUS_* or HTTP status
    bool delivered = false;        // Callback: the application's callback was called
    std::uint64_t number = 0;
    std::uint64_t offset = 0;
    std::string text;
    std::string bytes;
};

class HINTERNET_EXPORT Observer {
public:
    virtual ~Observer();
    // Called on engine threads, possibly several at once: must be thread-safe and quick.
    virtual void on_event(const Event& event) = 0;
};

HINTERNET_EXPORT void add_observer(std::shared_ptr<Observer> observer);
HINTERNET_EXPORT void remove_observer(const std::shared_ptr<Observer>& observer);

} // namespace hinternet::trace
