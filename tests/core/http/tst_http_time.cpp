#include "http/http_time.h"

#include <gtest/gtest.h>
#include <winhttp.h>

#include <array>
#include <chrono>
#include <cwchar>
#include <string>

namespace {

using namespace std::chrono;
using hinternet::http::format_http_date;
using hinternet::http::parse_http_date;
using hinternet::http::parse_http_date_to_system_time;

SYSTEMTIME make_time(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int millisecond = 0,
                     int day_of_week = 0)
{
    SYSTEMTIME time{};
    time.wYear = static_cast<WORD>(year);
    time.wMonth = static_cast<WORD>(month);
    time.wDayOfWeek = static_cast<WORD>(day_of_week);
    time.wDay = static_cast<WORD>(day);
    time.wHour = static_cast<WORD>(hour);
    time.wMinute = static_cast<WORD>(minute);
    time.wSecond = static_cast<WORD>(second);
    time.wMilliseconds = static_cast<WORD>(millisecond);
    return time;
}

struct FormatCase {
    SYSTEMTIME time;
    const char* expected;
};

class FormatValid : public testing::TestWithParam<FormatCase> {};

TEST_P(FormatValid, WritesImfFixdate)
{
    const auto formatted = format_http_date(GetParam().time);
    ASSERT_TRUE(formatted.has_value());
    EXPECT_EQ(*formatted, GetParam().expected);
    EXPECT_LE(formatted->size(), hinternet::http::http_date_max_length);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, FormatValid,
    testing::Values(FormatCase{make_time(1994, 11, 6, 8, 49, 37), "Sun, 06 Nov 1994 08:49:37 GMT"},
                    // The day of week comes from the date, not from wDayOfWeek.
                    FormatCase{make_time(1994, 11, 6, 8, 49, 37, 0, 5), "Sun, 06 Nov 1994 08:49:37 GMT"},
                    FormatCase{make_time(1994, 11, 6, 8, 49, 37, 999, 60000), "Sun, 06 Nov 1994 08:49:37 GMT"},
                    FormatCase{make_time(1601, 1, 1), "Mon, 01 Jan 1601 00:00:00 GMT"},
                    FormatCase{make_time(1970, 1, 1), "Thu, 01 Jan 1970 00:00:00 GMT"},
                    FormatCase{make_time(2000, 2, 29, 23, 59, 59), "Tue, 29 Feb 2000 23:59:59 GMT"},
                    FormatCase{make_time(2038, 1, 19, 3, 14, 7), "Tue, 19 Jan 2038 03:14:07 GMT"},
                    FormatCase{make_time(9999, 12, 31, 23, 59, 59), "Fri, 31 Dec 9999 23:59:59 GMT"},
                    FormatCase{make_time(30827, 12, 31, 23, 59, 59, 999), "Fri, 31 Dec 30827 23:59:59 GMT"}));

class FormatInvalid : public testing::TestWithParam<SYSTEMTIME> {};

TEST_P(FormatInvalid, Refuses)
{
    EXPECT_FALSE(hinternet::http::is_valid_system_time(GetParam()));
    EXPECT_EQ(format_http_date(GetParam()), std::nullopt);

    std::array<WCHAR, 64> buffer{};
    buffer.fill(L'#');
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeFromSystemTime(&GetParam(), buffer.data()));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(buffer[0], L'#');
}

INSTANTIATE_TEST_SUITE_P(OutOfRange, FormatInvalid,
                         testing::Values(make_time(1600, 12, 31), make_time(30828, 1, 1), make_time(0, 1, 1),
                                         make_time(2000, 0, 1), make_time(2000, 13, 1), make_time(2000, 1, 0),
                                         make_time(2000, 1, 32), make_time(1900, 2, 29), make_time(2001, 2, 29),
                                         make_time(2000, 2, 30), make_time(2000, 4, 31), make_time(2000, 1, 1, 24),
                                         make_time(2000, 1, 1, 0, 60), make_time(2000, 1, 1, 0, 0, 60),
                                         make_time(2000, 1, 1, 0, 0, 0, 1000)));

struct ParseCase {
    const char* text;
    SYSTEMTIME expected; // wMilliseconds always 0, wDayOfWeek set
};

