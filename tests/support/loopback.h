#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs::test {

// A TCP port on 127.0.0.1 that nothing listened on a moment ago. Servers started on it may still
// lose a race, so the fixtures retry with a new port when their server exits at once.
std::uint16_t free_loopback_port();

// True once something accepts TCP connections on 127.0.0.1:port, false after the timeout.
bool wait_until_listening(std::uint16_t port, std::chrono::milliseconds timeout);

// Sends request bytes to 127.0.0.1:port and returns everything read until the peer closes or the
// timeout passes. A plain-socket probe for fixtures, independent of the engine under test.
std::string exchange_raw(std::uint16_t port, std::string_view request, std::chrono::milliseconds timeout);

} // namespace hs::test
