#include "url/url.h"

#include "support/text.h"
#include "url/escaping.h"

#include <arpa/inet.h>

#include <algorithm>

namespace hinternet::url {
namespace {

constexpr std::size_t max_host_length = 255;

bool is_control(unsigned char byte)
{
    return byte < 0x20 || byte == 0x7F;
}

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool fail(std::string* error, std::string_view why)
{
    if (error != nullptr)
        *error = why;
    return false;
}

std::uint16_t default_port_for(std::string_view scheme)
{
    return scheme == "https" ? 443 : 80;
}

// Path and query as they go on the wire: non-ASCII bytes and the characters RFC 3986 never allows raw are
// percent-encoded; an existing %XX stays as it is.
std::string encode_for_wire(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || byte == ' ' || std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos)
            append_percent_encoded(out, byte);
        else
            out.push_back(c);
    }
    return out;
}

// The scheme of text when it starts with one (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
std::optional<std::string_view> leading_scheme(std::string_view text)
{
    if (text.empty() || !is_alpha(text.front()))
        return std::nullopt;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ':')
            return text.substr(0, i);
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.')
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::string> supported_scheme(std::string_view scheme)
{
    const auto lower = text::ascii_lowercase(scheme);
    if (lower == "http" || lower == "https")
        return lower;
    return std::nullopt;
}

bool looks_like_ipv4(std::string_view host)
{
    return std::all_of(host.begin(), host.end(), [](char c) { return is_digit(c) || c == '.'; });
}

bool parse_host(std::string_view text, Url& out, std::string* error)
{
    if (text.empty())
        return fail(error, "empty host");
    if (text.size() > max_host_length + 2)
        return fail(error, "host name too long");
    if (text.front() == '[') {
        if (text.size() < 3 || text.back() != ']')
            return fail(error, "malformed IPv6 literal");
        const std::string literal(text.substr(1, text.size() - 2));
        in6_addr address{};
        // Zone identifiers ("%25eth0") are not supported: inet_pton rejects the '%'.
        if (inet_pton(AF_INET6, literal.c_str(), &address) != 1)
            return fail(error, "malformed IPv6 literal");
        out.host = text::ascii_lowercase(literal);
        return true;
    }
    if (text.size() > max_host_length)
        return fail(error, "host name too long");
    const bool valid_characters = std::all_of(text.begin(), text.end(), [](char c) {
        return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_';
    });
    if (!valid_characters)
        return fail(error, "invalid character in host name (internationalised names are not supported)");
    // All digits and dots: only a dotted quad, never the resolver's legacy forms ("127.1", "2130706433").
    if (looks_like_ipv4(text)) {
        const std::string literal(text);
        in_addr address{};
        if (inet_pton(AF_INET, literal.c_str(), &address) != 1)
            return fail(error, "malformed IPv4 address");
    }
    out.host = text::ascii_lowercase(text);
    return true;
}

bool parse_port(std::string_view text, Url& out, std::string* error)
{
    if (text.empty()) {
        out.port = default_port_for(out.scheme); // "http://host:/" names no port (RFC 3986 §3.2.3)
        return true;
    }
    unsigned long value = 0;
    for (const char c : text) {
        if (!is_digit(c))
            return fail(error, "invalid port");
        value = value * 10 + static_cast<unsigned long>(c - '0');
        if (value > 65535)
            return fail(error, "port out of range");
    }
    if (value == 0)
        return fail(error, "port out of range");
    out.port = static_cast<std::uint16_t>(value);
    return true;
}

bool parse_authority(std::string_view authority, Url& out, std::string* error)
{
    out.user.clear();
    out.password.clear();
    // The last '@' ends the userinfo, so an unescaped '@' in a password does not move the host.
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const auto userinfo = authority.substr(0, at);
        const auto colon = userinfo.find(':');
        out.user = percent_decode(userinfo.substr(0, colon));
        if (colon != std::string_view::npos)
            out.password = percent_decode(userinfo.substr(colon + 1));
        authority.remove_prefix(at + 1);
    }
    std::string_view host = authority;
    std::string_view port;
    bool has_port = false;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return fail(error, "malformed IPv6 literal");
        host = authority.substr(0, close + 1);
        const auto after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return fail(error, "malformed IPv6 literal");
            has_port = true;
            port = after.substr(1);
        }
    } else if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        has_port = true;
        port = authority.substr(colon + 1);
    }
    if (!parse_host(host, out, error))
        return false;
    if (!has_port) {
        out.port = default_port_for(out.scheme);
        return true;
    }
    return parse_port(port, out, error);
}

void set_path_and_query(std::string_view path_and_query, Url& out)
{
    const auto question = path_and_query.find('?');
    out.path = encode_for_wire(path_and_query.substr(0, question));
    if (out.path.empty())
        out.path = "/";
    out.has_query = question != std::string_view::npos;
    out.query = out.has_query ? encode_for_wire(path_and_query.substr(question + 1)) : std::string();
}

std::string_view without_fragment(std::string_view text)
{
    return text.substr(0, text.find('#'));
}

