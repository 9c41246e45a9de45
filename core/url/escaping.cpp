#include "url/escaping.h"

namespace hinternet::url {
namespace {

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Bytes that would break the request line or are not ASCII.
bool needs_minimal_escape(unsigned char byte)
{
    return byte <= 0x20 || byte >= 0x7F;
}

bool needs_default_escape(unsigned char byte, bool escape_percent)
{
    if (needs_minimal_escape(byte))
        return true;
    if (byte == '%')
        return escape_percent;
    return std::string_view("\"#<>[\\]^`{|}").find(static_cast<char>(byte)) != std::string_view::npos;
}

template <typename Predicate>
void append_escaped(std::string& out, std::string_view text, Predicate needs_escape)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (needs_escape(byte))
            append_percent_encoded(out, byte);
        else
            out.push_back(c);
    }
}

} // namespace

std::string percent_decode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

void append_percent_encoded(std::string& out, unsigned char byte)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    out.push_back('%');
    out.push_back(digits[byte >> 4]);
    out.push_back(digits[byte & 0x0F]);
}

std::string escape_path(std::string_view path, bool escape_percent, bool escape_query)
{
    const auto query_start = path.find('?');
    const auto before_query = path.substr(0, query_start);
    std::string out;
    out.reserve(path.size());
    append_escaped(out, before_query,
                   [escape_percent](unsigned char byte) { return needs_default_escape(byte, escape_percent); });
    if (query_start == std::string_view::npos)
        return out;
    const auto query = path.substr(query_start);
    if (escape_query)
        append_escaped(out, query,
                       [escape_percent](unsigned char byte) { return needs_default_escape(byte, escape_percent); });
    else
        append_escaped(out, query, needs_minimal_escape);
    return out;
}

std::string escape_path_minimal(std::string_view path)
{
    std::string out;
    out.reserve(path.size());
    append_escaped(out, path, needs_minimal_escape);
    return out;
}

} // namespace hinternet::url
