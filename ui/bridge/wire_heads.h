#pragma once

#include <cstddef>
#include <string_view>

// Recognising HTTP/1.x message heads in the raw bytes the trace carries. Pure functions: the bridge uses them
// on engine threads to decide which wire bytes are worth keeping, the GUI side to cut heads out of them.
namespace hinterscope::wire {

// More than any head the engine accepts; bytes beyond this are never kept for head display.
inline constexpr std::size_t kMaxHeadBytes = 64 * 1024;

// A chunk that begins with a request line ("GET /x HTTP/1.1"), CONNECT's included.
bool startsRequestHead(std::string_view chunk);
// A chunk that begins with a status line ("HTTP/1.1 200 OK").
bool startsResponseHead(std::string_view chunk);
// The length of the head at the start of `data`, its blank line included; 0 while it is incomplete.
std::size_t headLength(std::string_view data);
// The status code of a status line at the start of `head`, 0 when there is none.
int statusCode(std::string_view head);

} // namespace hinterscope::wire
