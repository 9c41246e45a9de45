#pragma once

// HTTP dates: RFC 9110's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") out, and in any of the three
// HTTP date formats (IMF-fixdate, RFC 850, asctime) plus the looser forms cookies use, read with
// RFC 6265's cookie-date algorithm. All times are UTC.
#include <windows.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::http {

// "Sun, 06 Nov 1994 08:49:37 GMT" is 29 characters; SYSTEMTIME's five-digit years (to 30827) make 30.
inline constexpr std::size_t http_date_max_length = 30;

// A SYSTEMTIME that names a real instant: year 1601..30827, a day that exists in its month, a time of
// day in range. wDayOfWeek is not checked (as SystemTimeToFileTime ignores it).
bool is_valid_system_time(const SYSTEMTIME& time);

// IMF-fixdate for a valid SYSTEMTIME, the day of week worked out from the date; nothing if invalid.
std::optional<std::string> format_http_date(const SYSTEMTIME& time);
std::string format_http_date(std::chrono::system_clock::time_point when);

// Parses an HTTP or cookie date. The SYSTEMTIME has its day of week set and zero milliseconds.
// Fails for text without a complete date and time, an impossible date, or a year before 1601.
// Two-digit years are 1970..2069 (RFC 6265).
std::optional<SYSTEMTIME> parse_http_date_to_system_time(std::string_view text);
// The same, as a time point; dates beyond what system_clock can hold are clamped to its min()/max()
// (a cookie "expires=Fri, 31 Dec 9999 23:59:59 GMT" becomes max(), i.e. never).
std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view text);

SYSTEMTIME system_time_from_time_point(std::chrono::system_clock::time_point when);
// Clamped like parse_http_date; nothing for an invalid SYSTEMTIME.
std::optional<std::chrono::system_clock::time_point> time_point_from_system_time(const SYSTEMTIME& time);

} // namespace hinternet::http
