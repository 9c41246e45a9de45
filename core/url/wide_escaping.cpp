#include "url/wide_escaping.h"

#include "support/text.h"

namespace hinternet::url {
namespace {

int hex_value(wchar_t c)
{
    if (c >= L'0' && c <= L'9')
        return static_cast<int>(c - L'0');
    if (c >= L'a' && c <= L'f')
        return static_cast<int>(c - L'a') + 10;
    if (c >= L'A' && c <= L'F')
        return static_cast<int>(c - L'A') + 10;
    return -1;
}

bool needs_escape(wchar_t c, WideEscapes set)
{
    if (c <= 0x20 || c >= 0x7F)
        return true;
    switch (set) {
    case WideEscapes::crack:
        return std::wstring_view(L"\"<>\\^`{|}").find(c) != std::wstring_view::npos;
    case WideEscapes::create:
        return std::wstring_view(L"\"#%<>[\\]^`{|}~").find(c) != std::wstring_view::npos;
    case WideEscapes::authority:
        return std::wstring_view(L"\"#%<>[\\]^`{|}~:/?@").find(c) != std::wstring_view::npos;
    }
    return false;
}

void append_escaped_byte(std::wstring& out, unsigned char byte)
{
    static constexpr wchar_t digits[] = L"0123456789ABCDEF";
    out.push_back(L'%');
    out.push_back(digits[byte >> 4]);
    out.push_back(digits[byte & 0x0F]);
}

} // namespace

std::wstring escape_wide(std::wstring_view text, WideEscapes set)
{
    std::wstring out;
    out.reserve(text.size());
    for (const wchar_t c : text) {
        if (!needs_escape(c, set)) {
            out.push_back(c);
            continue;
        }
        for (const char byte : text::to_utf8(std::wstring_view(&c, 1)))
            append_escaped_byte(out, static_cast<unsigned char>(byte));
    }
    return out;
}

std::wstring decode_wide(std::wstring_view text)
{
    std::wstring out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == L'%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out.push_back(static_cast<wchar_t>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

} // namespace hinternet::url
