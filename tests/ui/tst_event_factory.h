#pragma once

// Synthetic trace events for the UI tests: what the engine would emit, without the engine.
#include "bridge/event_batch.h"

#include <winhttp.h>

#include <cstdint>
#include <string>
#include <vector>

namespace hs::uitest {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

inline constexpr std::uint64_t kOrigin = 1'000'000'000; // ns; every synthetic timestamp is at or after it
inline constexpr std::uintptr_t kSession = 0x1000;
inline constexpr std::uintptr_t kConnect = 0x1001;
inline constexpr std::uintptr_t kRequest = 0x1002;

inline std::uint64_t at(double milliseconds)
{
    return kOrigin + static_cast<std::uint64_t>(milliseconds * 1e6);
}

inline Event event(EventKind kind, std::uintptr_t handle, std::uintptr_t parent, std::uint32_t type, double ms)
{
    Event e;
    e.kind = kind;
    e.handle = handle;
    e.parent = parent;
    e.handle_type = type;
    e.timestamp_ns = at(ms);
    e.thread_id = 4242;
    return e;
}

inline Event created(std::uintptr_t handle, std::uintptr_t parent, std::uint32_t type, std::string text, double ms)
{
    auto e = event(EventKind::HandleCreated, handle, parent, type, ms);
    e.text = std::move(text);
    return e;
}

inline Event closed(std::uintptr_t handle, std::uintptr_t parent, std::uint32_t type, double ms)
{
    return event(EventKind::HandleClosed, handle, parent, type, ms);
}

inline Event callback(std::uintptr_t handle, std::uint32_t status, double ms, std::string text = {},
                      std::uint64_t number = 0, std::uint64_t offset = 0, bool delivered = true)
{
    auto e = event(EventKind::Callback, handle, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, ms);
    e.status = status;
    e.text = std::move(text);
    e.number = number;
    e.offset = offset;
    e.delivered = delivered;
    return e;
}

inline Event wire(EventKind kind, std::uintptr_t handle, std::string bytes, std::uint64_t offset, double ms)
{
    auto e = event(kind, handle, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, ms);
    e.bytes = std::move(bytes);
    e.offset = offset;
    return e;
}

inline Event engine(EventKind kind, std::uintptr_t handle, std::string text, double ms, std::uint64_t number = 0)
{
    auto e = event(kind, handle, kConnect, WINHTTP_HANDLE_TYPE_REQUEST, ms);
    e.text = std::move(text);
    e.number = number;
    return e;
}

inline hinterscope::EventBatch batch(std::vector<Event> events)
{
    return hinterscope::EventBatch::of(std::move(events), kOrigin);
}

// One GET of /old that is redirected to /new, as the engine traces it on a new connection.
inline std::vector<Event> redirectedGet(std::uintptr_t session = kSession, std::uintptr_t connect = kConnect,
                                        std::uintptr_t request = kRequest)
{
    std::vector<Event> events{
        created(session, 0, WINHTTP_HANDLE_TYPE_SESSION, "agent=\"t\" mode=sync", 0),
        created(connect, session, WINHTTP_HANDLE_TYPE_CONNECT, "server=example.test port=8080", 1),
        created(request, connect, WINHTTP_HANDLE_TYPE_REQUEST, "GET /old HTTP/1.1", 2),
        callback(request, WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, 3, "example.test"),
        callback(request, WINHTTP_CALLBACK_STATUS_NAME_RESOLVED, 4, "127.0.0.1"),
        callback(request, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 5),
        wire(EventKind::BytesSent, request, "GET /old HTTP/1.1\r\nHost: example.test:8080\r\n\r\n", 0, 5.5),
        callback(request, WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 6, {}, 45),
        callback(request, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, 7),
        wire(EventKind::BytesReceived, request, "HTTP/1.1 301 Moved\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n", 0,
             7.5),
        engine(EventKind::RedirectDecision, request, "301 followed -> /new", 8),
        callback(request, WINHTTP_CALLBACK_STATUS_REDIRECT, 9, "http://example.test:8080/new"),
        callback(request, WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, 10),
        wire(EventKind::BytesSent, request, "GET /new HTTP/1.1\r\nHost: example.test:8080\r\n\r\n", 45, 10.5),
        callback(request, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, 11),
        wire(EventKind::BytesReceived, request, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 59, 11.5),
        engine(EventKind::RedirectDecision, request, "200 final -> ", 12),
        callback(request, WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE, 13),
        wire(EventKind::BodyDecoded, request, "hello", 0, 14),
        callback(request, WINHTTP_CALLBACK_STATUS_READ_COMPLETE, 15, {}, 5),
        callback(request, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, 16),
        closed(request, connect, WINHTTP_HANDLE_TYPE_REQUEST, 16.5),
    };
    return events;
}

} // namespace hs::uitest
