#include "http/cookie_jar.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

using hinternet::http::Cookie;
using hinternet::http::CookieJar;
using hinternet::http::CookieOrigin;
using namespace std::chrono;
using namespace std::chrono_literals;

const system_clock::time_point base_time = sys_days{2024y / January / 1} + 12h;

// "https://host/path" -> origin; only what the jar looks at.
CookieOrigin origin(std::string_view url)
{
    CookieOrigin result;
    result.secure = url.starts_with("https://");
    url.remove_prefix(url.find("://") + 3);
    const std::size_t slash = url.find('/');
    result.host = std::string(url.substr(0, slash));
    result.path = slash == std::string_view::npos ? "/" : std::string(url.substr(slash));
    return result;
}

// One step of a scenario: store a Set-Cookie value, or query and expect a Cookie header.
struct Step {
    enum Kind { store, query } kind;
    std::string url;
    std::string text; // the Set-Cookie value, or the expected Cookie header
    seconds at{0};    // after base_time
};

Step set(std::string url, std::string set_cookie, seconds at = 0s)
{
    return {Step::store, std::move(url), std::move(set_cookie), at};
}
Step expect(std::string url, std::string header, seconds at = 0s)
{
    return {Step::query, std::move(url), std::move(header), at};
}

struct Scenario {
    std::string name;
    std::vector<Step> steps;
};

class CookieScenario : public testing::TestWithParam<Scenario> {};

TEST_P(CookieScenario, Runs)
{
    CookieJar jar;
    int index = 0;
    for (const Step& step : GetParam().steps) {
        SCOPED_TRACE("step " + std::to_string(index++) + ": " + step.url + " " + step.text);
        if (step.kind == Step::store)
            jar.store(origin(step.url), step.text, base_time + step.at);
        else
            EXPECT_EQ(jar.cookie_header(origin(step.url), base_time + step.at), step.text);
    }
}

