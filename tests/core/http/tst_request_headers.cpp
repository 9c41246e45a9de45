#include "http/request_headers.h"

#include <gtest/gtest.h>
#include <winhttp.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using hinternet::http::HeaderField;
using hinternet::http::RequestHeaders;
using Fields = std::vector<std::pair<std::string, std::string>>;

Fields fields_of(const RequestHeaders& headers)
{
    Fields out;
    for (const HeaderField& field : headers.fields())
        out.emplace_back(field.name, field.value);
    return out;
}

RequestHeaders headers_with(const Fields& fields)
{
    RequestHeaders headers;
    for (const auto& [name, value] : fields)
        EXPECT_EQ(headers.add(name, value, WINHTTP_ADDREQ_FLAG_ADD), static_cast<DWORD>(ERROR_SUCCESS)) << name;
    return headers;
}

constexpr DWORD add = WINHTTP_ADDREQ_FLAG_ADD;
constexpr DWORD add_if_new = WINHTTP_ADDREQ_FLAG_ADD_IF_NEW;
constexpr DWORD coalesce = WINHTTP_ADDREQ_FLAG_COALESCE;
constexpr DWORD comma = WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA;
constexpr DWORD semicolon = WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON;
constexpr DWORD replace = WINHTTP_ADDREQ_FLAG_REPLACE;
constexpr DWORD ok = ERROR_SUCCESS;

struct BlockCase {
    const char* label;
    Fields initial;
    std::wstring block;
    DWORD modifiers;
    DWORD error;
    Fields expected; // on failure: must equal initial
};

void PrintTo(const BlockCase& c, std::ostream* os)
{
    *os << c.label;
}

class AddBlock : public testing::TestWithParam<BlockCase> {};

TEST_P(AddBlock, AppliesModifiersAllOrNothing)
{
    const BlockCase& c = GetParam();
    RequestHeaders headers = headers_with(c.initial);
    EXPECT_EQ(headers.add(c.block, c.modifiers), c.error);
    EXPECT_EQ(fields_of(headers), c.error == ok ? c.expected : c.initial);
}

const Fields accept_text{{"Accept", "text/*"}};
const Fields three{{"A", "1"}, {"B", "2"}, {"A", "3"}};