class ParseValid : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseValid, ReadsEveryHttpAndCookieForm)
{
    SCOPED_TRACE(GetParam().text);
    const auto parsed = parse_http_date_to_system_time(GetParam().text);
    ASSERT_TRUE(parsed.has_value());
    const SYSTEMTIME& want = GetParam().expected;
    EXPECT_EQ(parsed->wYear, want.wYear);
    EXPECT_EQ(parsed->wMonth, want.wMonth);
    EXPECT_EQ(parsed->wDay, want.wDay);
    EXPECT_EQ(parsed->wDayOfWeek, want.wDayOfWeek);
    EXPECT_EQ(parsed->wHour, want.wHour);
    EXPECT_EQ(parsed->wMinute, want.wMinute);
    EXPECT_EQ(parsed->wSecond, want.wSecond);
    EXPECT_EQ(parsed->wMilliseconds, 0);
}

const SYSTEMTIME rfc_example = make_time(1994, 11, 6, 8, 49, 37, 0, 0);

INSTANTIATE_TEST_SUITE_P(
    Formats, ParseValid,
    testing::Values(ParseCase{"Sun, 06 Nov 1994 08:49:37 GMT", rfc_example},
                    ParseCase{"Sunday, 06-Nov-94 08:49:37 GMT", rfc_example},
                    ParseCase{"Sun Nov  6 08:49:37 1994", rfc_example},
                    ParseCase{"sun, 06 nov 1994 08:49:37 gmt", rfc_example},
                    ParseCase{"06 Nov 1994 08:49:37", rfc_example},
                    ParseCase{"Sun, 6 Nov 1994 8:49:37 GMT", rfc_example},
                    ParseCase{"Mon, 06 Nov 1994 08:49:37 GMT", rfc_example}, // a wrong weekday is ignored
                    ParseCase{"Sun, 06-November-1994 08:49:37 UTC", rfc_example},
                    ParseCase{"  Sun,06 Nov 1994 08:49:37GMT  ", rfc_example},
                    ParseCase{"Wed, 09 Jun 2021 10:18:14 GMT", make_time(2021, 6, 9, 10, 18, 14, 0, 3)},
                    ParseCase{"Thu, 01 Jan 70 00:00:00 GMT", make_time(1970, 1, 1, 0, 0, 0, 0, 4)},
                    ParseCase{"Tue, 01 Jan 69 00:00:00 GMT", make_time(2069, 1, 1, 0, 0, 0, 0, 2)},
                    ParseCase{"Tue, 29 Feb 2000 23:59:59 GMT", make_time(2000, 2, 29, 23, 59, 59, 0, 2)},
                    ParseCase{"Mon, 01 Jan 1601 00:00:00 GMT", make_time(1601, 1, 1, 0, 0, 0, 0, 1)},
                    ParseCase{"Fri, 31 Dec 9999 23:59:59 GMT", make_time(9999, 12, 31, 23, 59, 59, 0, 5)}));

class ParseInvalid : public testing::TestWithParam<const char*> {};

TEST_P(ParseInvalid, Fails)
{
    EXPECT_EQ(parse_http_date_to_system_time(GetParam()), std::nullopt);
    EXPECT_EQ(parse_http_date(GetParam()), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(Garbage, ParseInvalid,
                         testing::Values("", "garbage", "0", "Sun, 06 Nov 1994", "08:49:37",
                                         "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 31 Nov 1994 08:49:37 GMT",
                                         "Thu, 29 Feb 1900 00:00:00 GMT", "Sat, 06 Nov 1600 08:49:37 GMT",
                                         "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:60:00 GMT",
                                         "Sun, 06 Nov 1994 08:49:60 GMT", "Sun, 06 Xyz 1994 08:49:37 GMT",
                                         "Sun, 06 Nov 1994 08:49 GMT", "Sun, 123 Nov 1994 08:49:37 GMT",
                                         "Sun, 06 Nov 19945 08:49:37 GMT", "Sun, 00 Nov 1994 08:49:37 GMT"));

TEST(TimePoints, ConvertAndClamp)
{
    EXPECT_EQ(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), system_clock::time_point{});
    EXPECT_EQ(parse_http_date("Thu, 01 Jan 1970 00:00:01 GMT"), system_clock::time_point{seconds{1}});
    EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), system_clock::time_point{seconds{784111777}});
    EXPECT_EQ(parse_http_date("Fri, 31 Dec 9999 23:59:59 GMT"), system_clock::time_point::max());
    EXPECT_EQ(parse_http_date("Mon, 01 Jan 1601 00:00:00 GMT"), system_clock::time_point::min());

    EXPECT_EQ(format_http_date(system_clock::time_point{}), "Thu, 01 Jan 1970 00:00:00 GMT");
    EXPECT_EQ(format_http_date(system_clock::time_point{seconds{784111777} + milliseconds{999}}),
              "Sun, 06 Nov 1994 08:49:37 GMT");
    EXPECT_EQ(format_http_date(system_clock::time_point{seconds{-1}}), "Wed, 31 Dec 1969 23:59:59 GMT");

    const system_clock::time_point when{seconds{1700000000} + milliseconds{123}};
    const SYSTEMTIME time = hinternet::http::system_time_from_time_point(when);
    EXPECT_EQ(time.wYear, 2023);
    EXPECT_EQ(time.wMonth, 11);
    EXPECT_EQ(time.wDay, 14);
    EXPECT_EQ(time.wDayOfWeek, 2);
    EXPECT_EQ(time.wHour, 22);
    EXPECT_EQ(time.wMinute, 13);
    EXPECT_EQ(time.wSecond, 20);
    EXPECT_EQ(time.wMilliseconds, 123);
    EXPECT_EQ(hinternet::http::time_point_from_system_time(time), when);
    EXPECT_EQ(hinternet::http::time_point_from_system_time(make_time(2000, 2, 30)), std::nullopt);
    EXPECT_EQ(hinternet::http::time_point_from_system_time(make_time(30827, 1, 1)), system_clock::time_point::max());
}

