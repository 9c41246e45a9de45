// WinHttpAddRequestHeaders and WinHttpAddRequestHeadersEx with every modifier, then WinHttpQueryHeaders and
// WinHttpQueryHeadersEx on the request headers: a sequence of operations read from the input, on a request
// handle that is never sent (no network). After every step the request head must still be well-formed: no
// name or value can smuggle CR, LF or NUL into it.
#include "fuzz_input.h"

#include <windows.h>
#include <winhttp.h>

#include <string>
#include <vector>

namespace {

constexpr DWORD modifier_bits[] = {WINHTTP_ADDREQ_FLAG_ADD_IF_NEW, WINHTTP_ADDREQ_FLAG_ADD,
                                   WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA, WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON,
                                   WINHTTP_ADDREQ_FLAG_REPLACE};

DWORD modifiers_from(hsfuzz::FuzzInput& input)
{
    const std::uint8_t bits = input.byte();
    DWORD modifiers = 0;
    for (std::size_t i = 0; i < std::size(modifier_bits); ++i)
        if ((bits & (1u << i)) != 0)
            modifiers |= modifier_bits[i];
    if ((bits & 0x80) != 0)
        modifiers |= input.u32(); // stray bits, the index mask included
    return modifiers;
}

DWORD level_from(hsfuzz::FuzzInput& input)
{
    const std::uint8_t which = input.byte();
    DWORD level = which % 80 == 79 ? WINHTTP_QUERY_CUSTOM : which % 80;
    const std::uint8_t modifiers = input.byte();
    if ((modifiers & 0x01) == 0)
        level |= WINHTTP_QUERY_FLAG_REQUEST_HEADERS;
    if ((modifiers & 0x02) != 0)
        level |= WINHTTP_QUERY_FLAG_NUMBER;
    if ((modifiers & 0x04) != 0)
        level |= WINHTTP_QUERY_FLAG_NUMBER64;
    if ((modifiers & 0x08) != 0)
        level |= WINHTTP_QUERY_FLAG_SYSTEMTIME;
    if ((modifiers & 0x10) != 0)
        level |= WINHTTP_QUERY_FLAG_TRAILERS;
    if ((modifiers & 0x20) != 0)
        level |= WINHTTP_QUERY_FLAG_WIRE_ENCODING;
    return level;
}

// The head as WinHttpQueryHeaders returns it: lines end in CRLF, and nothing else is a line break or NUL.
void check_head(HINTERNET request)
{
    DWORD bytes = 0;
    if (WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                            WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER, &bytes, WINHTTP_NO_HEADER_INDEX))
        return;
    HSFUZZ_CHECK(GetLastError() == ERROR_INSUFFICIENT_BUFFER);
    std::wstring text(bytes / sizeof(wchar_t), L'\0');
    HSFUZZ_CHECK(WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                     WINHTTP_HEADER_NAME_BY_INDEX, text.data(), &bytes, WINHTTP_NO_HEADER_INDEX));
    text.resize(bytes / sizeof(wchar_t));
    for (std::size_t i = 0; i < text.size(); ++i) {
        HSFUZZ_CHECK(text[i] != L'\0');
        if (text[i] == L'\r')
            HSFUZZ_CHECK(i + 1 < text.size() && text[i + 1] == L'\n');
        if (text[i] == L'\n')
            HSFUZZ_CHECK(i > 0 && text[i - 1] == L'\r');
    }
    HSFUZZ_CHECK(text.size() >= 4 && text.ends_with(L"\r\n\r\n"));
    HSFUZZ_CHECK(text.find(L"\r\n\r\n") == text.size() - 4);
}

void add_block(HINTERNET request, hsfuzz::FuzzInput& input)
{
    const DWORD modifiers = modifiers_from(input);
    const bool utf16 = input.flag();
    const bool counted = input.flag();
    const std::wstring block = hsfuzz::widen(input.piece(255), utf16);
    WinHttpAddRequestHeaders(request, block.c_str(),
                             counted ? static_cast<DWORD>(block.size()) : static_cast<DWORD>(-1), modifiers);
}

