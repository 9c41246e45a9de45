// The cookie jar as a session uses it: Set-Cookie values (one per line of the input) stored from an
// input-chosen origin at input-chosen times, then the Cookie header for other origins. The jar must stay within
// its caps and never hand out a header that could break the request head.
#include "fuzz_input.h"

#include "http/cookie_jar.h"

#include <chrono>
#include <string>

namespace {

namespace http = hinternet::http;

http::CookieOrigin origin_from(hsfuzz::FuzzInput& input)
{
    static constexpr const char* hosts[] = {
        "example.com", "www.example.com",      "a.b.example.com", "localhost", "127.0.0.1", "::1",
        "com",         "xn--bcher-kva.example"};
    static constexpr const char* paths[] = {"/", "/a", "/a/b", "/a/b/", "", "/a?x=1", "/%2F"};
    http::CookieOrigin origin;
    origin.host = input.pick(hosts);
    origin.path = input.pick(paths);
    origin.secure = input.flag();
    return origin;
}

void check_header(const std::string& header)
{
    for (const char c : header)
        HSFUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    http::CookieJar jar;
    // A fixed clock, moved forward by the input (Max-Age and Expires are relative to it).
    auto now = std::chrono::system_clock::time_point{} + std::chrono::seconds(1'700'000'000);
    for (int step = 0; step < 64 && !input.empty(); ++step) {
        const std::uint8_t op = input.byte();
        if (op % 5 == 4) {
            // Up to about 136 years per step, and never past 2200: the clock itself must not overflow.
            const std::chrono::seconds advance(input.u32());
            if (now.time_since_epoch() < std::chrono::seconds(7'258'118'400) - advance)
                now += advance;
            continue;
        }
        const auto origin = origin_from(input);
        if (op % 5 == 3) {
            check_header(jar.cookie_header(origin, now));
            continue;
        }
        jar.store(origin, input.until('\n'), now);
        HSFUZZ_CHECK(jar.cookies().size() <= http::CookieJar::max_cookies);
    }
    for (const auto& cookie : jar.cookies()) {
        HSFUZZ_CHECK(cookie.name.size() + cookie.value.size() <= http::CookieJar::max_cookie_bytes);
        HSFUZZ_CHECK(!cookie.path.empty() && cookie.path.front() == '/');
        http::default_cookie_path(cookie.path);
        http::domain_matches(cookie.domain, cookie.domain);
        http::path_matches(cookie.path, cookie.path);
    }
    return 0;
}