// text follows "scheme://".
std::optional<Url> parse_hierarchical(std::string scheme, std::string_view text, std::string* error)
{
    Url out;
    out.scheme = std::move(scheme);
    text = without_fragment(text);
    const auto authority_end = std::min(text.find_first_of("/?"), text.size());
    if (!parse_authority(text.substr(0, authority_end), out, error))
        return std::nullopt;
    set_path_and_query(text.substr(authority_end), out);
    return out;
}

std::string merge_paths(const Url& base, std::string_view reference_path)
{
    const auto last_slash = base.path.rfind('/');
    if (last_slash == std::string::npos)
        return "/" + std::string(reference_path);
    return base.path.substr(0, last_slash + 1) + std::string(reference_path);
}

} // namespace

bool Url::default_port() const
{
    return port == default_port_for(scheme);
}

std::string Url::host_for_header() const
{
    std::string out = ipv6_host() ? "[" + host + "]" : host;
    if (!default_port())
        out += ":" + std::to_string(port);
    return out;
}

std::string Url::authority_with_port() const
{
    return (ipv6_host() ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string Url::origin() const
{
    return scheme + "://" + (ipv6_host() ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string Url::request_target() const
{
    return has_query ? path + "?" + query : path;
}

std::string Url::to_string() const
{
    return scheme + "://" + host_for_header() + request_target();
}

std::optional<Url> parse_absolute_url(std::string_view text, std::string* error)
{
    for (const char c : text) {
        if (is_control(static_cast<unsigned char>(c))) {
            fail(error, "control character in URL");
            return std::nullopt;
        }
        if (c == ' ') {
            fail(error, "space in URL");
            return std::nullopt;
        }
    }
    const auto scheme = leading_scheme(text);
    if (!scheme) {
        fail(error, "not an absolute URL");
        return std::nullopt;
    }
    auto supported = supported_scheme(*scheme);
    if (!supported) {
        fail(error, "unsupported scheme (only http and https)");
        return std::nullopt;
    }
    const auto rest = text.substr(scheme->size() + 1);
    if (!rest.starts_with("//")) {
        fail(error, "missing \"//\" after the scheme");
        return std::nullopt;
    }
    return parse_hierarchical(std::move(*supported), rest.substr(2), error);
}

std::optional<Url> resolve_reference(const Url& base, std::string_view reference)
{
    reference = text::trim(reference);
    std::string prepared;
    prepared.reserve(reference.size());
    for (const char c : reference) {
        if (is_control(static_cast<unsigned char>(c)))
            return std::nullopt;
        if (c == ' ')
            prepared += "%20";
        else
            prepared.push_back(c);
    }
    std::string_view rest = without_fragment(prepared);

    if (const auto scheme = leading_scheme(rest)) {
        auto supported = supported_scheme(*scheme);
        if (!supported)
            return std::nullopt;
        rest.remove_prefix(scheme->size() + 1);
        if (rest.starts_with("//")) {
            auto target = parse_hierarchical(std::move(*supported), rest.substr(2), nullptr);
            if (target)
                target->path = remove_dot_segments(target->path);
            return target;
        }
        if (*supported != base.scheme)
            return std::nullopt;
    }
    if (rest.starts_with("//")) {
        auto target = parse_hierarchical(base.scheme, rest.substr(2), nullptr);
        if (target)
            target->path = remove_dot_segments(target->path);
        return target;
    }

    Url target = base;
    const auto question = rest.find('?');
    const auto path = rest.substr(0, question);
    if (question != std::string_view::npos) {
        target.has_query = true;
        target.query = encode_for_wire(rest.substr(question + 1));
    }
    if (path.empty())
        return target; // the base path, and the base query unless the reference has one
    target.path =
        encode_for_wire(remove_dot_segments(path.front() == '/' ? std::string(path) : merge_paths(base, path)));
    if (target.path.empty())
        target.path = "/";
    if (question == std::string_view::npos) {
        target.has_query = false;
        target.query.clear();
    }
    return target;
}

bool same_origin(const Url& a, const Url& b)
{
    return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
}

std::string remove_dot_segments(std::string_view path)
{
    std::string input(path);
    std::string output;
    std::string_view in = input;
    const auto drop_last_output_segment = [&output] {
        const auto slash = output.rfind('/');
        output.erase(slash == std::string::npos ? 0 : slash);
    };
    // Rewriting "/./x" or "/../x" to "/x" is done by moving the view forward and keeping the '/'.
    while (!in.empty()) {
        if (in.starts_with("../")) {
            in.remove_prefix(3);
        } else if (in.starts_with("./")) {
            in.remove_prefix(2);
        } else if (in.starts_with("/./")) {
            in.remove_prefix(2);
        } else if (in == "/.") {
            in = "/";
        } else if (in.starts_with("/../")) {
            in.remove_prefix(3);
            drop_last_output_segment();
        } else if (in == "/..") {
            in = "/";
            drop_last_output_segment();
        } else if (in == "." || in == "..") {
            in = {};
        } else {
            const auto segment_end = std::min(in.find('/', 1), in.size());
            output.append(in.substr(0, segment_end));
            in.remove_prefix(segment_end);
        }
    }
    return output;
}

} // namespace hinternet::url
