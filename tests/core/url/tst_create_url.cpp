// WinHttpCreateUrl semantics (hinternet::url::create): lengths, scheme choice, default ports, userinfo,
// ICU_ESCAPE and the error paths. Expected strings follow what Windows produces for the same components.
#include "support/text.h"
#include "url/crack_url.h"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <string>

namespace {

using hinternet::url::crack;
using hinternet::url::create;

wchar_t scheme_http[] = L"http";
wchar_t scheme_ftp[] = L"ftp";
wchar_t winehq[] = L"www.winehq.org";
wchar_t username[] = L"username";
wchar_t password[] = L"password";
wchar_t about[] = L"/site/about";
wchar_t query[] = L"?query";
wchar_t empty[] = L"";

// The components most cases start from: every member set.
URL_COMPONENTS full_components()
{
    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    u.lpszScheme = scheme_http;
    u.dwSchemeLength = 4;
    u.nScheme = INTERNET_SCHEME_HTTP;
    u.lpszHostName = winehq;
    u.dwHostNameLength = 14;
    u.nPort = 80;
    u.lpszUserName = username;
    u.dwUserNameLength = 8;
    u.lpszPassword = password;
    u.dwPasswordLength = 8;
    u.lpszUrlPath = about;
    u.dwUrlPathLength = 11;
    u.lpszExtraInfo = query;
    u.dwExtraInfoLength = 6;
    return u;
}

URL_COMPONENTS no_components()
{
    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    return u;
}

struct CreateCase {
    const char* name;
    std::function<URL_COMPONENTS()> components;
    DWORD flags;
    const wchar_t* expected;
};

void PrintTo(const CreateCase& c, std::ostream* out)
{
    *out << c.name;
}

class CreateValid : public testing::TestWithParam<CreateCase> {};

TEST_P(CreateValid, WritesTheUrlAndItsLength)
{
    const CreateCase& c = GetParam();
    const URL_COMPONENTS components = c.components();
    std::array<wchar_t, 256> buffer{};
    DWORD length = static_cast<DWORD>(buffer.size());
    ASSERT_EQ(create(&components, c.flags, buffer.data(), &length), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(buffer.data()), c.expected);
    EXPECT_EQ(length, std::wcslen(c.expected));
}

TEST_P(CreateValid, ReportsTheRequiredLengthFirst)
{
    const CreateCase& c = GetParam();
    const URL_COMPONENTS components = c.components();
    const auto required = static_cast<DWORD>(std::wcslen(c.expected) + 1);

    DWORD length = 0;
    EXPECT_EQ(create(&components, c.flags, nullptr, &length), static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(length, required);

    // One character short: the terminator has no room.
    std::wstring buffer(required, L'#');
    length = required - 1;
    EXPECT_EQ(create(&components, c.flags, buffer.data(), &length), static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(length, required);
    EXPECT_EQ(buffer, std::wstring(required, L'#'));

    length = required;
    ASSERT_EQ(create(&components, c.flags, buffer.data(), &length), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(length, required - 1);
    EXPECT_EQ(buffer.c_str(), std::wstring(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    WinHttpCreateUrl, CreateValid,
    testing::Values(
        CreateCase{"every_component", full_components, 0, L"http://username:password@www.winehq.org/site/about?query"},
        CreateCase{"scheme_from_nScheme",
                   [] {
                       auto u = full_components();
                       u.lpszScheme = nullptr;
                       return u;
                   },
                   0, L"http://username:password@www.winehq.org/site/about?query"},
        CreateCase{"zero_nScheme_with_scheme_text",
                   [] {
                       auto u = full_components();
                       u.nScheme = 0;
                       return u;
                   },
                   0, L"http://username:password@www.winehq.org/site/about?query"},
        CreateCase{"https_from_nScheme_default_port_omitted",
                   [] {
                       auto u = full_components();
                       u.lpszScheme = nullptr;
                       u.nScheme = INTERNET_SCHEME_HTTPS;
                       u.nPort = 443;
                       return u;
                   },
                   0, L"https://username:password@www.winehq.org/site/about?query"},
        CreateCase{"https_with_port_80",
                   [] {
                       auto u = full_components();
                       u.lpszScheme = nullptr;
                       u.nScheme = INTERNET_SCHEME_HTTPS;
                       return u;
                   },
                   0, L"https://username:password@www.winehq.org:80/site/about?query"},
        CreateCase{"no_password",
                   [] {
                       auto u = full_components();
                       u.lpszPassword = nullptr;
                       return u;
                   },
                   0, L"http://username@www.winehq.org/site/about?query"},
        CreateCase{"empty_password",
                   [] {
                       auto u = full_components();
                       u.lpszPassword = empty;
                       u.dwPasswordLength = 0;
                       return u;
                   },
                   0, L"http://username:@www.winehq.org/site/about?query"},
        CreateCase{"empty_user_with_password",
                   [] {
                       auto u = full_components();
                       u.lpszUserName = empty;
                       u.dwUserNameLength = 0;
                       return u;
                   },
                   0, L"http://:password@www.winehq.org/site/about?query"},
        CreateCase{"no_userinfo",
                   [] {
                       auto u = full_components();
                       u.lpszUserName = nullptr;
                       u.lpszPassword = nullptr;
                       return u;
                   },
                   0, L"http://www.winehq.org/site/about?query"},
        CreateCase{"empty_user_and_password",
                   [] {
                       auto u = full_components();
                       u.lpszUserName = empty;
                       u.dwUserNameLength = 0;
                       u.lpszPassword = empty;
                       u.dwPasswordLength = 0;
                       return u;
                   },
                   0, L"http://:@www.winehq.org/site/about?query"},
        CreateCase{"unknown_scheme_text_keeps_the_port",
                   [] {
                       auto u = full_components();
                       u.lpszScheme = scheme_ftp;
                       u.dwSchemeLength = 3;
                       return u;
                   },
                   0, L"ftp://username:password@www.winehq.org:80/site/about?query"},
        CreateCase{"non_default_port",
                   [] {
                       auto u = full_components();
                       u.nPort = 42;
                       return u;
                   },
                   0, L"http://username:password@www.winehq.org:42/site/about?query"},
        CreateCase{"port_zero_is_written",
                   [] {
                       auto u = full_components();
                       u.lpszScheme = nullptr;
                       u.dwSchemeLength = 0;
                       u.nScheme = 0;
                       u.nPort = 0;
                       return u;
                   },
                   0, L"http://username:password@www.winehq.org:0/site/about?query"},
        CreateCase{"include_default_port",
                   [] {
                       auto u = full_components();
                       u.lpszUserName = nullptr;
                       u.lpszPassword = nullptr;
                       return u;
                   },
                   ICU_INCLUDE_DEFAULT_PORT, L"http://www.winehq.org:80/site/about?query"},
        CreateCase{"escape_extra_info",
                   [] {
                       static wchar_t punctuation[] = L" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
                       auto u = full_components();
                       u.lpszExtraInfo = punctuation;
                       u.dwExtraInfoLength = 33;
                       return u;
                   },
                   ICU_ESCAPE,
                   L"http://username:password@www.winehq.org/site/about%20!%22%23$%25&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_"
                   L"%60%7B%7C%7D%7E"},
        CreateCase{"escape_controls_in_extra_info",
                   [] {
                       static wchar_t controls[] = L"\r\x1f \n\x7f\r\n";
                       auto u = no_components();
                       u.lpszExtraInfo = controls;
                       u.dwExtraInfoLength = 7;
                       return u;
                   },
                   ICU_ESCAPE, L"http://%0D%1F%20%0A%7F%0D%0A"},
        CreateCase{"escape_controls_in_path",
                   [] {
                       static wchar_t controls[] = L"\r\x1f \n\x7f\r\n";
                       auto u = no_components();
                       u.lpszUrlPath = controls;
                       return u;
                   },
                   ICU_ESCAPE, L"http://%0D%1F%20%0A%7F%0D%0A"},
        CreateCase{"unicode_extra_info_unescaped",
                   [] {
                       static wchar_t text[] = L"?text=\xfb00";
                       auto u = no_components();
                       u.lpszExtraInfo = text;
                       return u;
                   },
                   0, L"http://?text=\xfb00"},
        CreateCase{"unicode_path_unescaped",
                   [] {
                       static wchar_t text[] = L"/text=\xfb00";
                       auto u = no_components();
                       u.lpszUrlPath = text;
                       return u;
                   },
                   0, L"http:///text=\xfb00"},
        CreateCase{"unicode_path_escaped_as_utf8",
                   [] {
                       static wchar_t text[] = L"/text=\xfb00\x00e9";
                       auto u = no_components();
                       u.lpszUrlPath = text;
                       return u;
                   },
                   ICU_ESCAPE, L"http:///text=%EF%AC%80%C3%A9"},
        CreateCase{"escape_leaves_host_and_userinfo",
                   [] {
                       static wchar_t user[] = L"a b";
                       static wchar_t path[] = L"/a b";
                       auto u = full_components();
                       u.lpszUserName = user;
                       u.dwUserNameLength = 0;
                       u.lpszPassword = nullptr;
                       u.lpszUrlPath = path;
                       u.dwUrlPathLength = 0;
                       return u;
                   },
                   ICU_ESCAPE, L"http://a b@www.winehq.org/a%20b?query"},
        CreateCase{"escape_authority",
                   [] {
                       static wchar_t user[] = L"me@corp";
                       static wchar_t secret[] = L"p:w/?@ %";
                       auto u = full_components();
                       u.lpszUserName = user;
                       u.dwUserNameLength = 0;
                       u.lpszPassword = secret;
                       u.dwPasswordLength = 0;
                       return u;
                   },
                   ICU_ESCAPE_AUTHORITY, L"http://me%40corp:p%3Aw%2F%3F%40%20%25@www.winehq.org/site/about?query"},
        CreateCase{"slash_added_between_host_and_path",
                   [] {
                       static wchar_t path[] = L"index.html";
                       auto u = full_components();
                       u.lpszUserName = nullptr;
                       u.lpszPassword = nullptr;
                       u.lpszUrlPath = path;
                       u.dwUrlPathLength = 0;
                       u.lpszExtraInfo = nullptr;
                       return u;
                   },
                   0, L"http://www.winehq.org/index.html"},
        CreateCase{"host_only",
                   [] {
                       auto u = no_components();
                       u.lpszHostName = winehq;
                       u.nPort = 80;
                       return u;
                   },
                   0, L"http://www.winehq.org"},
        CreateCase{"explicit_lengths_cut_components",
                   [] {
                       static wchar_t host[] = L"example.comXYZ";
                       static wchar_t path[] = L"/a/b/c";
                       auto u = no_components();
                       u.nScheme = INTERNET_SCHEME_HTTPS;
                       u.lpszHostName = host;
                       u.dwHostNameLength = 11;
                       u.nPort = 443;
                       u.lpszUrlPath = path;
                       u.dwUrlPathLength = 4;
                       return u;
                   },
                   0, L"https://example.com/a/b"},
        CreateCase{"ipv6_host_gets_brackets",
                   [] {
                       static wchar_t host[] = L"::1";
                       auto u = no_components();
                       u.lpszHostName = host;
                       u.nPort = 8080;
                       return u;
                   },
                   0, L"http://[::1]:8080"},
        CreateCase{"bracketed_ipv6_host_kept",
                   [] {
                       static wchar_t host[] = L"[fe80::1]";
                       static wchar_t path[] = L"/";
                       auto u = no_components();
                       u.nScheme = INTERNET_SCHEME_HTTPS;
                       u.lpszHostName = host;
                       u.nPort = 443;
                       u.lpszUrlPath = path;
                       return u;
                   },
                   0, L"https://[fe80::1]/"},
        CreateCase{"reject_userpwd_without_credentials",
                   [] {
                       auto u = full_components();
                       u.lpszUserName = nullptr;
                       u.lpszPassword = nullptr;
                       return u;
                   },
                   ICU_REJECT_USERPWD, L"http://www.winehq.org/site/about?query"}),
    [](const testing::TestParamInfo<CreateCase>& case_info) { return std::string(case_info.param.name); });

// ---- errors ----------------------------------------------------------------------------------------------------

TEST(CreateErrors, NullOrUnsizedComponentsAreInvalid)
{
    DWORD length = ~0u;
    EXPECT_EQ(create(nullptr, 0, nullptr, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(length, ~0u);

    URL_COMPONENTS zeroed{};
    EXPECT_EQ(create(&zeroed, 0, nullptr, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(length, ~0u);

    for (const DWORD size :
         {static_cast<DWORD>(sizeof(URL_COMPONENTS) - 1), static_cast<DWORD>(sizeof(URL_COMPONENTS) + 1)}) {
        URL_COMPONENTS u = full_components();
        u.dwStructSize = size;
        EXPECT_EQ(create(&u, 0, nullptr, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
        EXPECT_EQ(length, ~0u);
    }
}

TEST(CreateErrors, ALengthPointerIsRequired)
{
    const URL_COMPONENTS u = full_components();
    wchar_t buffer[128];
    EXPECT_EQ(create(&u, 0, nullptr, nullptr), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(create(&u, 0, buffer, nullptr), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

TEST(CreateErrors, EnoughRoomButNoBufferIsInvalid)
{
    const URL_COMPONENTS u = full_components();
    DWORD length = 256;
    EXPECT_EQ(create(&u, 0, nullptr, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(length, 256u);
}

TEST(CreateErrors, APasswordWithoutAUserIsInvalid)
{
    URL_COMPONENTS u = full_components();
    u.lpszUserName = nullptr;
    wchar_t buffer[128] = L"";
    DWORD length = 128;
    EXPECT_EQ(create(&u, 0, buffer, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(length, 128u);
    EXPECT_EQ(buffer[0], L'\0');
}

TEST(CreateErrors, AnUnknownSchemeNumberIsInvalid)
{
    for (const INTERNET_SCHEME scheme : {INTERNET_SCHEME(INTERNET_SCHEME_FTP), INTERNET_SCHEME(99)}) {
        URL_COMPONENTS u = full_components();
        u.lpszScheme = nullptr;
        u.nScheme = scheme;
        DWORD length = 0;
        EXPECT_EQ(create(&u, 0, nullptr, &length), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
}

TEST(CreateErrors, RejectUserPwdRefusesCredentials)
{
    wchar_t buffer[128] = L"";
    for (const bool with_password : {true, false}) {
        URL_COMPONENTS u = full_components();
        if (!with_password)
            u.lpszPassword = nullptr;
        DWORD length = 128;
        EXPECT_EQ(create(&u, ICU_REJECT_USERPWD, buffer, &length), static_cast<DWORD>(ERROR_WINHTTP_INVALID_URL));
        EXPECT_EQ(length, 128u);
    }
    URL_COMPONENTS empty_user = full_components();
    empty_user.lpszUserName = empty;
    empty_user.dwUserNameLength = 0;
    empty_user.lpszPassword = nullptr;
    DWORD length = 128;
    EXPECT_EQ(create(&empty_user, ICU_REJECT_USERPWD, buffer, &length), static_cast<DWORD>(ERROR_WINHTTP_INVALID_URL));
}

// ---- round trips ---------------------------------------------------------------------------------------------------

class CreateRoundTrip : public testing::TestWithParam<const wchar_t*> {};

TEST_P(CreateRoundTrip, CrackThenCreateGivesTheUrlBack)
{
    const wchar_t* url = GetParam();
    std::array<std::array<wchar_t, 64>, 6> buffers{};
    URL_COMPONENTS u{};
    u.dwStructSize = sizeof(URL_COMPONENTS);
    u.lpszScheme = buffers[0].data();
    u.dwSchemeLength = 64;
    u.lpszUserName = buffers[1].data();
    u.dwUserNameLength = 64;
    u.lpszPassword = buffers[2].data();
    u.dwPasswordLength = 64;
    u.lpszHostName = buffers[3].data();
    u.dwHostNameLength = 64;
    u.lpszUrlPath = buffers[4].data();
    u.dwUrlPathLength = 64;
    u.lpszExtraInfo = buffers[5].data();
    u.dwExtraInfoLength = 64;
    ASSERT_EQ(crack(url, 0, 0, &u), static_cast<DWORD>(ERROR_SUCCESS));
    // Absent userinfo comes back as an empty string; WinHttpCreateUrl wants NULL for "none".
    if (u.dwUserNameLength == 0 && std::wstring_view(url).find(L'@') == std::wstring_view::npos)
        u.lpszUserName = nullptr;
    if (u.dwPasswordLength == 0 && std::wstring_view(url).find(L":@") == std::wstring_view::npos)
        u.lpszPassword = nullptr;
    std::array<wchar_t, 256> rebuilt{};
    DWORD length = static_cast<DWORD>(rebuilt.size());
    ASSERT_EQ(create(&u, 0, rebuilt.data(), &length), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(rebuilt.data()), url);
}

INSTANTIATE_TEST_SUITE_P(WinHttpCreateUrl, CreateRoundTrip,
                         testing::Values(L"http://www.example.com/", L"https://u:p@example.com:8443/a/b?c=d",
                                         L"http://user@host/p#frag", L"https://[::1]:444/x?y",
                                         L"http://user:@host:81/?"));

} // namespace