TEST(TimeApi, FromSystemTime)
{
    const SYSTEMTIME time = make_time(1994, 11, 6, 8, 49, 37);
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeFromSystemTime(nullptr, nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    std::array<WCHAR, 64> buffer{};
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeFromSystemTime(nullptr, buffer.data()));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeFromSystemTime(&time, nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));

    buffer.fill(L'#');
    SetLastError(ERROR_INVALID_DATA);
    ASSERT_TRUE(WinHttpTimeFromSystemTime(&time, buffer.data()));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(std::wstring(buffer.data()), L"Sun, 06 Nov 1994 08:49:37 GMT");
    EXPECT_EQ(buffer[30], L'#'); // 29 characters and the NUL, nothing more

    // The longest output (a five-digit year) and its NUL fit WINHTTP_TIME_FORMAT_BUFSIZE characters' worth.
    const SYSTEMTIME latest = make_time(30827, 12, 31, 23, 59, 59);
    buffer.fill(L'#');
    ASSERT_TRUE(WinHttpTimeFromSystemTime(&latest, buffer.data()));
    EXPECT_EQ(std::wcslen(buffer.data()), hinternet::http::http_date_max_length);
    EXPECT_EQ(buffer[31], L'#');
}

TEST(TimeApi, ToSystemTime)
{
    SYSTEMTIME time{};
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeToSystemTime(nullptr, &time));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeToSystemTime(L"Sun, 06 Nov 1994 08:49:37 GMT", nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));

    SYSTEMTIME untouched = make_time(2000, 1, 1);
    SetLastError(ERROR_SUCCESS);
    EXPECT_FALSE(WinHttpTimeToSystemTime(L"not a date", &untouched));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(untouched.wYear, 2000);

    SetLastError(ERROR_INVALID_DATA);
    ASSERT_TRUE(WinHttpTimeToSystemTime(L"Tue, 21 Nov 2000 01:06:53 GMT", &time));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(time.wYear, 2000);
    EXPECT_EQ(time.wMonth, 11);
    EXPECT_EQ(time.wDay, 21);
    EXPECT_EQ(time.wDayOfWeek, 2);
    EXPECT_EQ(time.wHour, 1);
    EXPECT_EQ(time.wMinute, 6);
    EXPECT_EQ(time.wSecond, 53);
    EXPECT_EQ(time.wMilliseconds, 0);

    // Characters beyond Latin-1 are not delimiters and cannot sneak a date together.
    EXPECT_FALSE(WinHttpTimeToSystemTime(L"Tue,\u201921 Nov 2000 01:06:53 GMT", &time));
    ASSERT_TRUE(WinHttpTimeToSystemTime(L"Tue, 21 Nov 2000 01:06:53 \u00C7MT", &time));

    // Round trip through both functions.
    std::array<WCHAR, 64> buffer{};
    const SYSTEMTIME leap = make_time(2024, 2, 29, 12, 0, 1);
    ASSERT_TRUE(WinHttpTimeFromSystemTime(&leap, buffer.data()));
    ASSERT_TRUE(WinHttpTimeToSystemTime(buffer.data(), &time));
    EXPECT_EQ(time.wYear, 2024);
    EXPECT_EQ(time.wMonth, 2);
    EXPECT_EQ(time.wDay, 29);
    EXPECT_EQ(time.wDayOfWeek, 4);
    EXPECT_EQ(time.wSecond, 1);
}

} // namespace