INSTANTIATE_TEST_SUITE_P(
    Syntax, AddBlock,
    testing::Values(
        BlockCase{"single", {}, L"Accept: text/*", add, ok, {{"Accept", "text/*"}}},
        BlockCase{"no modifiers adds", {}, L"Accept: text/*", 0, ok, {{"Accept", "text/*"}}},
        BlockCase{"trailing CRLF", {}, L"A: 1\r\n", add, ok, {{"A", "1"}}},
        BlockCase{
            "several lines in order", {}, L"A: 1\r\nB: 2\r\nC: 3\r\n", add, ok, {{"A", "1"}, {"B", "2"}, {"C", "3"}}},
        BlockCase{"empty lines skipped", {}, L"A: 1\r\n\r\nB: 2\r\n\r\n", add, ok, {{"A", "1"}, {"B", "2"}}},
        BlockCase{"only CRLF adds nothing", {{"A", "1"}}, L"\r\n", add, ok, {{"A", "1"}}},
        BlockCase{"value OWS trimmed", {}, L"A: \t spaced  value \t", add, ok, {{"A", "spaced  value"}}},
        BlockCase{"no space after colon", {}, L"A:1", add, ok, {{"A", "1"}}},
        BlockCase{"colon inside value", {}, L"Host: example.com:8080", add, ok, {{"Host", "example.com:8080"}}},
        BlockCase{"tab inside value", {}, L"A: x\ty", add, ok, {{"A", "x\ty"}}},
        BlockCase{"empty value", {}, L"X-Empty:", add, ok, {{"X-Empty", ""}}},
        BlockCase{"name spelling kept", {}, L"x-MiXeD: v", add, ok, {{"x-MiXeD", "v"}}},
        BlockCase{"index bits ignored", {}, L"A: 1", add | 5, ok, {{"A", "1"}}},
        BlockCase{"Latin-1 value as bytes", {}, L"A: caf\u00E9", add, ok, {{"A", "caf\xE9"}}},
        BlockCase{"wide value as UTF-8", {}, L"A: \u20AC caf\u00E9", add, ok, {{"A", "\xE2\x82\xAC caf\xC3\xA9"}}},
        BlockCase{"U+010A is not LF", {}, L"A: \u010A", add, ok, {{"A", "\xC4\x8A"}}},
        BlockCase{"empty block", {}, L"", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"no colon", {}, L"NoColon", add, ERROR_WINHTTP_INVALID_HEADER, {}},
        BlockCase{"nothing before colon", {}, L": value", add, ERROR_WINHTTP_INVALID_HEADER, {}},
        BlockCase{"blank line", {}, L"   ", add, ERROR_WINHTTP_INVALID_HEADER, {}},
        BlockCase{"folded continuation line", {}, L"A: 1\r\n folded", add, ERROR_WINHTTP_INVALID_HEADER, {}},
        BlockCase{"space in name", {}, L"Bad Name: v", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"space before colon", {}, L"Name : v", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"leading space", {}, L" Name: v", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"non-ASCII name", {}, L"N\u00E4me: v", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"control byte in value", {}, L"A: x\x01y", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"escape in value", {}, L"A: \x1B[31m", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{"DEL in value", {}, L"A: x\x7Fy", add, ERROR_INVALID_PARAMETER, {}},
        BlockCase{
            "bad second line rolls back", {{"A", "1"}}, L"B: 2\r\nbad line", add, ERROR_WINHTTP_INVALID_HEADER, {}},
        BlockCase{"bad second name rolls back", {}, L"B: 2\r\nC D: 3", add, ERROR_INVALID_PARAMETER, {}}));

INSTANTIATE_TEST_SUITE_P(
    Modifiers, AddBlock,
    testing::Values(
        BlockCase{"add repeats", {{"A", "1"}}, L"A: 2", add, ok, {{"A", "1"}, {"A", "2"}}},
        BlockCase{"add if new, new", {{"B", "1"}}, L"A: 2", add_if_new, ok, {{"B", "1"}, {"A", "2"}}},
        BlockCase{"add if new, exists", {{"A", "1"}}, L"A: 2", add_if_new, ERROR_WINHTTP_HEADER_ALREADY_EXISTS, {}},
        BlockCase{"add if new, other case",
                  {{"Accept", "1"}},
                  L"ACCEPT: 2",
                  add_if_new,
                  ERROR_WINHTTP_HEADER_ALREADY_EXISTS,
                  {}},
        BlockCase{"add if new, repeated within block",
                  {},
                  L"X: 1\r\nX: 2",
                  add_if_new,
                  ERROR_WINHTTP_HEADER_ALREADY_EXISTS,
                  {}},
        BlockCase{"add if new fails, earlier lines roll back",
                  {{"A", "1"}},
                  L"New: 1\r\nA: 2",
                  add_if_new,
                  ERROR_WINHTTP_HEADER_ALREADY_EXISTS,
                  {}},
        BlockCase{"coalesce", accept_text, L"Accept: audio/*", coalesce, ok, {{"Accept", "text/*, audio/*"}}},
        BlockCase{"coalesce with comma", accept_text, L"Accept: audio/*", comma, ok, {{"Accept", "text/*, audio/*"}}},
        BlockCase{
            "coalesce with semicolon", accept_text, L"Accept: audio/*", semicolon, ok, {{"Accept", "text/*; audio/*"}}},
        BlockCase{"comma wins over semicolon",
                  accept_text,
                  L"Accept: audio/*",
                  comma | semicolon,
                  ok,
                  {{"Accept", "text/*, audio/*"}}},
        BlockCase{"coalesce keeps first spelling", {{"accept", "a"}}, L"ACCEPT: b", coalesce, ok, {{"accept", "a, b"}}},
        BlockCase{"coalesce into the first of several",
                  three,
                  L"a: 4",
                  coalesce,
                  ok,
                  {{"A", "1, 4"}, {"B", "2"}, {"A", "3"}}},
        BlockCase{"coalesce when absent adds", {{"B", "2"}}, L"A: 1", coalesce, ok, {{"B", "2"}, {"A", "1"}}},
        BlockCase{"coalesce an empty value", accept_text, L"Accept:", coalesce, ok, accept_text},
        BlockCase{"coalesce onto an empty value", {{"A", ""}}, L"A: 1", coalesce, ok, {{"A", "1"}}},
        BlockCase{"coalesce lines of one block", {}, L"A: 1\r\nA: 2\r\nA: 3", semicolon, ok, {{"A", "1; 2; 3"}}},
        BlockCase{"replace in place", {{"A", "1"}, {"B", "2"}}, L"a: 9", replace, ok, {{"a", "9"}, {"B", "2"}}},
        BlockCase{"replace every occurrence", three, L"A: 9", replace, ok, {{"A", "9"}, {"B", "2"}}},
        BlockCase{"replace with empty removes all", three, L"A:", replace, ok, {{"B", "2"}}},
        BlockCase{"replace absent", {{"B", "2"}}, L"A: 1", replace, ERROR_WINHTTP_HEADER_NOT_FOUND, {}},
        BlockCase{"replace absent with empty", {{"B", "2"}}, L"A:", replace, ERROR_WINHTTP_HEADER_NOT_FOUND, {}},
        BlockCase{"replace or add, absent", {{"B", "2"}}, L"A: 1", replace | add, ok, {{"B", "2"}, {"A", "1"}}},
        BlockCase{"replace or add, present", three, L"A: 9", replace | add, ok, {{"A", "9"}, {"B", "2"}}},
        BlockCase{"replace or add, absent and empty", {{"B", "2"}}, L"A:", replace | add, ok, {{"B", "2"}}},
        BlockCase{
            "replace beats coalesce", accept_text, L"Accept: audio/*", replace | coalesce, ok, {{"Accept", "audio/*"}}},
        BlockCase{"add if new beats replace",
                  accept_text,
                  L"Accept: audio/*",
                  replace | add_if_new,
                  ERROR_WINHTTP_HEADER_ALREADY_EXISTS,
                  {}},
        BlockCase{
            "add if new and replace, absent", {}, L"A: 1", replace | add_if_new, ERROR_WINHTTP_HEADER_NOT_FOUND, {}},
        BlockCase{"replace fails mid-block, rolls back",
                  {{"A", "1"}},
                  L"A: 2\r\nB: 3",
                  replace,
                  ERROR_WINHTTP_HEADER_NOT_FOUND,
                  {}}));

// Every separator RFC 9110 excludes from a token, anywhere in the name.
TEST(AddBlockNames, RejectsEverySeparatorAndControl)
{
    std::wstring forbidden = L"\"(),/;<=>?@[\\]{} \t";
    forbidden.push_back(static_cast<wchar_t>(0x7F));
    forbidden.push_back(static_cast<wchar_t>(0x01));
    for (const wchar_t c : forbidden) {
        for (std::size_t position = 0; position <= 4; ++position) {
            std::wstring name = L"Name";
            name.insert(position, 1, c);
            SCOPED_TRACE(testing::Message() << "char " << static_cast<int>(c) << " at " << position);
            RequestHeaders headers;
            const DWORD error = headers.add(name + L": v", add);
            // A space or tab at the very end of the name is still "whitespace before the colon".
            EXPECT_EQ(error, static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_TRUE(headers.empty());
        }
    }
}

// CR, LF or NUL anywhere but in a CRLF pair (or, for NUL, at the very end) rejects the whole block.
TEST(AddBlockInjection, RejectsCrLfNulAtEveryPosition)
{
    const std::wstring block = L"Name: value\r\nOther: x";
    for (const wchar_t bad : {L'\r', L'\n', L'\0'}) {
        for (std::size_t position = 0; position <= block.size(); ++position) {
            std::wstring corrupted = block;
            corrupted.insert(position, 1, bad);
            SCOPED_TRACE(testing::Message() << "char " << static_cast<int>(bad) << " at " << position);
            RequestHeaders headers = headers_with({{"Keep", "1"}});
            if (bad == L'\0' && position == block.size()) {
                // The string's own terminator counted in the length: accepted.
                EXPECT_EQ(headers.add(corrupted, add), static_cast<DWORD>(ERROR_SUCCESS));
                EXPECT_EQ(fields_of(headers), (Fields{{"Keep", "1"}, {"Name", "value"}, {"Other", "x"}}));
                continue;
            }
            EXPECT_EQ(headers.add(corrupted, add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_EQ(fields_of(headers), (Fields{{"Keep", "1"}}));
        }
    }
}

TEST(AddBlockInjection, AcceptsOnlyTrailingNuls)
{
    RequestHeaders headers;
    EXPECT_EQ(headers.add(std::wstring(L"A: 1\r\n\0", 7), add), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.add(std::wstring(L"B: 2\0\0", 6), add), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.add(std::wstring(L"C: 3\0D: 4", 9), add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(headers.add(std::wstring(L"C: 3\0\r\nD: 4", 11), add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(headers.add(std::wstring(L"\0\0", 2), add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(fields_of(headers), (Fields{{"A", "1"}, {"B", "2"}}));
}

TEST(AddBlockInjection, RejectsLfOnlySeparators)
{
    RequestHeaders headers;
    EXPECT_EQ(headers.add(L"A: 1\nB: 2", add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(headers.add(L"A: 1\rB: 2", add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_TRUE(headers.empty());
}

TEST(AddBytes, RejectsCrLfNulAtEveryPositionOfNameAndValue)
{
    const std::string name = "X-Name";
    const std::string value = "some value";
    for (const char bad : {'\r', '\n', '\0'}) {
        for (std::size_t position = 0; position <= name.size(); ++position) {
            std::string corrupted = name;
            corrupted.insert(position, 1, bad);
            SCOPED_TRACE(testing::Message() << "name, char " << static_cast<int>(bad) << " at " << position);
            RequestHeaders headers;
            EXPECT_EQ(headers.add(corrupted, value, add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_EQ(headers.set(corrupted, value), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_TRUE(headers.empty());
        }
        for (std::size_t position = 0; position <= value.size(); ++position) {
            std::string corrupted = value;
            corrupted.insert(position, 1, bad);
            SCOPED_TRACE(testing::Message() << "value, char " << static_cast<int>(bad) << " at " << position);
            RequestHeaders headers;
            EXPECT_EQ(headers.add(name, corrupted, add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_EQ(headers.set(name, corrupted), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
            EXPECT_TRUE(headers.empty());
        }
    }
}

TEST(AddBytes, ValidatesAndTrims)
{
    RequestHeaders headers;
    EXPECT_EQ(headers.add("", "v", add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(headers.add("Bad Name", "v", add), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(headers.add("A", "  v \t", add), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.add("A", "w", add_if_new), static_cast<DWORD>(ERROR_WINHTTP_HEADER_ALREADY_EXISTS));
    EXPECT_EQ(headers.add("A", "w", coalesce), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.add("Z", "w", replace), static_cast<DWORD>(ERROR_WINHTTP_HEADER_NOT_FOUND));
    EXPECT_EQ(headers.add("B", "obs-text \xE9\xFF", add), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(fields_of(headers), (Fields{{"A", "v, w"}, {"B", "obs-text \xE9\xFF"}}));
}

TEST(AddBytes, ViewsIntoItsOwnFieldsAreSafe)
{
    RequestHeaders headers = headers_with({{"A", "1"}, {"B", "2"}, {"A", "3"}});
    // Enough repeats to make the vector reallocate while the views are in use.
    for (int i = 0; i < 64; ++i)
        EXPECT_EQ(headers.add(headers.fields()[1].name, headers.fields()[1].value, add),
                  static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.add(headers.fields()[0].name, headers.fields()[0].value, coalesce),
              static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.get("A"), "1, 1");
    EXPECT_EQ(headers.set(headers.fields()[1].name, headers.fields()[1].value), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.get_all("B").size(), 1u);
    headers.remove(headers.fields()[0].name);
    EXPECT_FALSE(headers.contains("A"));
}

TEST(Accessors, SetRemoveGetContainsSerialize)
{
    RequestHeaders headers = headers_with({{"Host", "example.com"}, {"Accept", "a"}, {"X", "1"}, {"accept", "b"}});
    EXPECT_EQ(headers.get("ACCEPT"), "a");
    EXPECT_EQ(headers.get_all("Accept"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(headers.get("Missing"), std::nullopt);
    EXPECT_TRUE(headers.contains("host"));
    EXPECT_FALSE(headers.contains("Hos"));

    EXPECT_EQ(headers.set("ACCEPT", " c "), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(fields_of(headers), (Fields{{"Host", "example.com"}, {"ACCEPT", "c"}, {"X", "1"}}));
    EXPECT_EQ(headers.set("New", "n"), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(headers.set("Bad\r\nName", "n"), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    headers.remove("x");
    EXPECT_EQ(headers.serialize(), "Host: example.com\r\nACCEPT: c\r\nNew: n\r\n");
    headers.clear();
    EXPECT_TRUE(headers.empty());
    EXPECT_EQ(headers.serialize(), "");
}

TEST(WideToBytes, LatinOneOrUtf8)
{
    using hinternet::http::header_bytes_from_wide;
    EXPECT_EQ(header_bytes_from_wide(L"plain"), "plain");
    EXPECT_EQ(header_bytes_from_wide(L"\u00FF\u0080"), "\xFF\x80");
    EXPECT_EQ(header_bytes_from_wide(L"\u0100"), "\xC4\x80");
    EXPECT_EQ(header_bytes_from_wide(L"\u00E9\u20AC"), "\xC3\xA9\xE2\x82\xAC");
    EXPECT_EQ(header_bytes_from_wide(std::wstring(1, static_cast<wchar_t>(0x1F600))), "\xF0\x9F\x98\x80");
    EXPECT_EQ(header_bytes_from_wide(L""), "");
}

} // namespace
