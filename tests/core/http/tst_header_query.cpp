#include "http/header_query.h"
#include "http/query_levels.h"
#include "support/text.h"

#include <gtest/gtest.h>
#include <winhttp.h>

#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace {

using hinternet::http::HeaderQuerySource;
using hinternet::http::query_headers;
using hinternet::http::query_headers_ex;
using hinternet::http::QueryLevelKind;
using hinternet::http::RequestHeaders;
using hinternet::http::ResponseHeaders;

constexpr DWORD request_flag = WINHTTP_QUERY_FLAG_REQUEST_HEADERS;

struct StringResult {
    DWORD error = ERROR_SUCCESS;
    std::wstring value;
    DWORD length = 0; // *buffer_length after the successful call
};

// Asks for the size first, then reads into a buffer of exactly that size, as WinHTTP programs do.
StringResult query_string(const HeaderQuerySource& source, DWORD level, LPCWSTR name = WINHTTP_HEADER_NAME_BY_INDEX,
                          DWORD* index = WINHTTP_NO_HEADER_INDEX)
{
    StringResult result;
    DWORD size = 0;
    const DWORD index_before = index != nullptr ? *index : 0;
    result.error = query_headers(source, level, name, WINHTTP_NO_OUTPUT_BUFFER, &size, index);
    if (result.error != ERROR_INSUFFICIENT_BUFFER)
        return result;
    EXPECT_EQ(size % sizeof(WCHAR), 0u);
    if (index != nullptr) {
        EXPECT_EQ(*index, index_before) << "a failed call must not advance the index";
    }
    std::vector<WCHAR> buffer(size / sizeof(WCHAR), L'#');
    result.error = query_headers(source, level, name, buffer.data(), &size, index);
    if (result.error != ERROR_SUCCESS)
        return result;
    result.length = size;
    EXPECT_EQ(size + sizeof(WCHAR), buffer.size() * sizeof(WCHAR)) << "length excludes only the NUL";
    EXPECT_EQ(buffer.back(), L'\0');
    result.value.assign(buffer.data(), size / sizeof(WCHAR));
    return result;
}

// Each line followed by a NUL: WINHTTP_QUERY_RAW_HEADERS without the string's own terminator.
std::wstring nul_terminated_lines(std::initializer_list<std::wstring_view> lines)
{
    std::wstring out;
    for (const std::wstring_view line : lines) {
        out.append(line);
        out.push_back(L'\0');
    }
    return out;
}

