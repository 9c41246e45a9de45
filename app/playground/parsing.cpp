#include "parsing.h"

#include "httplib_config.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>

namespace hinterscope::playground {

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<long long> parseInteger(std::string_view text, long long min, long long max)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (text.empty() || result.ec != std::errc() || result.ptr != end || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text, double min, double max)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (text.empty() || result.ec != std::errc() || result.ptr != end || !std::isfinite(value) || value < min ||
        value > max)
        return std::nullopt;
    return value;
}

std::optional<std::uint64_t> parseByteSize(std::string_view text, std::uint64_t max)
{
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 20)
        return std::nullopt;
    std::uint64_t number = 0;
    if (std::from_chars(text.data(), text.data() + digits, number).ec != std::errc())
        return std::nullopt;
    const std::string unit = toLower(text.substr(digits));
    struct Unit {
        std::string_view name;
        std::uint64_t factor;
    };
    static constexpr Unit units[] = {
        {"", 1},
        {"b", 1},
        {"k", 1ULL << 10},
        {"kib", 1ULL << 10},
        {"kb", 1000},
        {"m", 1ULL << 20},
        {"mib", 1ULL << 20},
        {"mb", 1000 * 1000},
        {"g", 1ULL << 30},
        {"gib", 1ULL << 30},
        {"gb", 1000 * 1000 * 1000},
        {"t", 1ULL << 40},
        {"tib", 1ULL << 40},
        {"tb", 1000ULL * 1000 * 1000 * 1000},
    };
    const auto found = std::find_if(std::begin(units), std::end(units), [&](const Unit& u) { return u.name == unit; });
    if (found == std::end(units))
        return std::nullopt;
    if (number > max / found->factor)
        return std::nullopt;
    const std::uint64_t size = number * found->factor;
    if (size > max)
        return std::nullopt;
    return size;
}

NameValueList parseUrlEncoded(std::string_view text)
{
    // Split here rather than with httplib::detail::parse_query_text, which drops repeated identical pairs
    // and sorts by name; httpbin keeps both, in order.
    NameValueList pairs;
    while (!text.empty()) {
        const auto ampersand = text.find('&');
        const auto pair = text.substr(0, ampersand);
        text = ampersand == std::string_view::npos ? std::string_view() : text.substr(ampersand + 1);
        if (pair.empty())
            continue;
        const auto equals = pair.find('=');
        const auto name = pair.substr(0, equals);
        const auto value = equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
        if (!name.empty())
            pairs.emplace_back(httplib::detail::decode_url(std::string(name), true),
                               httplib::detail::decode_url(std::string(value), true));
    }
    return pairs;
}

NameValueList queryOf(std::string_view target)
{
    const auto question = target.find('?');
    if (question == std::string_view::npos)
        return {};
    auto query = target.substr(question + 1);
    if (const auto fragment = query.find('#'); fragment != std::string_view::npos)
        query = query.substr(0, fragment);
    return parseUrlEncoded(query);
}

NameValueList parseCookieHeader(std::string_view header)
{
    NameValueList cookies;
    while (!header.empty()) {
        const auto semicolon = header.find(';');
        const auto pair = trimmed(header.substr(0, semicolon));
        header = semicolon == std::string_view::npos ? std::string_view() : header.substr(semicolon + 1);
        const auto equals = pair.find('=');
        if (pair.empty() || equals == 0 || equals == std::string_view::npos)
            continue;
        auto value = trimmed(pair.substr(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        cookies.emplace_back(std::string(trimmed(pair.substr(0, equals))), std::string(value));
    }
    return cookies;
}

std::optional<std::map<std::string, std::string>> parseAuthParams(std::string_view params)
{
    std::map<std::string, std::string> result;
    std::size_t at = 0;
    const auto skipSpaces = [&] {
        while (at < params.size() && (params[at] == ' ' || params[at] == '\t'))
            ++at;
    };
    while (true) {
        skipSpaces();
        while (at < params.size() && params[at] == ',') {
            ++at;
            skipSpaces();
        }
        if (at >= params.size())
            break;
        const auto nameStart = at;
        while (at < params.size() && isTokenChar(params[at]))
            ++at;
        if (at == nameStart)
            return std::nullopt;
        const std::string name = toLower(params.substr(nameStart, at - nameStart));
        skipSpaces();
        if (at >= params.size() || params[at] != '=')
            return std::nullopt;
        ++at;
        skipSpaces();
        std::string value;
        if (at < params.size() && params[at] == '"') {
            ++at;
            bool closed = false;
            while (at < params.size()) {
                const char c = params[at++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && at < params.size())
                    value += params[at++];
                else
                    value += c;
            }
            if (!closed)
                return std::nullopt;
        } else {
            const auto valueStart = at;
            while (at < params.size() && isTokenChar(params[at]))
                ++at;
            value = params.substr(valueStart, at - valueStart);
        }
        result[name] = std::move(value);
        skipSpaces();
        if (at < params.size() && params[at] != ',')
            return std::nullopt;
    }
    return result;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

std::string toLower(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), lowerAscii);
    return lower;
}

bool isToken(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isSendableHeaderValue(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    });
}

std::string mediaTypeOf(std::string_view contentType)
{
    return toLower(trimmed(contentType.substr(0, contentType.find(';'))));
}

std::string titleCased(std::string_view name)
{
    std::string result(name);
    bool afterLetter = false;
    for (char& c : result) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter)
            c = afterLetter ? lowerAscii(c) : static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
        afterLetter = letter;
    }
    return result;
}

std::string httpDate(std::chrono::system_clock::time_point when)
{
    static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[parts.tm_wday % 7], parts.tm_mday,
                  months[parts.tm_mon % 12], parts.tm_year + 1900, parts.tm_hour, parts.tm_min, parts.tm_sec);
    return buffer;
}

std::string toHex(const unsigned char* data, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex += digits[data[i] >> 4];
        hex += digits[data[i] & 0xf];
    }
    return hex;
}

} // namespace hinterscope::playground
