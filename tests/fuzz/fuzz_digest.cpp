// WWW-Authenticate / Proxy-Authenticate values through parse_challenges, the scheme helpers
// WinHttpQueryAuthSchemes uses, and the Digest session the engine builds from a challenge: every answer must be a
// single header value (no CR, LF or NUL), whatever the server put in realm, nonce, opaque or qop.
#include "fuzz_input.h"

#include "http/auth.h"
#include "http/digest.h"

#include <string>

namespace {

namespace http = hinternet::http;

void check_value(const std::string& value)
{
    for (const char c : value)
        HSFUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    static constexpr const char* methods[] = {"GET", "POST", "CONNECT", ""};
    const std::string method = input.pick(methods);
    const std::string user(input.piece(16));
    const std::string password(input.piece(16));
    const std::string target(input.piece(32));
    const std::string body(input.piece(32));
    const std::string header(input.rest());

    const auto challenges = http::parse_challenges(header);
    http::schemes_bitmask(challenges);
    const DWORD first = http::first_scheme(challenges);
    HSFUZZ_CHECK(first == 0 || (http::schemes_bitmask(challenges) & first) != 0);
    for (const auto& challenge : challenges) {
        http::scheme_flag(challenge.scheme);
        auto session = http::DigestSession::from_challenge(challenge);
        if (!session)
            continue;
        session->set_cnonce_source([] { return std::string("0a4f113b"); });
        const auto answer = session->authorization(user, password, method, target, body);
        check_value(answer);
        check_value(session->authorization(user, password, method, target, body));
        HSFUZZ_CHECK(session->nonce_count() <= 2);
    }
    check_value(http::basic_authorization(user, password));
    const auto quoted = http::quoted_string(header);
    HSFUZZ_CHECK(quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"');
    return 0;
}