class HeaderQuery : public testing::Test {
protected:
    HeaderQuery()
    {
        for (const auto& [name, value] :
             std::vector<std::pair<std::string, std::string>>{{"Host", "example.com"},
                                                              {"User-Agent", "hs/1.0"},
                                                              {"Accept", "text/html"},
                                                              {"accept", "application/json"},
                                                              {"X-Number", "42"}})
            EXPECT_EQ(request.add(name, value, WINHTTP_ADDREQ_FLAG_ADD), static_cast<DWORD>(ERROR_SUCCESS));

        response.set_status(1, 1, 200, "OK");
        response.add_field("Content-Type", "text/html; charset=utf-8");
        response.add_field("Content-Length", "1234");
        response.add_field("Set-Cookie", "a=1");
        response.add_field("set-cookie", "b=2");
        response.add_field("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
        response.add_field("X-Big", "5000000000");
        response.add_field("X-Bad-Number", "12abc");
        response.add_field("X-Padded", " 7 ");
        response.add_field("X-Latin1", "caf\xE9");
        response.add_field("X-Empty", "");

        source.request = &request;
        source.request_method = "GET";
        source.request_target = "/index.html?q=1";
        source.request_version = "HTTP/1.1";
        source.response = &response;
    }

    RequestHeaders request;
    ResponseHeaders response;
    HeaderQuerySource source;
};

// ---- the level table -----------------------------------------------------------------------------

TEST(QueryLevels, EveryHeaderLevelMapsBothWays)
{
    int header_levels = 0;
    for (DWORD attribute = 0; attribute <= WINHTTP_QUERY_MAX; ++attribute) {
        const auto level = hinternet::http::describe_query_level(attribute);
        SCOPED_TRACE(attribute);
        if (attribute >= 71 && attribute <= 74) {
            EXPECT_FALSE(level.has_value()) << "WinHTTP defines no level " << attribute;
            continue;
        }
        ASSERT_TRUE(level.has_value());
        EXPECT_EQ(level->attribute, attribute);
        if (level->kind != QueryLevelKind::header) {
            EXPECT_EQ(hinternet::http::header_name_for_query_level(attribute), std::nullopt);
            continue;
        }
        ++header_levels;
        const auto name = hinternet::http::header_name_for_query_level(attribute);
        ASSERT_TRUE(name.has_value());
        EXPECT_EQ(hinternet::http::query_level_for_header_name(*name), attribute);
        EXPECT_EQ(hinternet::http::query_level_for_header_name(hinternet::text::ascii_lowercase(*name)), attribute);
    }
    EXPECT_EQ(header_levels, 66); // 75 levels less 6 special and 3 unsupported
    EXPECT_EQ(hinternet::http::header_name_for_query_level(WINHTTP_QUERY_CONTENT_TYPE), "Content-Type");
    EXPECT_EQ(hinternet::http::header_name_for_query_level(WINHTTP_QUERY_WWW_AUTHENTICATE), "WWW-Authenticate");
    EXPECT_EQ(hinternet::http::query_level_for_header_name("set-cookie"), WINHTTP_QUERY_SET_COOKIE);
    EXPECT_EQ(hinternet::http::query_level_for_header_name("X-Unknown"), std::nullopt);
    EXPECT_EQ(hinternet::http::describe_query_level(WINHTTP_QUERY_CUSTOM)->kind, QueryLevelKind::custom);
    EXPECT_EQ(hinternet::http::describe_query_level(WINHTTP_QUERY_MAX + 1), std::nullopt);
}

// Every header level finds its header in the response and, with REQUEST_HEADERS, in the request.
TEST(QueryLevels, EveryHeaderLevelIsQueryable)
{
    for (DWORD attribute = 0; attribute <= WINHTTP_QUERY_MAX; ++attribute) {
        const auto name = hinternet::http::header_name_for_query_level(attribute);
        if (!name)
            continue;
        SCOPED_TRACE(std::string(*name));
        const std::string value = "value-" + std::to_string(attribute);
        RequestHeaders request;
        ASSERT_EQ(request.add(hinternet::text::ascii_lowercase(*name), value, 0), static_cast<DWORD>(ERROR_SUCCESS));
        ResponseHeaders response;
        response.set_status(1, 1, 200, "OK");
        response.add_field("X-Other", "x");
        response.add_field(std::string(*name), value);
        const HeaderQuerySource source{&request, "GET", "/", "HTTP/1.1", &response};
        const std::wstring expected = hinternet::text::widen_latin1(value);
        EXPECT_EQ(query_string(source, attribute).value, expected);
        EXPECT_EQ(query_string(source, attribute | request_flag).value, expected);
    }
}

TEST_F(HeaderQuery, UnknownLevelsAndModifiersAreInvalid)
{
    DWORD size = 64;
    WCHAR buffer[32];
    for (const DWORD level : std::initializer_list<DWORD>{71u, 72u, 73u, 74u, 79u, 1000u, 65534u}) {
        SCOPED_TRACE(level);
        EXPECT_EQ(query_headers(source, level, nullptr, buffer, &size, nullptr),
                  static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
    for (const DWORD modifiers :
         std::initializer_list<DWORD>{0x04000000u, 0x00010000u, WINHTTP_QUERY_FLAG_WIRE_ENCODING,
                                      WINHTTP_QUERY_FLAG_NUMBER | WINHTTP_QUERY_FLAG_NUMBER64,
                                      WINHTTP_QUERY_FLAG_NUMBER | WINHTTP_QUERY_FLAG_SYSTEMTIME,
                                      WINHTTP_QUERY_FLAG_NUMBER64 | WINHTTP_QUERY_FLAG_SYSTEMTIME,
                                      WINHTTP_QUERY_FLAG_REQUEST_HEADERS | WINHTTP_QUERY_FLAG_TRAILERS}) {
        SCOPED_TRACE(modifiers);
        EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_LENGTH | modifiers, nullptr, buffer, &size, nullptr),
                  static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE, nullptr, buffer, nullptr, nullptr),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

TEST_F(HeaderQuery, UnsupportedLevelsAreNeverFound)
{
    for (const DWORD level :
         std::initializer_list<DWORD>{WINHTTP_QUERY_MESSAGE_ID, WINHTTP_QUERY_DERIVED_FROM, WINHTTP_QUERY_COST}) {
        SCOPED_TRACE(level);
        EXPECT_EQ(query_string(source, level).error, static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    }
}

// ---- the status line and the request line --------------------------------------------------------

struct SpecialCase {
    DWORD level;
    DWORD error;
    const wchar_t* value;
};

class SpecialLevels : public HeaderQuery, public testing::WithParamInterface<SpecialCase> {};

TEST_P(SpecialLevels, Answer)
{
    const StringResult result = query_string(source, GetParam().level);
    EXPECT_EQ(result.error, GetParam().error);
    if (result.error == ERROR_SUCCESS) {
        EXPECT_EQ(result.value, GetParam().value);
    }
}

INSTANTIATE_TEST_SUITE_P(
    StatusAndRequestLines, SpecialLevels,
    testing::Values(SpecialCase{WINHTTP_QUERY_STATUS_CODE, ERROR_SUCCESS, L"200"},
                    SpecialCase{WINHTTP_QUERY_STATUS_TEXT, ERROR_SUCCESS, L"OK"},
                    SpecialCase{WINHTTP_QUERY_VERSION, ERROR_SUCCESS, L"HTTP/1.1"},
                    SpecialCase{WINHTTP_QUERY_REQUEST_METHOD, ERROR_SUCCESS, L"GET"},
                    SpecialCase{WINHTTP_QUERY_REQUEST_METHOD | request_flag, ERROR_SUCCESS, L"GET"},
                    SpecialCase{WINHTTP_QUERY_VERSION | request_flag, ERROR_SUCCESS, L"HTTP/1.1"},
                    SpecialCase{WINHTTP_QUERY_STATUS_CODE | request_flag, ERROR_WINHTTP_HEADER_NOT_FOUND, nullptr},
                    SpecialCase{WINHTTP_QUERY_STATUS_TEXT | request_flag, ERROR_WINHTTP_HEADER_NOT_FOUND, nullptr},
                    SpecialCase{WINHTTP_QUERY_CONTENT_TYPE, ERROR_SUCCESS, L"text/html; charset=utf-8"},
                    SpecialCase{WINHTTP_QUERY_CONTENT_TYPE | request_flag, ERROR_WINHTTP_HEADER_NOT_FOUND, nullptr},
                    SpecialCase{WINHTTP_QUERY_HOST | request_flag, ERROR_SUCCESS, L"example.com"},
                    SpecialCase{WINHTTP_QUERY_HOST, ERROR_WINHTTP_HEADER_NOT_FOUND, nullptr},
                    SpecialCase{WINHTTP_QUERY_EXPIRES, ERROR_WINHTTP_HEADER_NOT_FOUND, nullptr}));

TEST_F(HeaderQuery, VersionAndReasonFollowTheResponse)
{
    response.set_status(1, 0, 404, "");
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_VERSION).value, L"HTTP/1.0");
    const StringResult reason = query_string(source, WINHTTP_QUERY_STATUS_TEXT);
    EXPECT_EQ(reason.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(reason.value, L"");
    EXPECT_EQ(reason.length, 0u);
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_STATUS_CODE).value, L"404");
    source.request_version = "HTTP/1.0";
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_VERSION | request_flag).value, L"HTTP/1.0");
}

