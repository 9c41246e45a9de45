#pragma once

// HTTP authentication challenges (RFC 9110 §11) and the Basic scheme (RFC 7617). Digest is in http/digest.h.
// See docs/cookies-and-auth.md.
#include <windows.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hinternet::http {

struct Challenge {
    std::string scheme;                        // lower-case
    std::map<std::string, std::string> params; // names lower-case, values unquoted; first occurrence wins
    std::string token68;                       // e.g. a Negotiate blob; empty when the challenge has params
};

// Parses one WWW-Authenticate / Proxy-Authenticate field value, which may hold several challenges
// ("Negotiate, Basic realm=\"x\", Digest realm=\"y\", nonce=\"z\""). For several header lines, parse each and
// append in order. Never fails: malformed parts are skipped up to the next comma, so garbage yields the
// challenges that could be read (possibly none).
std::vector<Challenge> parse_challenges(std::string_view header_value);

// WINHTTP_AUTH_SCHEME_* of one scheme name (case-insensitive: basic, ntlm, passport1.4, digest, negotiate), 0 if
// none.
DWORD scheme_flag(std::string_view scheme);
// WinHttpQueryAuthSchemes' lpdwSupportedSchemes: every recognised scheme.
DWORD schemes_bitmask(const std::vector<Challenge>& challenges);
// WinHttpQueryAuthSchemes' lpdwFirstScheme: "the first authentication scheme listed by the server", i.e. the
// first recognised one in header order (unknown schemes such as Bearer are skipped); 0 if none.
DWORD first_scheme(const std::vector<Challenge>& challenges);

// "Basic " + base64(user ":" password), the bytes as given (UTF-8 from the wide API).
std::string basic_authorization(std::string_view user, std::string_view password);

// RFC 9110 quoted-string for a value: quotes around, '"' and '\' escaped.
std::string quoted_string(std::string_view value);

} // namespace hinternet::http
