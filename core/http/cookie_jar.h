#pragma once

// A cookie store after RFC 6265 (§5.2 parsing, §5.3 storage, §5.4 the Cookie header), with the RFC 6265bis
// hardening: secure cookies only from secure origins, __Secure-/__Host- prefixes, a 400-day expiry cap.
// Without a public suffix list, a Domain attribute must hold a dot: "com" is refused, "example.com" is not.
// Thread-safe: a session's requests share one jar. See docs/cookies-and-auth.md.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace hinternet::http {

struct CookieOrigin {
    std::string host;    // lower-case, no port; an IPv6 literal without brackets
    std::string path;    // the request path ("/a/b"); a query or fragment is ignored
    bool secure = false; // https
};

struct Cookie {
    std::string name; // may be empty: "Set-Cookie: token" is a nameless cookie (RFC 6265bis)
    std::string value;
    std::string domain; // lower-case, no leading dot
    std::string path;
    bool host_only = true; // no Domain attribute: only the exact host gets it back
    bool secure = false;
    bool http_only = false;
    bool persistent = false; // Expires or Max-Age was given
    std::string same_site;   // the attribute as sent ("Lax", "Strict", "None"), stored, not enforced
    std::chrono::system_clock::time_point expiry = std::chrono::system_clock::time_point::max();
    std::chrono::system_clock::time_point creation{};
    std::chrono::system_clock::time_point last_access{};
};

class CookieJar {
public:
    static constexpr std::size_t max_cookie_bytes = 4096; // name + value
    static constexpr std::size_t max_attribute_value_bytes = 1024;
    static constexpr std::size_t max_cookies_per_domain = 50;
    static constexpr std::size_t max_cookies = 3000;
    static constexpr std::chrono::seconds max_lifetime{400LL * 24 * 60 * 60};

    // Applies one Set-Cookie field value received from origin. Invalid cookies are ignored silently, as user
    // agents do: control characters, oversize, a Domain that does not cover the host, a Secure cookie from http,
    // a prefix rule broken. An expiry in the past deletes the matching cookie.
    void store(const CookieOrigin& origin, std::string_view set_cookie_value,
               std::chrono::system_clock::time_point now);

    // The Cookie header value for a request to origin ("a=1; b=2"), longest path first, then oldest first;
    // empty when nothing matches. Marks the cookies sent as accessed (eviction removes the least recently used).
    std::string cookie_header(const CookieOrigin& origin, std::chrono::system_clock::time_point now) const;

    std::vector<Cookie> cookies() const;
    void clear();

private:
    void evict(std::chrono::system_clock::time_point now, const std::string& domain);

    mutable std::mutex mutex_;
    mutable std::vector<Cookie> cookies_;
};

// RFC 6265 §5.1.3 domain-match: equal, or host ends with "." + domain and is not an IP address.
bool domain_matches(std::string_view host, std::string_view domain);
// RFC 6265 §5.1.4.
bool path_matches(std::string_view request_path, std::string_view cookie_path);
std::string default_cookie_path(std::string_view request_path);

} // namespace hinternet::http