TEST_F(HeaderQuery, RawHeadersAreNulSeparatedWithAnExtraNul)
{
    const StringResult result = query_string(source, WINHTTP_QUERY_RAW_HEADERS);
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    const std::wstring expected = nul_terminated_lines(
        {L"HTTP/1.1 200 OK", L"Content-Type: text/html; charset=utf-8", L"Content-Length: 1234", L"Set-Cookie: a=1",
         L"set-cookie: b=2", L"Date: Sun, 06 Nov 1994 08:49:37 GMT", L"X-Big: 5000000000", L"X-Bad-Number: 12abc",
         L"X-Padded:  7 ", L"X-Latin1: caf\u00E9", L"X-Empty: "});
    EXPECT_EQ(result.value, expected);
    EXPECT_EQ(result.length, expected.size() * sizeof(WCHAR));
    // With the terminating NUL, the list ends in two NULs.
    EXPECT_EQ(result.value.back(), L'\0');
}

TEST_F(HeaderQuery, RawHeadersCrlfIsTheHead)
{
    const StringResult result = query_string(source, WINHTTP_QUERY_RAW_HEADERS_CRLF);
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(result.value, hinternet::text::widen_latin1(response.raw_head()));
    EXPECT_EQ(result.value.substr(0, 17), L"HTTP/1.1 200 OK\r\n");
    EXPECT_EQ(result.value.substr(result.value.size() - 4), L"\r\n\r\n");
}

