#pragma once

// Small, bounded parsers for what cpp-httplib leaves to the application: numbers in paths and queries,
// sizes, the Cookie header, auth-params, and the text forms of header names and dates.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hinterscope::playground {

using NameValueList = std::vector<std::pair<std::string, std::string>>;

// A decimal integer (optional sign) within [min, max]; nothing for anything else.
std::optional<long long> parseInteger(std::string_view text, long long min, long long max);
// A finite decimal number such as "2", "0.5" or "1e-1" within [min, max].
std::optional<double> parseNumber(std::string_view text, double min, double max);
// "1048576", "64KiB", "10MiB", "4GiB", "1TiB" (powers of 1024), "10kB", "10MB", "1GB" (powers of 1000),
// "K"/"M"/"G" alone as binary; at most max bytes.
std::optional<std::uint64_t> parseByteSize(std::string_view text, std::uint64_t max);

// application/x-www-form-urlencoded text (a query string or a form body), decoded, in order.
NameValueList parseUrlEncoded(std::string_view text);
// The query part of a request target, decoded, in order.
NameValueList queryOf(std::string_view target);
// "a=1; b=2": the pairs in order; double quotes around a value are removed.
NameValueList parseCookieHeader(std::string_view header);
// The auth-params of a credentials or challenge value ("Digest username="a", nc=00000001, ..."): names in
// lower case, quoted values unescaped. Nothing when the text is not a well-formed list.
std::optional<std::map<std::string, std::string>> parseAuthParams(std::string_view params);

bool equalsIgnoringCase(std::string_view a, std::string_view b);
bool startsWithIgnoringCase(std::string_view text, std::string_view prefix);
std::string toLower(std::string_view text);
bool isToken(std::string_view text);
// A header value we can send: no CR, LF, NUL or other control character except HTAB.
bool isSendableHeaderValue(std::string_view text);
// The media type of a Content-Type value, lower case, without parameters.
std::string mediaTypeOf(std::string_view contentType);
// Header names as gunicorn and Werkzeug present them: "x-custom-ID" becomes "X-Custom-Id".
std::string titleCased(std::string_view name);

// RFC 9110 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), independent of the C locale.
std::string httpDate(std::chrono::system_clock::time_point when);

std::string toHex(const unsigned char* data, std::size_t size);

} // namespace hinterscope::playground