void add_extended(HINTERNET request, hsfuzz::FuzzInput& input)
{
    const DWORD modifiers = modifiers_from(input);
    const bool unicode = input.flag();
    const std::size_t count = 1 + input.byte() % 3;
    std::vector<std::string> narrow;
    std::vector<std::wstring> wide;
    for (std::size_t i = 0; i < count * 2; ++i) {
        narrow.emplace_back(input.piece(64));
        wide.push_back(hsfuzz::widen(narrow.back(), false));
    }
    std::vector<WINHTTP_EXTENDED_HEADER> headers(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (unicode) {
            headers[i].pwszName = wide[2 * i].c_str();
            headers[i].pwszValue = wide[2 * i + 1].c_str();
        } else {
            headers[i].pszName = narrow[2 * i].c_str();
            headers[i].pszValue = narrow[2 * i + 1].c_str();
        }
    }
    WinHttpAddRequestHeadersEx(request, modifiers, unicode ? WINHTTP_EXTENDED_HEADER_FLAG_UNICODE : 0, 0,
                               static_cast<DWORD>(count), headers.data());
}

void query(HINTERNET request, hsfuzz::FuzzInput& input)
{
    const DWORD level = level_from(input);
    const std::wstring name = hsfuzz::widen(input.piece(32), false);
    const bool with_index = input.flag();
    DWORD index = input.byte() % 4;
    DWORD size = input.byte();
    std::vector<unsigned char> buffer(size);
    const bool null_buffer = size == 0;
    WinHttpQueryHeaders(request, level, name.empty() ? WINHTTP_HEADER_NAME_BY_INDEX : name.c_str(),
                        null_buffer ? nullptr : buffer.data(), &size, with_index ? &index : nullptr);
}

void query_extended(HINTERNET request, hsfuzz::FuzzInput& input)
{
    const DWORD level = level_from(input);
    const std::string name(input.piece(32));
    const UINT code_page = input.flag() ? 65001 : 1252;
    DWORD index = input.byte() % 4;
    DWORD size = 0;
    // The name is bytes with WIRE_ENCODING, and WCHARs otherwise.
    const std::wstring wide_name = hsfuzz::widen(name, false);
    WINHTTP_HEADER_NAME header_name{};
    if ((level & WINHTTP_QUERY_FLAG_WIRE_ENCODING) != 0)
        header_name.pszName = name.c_str();
    else
        header_name.pwszName = wide_name.c_str();
    PWINHTTP_EXTENDED_HEADER headers = nullptr;
    DWORD count = 0;
    const bool named = !name.empty();
    DWORD error = WinHttpQueryHeadersEx(request, level, 0, code_page, &index, named ? &header_name : nullptr, nullptr,
                                        &size, &headers, &count);
    if (error != ERROR_INSUFFICIENT_BUFFER || size > (1u << 20))
        return;
    std::vector<unsigned char> buffer(size);
    index = 0;
    error = WinHttpQueryHeadersEx(request, level, 0, code_page, &index, named ? &header_name : nullptr, buffer.data(),
                                  &size, &headers, &count);
    if (error != ERROR_SUCCESS)
        return;
    for (DWORD i = 0; i < count; ++i) {
        HSFUZZ_CHECK(reinterpret_cast<unsigned char*>(&headers[i]) >= buffer.data());
        HSFUZZ_CHECK(reinterpret_cast<unsigned char*>(&headers[i] + 1) <= buffer.data() + buffer.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static HINTERNET session =
        WinHttpOpen(L"fuzz", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    static HINTERNET connect = WinHttpConnect(session, L"fuzz.invalid", INTERNET_DEFAULT_HTTP_PORT, 0);
    HSFUZZ_CHECK(connect != nullptr);
    HINTERNET request =
        WinHttpOpenRequest(connect, L"GET", L"/", nullptr, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    HSFUZZ_CHECK(request != nullptr);

    hsfuzz::FuzzInput input(data, size);
    for (int step = 0; step < 32 && !input.empty(); ++step) {
        switch (input.byte() % 4) {
        case 0:
            add_block(request, input);
            break;
        case 1:
            add_extended(request, input);
            break;
        case 2:
            query(request, input);
            break;
        default:
            query_extended(request, input);
            break;
        }
        check_head(request);
    }
    WinHttpCloseHandle(request);
    return 0;
}