TEST_F(HeaderQuery, RequestRawHeadersStartWithTheRequestLine)
{
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_RAW_HEADERS_CRLF | request_flag).value,
              L"GET /index.html?q=1 HTTP/1.1\r\n"
              L"Host: example.com\r\n"
              L"User-Agent: hs/1.0\r\n"
              L"Accept: text/html\r\n"
              L"accept: application/json\r\n"
              L"X-Number: 42\r\n"
              L"\r\n");
    const std::wstring nul_separated =
        nul_terminated_lines({L"GET /index.html?q=1 HTTP/1.1", L"Host: example.com", L"User-Agent: hs/1.0",
                              L"Accept: text/html", L"accept: application/json", L"X-Number: 42"});
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_RAW_HEADERS | request_flag).value, nul_separated);
}

// ---- buffers ---------------------------------------------------------------------------------------

TEST_F(HeaderQuery, BufferSizesAreBytesOfWchar)
{
    const std::wstring expected = L"text/html; charset=utf-8";
    const DWORD needed = static_cast<DWORD>((expected.size() + 1) * sizeof(WCHAR));

    DWORD size = 0;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE, nullptr, nullptr, &size, nullptr),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, needed);

    // A buffer given with a length too small (even by one byte) is left alone.
    std::vector<unsigned char> bytes(needed + 16, 0xAB);
    size = needed - 1;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE, nullptr, bytes.data(), &size, nullptr),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, needed);
    EXPECT_EQ(bytes[0], 0xAB);

    size = needed;
    ASSERT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE, nullptr, bytes.data(), &size, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(size, needed - sizeof(WCHAR));
    std::wstring written(expected.size() + 1, L'?');
    std::memcpy(written.data(), bytes.data(), needed);
    EXPECT_EQ(written, expected + L'\0');
    EXPECT_EQ(bytes[needed], 0xAB) << "nothing written past the NUL";

    // A larger buffer works the same; an unaligned one too.
    size = static_cast<DWORD>(bytes.size() - 1);
    ASSERT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE, nullptr, bytes.data() + 1, &size, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(size, needed - sizeof(WCHAR));
    std::memcpy(written.data(), bytes.data() + 1, needed);
    EXPECT_EQ(written, expected + L'\0');
}

TEST_F(HeaderQuery, EmptyValueNeedsRoomForTheNul)
{
    DWORD size = 0;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM, L"X-Empty", nullptr, &size, nullptr),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, sizeof(WCHAR));
    WCHAR buffer[1] = {L'#'};
    ASSERT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM, L"X-Empty", buffer, &size, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(size, 0u);
    EXPECT_EQ(buffer[0], L'\0');
}

TEST_F(HeaderQuery, BytesAreWidenedOneToOne)
{
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM, L"x-latin1").value, L"caf\u00E9");
}

