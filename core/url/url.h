#pragma once

// The engine's URL: what a request is sent to and what a redirect leads to. UTF-8, http and https only.
// WinHttpCrackUrl and WinHttpCreateUrl (wide strings, Windows' quirks) live in url/crack_url.h.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::url {

struct Url {
    std::string scheme;         // "http" or "https", lower case
    std::string host;           // lower case; an IPv6 literal without its brackets
    std::uint16_t port = 0;     // always explicit (80/443 when the text named none)
    std::string user, password; // percent-decoded userinfo; empty when absent
    std::string path;           // starts with '/'; percent-encoded as it goes on the wire
    std::string query;          // without the '?'; may be empty
    bool has_query = false;     // "http://h/p?" has an empty query, "http://h/p" none

    bool secure() const { return scheme == "https"; }
    bool default_port() const;
    bool ipv6_host() const { return host.find(':') != std::string::npos; }
    // For the Host header: brackets around an IPv6 literal, ":port" unless it is the scheme's default.
    std::string host_for_header() const;
    // "host:port" with the port always written: the request-target of CONNECT.
    std::string authority_with_port() const;
    // "scheme://host:port", the port always written: a key for connection reuse and origin checks.
    std::string origin() const;
    // path[?query], the request-target of origin-form.
    std::string request_target() const;
    // scheme://host[:port]/path[?query] — no userinfo, no fragment.
    std::string to_string() const;

    bool operator==(const Url&) const = default;
};

// Parses an absolute http or https URL. Rejects control characters (CR, LF and NUL included), spaces, other
// schemes, an empty or malformed host, and ports outside 1..65535. Non-ASCII bytes and characters that are
// not allowed on the wire (" < > \ ^ ` { | }) in the path and query are percent-encoded; the fragment is
// dropped. On failure *error (when given) says why.
std::optional<Url> parse_absolute_url(std::string_view text, std::string* error = nullptr);

// RFC 3986 §5.2 reference resolution, for redirect Location values: absolute, scheme-relative ("//host/x"),
// absolute-path, relative-path and query-only references, with dot-segment removal. Spaces are
// percent-encoded (as browsers and curl do); control characters and schemes other than http/https make it
// fail. "http:g" (same scheme, no authority) is resolved as the relative "g" (RFC 3986 §5.4.2's
// backward-compatible reading).
std::optional<Url> resolve_reference(const Url& base, std::string_view reference);

// Same scheme, host and port.
bool same_origin(const Url& a, const Url& b);

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view path);

} // namespace hinternet::url
