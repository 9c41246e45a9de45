#pragma once

#include <hinternet/trace.h>

#include <windows.h>

#include <atomic>
#include <string_view>

namespace hinternet::handles {
class Handle;
}

namespace hinternet::trace {

// The engine's side of the trace: cheap checks first, so nothing is formatted when nobody listens.
class Tracer {
public:
    static bool active() { return observer_count.load(std::memory_order_relaxed) > 0; }
    // Anyone listening to this handle: a global observer or one of its session's.
    static bool active(const handles::Handle& handle);

    static void handle_created(const handles::Handle& handle);
    static void handle_closed(const handles::Handle& handle);
    static void callback(const handles::Handle& handle, DWORD status, const void* information, DWORD length,
                         bool delivered);
    static void emit(const handles::Handle& handle, EventKind kind, std::string text = {}, std::uint64_t number = 0,
                     std::uint32_t status = 0);
    // `starts_head`: the first byte begins a message head (a request head, a CONNECT, the first byte of a
    // response). Where heads begin is what lets their credentials be masked for observers that do not
    // reveal secrets (wire_redaction.h); a head that begins unannounced is masked more than needed.
    static void bytes(const handles::Handle& handle, EventKind kind, std::string_view data, std::uint64_t offset,
                      bool starts_head = false);
    // BytesSent that begin a head (a request head, a CONNECT), at `offset` of the bytes sent; the answer's
    // head will begin at `response_offset` of the bytes received, whether or not its first read says so.
    static void sent_head(const handles::Handle& handle, std::string_view data, std::uint64_t offset,
                          std::uint64_t response_offset);
    // A hop's decision; `dropped` lists the headers left out of this hop and why, one per line.
    static void decision(const handles::Handle& handle, std::uint32_t status, std::string text, std::string dropped);
    static void tls(const handles::Handle& handle, std::shared_ptr<const TlsSummary> summary, std::string text);
    static void publish(const handles::Handle& handle, Event& event);

    static std::atomic<int> observer_count;
};

} // namespace hinternet::trace
