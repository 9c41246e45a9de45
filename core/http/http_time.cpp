#include "http/http_time.h"

#include "support/text.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace hinternet::http {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 7> day_names{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr int first_system_time_year = 1601;
constexpr int last_system_time_year = 30827;

struct CivilTime {
    int year = 0;
    unsigned month = 0; // 1..12
    unsigned day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

year_month_day date_of(const CivilTime& time)
{
    return year_month_day{std::chrono::year{time.year}, std::chrono::month{time.month}, std::chrono::day{time.day}};
}

SYSTEMTIME to_system_time(const CivilTime& time)
{
    SYSTEMTIME out{};
    out.wYear = static_cast<WORD>(time.year);
    out.wMonth = static_cast<WORD>(time.month);
    out.wDayOfWeek = static_cast<WORD>(weekday{sys_days{date_of(time)}}.c_encoding());
    out.wDay = static_cast<WORD>(time.day);
    out.wHour = static_cast<WORD>(time.hour);
    out.wMinute = static_cast<WORD>(time.minute);
    out.wSecond = static_cast<WORD>(time.second);
    out.wMilliseconds = static_cast<WORD>(time.millisecond);
    return out;
}

CivilTime from_system_time(const SYSTEMTIME& time)
{
    return {time.wYear, time.wMonth, time.wDay, time.wHour, time.wMinute, time.wSecond, time.wMilliseconds};
}

// system_clock counts nanoseconds here, which reach only about 1677..2262; farther dates saturate.
system_clock::time_point clamped_time_point(const CivilTime& time)
{
    const std::int64_t days_since_epoch = sys_days{date_of(time)}.time_since_epoch().count();
    const std::int64_t milliseconds_since_epoch =
        ((days_since_epoch * 24 + time.hour) * 60 + time.minute) * 60'000 + time.second * 1000 + time.millisecond;
    const auto latest = duration_cast<milliseconds>(system_clock::time_point::max().time_since_epoch()).count();
    const auto earliest = duration_cast<milliseconds>(system_clock::time_point::min().time_since_epoch()).count();
    if (milliseconds_since_epoch >= latest)
        return system_clock::time_point::max();
    if (milliseconds_since_epoch <= earliest)
        return system_clock::time_point::min();
    return system_clock::time_point{duration_cast<system_clock::duration>(milliseconds{milliseconds_since_epoch})};
}

void append_padded(std::string& out, int value, int width)
{
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out.append(digits);
}

std::string format(const CivilTime& time)
{
    const unsigned weekday_index = weekday{sys_days{date_of(time)}}.c_encoding();
    std::string out;
    out.reserve(http_date_max_length);
    out.append(day_names[weekday_index]);
    out.append(", ");
    append_padded(out, static_cast<int>(time.day), 2);
    out.push_back(' ');
    out.append(month_names[time.month - 1]);
    out.push_back(' ');
    append_padded(out, time.year, 4);
    out.push_back(' ');
    append_padded(out, time.hour, 2);
    out.push_back(':');
    append_padded(out, time.minute, 2);
    out.push_back(':');
    append_padded(out, time.second, 2);
    out.append(" GMT");
    return out;
}

// ---- RFC 6265 section 5.1.1, the cookie-date algorithm --------------------------------------------

bool is_date_delimiter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == 0x09 || (u >= 0x20 && u <= 0x2F) || (u >= 0x3B && u <= 0x40) || (u >= 0x5B && u <= 0x60) ||
           (u >= 0x7B && u <= 0x7E);
}

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads min..max digits at position; the character after them (if any) must not be a digit.
std::optional<int> read_number(std::string_view token, std::size_t& position, std::size_t min_digits,
                               std::size_t max_digits)
{
    std::size_t count = 0;
    int value = 0;
    while (position + count < token.size() && is_digit(token[position + count]) && count < max_digits) {
        value = value * 10 + (token[position + count] - '0');
        ++count;
    }
    if (count < min_digits)
        return std::nullopt;
    if (position + count < token.size() && is_digit(token[position + count]))
        return std::nullopt;
    position += count;
    return value;
}

// time = hms-time ( non-digit *OCTET ); hms-time = time-field ":" time-field ":" time-field
bool read_time(std::string_view token, CivilTime& out)
{
    std::size_t position = 0;
    const auto hour = read_number(token, position, 1, 2);
    if (!hour || position >= token.size() || token[position++] != ':')
        return false;
    const auto minute = read_number(token, position, 1, 2);
    if (!minute || position >= token.size() || token[position++] != ':')
        return false;
    const auto second = read_number(token, position, 1, 2);
    if (!second)
        return false;
    out.hour = *hour;
    out.minute = *minute;
    out.second = *second;
    return true;
}

