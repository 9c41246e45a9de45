#include "bridge/wire_heads.h"

#include <algorithm>

namespace hinterscope::wire {

namespace {

// A request line is short; looking further for its end would only scan body bytes.
constexpr std::size_t kMaxStartLine = 8 * 1024;

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

bool startsRequestHead(std::string_view chunk)
{
    const auto window = chunk.substr(0, kMaxStartLine);
    const auto lineEnd = window.find('\n');
    if (lineEnd == std::string_view::npos)
        return false;
    auto line = window.substr(0, lineEnd);
    if (line.ends_with('\r'))
        line.remove_suffix(1);
    const auto firstSpace = line.find(' ');
    if (firstSpace == 0 || firstSpace == std::string_view::npos)
        return false;
    if (!std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(firstSpace), isTokenChar))
        return false;
    return line.ends_with(" HTTP/1.1") || line.ends_with(" HTTP/1.0");
}

bool startsResponseHead(std::string_view chunk)
{
    return chunk.starts_with("HTTP/1.");
}

std::size_t headLength(std::string_view data)
{
    const auto window = data.substr(0, kMaxHeadBytes);
    const auto crlf = window.find("\r\n\r\n");
    const auto lf = window.find("\n\n");
    if (crlf == std::string_view::npos && lf == std::string_view::npos)
        return 0;
    if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf))
        return crlf + 4;
    return lf + 2;
}

int statusCode(std::string_view head)
{
    if (!startsResponseHead(head))
        return 0;
    const auto space = head.find(' ');
    if (space == std::string_view::npos || head.size() < space + 4)
        return 0;
    int code = 0;
    for (std::size_t i = space + 1; i < space + 4; ++i) {
        if (head[i] < '0' || head[i] > '9')
            return 0;
        code = code * 10 + (head[i] - '0');
    }
    return code;
}

} // namespace hinterscope::wire
