#include "redaction.h"

#include "support/text.h"

namespace hinterscope::cli {
namespace {

namespace text = hinternet::text;

// "a=1; b=2" → "a=[redacted]; b=[redacted]"; with `first_only`, only the first pair (Set-Cookie's).
std::string redact_cookie_pairs(std::string_view value, bool first_only)
{
    std::string result;
    std::size_t start = 0;
    bool first = true;
    while (start <= value.size()) {
        const auto semicolon = value.find(';', start);
        const auto pair = value.substr(start, semicolon == std::string_view::npos ? semicolon : semicolon - start);
        if (!first)
            result += ';';
        if (first || !first_only) {
            const auto equals = pair.find('=');
            result += equals == std::string_view::npos
                          ? std::string(redacted_marker)
                          : std::string(pair.substr(0, equals + 1)) + std::string(redacted_marker);
        } else {
            result += pair;
        }
        first = false;
        if (semicolon == std::string_view::npos)
            break;
        start = semicolon + 1;
    }
    return result;
}

} // namespace

bool is_secret_header(std::string_view name)
{
    name = text::trim(name);
    return text::iequals(name, "Authorization") || text::iequals(name, "Proxy-Authorization") ||
           text::iequals(name, "Cookie") || text::iequals(name, "Set-Cookie");
}

std::string redact_header_value(std::string_view name, std::string_view value, bool reveal)
{
    name = text::trim(name);
    if (reveal || !is_secret_header(name) || value.empty())
        return std::string(value);
    if (text::iequals(name, "Cookie"))
        return redact_cookie_pairs(value, false);
    if (text::iequals(name, "Set-Cookie"))
        return redact_cookie_pairs(value, true);
    // Authorization: keep the scheme, which says how the client authenticated without saying as whom.
    const auto space = value.find(' ');
    if (space == std::string_view::npos)
        return std::string(redacted_marker);
    return std::string(value.substr(0, space + 1)) + std::string(redacted_marker);
}

std::string redact_head(std::string_view head, bool reveal)
{
    if (reveal)
        return std::string(head);
    std::string result;
    std::size_t start = 0;
    bool first_line = true;
    while (start < head.size()) {
        const auto end = head.find("\r\n", start);
        const auto line = head.substr(start, end == std::string_view::npos ? end : end - start);
        const auto colon = line.find(':');
        if (!first_line && colon != std::string_view::npos && is_secret_header(line.substr(0, colon))) {
            const auto value = line.substr(colon + 1);
            const auto spaces = value.find_first_not_of(" \t");
            result += std::string(line.substr(0, colon + 1)) +
                      std::string(value.substr(0, spaces == std::string_view::npos ? value.size() : spaces)) +
                      redact_header_value(line.substr(0, colon), text::trim(value), false);
        } else {
            result += line;
        }
        first_line = false;
        if (end == std::string_view::npos)
            break;
        result += "\r\n";
        start = end + 2;
    }
    return result;
}

std::string redact_url(std::string_view url, bool reveal)
{
    if (reveal)
        return std::string(url);
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos)
        return std::string(url);
    const auto authority_start = scheme_end + 3;
    const auto authority_end = url.find_first_of("/?#", authority_start);
    const auto authority =
        url.substr(authority_start,
                   authority_end == std::string_view::npos ? std::string_view::npos : authority_end - authority_start);
    const auto at = authority.rfind('@');
    if (at == std::string_view::npos)
        return std::string(url);
    const auto colon = authority.find(':');
    if (colon == std::string_view::npos || colon > at)
        return std::string(url);
    return std::string(url.substr(0, authority_start)) + std::string(authority.substr(0, colon + 1)) +
           std::string(redacted_marker) + std::string(url.substr(authority_start + at));
}

std::string user_name_of(std::string_view user_and_password)
{
    return std::string(user_and_password.substr(0, user_and_password.find(':')));
}

} // namespace hinterscope::cli
