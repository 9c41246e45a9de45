#pragma once

#include "httplib_config.h"

#include <QJsonValue>

#include <string>
#include <string_view>

namespace hinterscope::playground {

inline constexpr std::string_view jsonType = "application/json";
inline constexpr std::string_view htmlType = "text/html; charset=utf-8";
inline constexpr std::string_view textType = "text/plain; charset=utf-8";
inline constexpr std::string_view binaryType = "application/octet-stream";

// Sets the status and a fixed-length body served from memory. cpp-httplib compresses set_content() bodies on
// its own when the client offers gzip or br; httpbin never does, and a provider with a length is left alone.
void sendBody(httplib::Response& res, int status, std::string body, std::string_view contentType);
void sendJson(httplib::Response& res, const QJsonValue& value, int status = 200);
// Bad input: the status (400 unless said otherwise) and a one-line explanation.
void sendProblem(httplib::Response& res, std::string_view message, int status = 400);
// A redirect as Flask's redirect() makes it: Location plus a small HTML page pointing there.
void sendRedirect(httplib::Response& res, const std::string& location, int status = 302);
// httpbin's /status/{code} response for one code (Location for redirects, challenges for 401/407, ...).
void sendStatus(httplib::Response& res, int code);
// Adds a header unless its name is not a token or its value holds CR, LF, NUL or other controls.
bool addHeader(httplib::Response& res, std::string_view name, std::string_view value);

std::string htmlEscaped(std::string_view text);

// cpp-httplib 0.18 cuts a fixed-length body to the request's Range even when the handler answers 200 or an
// error, while the headers still announce the whole body, which breaks the framing. Responses that are not
// ranged forget the Range header instead (RFC 9110 lets a server ignore it). The Request object cpp-httplib
// hands out as const is its own non-const local, so clearing its parsed ranges is well-defined.
void ignoreRanges(const httplib::Request& req);

} // namespace hinterscope::playground