const Scenario scenarios[] = {
    {"HostOnly",
     {set("http://example.com/", "a=1"), expect("http://example.com/", "a=1"), expect("http://www.example.com/", ""),
      expect("http://EXAMPLE.com/x", "a=1"), expect("http://example.org/", "")}},
    {"DomainCoversSubdomains",
     {set("http://www.example.com/", "a=1; Domain=example.com"), expect("http://example.com/", "a=1"),
      expect("http://deep.other.example.com/", "a=1"), expect("http://badexample.com/", ""),
      expect("http://example.org/", "")}},
    {"DomainLeadingDotAndCaseIgnored",
     {set("http://www.example.com/", "a=1; domain=.EXAMPLE.com"), expect("http://api.example.com/", "a=1")}},
    {"DomainEqualToHostIsNotHostOnly",
     {set("http://example.com/", "a=1; Domain=example.com"), expect("http://sub.example.com/", "a=1")}},
    {"OtherDomainIgnored",
     {set("http://www.example.com/", "a=1; Domain=example.org"), expect("http://example.org/", ""),
      expect("http://www.example.com/", "")}},
    {"SubdomainOfHostIgnored",
     {set("http://example.com/", "a=1; Domain=www.example.com"), expect("http://www.example.com/", ""),
      expect("http://example.com/", "")}},
    {"SingleLabelDomainIgnored",
     {set("http://www.example.com/", "a=1; Domain=com"), expect("http://www.example.com/", ""),
      expect("http://other.com/", "")}},
    {"SingleLabelHostMayNameItself",
     {set("http://localhost/", "a=1; Domain=localhost"), expect("http://localhost/", "a=1"),
      expect("http://sub.localhost/", "")}},
    {"IpAddressesMatchOnlyExactly",
     {set("http://10.0.0.1/", "a=1; Domain=0.0.1"), set("http://10.0.0.1/", "b=2; Domain=10.0.0.1"),
      set("http://10.0.0.1/", "c=3"), expect("http://10.0.0.1/", "b=2; c=3"), expect("http://1.10.0.0.1/", "")}},
    {"EmptyDomainMeansHostOnly",
     {set("http://www.example.com/", "a=1; Domain="), expect("http://www.example.com/", "a=1"),
      expect("http://x.www.example.com/", "")}},
    {"DefaultPath",
     {set("http://h.test/docs/page.html?q=/x/y", "a=1"), expect("http://h.test/docs", "a=1"),
      expect("http://h.test/docs/", "a=1"), expect("http://h.test/docs/deeper/more", "a=1"),
      expect("http://h.test/docsx", ""), expect("http://h.test/", "")}},
    {"DefaultPathOfTopLevelResource", {set("http://h.test/page", "a=1"), expect("http://h.test/anything", "a=1")}},
    {"PathAttribute",
     {set("http://h.test/", "a=1; Path=/admin/"), expect("http://h.test/admin/", "a=1"),
      expect("http://h.test/admin/users", "a=1"), expect("http://h.test/admin", ""), expect("http://h.test/", "")}},
    {"PathWithoutSlashUsesDefault",
     {set("http://h.test/a/b", "x=1; Path=relative"), expect("http://h.test/a/z", "x=1"),
      expect("http://h.test/relative", "")}},
    {"QueryIsNotPartOfThePath",
     {set("http://h.test/", "a=1; Path=/p"), expect("http://h.test/p?x=1", "a=1"), expect("http://h.test/p#f", "a=1")}},
    {"SecureOnlyOverHttps",
     {set("https://h.test/", "a=1; Secure"), expect("https://h.test/", "a=1"), expect("http://h.test/", "")}},
    {"SecureFromHttpIgnored", {set("http://h.test/", "a=1; Secure"), expect("https://h.test/", "")}},
    {"HttpCannotOverwriteSecure",
     {set("https://h.test/", "a=1; Secure"), set("http://h.test/", "a=2"), set("http://h.test/", "b=3"),
      expect("https://h.test/", "a=1; b=3"), expect("http://h.test/", "b=3")}},
    {"HttpsMayOverwriteSecure",
     {set("https://h.test/", "a=1; Secure"), set("https://h.test/", "a=2"), expect("http://h.test/", "a=2")}},
    {"ExpiresInThePastIsNotStored",
     {set("http://h.test/", "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"), expect("http://h.test/", "")}},
    {"ExpiresInTheFuture",
     {set("http://h.test/", "a=1; Expires=Tue, 02 Jan 2024 12:00:00 GMT"), expect("http://h.test/", "a=1", 86399s),
      expect("http://h.test/", "", 86400s)}},
    {"UnparsableExpiresIgnored",
     {set("http://h.test/", "a=1; Expires=tomorrow"), expect("http://h.test/", "a=1", 1000000s)}},
    {"MaxAge",
     {set("http://h.test/", "a=1; Max-Age=60"), expect("http://h.test/", "a=1", 59s),
      expect("http://h.test/", "", 60s)}},
    {"MaxAgeWinsOverExpires",
     {set("http://h.test/", "a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
      set("http://h.test/", "b=2; Expires=Tue, 02 Jan 2024 12:00:00 GMT; Max-Age=0"), expect("http://h.test/", "a=1")}},
    {"MaxAgeZeroOrNegativeDeletes",
     {set("http://h.test/", "a=1"), set("http://h.test/", "b=1"), set("http://h.test/", "a=; Max-Age=0"),
      set("http://h.test/", "b=; Max-Age=-5"), expect("http://h.test/", "")}},
    {"InvalidMaxAgeIgnored",
     {set("http://h.test/", "a=1; Max-Age=12abc"), set("http://h.test/", "b=1; Max-Age=+5"),
      expect("http://h.test/", "a=1; b=1", 1000000s)}},
    {"ExpiredDeletionOnlyHitsTheSameKey",
     {set("http://h.test/", "a=1; Path=/"), set("http://h.test/", "a=2; Path=/x"),
      set("http://h.test/", "a=; Path=/x; Max-Age=0"), expect("http://h.test/x", "a=1")}},
    {"ReplacementKeepsCreationOrder",
     {set("http://h.test/", "a=1"), set("http://h.test/", "b=1", 1s), set("http://h.test/", "a=2", 2s),
      expect("http://h.test/", "a=2; b=1", 3s)}},
    {"LongerPathsFirst",
     {set("http://h.test/", "short=1; Path=/"), set("http://h.test/", "long=1; Path=/a/b"),
      set("http://h.test/", "mid=1; Path=/a"), expect("http://h.test/a/b/c", "long=1; mid=1; short=1")}},
    {"SameNameDifferentPathsAreDistinct",
     {set("http://h.test/", "a=root; Path=/"), set("http://h.test/", "a=sub; Path=/sub"),
      expect("http://h.test/sub/x", "a=sub; a=root"), expect("http://h.test/other", "a=root")}},
    {"HostOnlyAndDomainCookiesWithTheSameName",
     {set("http://www.example.com/", "a=host"), set("http://www.example.com/", "a=domain; Domain=example.com", 1s),
      expect("http://www.example.com/", "a=host; a=domain", 2s), expect("http://api.example.com/", "a=domain", 2s)}},
    {"WhitespaceTrimmed",
     {set("http://h.test/", "  a  =  1 2  ;  Path = /  ;  Secure"), expect("http://h.test/", ""),
      set("http://h.test/", " b =\t2\t; path=/"), expect("http://h.test/", "b=2")}},
    {"NamelessCookie", {set("http://h.test/", "justavalue"), expect("http://h.test/", "justavalue")}},
    {"EmptyNameEqualsValue", {set("http://h.test/", "=v"), expect("http://h.test/", "v")}},
    {"EmptyCookieIgnored",
     {set("http://h.test/", ""), set("http://h.test/", " = ; Path=/"), expect("http://h.test/", "")}},
    {"EmptyValueAllowed", {set("http://h.test/", "a="), expect("http://h.test/", "a=")}},
    {"ControlCharactersRejected",
     {set("http://h.test/", std::string("a=b\x01"
                                        "c")),
      set("http://h.test/", "b\x7f=1"), set("http://h.test/", std::string("c=1\0; d=2", 10)),
      set("http://h.test/", "e=1\r\nf=2"), set("http://h.test/", "g=1; Path=/\x02"), set("http://h.test/", "h=\tok"),
      expect("http://h.test/", "h=ok")}},
    {"QuotesAndSpacesInValuesKept",
     {set("http://h.test/", "a=\"quoted value\""), expect("http://h.test/", "a=\"quoted value\"")}},
    {"SecurePrefix",
     {set("https://h.test/", "__Secure-a=1"), set("http://h.test/", "__Secure-b=1; Secure"),
      set("https://h.test/", "__Secure-c=1; Secure"), set("https://h.test/", "__SECURE-d=1"),
      expect("https://h.test/", "__Secure-c=1")}},
    {"HostPrefix",
     {set("https://www.h.test/", "__Host-a=1; Secure; Path=/"),
      set("https://www.h.test/", "__Host-b=1; Secure; Path=/; Domain=h.test"),
      set("https://www.h.test/x/y", "__Host-c=1; Secure"), set("https://www.h.test/", "__Host-d=1; Path=/"),
      set("https://www.h.test/", "__Host-e=1; Secure; Path=/x"), expect("https://www.h.test/x/", "__Host-a=1")}},
    {"NamelessValueMayNotFakeAPrefix",
     {set("https://h.test/", "__Host-x; Secure; Path=/"), set("https://h.test/", "=__Secure-y; Secure"),
      expect("https://h.test/", "")}},
    {"SizeLimit",
     {set("http://h.test/", "a=" + std::string(4095, 'v')), set("http://h.test/", "b=" + std::string(4096, 'v')),
      expect("http://h.test/", "a=" + std::string(4095, 'v'))}},
    {"OversizeAttributeValueIgnored",
     {set("http://h.test/p/q", "a=1; Path=/" + std::string(1024, 'x')), expect("http://h.test/p/r", "a=1")}},
    {"LastAttributeWins",
     {set("http://h.test/", "a=1; Path=/x; Path=/y; Max-Age=0; Max-Age=60"), expect("http://h.test/y", "a=1"),
      expect("http://h.test/x", "")}},
    {"HttpOnlyAndSameSiteDoNotMatterHere",
     {set("http://h.test/", "a=1; HttpOnly; SameSite=Strict"), expect("http://h.test/", "a=1")}},
    {"BracketedIpv6Host", {set("http://[::1]/", "a=1"), expect("http://[::1]/x", "a=1")}},
};

INSTANTIATE_TEST_SUITE_P(Rfc6265, CookieScenario, testing::ValuesIn(scenarios),
                         [](const auto& test_info) { return test_info.param.name; });

// ---- matching functions ----------------------------------------------------------------------------------

TEST(CookieMatching, DomainMatch)
{
    using hinternet::http::domain_matches;
    EXPECT_TRUE(domain_matches("example.com", "example.com"));
    EXPECT_TRUE(domain_matches("a.example.com", "example.com"));
    EXPECT_FALSE(domain_matches("aexample.com", "example.com"));
    EXPECT_FALSE(domain_matches("example.com", "a.example.com"));
    EXPECT_FALSE(domain_matches("1.2.3.4", "2.3.4"));
    EXPECT_TRUE(domain_matches("1.2.3.4", "1.2.3.4"));
    EXPECT_FALSE(domain_matches("a.example.com", ""));
}

TEST(CookieMatching, PathMatchAndDefault)
{
    using hinternet::http::default_cookie_path;
    using hinternet::http::path_matches;
    EXPECT_TRUE(path_matches("/", "/"));
    EXPECT_TRUE(path_matches("/a/b", "/a"));
    EXPECT_TRUE(path_matches("/a/b", "/a/"));
    EXPECT_FALSE(path_matches("/ab", "/a"));
    EXPECT_FALSE(path_matches("/a", "/a/"));
    EXPECT_EQ(default_cookie_path(""), "/");
    EXPECT_EQ(default_cookie_path("x/y"), "/");
    EXPECT_EQ(default_cookie_path("/"), "/");
    EXPECT_EQ(default_cookie_path("/a"), "/");
    EXPECT_EQ(default_cookie_path("/a/"), "/a");
    EXPECT_EQ(default_cookie_path("/a/b/c"), "/a/b");
    EXPECT_EQ(default_cookie_path("/a/b?c=/d/e"), "/a");
}

// ---- stored attributes and limits ---------------------------------------------------------------------

TEST(CookieJar, StoresAttributes)
{
    CookieJar jar;
    jar.store(origin("https://www.example.com/a/b"),
              "id=42; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=3600", base_time);
    jar.store(origin("https://www.example.com/a/b"), "session=1", base_time);
    const std::vector<Cookie> cookies = jar.cookies();
    ASSERT_EQ(cookies.size(), 2u);
    EXPECT_EQ(cookies[0].name, "id");
    EXPECT_EQ(cookies[0].value, "42");
    EXPECT_EQ(cookies[0].domain, "example.com");
    EXPECT_FALSE(cookies[0].host_only);
    EXPECT_EQ(cookies[0].path, "/");
    EXPECT_TRUE(cookies[0].secure);
    EXPECT_TRUE(cookies[0].http_only);
    EXPECT_TRUE(cookies[0].persistent);
    EXPECT_EQ(cookies[0].same_site, "Lax");
    EXPECT_EQ(cookies[0].expiry, base_time + 3600s);
    EXPECT_EQ(cookies[1].domain, "www.example.com");
    EXPECT_TRUE(cookies[1].host_only);
    EXPECT_EQ(cookies[1].path, "/a");
    EXPECT_FALSE(cookies[1].persistent);
    EXPECT_EQ(cookies[1].expiry, system_clock::time_point::max());
    jar.clear();
    EXPECT_TRUE(jar.cookies().empty());
}

TEST(CookieJar, LifetimeCappedAt400Days)
{
    CookieJar jar;
    jar.store(origin("http://h.test/"), "a=1; Max-Age=99999999999999999999999", base_time);
    jar.store(origin("http://h.test/"), "b=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT", base_time);
    const std::vector<Cookie> cookies = jar.cookies();
    ASSERT_EQ(cookies.size(), 2u);
    EXPECT_EQ(cookies[0].expiry, base_time + CookieJar::max_lifetime);
    EXPECT_EQ(cookies[1].expiry, base_time + CookieJar::max_lifetime);
}

TEST(CookieJar, PerDomainLimitEvictsLeastRecentlyUsed)
{
    CookieJar jar;
    const CookieOrigin site = origin("http://h.test/");
    for (int i = 0; i < 50; ++i)
        jar.store(site, "c" + std::to_string(i) + "=1; Path=/p" + std::to_string(i), base_time + seconds(i));
    // Sending c0 makes c1 the least recently used.
    EXPECT_EQ(jar.cookie_header(origin("http://h.test/p0"), base_time + 100s), "c0=1");
    jar.store(site, "new=1", base_time + 200s);
    const std::vector<Cookie> cookies = jar.cookies();
    EXPECT_EQ(cookies.size(), 50u);
    const auto has = [&](std::string_view name) {
        return std::any_of(cookies.begin(), cookies.end(), [&](const Cookie& cookie) { return cookie.name == name; });
    };
    EXPECT_TRUE(has("c0"));
    EXPECT_FALSE(has("c1"));
    EXPECT_TRUE(has("c2"));
    EXPECT_TRUE(has("new"));
}

TEST(CookieJar, ExpiredCookiesAreEvictedBeforeLiveOnes)
{
    CookieJar jar;
    const CookieOrigin site = origin("http://h.test/");
    jar.store(site, "short=1; Max-Age=10", base_time);
    for (int i = 0; i < 49; ++i)
        jar.store(site, "c" + std::to_string(i) + "=1", base_time + 1s);
    jar.store(site, "late=1", base_time + 20s);
    EXPECT_EQ(jar.cookies().size(), 50u);
    EXPECT_EQ(jar.cookie_header(site, base_time + 21s).find("short"), std::string::npos);
    EXPECT_EQ(jar.cookie_header(site, base_time + 21s).substr(0, 5), "c0=1;");
}

TEST(CookieJar, TotalLimit)
{
    CookieJar jar;
    for (int domain = 0; domain < 61; ++domain) {
        for (int i = 0; i < 50; ++i) {
            jar.store(origin("http://d" + std::to_string(domain) + ".test/"), "c" + std::to_string(i) + "=1",
                      base_time + seconds(domain * 50 + i));
        }
    }
    const std::vector<Cookie> cookies = jar.cookies();
    EXPECT_EQ(cookies.size(), CookieJar::max_cookies);
    // The 50 least recently used (here: the oldest) went, which is all of d0.
    EXPECT_EQ(jar.cookie_header(origin("http://d0.test/"), base_time + 10000s), "");
    EXPECT_EQ(jar.cookie_header(origin("http://d60.test/"), base_time + 10000s).substr(0, 5), "c0=1;");
}

TEST(CookieJar, NoHostNoCookie)
{
    CookieJar jar;
    jar.store(CookieOrigin{"", "/", false}, "a=1", base_time);
    EXPECT_TRUE(jar.cookies().empty());
}

} // namespace
