// WinHttpCrackUrl and WinHttpCreateUrl through the exported C API: every ICU_* flag combination (and stray bits),
// pointer mode and buffer mode with input-chosen buffer sizes, and the round trip crack -> create -> crack.
// Buffers are allocated at their exact sizes, so ASan sees any write past what the caller gave.
#include "fuzz_input.h"

#include <windows.h>
#include <winhttp.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr DWORD icu_flags[] = {ICU_ESCAPE,           ICU_DECODE,        ICU_REJECT_USERPWD, ICU_INCLUDE_DEFAULT_PORT,
                               ICU_ESCAPE_AUTHORITY, ICU_NO_ENCODE,     ICU_NO_META,        ICU_ENCODE_SPACES_ONLY,
                               ICU_BROWSER_MODE,     ICU_ENCODE_PERCENT};

DWORD flags_from(hsfuzz::FuzzInput& input)
{
    const std::uint16_t bits = input.u16();
    DWORD flags = 0;
    for (std::size_t i = 0; i < std::size(icu_flags); ++i)
        if ((bits & (1u << i)) != 0)
            flags |= icu_flags[i];
    if ((bits & 0x8000) != 0)
        flags |= input.u32(); // anything else the caller might pass
    return flags;
}

struct Buffers {
    std::array<std::vector<wchar_t>, 6> text;
};

std::array<std::pair<LPWSTR*, DWORD*>, 6> slots(URL_COMPONENTS& parts)
{
    return {{{&parts.lpszScheme, &parts.dwSchemeLength},
             {&parts.lpszHostName, &parts.dwHostNameLength},
             {&parts.lpszUserName, &parts.dwUserNameLength},
             {&parts.lpszPassword, &parts.dwPasswordLength},
             {&parts.lpszUrlPath, &parts.dwUrlPathLength},
             {&parts.lpszExtraInfo, &parts.dwExtraInfoLength}}};
}

URL_COMPONENTS buffer_mode(Buffers& buffers, const std::array<DWORD, 6>& sizes)
{
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    auto slot = slots(parts);
    for (std::size_t i = 0; i < slot.size(); ++i) {
        buffers.text[i].assign(sizes[i], L'\x2603');
        *slot[i].first = sizes[i] == 0 ? nullptr : buffers.text[i].data();
        *slot[i].second = sizes[i];
    }
    return parts;
}

void check_cracked_buffers(URL_COMPONENTS& parts, const std::array<DWORD, 6>& sizes)
{
    auto slot = slots(parts);
    for (std::size_t i = 0; i < slot.size(); ++i) {
        if (sizes[i] == 0)
            continue;
        HSFUZZ_CHECK(*slot[i].second < sizes[i]);
        HSFUZZ_CHECK((*slot[i].first)[*slot[i].second] == L'\0');
    }
}

void check_pointers_inside(URL_COMPONENTS& parts, const std::wstring& url)
{
    for (const auto& [text, length] : slots(parts)) {
        if (*text == nullptr)
            continue;
        HSFUZZ_CHECK(*text >= url.data() && *text + *length <= url.data() + url.size());
    }
}

std::wstring component_text(LPWSTR text, DWORD length)
{
    return text == nullptr ? std::wstring(L"<absent>") : std::wstring(text, length);
}