std::optional<int> read_leading_number(std::string_view token, std::size_t min_digits, std::size_t max_digits)
{
    std::size_t position = 0;
    return read_number(token, position, min_digits, max_digits);
}

std::optional<unsigned> read_month(std::string_view token)
{
    if (token.size() < 3)
        return std::nullopt;
    for (std::size_t i = 0; i < month_names.size(); ++i) {
        if (text::iequals(token.substr(0, 3), month_names[i]))
            return static_cast<unsigned>(i + 1);
    }
    return std::nullopt;
}

std::optional<CivilTime> parse_cookie_date(std::string_view input)
{
    std::optional<CivilTime> time_part;
    std::optional<int> day_part;
    std::optional<unsigned> month_part;
    std::optional<int> year_part;

    std::size_t position = 0;
    while (position < input.size()) {
        while (position < input.size() && is_date_delimiter(input[position]))
            ++position;
        const std::size_t start = position;
        while (position < input.size() && !is_date_delimiter(input[position]))
            ++position;
        const std::string_view token = input.substr(start, position - start);
        if (token.empty())
            continue;

        if (CivilTime parsed; !time_part && read_time(token, parsed)) {
            time_part = parsed;
        } else if (const auto day = read_leading_number(token, 1, 2); !day_part && day) {
            day_part = day;
        } else if (const auto month = read_month(token); !month_part && month) {
            month_part = month;
        } else if (const auto year = read_leading_number(token, 2, 4); !year_part && year) {
            year_part = year;
        }
    }
    if (!time_part || !day_part || !month_part || !year_part)
        return std::nullopt;

    int year = *year_part;
    if (year >= 70 && year <= 99)
        year += 1900;
    else if (year >= 0 && year <= 69)
        year += 2000;

    CivilTime result = *time_part;
    result.year = year;
    result.month = *month_part;
    result.day = static_cast<unsigned>(*day_part);
    if (result.year < first_system_time_year || result.hour > 23 || result.minute > 59 || result.second > 59 ||
        !date_of(result).ok())
        return std::nullopt;
    return result;
}

} // namespace

bool is_valid_system_time(const SYSTEMTIME& time)
{
    if (time.wYear < first_system_time_year || time.wYear > last_system_time_year)
        return false;
    if (time.wMonth < 1 || time.wMonth > 12)
        return false;
    if (time.wHour > 23 || time.wMinute > 59 || time.wSecond > 59 || time.wMilliseconds > 999)
        return false;
    return date_of(from_system_time(time)).ok();
}

std::optional<std::string> format_http_date(const SYSTEMTIME& time)
{
    if (!is_valid_system_time(time))
        return std::nullopt;
    return format(from_system_time(time));
}

std::string format_http_date(system_clock::time_point when)
{
    return *format_http_date(system_time_from_time_point(when));
}

std::optional<SYSTEMTIME> parse_http_date_to_system_time(std::string_view text)
{
    const auto parsed = parse_cookie_date(text);
    if (!parsed)
        return std::nullopt;
    return to_system_time(*parsed);
}

std::optional<system_clock::time_point> parse_http_date(std::string_view text)
{
    const auto parsed = parse_cookie_date(text);
    if (!parsed)
        return std::nullopt;
    return clamped_time_point(*parsed);
}

SYSTEMTIME system_time_from_time_point(system_clock::time_point when)
{
    const auto day_start = floor<days>(when);
    const year_month_day date{day_start};
    const hh_mm_ss time_of_day{floor<milliseconds>(when - day_start)};
    CivilTime civil;
    civil.year = static_cast<int>(date.year());
    civil.month = static_cast<unsigned>(date.month());
    civil.day = static_cast<unsigned>(date.day());
    civil.hour = static_cast<int>(time_of_day.hours().count());
    civil.minute = static_cast<int>(time_of_day.minutes().count());
    civil.second = static_cast<int>(time_of_day.seconds().count());
    civil.millisecond = static_cast<int>(time_of_day.subseconds().count());
    return to_system_time(civil);
}

std::optional<system_clock::time_point> time_point_from_system_time(const SYSTEMTIME& time)
{
    if (!is_valid_system_time(time))
        return std::nullopt;
    return clamped_time_point(from_system_time(time));
}

} // namespace hinternet::http