// ---- index enumeration -----------------------------------------------------------------------------

TEST_F(HeaderQuery, IndexEnumeratesRepeatedHeaders)
{
    DWORD index = 0;
    StringResult result = query_string(source, WINHTTP_QUERY_SET_COOKIE, nullptr, &index);
    EXPECT_EQ(result.value, L"a=1");
    EXPECT_EQ(index, 1u);
    result = query_string(source, WINHTTP_QUERY_SET_COOKIE, nullptr, &index);
    EXPECT_EQ(result.value, L"b=2");
    EXPECT_EQ(index, 2u);
    result = query_string(source, WINHTTP_QUERY_SET_COOKIE, nullptr, &index);
    EXPECT_EQ(result.error, static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(index, 2u);

    // No index: always the first.
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_SET_COOKIE).value, L"a=1");
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_SET_COOKIE).value, L"a=1");

    index = 1;
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM, L"SET-COOKIE", &index).value, L"b=2");
    index = 1;
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_ACCEPT | request_flag, nullptr, &index).value, L"application/json");
    EXPECT_EQ(index, 2u);
    index = 7;
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_ACCEPT | request_flag, nullptr, &index).error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
}

TEST_F(HeaderQuery, IndexEndsForSingleValuedLevels)
{
    for (const DWORD level : std::initializer_list<DWORD>{WINHTTP_QUERY_STATUS_CODE, WINHTTP_QUERY_STATUS_TEXT,
                                                          WINHTTP_QUERY_VERSION, WINHTTP_QUERY_REQUEST_METHOD,
                                                          WINHTTP_QUERY_RAW_HEADERS, WINHTTP_QUERY_RAW_HEADERS_CRLF}) {
        SCOPED_TRACE(level);
        DWORD index = 0;
        EXPECT_EQ(query_string(source, level, nullptr, &index).error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(index, 1u);
        EXPECT_EQ(query_string(source, level, nullptr, &index).error,
                  static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    }
}

TEST_F(HeaderQuery, CustomNeedsAName)
{
    DWORD size = 0;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM, nullptr, nullptr, &size, nullptr),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM, L"", nullptr, &size, nullptr),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM, L"X-Missing").error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM, L"content-length").value, L"1234");
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM | request_flag, L"x-number").value, L"42");
    // The name is ignored for every other level.
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CONTENT_LENGTH, L"Content-Type").value, L"1234");
}

// ---- handle state ----------------------------------------------------------------------------------

TEST_F(HeaderQuery, ResponseDataBeforeTheResponseIsAStateError)
{
    source.response = nullptr;
    for (const DWORD level : std::initializer_list<DWORD>{
             WINHTTP_QUERY_CONTENT_TYPE, WINHTTP_QUERY_STATUS_CODE, WINHTTP_QUERY_STATUS_TEXT, WINHTTP_QUERY_VERSION,
             WINHTTP_QUERY_RAW_HEADERS, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_QUERY_MESSAGE_ID, WINHTTP_QUERY_CUSTOM,
             WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
             WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_TRAILERS}) {
        SCOPED_TRACE(level);
        EXPECT_EQ(query_string(source, level, L"Content-Type").error,
                  static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
    }
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_HOST | request_flag).value, L"example.com");
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_REQUEST_METHOD).value, L"GET");
    source.request = nullptr;
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_HOST | request_flag).error,
              static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
}

TEST_F(HeaderQuery, TrailersAfterTheBody)
{
    DWORD size = 0;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_TRAILERS, L"X-Checksum", nullptr, &size,
                            nullptr),
              static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
    response.add_trailer("X-Checksum", "abc");
    response.set_trailers_complete(true);
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_TRAILERS, L"x-checksum").value, L"abc");
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CUSTOM, L"X-Checksum").error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_TRAILERS).error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_TRAILERS).error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(query_string(source, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_TRAILERS).value,
              L"X-Checksum: abc\r\n\r\n");
}

// ---- NUMBER, NUMBER64, SYSTEMTIME ------------------------------------------------------------------