// crack(create(crack(url))) == crack(url), for what was cracked without flags into large enough buffers.
void round_trip(URL_COMPONENTS& first, DWORD create_flags, bool from_crack)
{
    DWORD required = 0;
    if (WinHttpCreateUrl(&first, create_flags, nullptr, &required))
        return;
    if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
        return;
    HSFUZZ_CHECK(required > 0);
    std::vector<wchar_t> built(required);
    DWORD length = required;
    HSFUZZ_CHECK(WinHttpCreateUrl(&first, create_flags, built.data(), &length));
    HSFUZZ_CHECK(length + 1 == required && built[length] == L'\0');
    if (length > 0) {
        DWORD short_length = length;
        HSFUZZ_CHECK(!WinHttpCreateUrl(&first, create_flags, built.data(), &short_length));
        HSFUZZ_CHECK(GetLastError() == ERROR_INSUFFICIENT_BUFFER && short_length == required);
    }
    if (create_flags != 0)
        return;
    const std::wstring url(built.data(), length);
    Buffers buffers;
    const DWORD size = static_cast<DWORD>(url.size() + 1);
    std::array<DWORD, 6> sizes{size, size, size, size, size, size};
    URL_COMPONENTS second = buffer_mode(buffers, sizes);
    const bool cracked = WinHttpCrackUrl(url.c_str(), static_cast<DWORD>(url.size()), 0, &second);
    if (!from_crack) // arbitrary components need not make a URL that cracks (no host, say)
        return;
    HSFUZZ_CHECK(cracked);
    HSFUZZ_CHECK(second.nScheme == first.nScheme);
    HSFUZZ_CHECK(second.nPort == first.nPort);
    auto a = slots(first);
    auto b = slots(second);
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto before = component_text(*a[i].first, *a[i].second);
        if (a[i].first == &first.lpszUrlPath && before.empty())
            before = L"/"; // CreateUrl puts a '/' between host and path (docs/urls.md), so "" comes back as "/"
        const auto after = component_text(*b[i].first, *b[i].second);
        if (before != after)
            std::fprintf(stderr, "component %zu: cracked \"%ls\", after create and crack \"%ls\" (URL \"%ls\")\n", i,
                         before.c_str(), after.c_str(), url.c_str());
        HSFUZZ_CHECK(before == after);
    }
}

void fuzz_crack(hsfuzz::FuzzInput& input)
{
    const DWORD flags = flags_from(input);
    const std::uint8_t mode = input.byte();
    const bool utf16 = (mode & 0x01) != 0;
    const bool nul_terminated = (mode & 0x02) != 0;
    const bool pointer_mode = (mode & 0x04) != 0;
    const bool wrong_struct_size = (mode & 0x08) != 0;
    std::array<DWORD, 6> sizes{};
    for (auto& size : sizes)
        size = input.byte() % 40;
    const std::wstring url = hsfuzz::widen(input.rest(), utf16);
    const DWORD url_length = nul_terminated ? 0 : static_cast<DWORD>(url.size());

    if (pointer_mode) {
        URL_COMPONENTS parts{};
        parts.dwStructSize = wrong_struct_size ? 8 : sizeof parts;
        for (std::size_t i = 0; auto& slot : slots(parts))
            *slot.second = sizes[i++] % 3 == 0 ? 0 : static_cast<DWORD>(-1);
        if (WinHttpCrackUrl(url.c_str(), url_length, flags, &parts) && (flags & (ICU_DECODE | ICU_ESCAPE)) == 0)
            check_pointers_inside(parts, url);
        return;
    }
    Buffers buffers;
    URL_COMPONENTS parts = buffer_mode(buffers, sizes);
    if (wrong_struct_size)
        parts.dwStructSize = sizeof parts + 4;
    if (WinHttpCrackUrl(url.c_str(), url_length, flags, &parts))
        check_cracked_buffers(parts, sizes);

    // Everything fits: the round trip is meaningful.
    const DWORD size = static_cast<DWORD>(url.size() + 1);
    std::array<DWORD, 6> large{size, size, size, size, size, size};
    Buffers all;
    URL_COMPONENTS whole = buffer_mode(all, large);
    if (WinHttpCrackUrl(url.c_str(), url_length, 0, &whole)) {
        check_cracked_buffers(whole, large);
        round_trip(whole, 0, true);
        round_trip(whole, flags, true);
    }
}

void fuzz_create(hsfuzz::FuzzInput& input)
{
    const DWORD flags = flags_from(input);
    const std::uint8_t mode = input.byte();
    const bool utf16 = (mode & 0x01) != 0;
    std::array<std::wstring, 6> texts;
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    parts.nScheme = static_cast<INTERNET_SCHEME>(input.byte() % 4);
    parts.nPort = input.u16();
    const std::uint8_t present = input.byte();
    const std::uint8_t counted = input.byte();
    auto slot = slots(parts);
    for (std::size_t i = 0; i < slot.size(); ++i) {
        texts[i] = hsfuzz::widen(input.until('\n'), utf16);
        if ((present & (1u << i)) == 0)
            continue;
        *slot[i].first = texts[i].data();
        *slot[i].second = (counted & (1u << i)) != 0 ? static_cast<DWORD>(texts[i].size()) : 0;
    }
    round_trip(parts, flags, false);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    if (input.flag())
        fuzz_create(input);
    else
        fuzz_crack(input);
    return 0;
}
