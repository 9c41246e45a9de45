// WinHttpCrackUrl semantics (hinternet::url::crack): component modes, ICU flags, ports, IPv6, userinfo and
// every error path. Where Microsoft's page is silent, the expectations follow Windows' observed behaviour.
#include "support/text.h"
#include "url/crack_url.h"

#include <gtest/gtest.h>

#include <array>
#include <cwchar>
#include <string>

namespace {

using hinternet::url::crack;

constexpr DWORD unset = 0xDEADBEEF;

std::string narrow(std::wstring_view text)
{
    return hinternet::text::to_utf8(text);
}

// Every component copied into a buffer of its own.
struct Buffers {
    static constexpr DWORD capacity = 128;
    std::array<wchar_t, capacity> scheme{}, user{}, password{}, host{}, path{}, extra{};
    URL_COMPONENTS components{};

    Buffers()
    {
        components.dwStructSize = sizeof(URL_COMPONENTS);
        components.lpszScheme = scheme.data();
        components.lpszUserName = user.data();
        components.lpszPassword = password.data();
        components.lpszHostName = host.data();
        components.lpszUrlPath = path.data();
        components.lpszExtraInfo = extra.data();
        components.dwSchemeLength = components.dwUserNameLength = components.dwPasswordLength = capacity;
        components.dwHostNameLength = components.dwUrlPathLength = components.dwExtraInfoLength = capacity;
    }
    Buffers(const Buffers&) = delete;
    Buffers& operator=(const Buffers&) = delete;
};

// Every component asked for as a pointer into the input.
URL_COMPONENTS pointer_components()
{
    URL_COMPONENTS components{};
    components.dwStructSize = sizeof(URL_COMPONENTS);
    components.dwSchemeLength = components.dwUserNameLength = components.dwPasswordLength = ~0u;
    components.dwHostNameLength = components.dwUrlPathLength = components.dwExtraInfoLength = ~0u;
    return components;
}

std::wstring_view slice(LPCWSTR text, DWORD length)
{
    return text == nullptr ? std::wstring_view() : std::wstring_view(text, length);
}

// ---- URLs that crack ---------------------------------------------------------------------------------------

struct CrackCase {
    const wchar_t* url;
    DWORD flags;
    INTERNET_SCHEME scheme_number;
    const wchar_t* scheme;
    const wchar_t* user;     // nullptr: no userinfo (NULL pointer in pointer mode)
    const wchar_t* password; // nullptr: no password
    const wchar_t* host;
    INTERNET_PORT port;
    const wchar_t* path;
    const wchar_t* extra;
};

void PrintTo(const CrackCase& c, std::ostream* out)
{
    *out << narrow(c.url) << " flags=0x" << std::hex << c.flags;
}

class CrackValid : public testing::TestWithParam<CrackCase> {};

TEST_P(CrackValid, CopiesEveryComponentIntoBuffers)
{
    const CrackCase& c = GetParam();
    Buffers buffers;
    ASSERT_EQ(crack(c.url, 0, c.flags, &buffers.components), static_cast<DWORD>(ERROR_SUCCESS));
    const URL_COMPONENTS& u = buffers.components;
    EXPECT_EQ(u.nScheme, c.scheme_number);
    EXPECT_EQ(u.nPort, c.port);
    EXPECT_EQ(std::wstring(u.lpszScheme), c.scheme);
    EXPECT_EQ(u.dwSchemeLength, std::wcslen(c.scheme));
    EXPECT_EQ(std::wstring(u.lpszUserName), c.user ? c.user : L"");
    EXPECT_EQ(u.dwUserNameLength, c.user ? std::wcslen(c.user) : 0u);
    EXPECT_EQ(std::wstring(u.lpszPassword), c.password ? c.password : L"");
    EXPECT_EQ(u.dwPasswordLength, c.password ? std::wcslen(c.password) : 0u);
    EXPECT_EQ(std::wstring(u.lpszHostName), c.host);
    EXPECT_EQ(u.dwHostNameLength, std::wcslen(c.host));
    EXPECT_EQ(std::wstring(u.lpszUrlPath), c.path);
    EXPECT_EQ(u.dwUrlPathLength, std::wcslen(c.path));
    EXPECT_EQ(std::wstring(u.lpszExtraInfo), c.extra);
    EXPECT_EQ(u.dwExtraInfoLength, std::wcslen(c.extra));
}

TEST_P(CrackValid, PointsIntoTheInputWhenNoBuffersAreGiven)
{
    const CrackCase& c = GetParam();
    URL_COMPONENTS u = pointer_components();
    if ((c.flags & (ICU_ESCAPE | ICU_DECODE)) != 0) {
        // The input cannot show an escaped or decoded value.
        EXPECT_EQ(crack(c.url, 0, c.flags, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
        EXPECT_EQ(u.lpszHostName, nullptr);
        return;
    }
    ASSERT_EQ(crack(c.url, 0, c.flags, &u), static_cast<DWORD>(ERROR_SUCCESS));
    const std::wstring_view input(c.url);
    const auto inside_input = [&input](LPCWSTR p) { return p >= input.data() && p <= input.data() + input.size(); };
    EXPECT_EQ(u.lpszScheme, input.data());
    EXPECT_EQ(slice(u.lpszScheme, u.dwSchemeLength), c.scheme);
    if (c.user == nullptr) {
        EXPECT_EQ(u.lpszUserName, nullptr);
        EXPECT_EQ(u.dwUserNameLength, 0u);
    } else {
        EXPECT_TRUE(inside_input(u.lpszUserName));
        EXPECT_EQ(slice(u.lpszUserName, u.dwUserNameLength), c.user);
    }
    if (c.password == nullptr) {
        EXPECT_EQ(u.lpszPassword, nullptr);
        EXPECT_EQ(u.dwPasswordLength, 0u);
    } else {
        EXPECT_TRUE(inside_input(u.lpszPassword));
        EXPECT_EQ(slice(u.lpszPassword, u.dwPasswordLength), c.password);
    }
    for (LPCWSTR p : {static_cast<LPCWSTR>(u.lpszHostName), static_cast<LPCWSTR>(u.lpszUrlPath),
                      static_cast<LPCWSTR>(u.lpszExtraInfo)})
        EXPECT_TRUE(inside_input(p));
    EXPECT_EQ(slice(u.lpszHostName, u.dwHostNameLength), c.host);
    EXPECT_EQ(slice(u.lpszUrlPath, u.dwUrlPathLength), c.path);
    EXPECT_EQ(slice(u.lpszExtraInfo, u.dwExtraInfoLength), c.extra);
    EXPECT_EQ(u.nPort, c.port);
    EXPECT_EQ(u.nScheme, c.scheme_number);
}

TEST_P(CrackValid, HonoursAnExplicitLength)
{
    const CrackCase& c = GetParam();
    std::wstring padded = std::wstring(c.url) + L"/trailing?garbage#x";
    Buffers buffers;
    ASSERT_EQ(crack(padded.c_str(), static_cast<DWORD>(std::wcslen(c.url)), c.flags, &buffers.components),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(buffers.components.lpszHostName), c.host);
    EXPECT_EQ(std::wstring(buffers.components.lpszUrlPath), c.path);
    EXPECT_EQ(std::wstring(buffers.components.lpszExtraInfo), c.extra);
}

constexpr INTERNET_SCHEME http = INTERNET_SCHEME_HTTP;
constexpr INTERNET_SCHEME https = INTERNET_SCHEME_HTTPS;

INSTANTIATE_TEST_SUITE_P(
    WinHttpCrackUrl, CrackValid,
    testing::Values(
        // plain
        CrackCase{L"http://www.example.com/", 0, http, L"http", nullptr, nullptr, L"www.example.com", 80, L"/", L""},
        CrackCase{L"https://example.com", 0, https, L"https", nullptr, nullptr, L"example.com", 443, L"", L""},
        CrackCase{L"HTTP://Example.COM/Path", 0, http, L"HTTP", nullptr, nullptr, L"Example.COM", 80, L"/Path", L""},
        CrackCase{L"hTTpS://h/", 0, https, L"hTTpS", nullptr, nullptr, L"h", 443, L"/", L""},
        // userinfo
        CrackCase{L"http://user:pass@host/p?q", 0, http, L"http", L"user", L"pass", L"host", 80, L"/p", L"?q"},
        CrackCase{L"http://user@host/", 0, http, L"http", L"user", nullptr, L"host", 80, L"/", L""},
        CrackCase{L"http://user:@host/", 0, http, L"http", L"user", L"", L"host", 80, L"/", L""},
        CrackCase{L"http://:@host/", 0, http, L"http", L"", L"", L"host", 80, L"/", L""},
        CrackCase{L"http://us@er:p@ss@host/", 0, http, L"http", L"us@er", L"p@ss", L"host", 80, L"/", L""},
        CrackCase{L"http://u:p@host:81", 0, http, L"http", L"u", L"p", L"host", 81, L"", L""},
        CrackCase{L"http://example.net/path?var1=example@example.com&v=x", 0, http, L"http", nullptr, nullptr,
                  L"example.net", 80, L"/path", L"?var1=example@example.com&v=x"},
        CrackCase{L"http://host?mail=a@b", 0, http, L"http", nullptr, nullptr, L"host", 80, L"", L"?mail=a@b"},
        CrackCase{L"http://host/a@b", ICU_REJECT_USERPWD, http, L"http", nullptr, nullptr, L"host", 80, L"/a@b", L""},
        // ports
        CrackCase{L"http://host:8080/x", 0, http, L"http", nullptr, nullptr, L"host", 8080, L"/x", L""},
        CrackCase{L"https://host:443/", 0, https, L"https", nullptr, nullptr, L"host", 443, L"/", L""},
        CrackCase{L"https://host:80/", 0, https, L"https", nullptr, nullptr, L"host", 80, L"/", L""},
        CrackCase{L"http://host:65535/", 0, http, L"http", nullptr, nullptr, L"host", 65535, L"/", L""},
        CrackCase{L"http://host:00080/", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/", L""},
        CrackCase{L"http://host:0/", 0, http, L"http", nullptr, nullptr, L"host", 0, L"/", L""},
        CrackCase{L"http://host:/", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/", L""},
        CrackCase{L"https://host:", 0, https, L"https", nullptr, nullptr, L"host", 443, L"", L""},
        CrackCase{L"https://h.example:19133/nba/v4/get_account?x=37", 0, https, L"https", nullptr, nullptr,
                  L"h.example", 19133, L"/nba/v4/get_account", L"?x=37"},
        // IPv6 and IPv4 literals: the brackets stay in the host name
        CrackCase{L"http://[::1]/", 0, http, L"http", nullptr, nullptr, L"[::1]", 80, L"/", L""},
        CrackCase{L"http://[fe80::1]:8080/a", 0, http, L"http", nullptr, nullptr, L"[fe80::1]", 8080, L"/a", L""},
        CrackCase{L"https://u@[2001:db8::ffff:192.0.2.1]", 0, https, L"https", L"u", nullptr,
                  L"[2001:db8::ffff:192.0.2.1]", 443, L"", L""},
        CrackCase{L"http://[::1]:/x", 0, http, L"http", nullptr, nullptr, L"[::1]", 80, L"/x", L""},
        CrackCase{L"http://127.0.0.1:3128/", 0, http, L"http", nullptr, nullptr, L"127.0.0.1", 3128, L"/", L""},
        // path and extra info
        CrackCase{L"http://host/p?q#frag", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/p", L"?q#frag"},
        CrackCase{L"http://host/p#frag?x", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/p", L"#frag?x"},
        CrackCase{L"http://host?q", 0, http, L"http", nullptr, nullptr, L"host", 80, L"", L"?q"},
        CrackCase{L"http://host#f", 0, http, L"http", nullptr, nullptr, L"host", 80, L"", L"#f"},
        CrackCase{L"http://host/post;a", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/post;a", L""},
        CrackCase{L"https://www.winehq.org/post?", 0, https, L"https", nullptr, nullptr, L"www.winehq.org", 443,
                  L"/post", L"?"},
        CrackCase{L"https://tools.example/update2?w=3:BxDHoWy8ezM", 0, https, L"https", nullptr, nullptr,
                  L"tools.example", 443, L"/update2", L"?w=3:BxDHoWy8ezM"},
        CrackCase{L"http://host/a b", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/a b", L""},
        CrackCase{L"http://host/\x00e9t\x00e9", 0, http, L"http", nullptr, nullptr, L"host", 80, L"/\x00e9t\x00e9",
                  L""},
        // ICU_ESCAPE: path and extra info only, '%' kept, non-ASCII as UTF-8
        CrackCase{L"http://winehq.o g/path with spaces", ICU_ESCAPE | ICU_DECODE, http, L"http", nullptr, nullptr,
                  L"winehq.o g", 80, L"/path%20with%20spaces", L""},
        CrackCase{L"http://u s@host/a b/\x00e9?q=<x>|", ICU_ESCAPE, http, L"http", L"u s", nullptr, L"host", 80,
                  L"/a%20b/%C3%A9", L"?q=%3Cx%3E%7C"},
        CrackCase{L"http://host/a%20b c", ICU_ESCAPE, http, L"http", nullptr, nullptr, L"host", 80, L"/a%20b%20c", L""},
        CrackCase{L"http://host/\"{x}\"", ICU_ESCAPE, http, L"http", nullptr, nullptr, L"host", 80, L"/%22%7Bx%7D%22",
                  L""},
        // ICU_DECODE: every component but the scheme; %XX becomes U+00XX, UTF-8 is not decoded
        CrackCase{L"http://us%65r:p%40ss@h%6Fst/a%20b%2Fc?x=%41%zz", ICU_DECODE, http, L"http", L"user", L"p@ss",
                  L"host", 80, L"/a b/c", L"?x=A%zz"},
        CrackCase{L"http://host/%C3%A9", ICU_DECODE, http, L"http", nullptr, nullptr, L"host", 80, L"/\x00C3\x00A9",
                  L""},
        CrackCase{L"http://host/a%3Fb?c", ICU_DECODE, http, L"http", nullptr, nullptr, L"host", 80, L"/a?b", L"?c"},
        CrackCase{L"http://host/%", ICU_DECODE, http, L"http", nullptr, nullptr, L"host", 80, L"/%", L""},
        CrackCase{L"http://username:password@www.winehq.org/site/about%20!%22%23$%25&'()*+,-./:;%3C=%3E"
                  L"?@%5B%5C%5D%5E_%60%7B%7C%7D%7E",
                  ICU_DECODE, http, L"http", L"username", L"password", L"www.winehq.org", 80,
                  L"/site/about !\"#$%&'()*+,-./:;<=>", L"?@[\\]^_`{|}~"}));

// ---- URLs that do not crack --------------------------------------------------------------------------------

struct CrackError {
    const wchar_t* url;
    DWORD flags;
    DWORD error;
};

void PrintTo(const CrackError& c, std::ostream* out)
{
    *out << narrow(c.url) << " flags=0x" << std::hex << c.flags;
}

class CrackInvalid : public testing::TestWithParam<CrackError> {};

TEST_P(CrackInvalid, FailsWithTheExactErrorAndWritesNothing)
{
    const CrackError& c = GetParam();
    for (const bool with_buffers : {true, false}) {
        SCOPED_TRACE(with_buffers ? "buffers" : "pointers");
        Buffers buffers;
        URL_COMPONENTS pointers = pointer_components();
        URL_COMPONENTS& u = with_buffers ? buffers.components : pointers;
        u.nScheme = 77;
        u.nPort = 7;
        EXPECT_EQ(crack(c.url, 0, c.flags, &u), c.error);
        EXPECT_EQ(u.nScheme, 77);
        EXPECT_EQ(u.nPort, 7);
        if (with_buffers) {
            EXPECT_EQ(u.dwHostNameLength, Buffers::capacity);
            EXPECT_EQ(buffers.host[0], L'\0');
        }
    }
}

constexpr DWORD invalid_url = ERROR_WINHTTP_INVALID_URL;
constexpr DWORD unrecognized = ERROR_WINHTTP_UNRECOGNIZED_SCHEME;

INSTANTIATE_TEST_SUITE_P(
    WinHttpCrackUrl, CrackInvalid,
    testing::Values(
        // schemes
        CrackError{L"", 0, unrecognized}, CrackError{L"http", 0, unrecognized},
        CrackError{L"www.example.com", 0, unrecognized}, CrackError{L"www", 0, unrecognized},
        CrackError{L"ftp://host/", 0, unrecognized}, CrackError{L"file:///etc/passwd", 0, unrecognized},
        CrackError{L"mailto:a@b.example", 0, unrecognized}, CrackError{L"httpx://host/", 0, unrecognized},
        CrackError{L"ws://host/", 0, unrecognized}, CrackError{L"host:8080/path", 0, unrecognized},
        CrackError{L" http://host/", 0, unrecognized},
        // malformed
        CrackError{L"HTTP:www.example.org", 0, invalid_url}, CrackError{L"http:/www.example.org", 0, invalid_url},
        CrackError{L"http:", 0, invalid_url}, CrackError{L"http://", 0, invalid_url},
        CrackError{L"http:///path", 0, invalid_url}, CrackError{L"http://?q", 0, invalid_url},
        CrackError{L"http://user@/", 0, invalid_url}, CrackError{L"http://:80/", 0, invalid_url},
        CrackError{L"http://u:p@:80", 0, invalid_url},
        // ports
        CrackError{L"http://host:65536/", 0, invalid_url}, CrackError{L"http://winehq.org:65536", 0, invalid_url},
        CrackError{L"http://host:99999999999999999999/", 0, invalid_url},
        CrackError{L"http://host:8a/", 0, invalid_url}, CrackError{L"http://host:-1/", 0, invalid_url},
        CrackError{L"http://host: 80/", 0, invalid_url}, CrackError{L"http://host:80:81/", 0, invalid_url},
        // IPv6 literals
        CrackError{L"http://[::1/", 0, invalid_url}, CrackError{L"http://[::1]x/", 0, invalid_url},
        CrackError{L"http://[]/", 0, invalid_url}, CrackError{L"http://[example.com]/", 0, invalid_url},
        CrackError{L"http://[::1]:99999/", 0, invalid_url}, CrackError{L"http://[::g]/", 0, invalid_url},
        // ICU_REJECT_USERPWD
        CrackError{L"http://user:pw@host/", ICU_REJECT_USERPWD, invalid_url},
        CrackError{L"http://user@host/", ICU_REJECT_USERPWD, invalid_url},
        CrackError{L"http://@host/", ICU_REJECT_USERPWD, invalid_url},
        CrackError{L"https://:pw@host", ICU_REJECT_USERPWD, invalid_url},
        // the scheme is judged before the flags
        CrackError{L"ftp://user:pw@host/", ICU_REJECT_USERPWD, unrecognized}));

// ---- the parameters ------------------------------------------------------------------------------------------

TEST(CrackParameters, RejectsAWrongStructSize)
{
    for (const DWORD size :
         {0u, static_cast<DWORD>(sizeof(URL_COMPONENTS) - 1), static_cast<DWORD>(sizeof(URL_COMPONENTS) + 4), ~0u}) {
        SCOPED_TRACE(size);
        URL_COMPONENTS u = pointer_components();
        u.dwStructSize = size;
        EXPECT_EQ(crack(L"http://host/", 0, 0, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
        EXPECT_EQ(u.lpszHostName, nullptr);
    }
}

TEST(CrackParameters, RejectsNullArguments)
{
    URL_COMPONENTS u = pointer_components();
    EXPECT_EQ(crack(nullptr, 0, 0, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(crack(nullptr, 10, 0, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(crack(L"http://host/", 0, 0, nullptr), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

TEST(CrackParameters, ABufferWithoutALengthIsInvalidAndNothingIsWritten)
{
    wchar_t scheme[16] = L"untouched";
    URL_COMPONENTS u = pointer_components();
    u.lpszScheme = scheme;
    u.dwSchemeLength = 0;
    u.dwUserNameLength = unset;
    EXPECT_EQ(crack(L"http://www.winehq.org/test", 0, 0, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(std::wstring(scheme), L"untouched");
    EXPECT_EQ(u.nScheme, 0);
    EXPECT_EQ(u.lpszHostName, nullptr);
    EXPECT_EQ(u.dwUserNameLength, unset);
}

TEST(CrackParameters, DecodeOrEscapeNeedBuffersForNonEmptyComponents)
{
    for (const DWORD flags : {static_cast<DWORD>(ICU_DECODE), static_cast<DWORD>(ICU_ESCAPE)}) {
        SCOPED_TRACE(flags);
        URL_COMPONENTS u = pointer_components();
        EXPECT_EQ(crack(L"http://user:pw@host/a%20b?q", 0, flags, &u), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
        EXPECT_EQ(u.lpszHostName, nullptr);

        // Only the host as a pointer: still refused, the host is not empty.
        Buffers buffers;
        buffers.components.lpszHostName = nullptr;
        EXPECT_EQ(crack(L"http://host/", 0, flags, &buffers.components), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
}

TEST(CrackParameters, DecodeAcceptsPointerModeForEmptyComponents)
{
    Buffers buffers;
    buffers.components.lpszExtraInfo = nullptr; // pointer mode, and the extra info is empty
    buffers.components.lpszUserName = nullptr;
    buffers.components.dwUserNameLength = 0; // not wanted
    buffers.components.lpszPassword = nullptr;
    buffers.components.dwPasswordLength = 0;
    const wchar_t* url = L"http://host/a%20b";
    ASSERT_EQ(crack(url, 0, ICU_DECODE, &buffers.components), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(buffers.path.data()), L"/a b");
    EXPECT_EQ(buffers.components.lpszExtraInfo, url + std::wcslen(url));
    EXPECT_EQ(buffers.components.dwExtraInfoLength, 0u);
    EXPECT_EQ(buffers.components.lpszUserName, nullptr);
}

// ---- pointer mode, as Windows reports it -----------------------------------------------------------------------

TEST(CrackPointers, PointAtEachComponentOfTheInput)
{
    const wchar_t* url = L"http://username:password@www.winehq.org/site/about";
    URL_COMPONENTS u = pointer_components();
    ASSERT_EQ(crack(url, 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(u.lpszScheme, url);
    EXPECT_EQ(u.dwSchemeLength, 4u);
    EXPECT_EQ(u.lpszUserName, url + 7);
    EXPECT_EQ(u.dwUserNameLength, 8u);
    EXPECT_EQ(u.lpszPassword, url + 16);
    EXPECT_EQ(u.dwPasswordLength, 8u);
    EXPECT_EQ(u.lpszHostName, url + 25);
    EXPECT_EQ(u.dwHostNameLength, 14u);
    EXPECT_EQ(u.lpszUrlPath, url + 39);
    EXPECT_EQ(u.dwUrlPathLength, 11u);
    EXPECT_EQ(u.lpszExtraInfo, url + 50);
    EXPECT_EQ(u.dwExtraInfoLength, 0u);
    EXPECT_EQ(u.nPort, 80);
    EXPECT_EQ(u.nScheme, INTERNET_SCHEME_HTTP);
}

TEST(CrackPointers, AnAbsentPathAndExtraInfoPointAtTheEnd)
{
    const wchar_t* url = L"http://www.winehq.org";
    URL_COMPONENTS u = pointer_components();
    u.dwUserNameLength = u.dwPasswordLength = 1;
    ASSERT_EQ(crack(url, 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(u.lpszUserName, nullptr);
    EXPECT_EQ(u.dwUserNameLength, 0u);
    EXPECT_EQ(u.lpszPassword, nullptr);
    EXPECT_EQ(u.dwPasswordLength, 0u);
    EXPECT_EQ(u.lpszHostName, url + 7);
    EXPECT_EQ(u.lpszUrlPath, url + 21);
    EXPECT_EQ(u.dwUrlPathLength, 0u);
    EXPECT_EQ(u.lpszExtraInfo, url + 21);
    EXPECT_EQ(u.dwExtraInfoLength, 0u);
}

TEST(CrackPointers, ComponentsNotAskedForAreLeftAlone)
{
    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    u.dwHostNameLength = 1;
    ASSERT_EQ(crack(L"https://u:p@host:8443/p?q", 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(slice(u.lpszHostName, u.dwHostNameLength), L"host");
    EXPECT_EQ(u.lpszScheme, nullptr);
    EXPECT_EQ(u.dwSchemeLength, 0u);
    EXPECT_EQ(u.lpszUserName, nullptr);
    EXPECT_EQ(u.lpszUrlPath, nullptr);
    EXPECT_EQ(u.dwUrlPathLength, 0u);
    EXPECT_EQ(u.lpszExtraInfo, nullptr);
    EXPECT_EQ(u.nScheme, INTERNET_SCHEME_HTTPS);
    EXPECT_EQ(u.nPort, 8443);
}

// Windows folds the extra info into the path when the caller does not ask for it (callers rely on this to
// get path and query in one piece for WinHttpOpenRequest).
TEST(CrackPointers, ThePathCarriesTheExtraInfoWhenItIsNotAskedFor)
{
    const wchar_t* url = L"https://nba2k19-ws.2ksports.com:19133/nba/v4/Accounts/get_account?x=3789526775265663876";
    Buffers buffers;
    buffers.components.lpszExtraInfo = nullptr;
    buffers.components.dwExtraInfoLength = 0;
    ASSERT_EQ(crack(url, 0, 0, &buffers.components), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(buffers.path.data()), url + 37);
    EXPECT_EQ(buffers.components.dwUrlPathLength, 50u);
    EXPECT_EQ(buffers.components.nPort, 19133);

    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    u.dwUrlPathLength = ~0u;
    ASSERT_EQ(crack(L"http://h/p#f?q", 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(slice(u.lpszUrlPath, u.dwUrlPathLength), L"/p#f?q");
}

// ---- buffers that are too small ----------------------------------------------------------------------------------

TEST(CrackBuffers, TooSmallReportsTheRequiredLengthAndStillFillsTheRest)
{
    Buffers buffers;
    URL_COMPONENTS& u = buffers.components;
    u.dwSchemeLength = 1;
    u.dwHostNameLength = 1;
    ASSERT_EQ(crack(L"http://username:password@www.winehq.org/site/about?query", 0, 0, &u),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(u.dwSchemeLength, 5u);
    EXPECT_EQ(u.dwHostNameLength, 15u);
    EXPECT_EQ(buffers.scheme[0], L'\0');
    EXPECT_EQ(buffers.host[0], L'\0');
    EXPECT_EQ(std::wstring(buffers.path.data()), L"/site/about");
    EXPECT_EQ(u.dwUrlPathLength, 11u);
    EXPECT_EQ(std::wstring(buffers.extra.data()), L"?query");
    EXPECT_EQ(std::wstring(buffers.user.data()), L"username");
    EXPECT_EQ(u.nScheme, INTERNET_SCHEME_HTTP);
    EXPECT_EQ(u.nPort, 80);
}

TEST(CrackBuffers, TheTerminatorNeedsItsOwnRoom)
{
    const wchar_t* url = L"https://example.com:8443/";
    for (const DWORD capacity : {11u, 12u, 13u}) {
        SCOPED_TRACE(capacity);
        wchar_t host[16] = L"";
        URL_COMPONENTS u{};
        u.dwStructSize = sizeof(URL_COMPONENTS);
        u.lpszHostName = host;
        u.dwHostNameLength = capacity;
        const DWORD error = crack(url, 0, 0, &u);
        if (capacity <= 11) {
            EXPECT_EQ(error, static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
            EXPECT_EQ(u.dwHostNameLength, 12u);
            EXPECT_EQ(u.nPort, 8443);
        } else {
            EXPECT_EQ(error, static_cast<DWORD>(ERROR_SUCCESS));
            EXPECT_EQ(u.dwHostNameLength, 11u);
            EXPECT_EQ(std::wstring(host), L"example.com");
        }
    }
}

TEST(CrackBuffers, TheRequiredLengthIsThatOfTheTransformedValue)
{
    wchar_t path[4] = L"";
    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    u.lpszUrlPath = path;
    u.dwUrlPathLength = 4;
    EXPECT_EQ(crack(L"http://h/a b", 0, ICU_ESCAPE, &u), static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(u.dwUrlPathLength, 7u); // "/a%20b" and the terminator

    u.dwUrlPathLength = 4;
    EXPECT_EQ(crack(L"http://h/%41%42", 0, ICU_DECODE, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(path), L"/AB");
    EXPECT_EQ(u.dwUrlPathLength, 3u);
}

// ---- NUL-terminated and explicit lengths -----------------------------------------------------------------------

TEST(CrackLength, AnExplicitLengthCutsTheUrl)
{
    const wchar_t* url = L"http://host.example/path?query";
    URL_COMPONENTS u = pointer_components();
    ASSERT_EQ(crack(url, 16, 0, &u), static_cast<DWORD>(ERROR_SUCCESS)); // "http://host.exam"
    EXPECT_EQ(slice(u.lpszHostName, u.dwHostNameLength), L"host.exam");
    EXPECT_EQ(u.dwUrlPathLength, 0u);
    EXPECT_EQ(u.lpszUrlPath, url + 16);

    u = pointer_components();
    ASSERT_EQ(crack(url, 24, 0, &u), static_cast<DWORD>(ERROR_SUCCESS)); // up to "?"
    EXPECT_EQ(slice(u.lpszUrlPath, u.dwUrlPathLength), L"/path");
    EXPECT_EQ(u.dwExtraInfoLength, 0u);

    u = pointer_components();
    EXPECT_EQ(crack(url, 4, 0, &u), static_cast<DWORD>(ERROR_WINHTTP_UNRECOGNIZED_SCHEME)); // "http"
    EXPECT_EQ(crack(url, 7, 0, &u), static_cast<DWORD>(ERROR_WINHTTP_INVALID_URL));         // "http://"
}

TEST(CrackLength, ZeroMeansNulTerminated)
{
    const wchar_t url[] = L"http://a/b\0http://c/d";
    URL_COMPONENTS u = pointer_components();
    ASSERT_EQ(crack(url, 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(slice(u.lpszUrlPath, u.dwUrlPathLength), L"/b");
    EXPECT_EQ(u.lpszExtraInfo, url + 10);
}

} // namespace
