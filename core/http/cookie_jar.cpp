#include "http/cookie_jar.h"

#include "http/http_time.h"
#include "support/text.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace hinternet::http {
namespace {

using std::chrono::system_clock;

constexpr std::string_view secure_prefix = "__Secure-";
constexpr std::string_view host_prefix = "__Host-";

// RFC 6265bis §5.7 step 2: any control character but HTAB makes the whole line invalid.
bool has_forbidden_control(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    });
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && text::iequals(text.substr(0, prefix.size()), prefix);
}

bool is_ip_address(std::string_view host)
{
    if (host.find(':') != std::string_view::npos)
        return true; // IPv6 literal
    return !host.empty() &&
           std::all_of(host.begin(), host.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

std::string_view request_path_only(std::string_view path)
{
    return path.substr(0, path.find_first_of("?#"));
}

std::string normalized_host(std::string_view host)
{
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    return text::ascii_lowercase(host);
}

// The attributes of one Set-Cookie line after RFC 6265 §5.2; for each attribute the last one wins.
struct ParsedCookie {
    std::string name;
    std::string value;
    std::optional<system_clock::time_point> expires;
    std::optional<system_clock::time_point> max_age_expiry;
    std::optional<std::string> domain;
    std::optional<std::string> path;
    std::string same_site;
    bool secure = false;
    bool http_only = false;
};

// Max-Age (RFC 6265 §5.2.2): an optional '-' and digits only; zero or less means "expired already".
std::optional<system_clock::time_point> parse_max_age(std::string_view value, system_clock::time_point now)
{
    const bool negative = !value.empty() && value.front() == '-';
    const std::string_view digits = negative ? value.substr(1) : value;
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::int64_t seconds = 0;
    for (const char digit : digits) {
        seconds = std::min<std::int64_t>(seconds * 10 + (digit - '0'), CookieJar::max_lifetime.count() + 1);
    }
    if (negative || seconds == 0)
        return system_clock::time_point::min();
    return now + std::chrono::seconds(seconds);
}

std::optional<ParsedCookie> parse_set_cookie(std::string_view line, system_clock::time_point now)
{
    if (has_forbidden_control(line))
        return std::nullopt;
    const std::size_t first_semicolon = line.find(';');
    const std::string_view name_value = line.substr(0, first_semicolon);
    std::string_view attributes =
        first_semicolon == std::string_view::npos ? std::string_view{} : line.substr(first_semicolon + 1);

    ParsedCookie cookie;
    const std::size_t equals = name_value.find('=');
    if (equals == std::string_view::npos) {
        cookie.value = text::trim(name_value);
    } else {
        cookie.name = text::trim(name_value.substr(0, equals));
        cookie.value = text::trim(name_value.substr(equals + 1));
    }
    if ((cookie.name.empty() && cookie.value.empty()) ||
        cookie.name.size() + cookie.value.size() > CookieJar::max_cookie_bytes)
        return std::nullopt;

    while (!attributes.empty()) {
        const std::size_t semicolon = attributes.find(';');
        const std::string_view attribute = attributes.substr(0, semicolon);
        attributes = semicolon == std::string_view::npos ? std::string_view{} : attributes.substr(semicolon + 1);
        const std::size_t attribute_equals = attribute.find('=');
        const std::string_view name = text::trim(attribute.substr(0, attribute_equals));
        const std::string_view value = attribute_equals == std::string_view::npos
                                           ? std::string_view{}
                                           : text::trim(attribute.substr(attribute_equals + 1));
        if (value.size() > CookieJar::max_attribute_value_bytes)
            continue;
        if (text::iequals(name, "expires")) {
            if (const auto when = parse_http_date(value))
                cookie.expires = *when;
        } else if (text::iequals(name, "max-age")) {
            if (const auto when = parse_max_age(value, now))
                cookie.max_age_expiry = *when;
        } else if (text::iequals(name, "domain")) {
            std::string_view domain = value;
            if (!domain.empty() && domain.front() == '.')
                domain.remove_prefix(1);
            cookie.domain = text::ascii_lowercase(domain);
        } else if (text::iequals(name, "path")) {
            cookie.path = value.empty() || value.front() != '/' ? std::optional<std::string>{} : std::string(value);
        } else if (text::iequals(name, "secure")) {
            cookie.secure = true;
        } else if (text::iequals(name, "httponly")) {
            cookie.http_only = true;
        } else if (text::iequals(name, "samesite")) {
            cookie.same_site = value;
        }
    }
    return cookie;
}

// RFC 6265bis §4.1.3: the prefixes promise properties a server can rely on.
bool prefix_rules_hold(const Cookie& cookie, bool path_attribute_given)
{
    if (cookie.name.empty())
        return !starts_with_ignoring_case(cookie.value, secure_prefix) &&
               !starts_with_ignoring_case(cookie.value, host_prefix);
    if (starts_with_ignoring_case(cookie.name, secure_prefix))
        return cookie.secure;
    if (starts_with_ignoring_case(cookie.name, host_prefix))
        return cookie.secure && cookie.host_only && path_attribute_given && cookie.path == "/";
    return true;
}

bool same_key(const Cookie& a, const Cookie& b)
{
    return a.name == b.name && a.domain == b.domain && a.path == b.path;
}

bool least_recently_used(const Cookie& a, const Cookie& b)
{
    return a.last_access < b.last_access;
}

} // namespace

bool domain_matches(std::string_view host, std::string_view domain)
{
    if (host == domain)
        return true;
    return !domain.empty() && host.size() > domain.size() && host.ends_with(domain) &&
           host[host.size() - domain.size() - 1] == '.' && !is_ip_address(host);
}

bool path_matches(std::string_view request_path, std::string_view cookie_path)
{
    if (request_path == cookie_path)
        return true;
    if (!request_path.starts_with(cookie_path))
        return false;
    return (!cookie_path.empty() && cookie_path.back() == '/') || request_path[cookie_path.size()] == '/';
}

std::string default_cookie_path(std::string_view request_path)
{
    const std::string_view path = request_path_only(request_path);
    if (path.empty() || path.front() != '/')
        return "/";
    const std::size_t last_slash = path.rfind('/');
    return last_slash == 0 ? "/" : std::string(path.substr(0, last_slash));
}

void CookieJar::store(const CookieOrigin& origin, std::string_view set_cookie_value, system_clock::time_point now)
{
    const std::string host = normalized_host(origin.host);
    if (host.empty())
        return;
    const std::optional<ParsedCookie> parsed = parse_set_cookie(set_cookie_value, now);
    if (!parsed)
        return;
    if (parsed->secure && !origin.secure)
        return;

    Cookie cookie;
    cookie.name = parsed->name;
    cookie.value = parsed->value;
    cookie.secure = parsed->secure;
    cookie.http_only = parsed->http_only;
    cookie.same_site = parsed->same_site;
    cookie.creation = now;
    cookie.last_access = now;
    if (const auto& expiry = parsed->max_age_expiry ? parsed->max_age_expiry : parsed->expires) {
        cookie.persistent = true;
        cookie.expiry = std::min(*expiry, now + max_lifetime);
    }

    if (parsed->domain && !parsed->domain->empty()) {
        const std::string& domain = *parsed->domain;
        // No public suffix list: a single label ("com", "localhost") may only name the host itself.
        const bool suffix_like = domain.find('.') == std::string::npos;
        if (domain == host && suffix_like) {
            cookie.host_only = true;
        } else if (suffix_like || !domain_matches(host, domain)) {
            return;
        } else {
            cookie.host_only = false;
        }
        cookie.domain = domain;
    } else {
        cookie.host_only = true;
        cookie.domain = host;
    }
    cookie.path = parsed->path ? *parsed->path : default_cookie_path(origin.path);
    if (!prefix_rules_hold(cookie, parsed->path.has_value()))
        return;

    std::lock_guard lock(mutex_);
    // RFC 6265bis §5.7 step 16: http may not shadow or overwrite a secure cookie.
    if (!cookie.secure && !origin.secure) {
        const bool shadows_secure = std::any_of(cookies_.begin(), cookies_.end(), [&](const Cookie& existing) {
            return existing.secure && existing.name == cookie.name &&
                   (domain_matches(existing.domain, cookie.domain) || domain_matches(cookie.domain, existing.domain)) &&
                   path_matches(cookie.path, existing.path);
        });
        if (shadows_secure)
            return;
    }
    const auto existing =
        std::find_if(cookies_.begin(), cookies_.end(), [&](const Cookie& old) { return same_key(old, cookie); });
    if (existing != cookies_.end()) {
        cookie.creation = existing->creation;
        cookies_.erase(existing);
    }
    if (cookie.expiry <= now)
        return; // an expiry in the past is how servers delete a cookie
    const std::string domain = cookie.domain;
    cookies_.push_back(std::move(cookie));
    evict(now, domain);
}

// Expired cookies go first, then the least recently used of the crowded domain, then of the whole jar.
void CookieJar::evict(system_clock::time_point now, const std::string& domain)
{
    std::erase_if(cookies_, [&](const Cookie& cookie) { return cookie.expiry <= now; });
    for (;;) {
        std::size_t in_domain = 0;
        auto oldest = cookies_.end();
        for (auto it = cookies_.begin(); it != cookies_.end(); ++it) {
            if (it->domain != domain)
                continue;
            ++in_domain;
            if (oldest == cookies_.end() || least_recently_used(*it, *oldest))
                oldest = it;
        }
        if (in_domain <= max_cookies_per_domain)
            break;
        cookies_.erase(oldest);
    }
    while (cookies_.size() > max_cookies)
        cookies_.erase(std::min_element(cookies_.begin(), cookies_.end(), least_recently_used));
}

std::string CookieJar::cookie_header(const CookieOrigin& origin, system_clock::time_point now) const
{
    const std::string host = normalized_host(origin.host);
    std::string path(request_path_only(origin.path));
    if (path.empty() || path.front() != '/')
        path = "/";

    std::lock_guard lock(mutex_);
    std::vector<Cookie*> matching;
    for (Cookie& cookie : cookies_) {
        if (cookie.expiry <= now || (cookie.secure && !origin.secure))
            continue;
        const bool host_ok = cookie.host_only ? host == cookie.domain : domain_matches(host, cookie.domain);
        if (host_ok && path_matches(path, cookie.path))
            matching.push_back(&cookie);
    }
    // RFC 6265 §5.4 step 2: longer paths first; among equal paths, earlier creation first.
    std::stable_sort(matching.begin(), matching.end(), [](const Cookie* a, const Cookie* b) {
        if (a->path.size() != b->path.size())
            return a->path.size() > b->path.size();
        return a->creation < b->creation;
    });
    std::string header;
    for (Cookie* cookie : matching) {
        cookie->last_access = now;
        if (!header.empty())
            header += "; ";
        if (!cookie->name.empty())
            header += cookie->name + "=";
        header += cookie->value;
    }
    return header;
}

std::vector<Cookie> CookieJar::cookies() const
{
    std::lock_guard lock(mutex_);
    return cookies_;
}

void CookieJar::clear()
{
    std::lock_guard lock(mutex_);
    cookies_.clear();
}

} // namespace hinternet::http