struct NumberCase {
    DWORD level;
    const wchar_t* name;
    DWORD error;
    ULONGLONG value;
};

class Numbers : public HeaderQuery, public testing::WithParamInterface<NumberCase> {};

TEST_P(Numbers, Convert)
{
    const NumberCase& c = GetParam();
    const bool wide = (c.level & WINHTTP_QUERY_FLAG_NUMBER64) != 0;
    const DWORD width = wide ? sizeof(ULONGLONG) : sizeof(DWORD);

    DWORD size = 0;
    const DWORD probe = query_headers(source, c.level, c.name, nullptr, &size, nullptr);
    if (c.error != ERROR_SUCCESS) {
        EXPECT_EQ(probe, c.error);
        return;
    }
    EXPECT_EQ(probe, static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, width);

    unsigned char buffer[16];
    std::memset(buffer, 0xAB, sizeof buffer);
    size = width - 1;
    EXPECT_EQ(query_headers(source, c.level, c.name, buffer, &size, nullptr),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, width);
    size = sizeof buffer;
    DWORD index = 0;
    ASSERT_EQ(query_headers(source, c.level, c.name, buffer, &size, &index), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(size, width);
    EXPECT_EQ(index, 1u);
    EXPECT_EQ(buffer[width], 0xAB);
    if (wide) {
        ULONGLONG number = 0;
        std::memcpy(&number, buffer, sizeof number);
        EXPECT_EQ(number, c.value);
    } else {
        DWORD number = 0;
        std::memcpy(&number, buffer, sizeof number);
        EXPECT_EQ(number, c.value);
    }
}

constexpr DWORD number = WINHTTP_QUERY_FLAG_NUMBER;
constexpr DWORD number64 = WINHTTP_QUERY_FLAG_NUMBER64;
constexpr DWORD invalid_query = ERROR_WINHTTP_INVALID_QUERY_REQUEST;

INSTANTIATE_TEST_SUITE_P(
    Values, Numbers,
    testing::Values(NumberCase{WINHTTP_QUERY_STATUS_CODE | number, nullptr, ERROR_SUCCESS, 200},
                    NumberCase{WINHTTP_QUERY_STATUS_CODE | number64, nullptr, ERROR_SUCCESS, 200},
                    NumberCase{WINHTTP_QUERY_CONTENT_LENGTH | number, nullptr, ERROR_SUCCESS, 1234},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number, L"X-Padded", ERROR_SUCCESS, 7},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number | request_flag, L"X-Number", ERROR_SUCCESS, 42},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number64, L"X-Big", ERROR_SUCCESS, 5000000000ull},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number, L"X-Big", invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number, L"X-Bad-Number", invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number64, L"X-Bad-Number", invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_CUSTOM | number, L"X-Empty", invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_CONTENT_TYPE | number, nullptr, invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_STATUS_TEXT | number, nullptr, invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_RAW_HEADERS | number, nullptr, invalid_query, 0},
                    NumberCase{WINHTTP_QUERY_EXPIRES | number, nullptr, ERROR_WINHTTP_HEADER_NOT_FOUND, 0}));

TEST_F(HeaderQuery, NumbersOverflowingSixtyFourBitsAreInvalid)
{
    response.add_field("X-Huge", "18446744073709551616");
    response.add_field("X-Max", "18446744073709551615");
    DWORD size = sizeof(ULONGLONG);
    ULONGLONG value = 0;
    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM | number64, L"X-Huge", &value, &size, nullptr), invalid_query);
    ASSERT_EQ(query_headers(source, WINHTTP_QUERY_CUSTOM | number64, L"X-Max", &value, &size, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(value, 18446744073709551615ull);
}

TEST_F(HeaderQuery, SystemTimeParsesDates)
{
    DWORD size = 0;
    EXPECT_EQ(
        query_headers(source, WINHTTP_QUERY_DATE | WINHTTP_QUERY_FLAG_SYSTEMTIME, nullptr, nullptr, &size, nullptr),
        static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(size, sizeof(SYSTEMTIME));
    SYSTEMTIME time{};
    ASSERT_EQ(query_headers(source, WINHTTP_QUERY_DATE | WINHTTP_QUERY_FLAG_SYSTEMTIME, nullptr, &time, &size, nullptr),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(size, sizeof(SYSTEMTIME));
    EXPECT_EQ(time.wYear, 1994);
    EXPECT_EQ(time.wMonth, 11);
    EXPECT_EQ(time.wDay, 6);
    EXPECT_EQ(time.wDayOfWeek, 0);
    EXPECT_EQ(time.wHour, 8);
    EXPECT_EQ(time.wMinute, 49);
    EXPECT_EQ(time.wSecond, 37);

    EXPECT_EQ(query_headers(source, WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_SYSTEMTIME, nullptr, &time, &size,
                            nullptr),
              invalid_query);
    EXPECT_EQ(
        query_headers(source, WINHTTP_QUERY_EXPIRES | WINHTTP_QUERY_FLAG_SYSTEMTIME, nullptr, &time, &size, nullptr),
        static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
}

// ---- WinHttpQueryHeadersEx -------------------------------------------------------------------------

struct ExResult {
    DWORD error = ERROR_SUCCESS;
    std::vector<unsigned char> buffer;
    PWINHTTP_EXTENDED_HEADER headers = nullptr;
    DWORD count = 0;
    DWORD length = 0;
};

ExResult query_ex(const HeaderQuerySource& source, DWORD level, UINT code_page = 0, PWINHTTP_HEADER_NAME name = nullptr,
                  DWORD* index = nullptr)
{
    ExResult result;
    DWORD size = 0;
    result.error =
        query_headers_ex(source, level, 0, code_page, index, name, nullptr, &size, &result.headers, &result.count);
    if (result.error != ERROR_INSUFFICIENT_BUFFER)
        return result;
    result.buffer.assign(size, 0xAB);
    result.error = query_headers_ex(source, level, 0, code_page, index, name, result.buffer.data(), &size,
                                    &result.headers, &result.count);
    result.length = size;
    return result;
}

TEST_F(HeaderQuery, ExReturnsEveryHeaderParsed)
{
    const ExResult result = query_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS);
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(result.count, response.fields().size());
    EXPECT_EQ(result.length, result.buffer.size());
    EXPECT_EQ(static_cast<void*>(result.headers), static_cast<const void*>(result.buffer.data()));
    EXPECT_EQ(std::wstring(result.headers[0].pwszName), L"Content-Type");
    EXPECT_EQ(std::wstring(result.headers[0].pwszValue), L"text/html; charset=utf-8");
    EXPECT_EQ(std::wstring(result.headers[3].pwszName), L"set-cookie");
    EXPECT_EQ(std::wstring(result.headers[8].pwszValue), L"caf\u00E9");
    EXPECT_EQ(std::wstring(result.headers[9].pwszValue), L"");
    for (DWORD i = 0; i < result.count; ++i) {
        const auto* begin = result.buffer.data();
        const auto* end = begin + result.buffer.size();
        EXPECT_GE(reinterpret_cast<const unsigned char*>(result.headers[i].pwszValue), begin);
        EXPECT_LT(reinterpret_cast<const unsigned char*>(result.headers[i].pwszValue), end);
    }

    const ExResult request_result = query_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS | request_flag);
    ASSERT_EQ(request_result.error, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(request_result.count, 5u);
    EXPECT_EQ(std::wstring(request_result.headers[4].pwszName), L"X-Number");
}

TEST_F(HeaderQuery, ExWireEncodingAndCodePages)
{
    response.add_field("X-Utf8", "caf\xC3\xA9");
    const ExResult wire = query_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS | WINHTTP_QUERY_FLAG_WIRE_ENCODING);
    ASSERT_EQ(wire.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::string(wire.headers[8].pszValue), "caf\xE9");
    EXPECT_EQ(std::string(wire.headers[10].pszName), "X-Utf8");

    WINHTTP_HEADER_NAME name{};
    name.pwszName = L"x-utf8";
    const ExResult latin1 = query_ex(source, WINHTTP_QUERY_CUSTOM, 0, &name);
    ASSERT_EQ(latin1.error, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(latin1.count, 1u);
    EXPECT_EQ(std::wstring(latin1.headers[0].pwszValue), L"caf\u00C3\u00A9");
    const ExResult utf8 = query_ex(source, WINHTTP_QUERY_CUSTOM, 65001, &name);
    ASSERT_EQ(utf8.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(utf8.headers[0].pwszValue), L"caf\u00E9");

    WINHTTP_HEADER_NAME narrow{};
    narrow.pszName = "CONTENT-LENGTH";
    const ExResult by_narrow_name =
        query_ex(source, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_WIRE_ENCODING, 0, &narrow);
    ASSERT_EQ(by_narrow_name.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::string(by_narrow_name.headers[0].pszValue), "1234");
}

TEST_F(HeaderQuery, ExEnumeratesByIndex)
{
    DWORD index = 0;
    ExResult result = query_ex(source, WINHTTP_QUERY_SET_COOKIE, 0, nullptr, &index);
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(result.headers[0].pwszValue), L"a=1");
    EXPECT_EQ(index, 1u);
    result = query_ex(source, WINHTTP_QUERY_SET_COOKIE, 0, nullptr, &index);
    EXPECT_EQ(std::wstring(result.headers[0].pwszValue), L"b=2");
    EXPECT_EQ(index, 2u);
    EXPECT_EQ(query_ex(source, WINHTTP_QUERY_SET_COOKIE, 0, nullptr, &index).error,
              static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(index, 2u);
}

TEST_F(HeaderQuery, ExRejectsWhatTheReferenceExcludes)
{
    PWINHTTP_EXTENDED_HEADER headers = nullptr;
    DWORD count = 0;
    DWORD size = 0;
    for (const DWORD level :
         std::initializer_list<DWORD>{WINHTTP_QUERY_VERSION, WINHTTP_QUERY_STATUS_CODE, WINHTTP_QUERY_STATUS_TEXT,
                                      WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_QUERY_REQUEST_METHOD,
                                      WINHTTP_QUERY_CONTENT_LENGTH | WINHTTP_QUERY_FLAG_NUMBER,
                                      WINHTTP_QUERY_CONTENT_LENGTH | WINHTTP_QUERY_FLAG_NUMBER64,
                                      WINHTTP_QUERY_DATE | WINHTTP_QUERY_FLAG_SYSTEMTIME, 71u, 79u}) {
        SCOPED_TRACE(level);
        EXPECT_EQ(query_headers_ex(source, level, 0, 0, nullptr, nullptr, nullptr, &size, &headers, &count),
                  static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    }
    EXPECT_EQ(query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 1, 0, nullptr, nullptr, nullptr, &size, &headers,
                               &count),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 0, 0, nullptr, nullptr, nullptr, nullptr, &headers,
                               &count),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(
        query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 0, 0, nullptr, nullptr, nullptr, &size, nullptr, &count),
        static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(query_headers_ex(source, WINHTTP_QUERY_CUSTOM, 0, 0, nullptr, nullptr, nullptr, &size, &headers, &count),
              static_cast<DWORD>(ERROR_INVALID_PARAMETER));

    // Too small a buffer reports the size and writes nothing.
    ASSERT_EQ(query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 0, 0, nullptr, nullptr, nullptr, &size, &headers,
                               &count),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    std::vector<unsigned char> buffer(size, 0xAB);
    DWORD short_size = size - 1;
    EXPECT_EQ(query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 0, 0, nullptr, nullptr, buffer.data(), &short_size,
                               &headers, &count),
              static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(short_size, size);
    EXPECT_EQ(buffer[0], 0xAB);

    source.response = nullptr;
    EXPECT_EQ(query_headers_ex(source, WINHTTP_QUERY_EX_ALL_HEADERS, 0, 0, nullptr, nullptr, buffer.data(), &size,
                               &headers, &count),
              static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
}

} // namespace
