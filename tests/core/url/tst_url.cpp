// The engine's URL value: parsing, RFC 3986 reference resolution for redirects, origins, and the object
// name escaping of WinHttpOpenRequest.
#include "url/escaping.h"
#include "url/url.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hinternet::url;

// ---- parse_absolute_url -------------------------------------------------------------------------------------

struct ParseCase {
    const char* text;
    const char* scheme;
    const char* host;
    std::uint16_t port;
    const char* user;
    const char* password;
    const char* path;
    const char* query;
    bool has_query;
    const char* serialised;
};

void PrintTo(const ParseCase& c, std::ostream* out)
{
    *out << c.text;
}

class ParseValid : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseValid, SplitsAndNormalises)
{
    const ParseCase& c = GetParam();
    std::string error;
    const auto url = parse_absolute_url(c.text, &error);
    ASSERT_TRUE(url.has_value()) << error;
    EXPECT_EQ(url->scheme, c.scheme);
    EXPECT_EQ(url->host, c.host);
    EXPECT_EQ(url->port, c.port);
    EXPECT_EQ(url->user, c.user);
    EXPECT_EQ(url->password, c.password);
    EXPECT_EQ(url->path, c.path);
    EXPECT_EQ(url->query, c.query);
    EXPECT_EQ(url->has_query, c.has_query);
    EXPECT_EQ(url->to_string(), c.serialised);
    // What to_string gives parses back to the same URL, less the userinfo.
    auto again = parse_absolute_url(url->to_string());
    ASSERT_TRUE(again.has_value());
    auto without_userinfo = *url;
    without_userinfo.user.clear();
    without_userinfo.password.clear();
    EXPECT_EQ(*again, without_userinfo);
}

INSTANTIATE_TEST_SUITE_P(
    Url, ParseValid,
    testing::Values(
        ParseCase{"http://example.com", "http", "example.com", 80, "", "", "/", "", false, "http://example.com/"},
        ParseCase{"HTTPS://Example.COM:443/A/b", "https", "example.com", 443, "", "", "/A/b", "", false,
                  "https://example.com/A/b"},
        ParseCase{"https://example.com:8443/p?q=1&r", "https", "example.com", 8443, "", "", "/p", "q=1&r", true,
                  "https://example.com:8443/p?q=1&r"},
        ParseCase{"http://h/p?", "http", "h", 80, "", "", "/p", "", true, "http://h/p?"},
        ParseCase{"http://h?q", "http", "h", 80, "", "", "/", "q", true, "http://h/?q"},
        ParseCase{"http://h/p#frag?not-a-query", "http", "h", 80, "", "", "/p", "", false, "http://h/p"},
        ParseCase{"http://h:/", "http", "h", 80, "", "", "/", "", false, "http://h/"},
        ParseCase{"http://h:0080/", "http", "h", 80, "", "", "/", "", false, "http://h/"},
        ParseCase{"https://h:80/", "https", "h", 80, "", "", "/", "", false, "https://h:80/"},
        ParseCase{"http://h:65535/", "http", "h", 65535, "", "", "/", "", false, "http://h:65535/"},
        ParseCase{"http://user:p%40ss@h/", "http", "h", 80, "user", "p@ss", "/", "", false, "http://h/"},
        ParseCase{"http://us@er@h/", "http", "h", 80, "us@er", "", "/", "", false, "http://h/"},
        ParseCase{"http://[::1]:8080/x", "http", "::1", 8080, "", "", "/x", "", false, "http://[::1]:8080/x"},
        ParseCase{"https://[2001:DB8::1]/", "https", "2001:db8::1", 443, "", "", "/", "", false,
                  "https://[2001:db8::1]/"},
        ParseCase{"http://127.0.0.1:3128", "http", "127.0.0.1", 3128, "", "", "/", "", false, "http://127.0.0.1:3128/"},
        ParseCase{"http://my_host.local./", "http", "my_host.local.", 80, "", "", "/", "", false,
                  "http://my_host.local./"},
        ParseCase{"http://h/a/../b/./c", "http", "h", 80, "", "", "/a/../b/./c", "", false, "http://h/a/../b/./c"},
        ParseCase{"http://h/%7Euser/a%20b", "http", "h", 80, "", "", "/%7Euser/a%20b", "", false,
                  "http://h/%7Euser/a%20b"},
        ParseCase{"http://h/caf\xC3\xA9?q=\xE2\x82\xAC", "http", "h", 80, "", "", "/caf%C3%A9", "q=%E2%82%AC", true,
                  "http://h/caf%C3%A9?q=%E2%82%AC"},
        ParseCase{"http://h/<a>{b}|\\^`\"", "http", "h", 80, "", "", "/%3Ca%3E%7Bb%7D%7C%5C%5E%60%22", "", false,
                  "http://h/%3Ca%3E%7Bb%7D%7C%5C%5E%60%22"}));

struct Rejection {
    const char* text;
};

void PrintTo(const Rejection& c, std::ostream* out)
{
    *out << testing::PrintToString(std::string(c.text));
}

class ParseInvalid : public testing::TestWithParam<Rejection> {};

TEST_P(ParseInvalid, FailsWithAReason)
{
    std::string error;
    EXPECT_FALSE(parse_absolute_url(GetParam().text, &error).has_value());
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(parse_absolute_url(GetParam().text).has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Url, ParseInvalid,
    testing::Values(Rejection{""}, Rejection{"example.com"}, Rejection{"/relative/path"},
                    Rejection{"ftp://example.com/"}, Rejection{"file:///etc/passwd"}, Rejection{"javascript:alert(1)"},
                    Rejection{"data:text/plain,hi"}, Rejection{"http:example.com"}, Rejection{"http:/example.com"},
                    Rejection{"http://"}, Rejection{"http:///p"}, Rejection{"http://:80/"}, Rejection{"http://u@/"},
                    Rejection{"http://h:0/"}, Rejection{"http://h:65536/"}, Rejection{"http://h:8a/"},
                    Rejection{"http://h:-1/"}, Rejection{"http://h:99999999999999999999/"}, Rejection{"http://h/a b"},
                    Rejection{"http://h/a\r\nHost: evil"}, Rejection{"http://h/\n"}, Rejection{"http://h/a\tb"},
                    Rejection{"http://h/\x7f"}, Rejection{"http://exa mple.com/"}, Rejection{"http://ex%61mple.com/"},
                    Rejection{"http://caf\xC3\xA9.example/"}, Rejection{"http://a,b/"}, Rejection{"http://[::1/"},
                    Rejection{"http://[::1]x/"}, Rejection{"http://[]/"}, Rejection{"http://[::g]/"},
                    Rejection{"http://[fe80::1%25eth0]/"}, Rejection{"http://[1.2.3.4]/"},
                    Rejection{"http://256.1.1.1/"}, Rejection{"http://127.1/"}, Rejection{"http://2130706433/"}));

TEST(ParseInvalid, RejectsNulInsideTheText)
{
    const std::string text("http://h/a\0b", 12);
    EXPECT_FALSE(parse_absolute_url(text).has_value());
}

TEST(ParseInvalid, RejectsAnOverlongHost)
{
    EXPECT_FALSE(parse_absolute_url("http://" + std::string(256, 'a') + "/").has_value());
    EXPECT_TRUE(parse_absolute_url("http://" + std::string(255, 'a') + "/").has_value());
}

// ---- the Url value ----------------------------------------------------------------------------------------------

TEST(UrlValue, HostHeaderOriginAndTarget)
{
    const auto plain = parse_absolute_url("https://Example.com/a?b");
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->secure());
    EXPECT_TRUE(plain->default_port());
    EXPECT_EQ(plain->host_for_header(), "example.com");
    EXPECT_EQ(plain->origin(), "https://example.com:443");
    EXPECT_EQ(plain->request_target(), "/a?b");

    const auto v6 = parse_absolute_url("http://[::1]:8080/");
    ASSERT_TRUE(v6);
    EXPECT_FALSE(v6->secure());
    EXPECT_FALSE(v6->default_port());
    EXPECT_TRUE(v6->ipv6_host());
    EXPECT_EQ(v6->host_for_header(), "[::1]:8080");
    EXPECT_EQ(v6->origin(), "http://[::1]:8080");
    EXPECT_EQ(v6->request_target(), "/");

    const auto v6_default = parse_absolute_url("https://[::1]/");
    ASSERT_TRUE(v6_default);
    EXPECT_EQ(v6_default->host_for_header(), "[::1]");
}

TEST(UrlValue, SameOriginComparesSchemeHostAndPort)
{
    const auto a = *parse_absolute_url("http://example.com/a");
    EXPECT_TRUE(same_origin(a, *parse_absolute_url("http://EXAMPLE.com:80/b?c")));
    EXPECT_TRUE(same_origin(a, *parse_absolute_url("http://user:pw@example.com/")));
    EXPECT_FALSE(same_origin(a, *parse_absolute_url("https://example.com/a")));
    EXPECT_FALSE(same_origin(a, *parse_absolute_url("http://example.com:8080/a")));
    EXPECT_FALSE(same_origin(a, *parse_absolute_url("http://www.example.com/a")));
    EXPECT_FALSE(same_origin(*parse_absolute_url("https://h:80/"), *parse_absolute_url("http://h:80/")));
}

// ---- resolve_reference: RFC 3986 §5.4 ----------------------------------------------------------------------------

struct Resolution {
    const char* reference;
    const char* expected; // nullptr: no URL to follow
};

void PrintTo(const Resolution& c, std::ostream* out)
{
    *out << testing::PrintToString(std::string(c.reference));
}

class Resolve : public testing::TestWithParam<Resolution> {};

TEST_P(Resolve, AgainstTheRfcBase)
{
    const auto base = parse_absolute_url("http://a/b/c/d;p?q");
    ASSERT_TRUE(base);
    const auto target = resolve_reference(*base, GetParam().reference);
    if (GetParam().expected == nullptr) {
        EXPECT_FALSE(target.has_value()) << target->to_string();
        return;
    }
    ASSERT_TRUE(target.has_value());
    EXPECT_EQ(target->to_string(), GetParam().expected);
}

// §5.4.1, with the fragments dropped (a request never carries one) and "g:h" refused (not http/https).
INSTANTIATE_TEST_SUITE_P(Rfc3986Normal, Resolve,
                         testing::Values(Resolution{"g:h", nullptr}, Resolution{"g", "http://a/b/c/g"},
                                         Resolution{"./g", "http://a/b/c/g"}, Resolution{"g/", "http://a/b/c/g/"},
                                         Resolution{"/g", "http://a/g"}, Resolution{"//g", "http://g/"},
                                         Resolution{"?y", "http://a/b/c/d;p?y"}, Resolution{"g?y", "http://a/b/c/g?y"},
                                         Resolution{"#s", "http://a/b/c/d;p?q"}, Resolution{"g#s", "http://a/b/c/g"},
                                         Resolution{"g?y#s", "http://a/b/c/g?y"}, Resolution{";x", "http://a/b/c/;x"},
                                         Resolution{"g;x", "http://a/b/c/g;x"},
                                         Resolution{"g;x?y#s", "http://a/b/c/g;x?y"},
                                         Resolution{"", "http://a/b/c/d;p?q"}, Resolution{".", "http://a/b/c/"},
                                         Resolution{"./", "http://a/b/c/"}, Resolution{"..", "http://a/b/"},
                                         Resolution{"../", "http://a/b/"}, Resolution{"../g", "http://a/b/g"},
                                         Resolution{"../..", "http://a/"}, Resolution{"../../", "http://a/"},
                                         Resolution{"../../g", "http://a/g"}));

// §5.4.2; "http:g" takes the backward-compatible reading.
INSTANTIATE_TEST_SUITE_P(
    Rfc3986Abnormal, Resolve,
    testing::Values(Resolution{"../../../g", "http://a/g"}, Resolution{"../../../../g", "http://a/g"},
                    Resolution{"/./g", "http://a/g"}, Resolution{"/../g", "http://a/g"},
                    Resolution{"g.", "http://a/b/c/g."}, Resolution{".g", "http://a/b/c/.g"},
                    Resolution{"g..", "http://a/b/c/g.."}, Resolution{"..g", "http://a/b/c/..g"},
                    Resolution{"./../g", "http://a/b/g"}, Resolution{"./g/.", "http://a/b/c/g/"},
                    Resolution{"g/./h", "http://a/b/c/g/h"}, Resolution{"g/../h", "http://a/b/c/h"},
                    Resolution{"g;x=1/./y", "http://a/b/c/g;x=1/y"}, Resolution{"g;x=1/../y", "http://a/b/c/y"},
                    Resolution{"g?y/./x", "http://a/b/c/g?y/./x"}, Resolution{"g?y/../x", "http://a/b/c/g?y/../x"},
                    Resolution{"g#s/./x", "http://a/b/c/g"}, Resolution{"g#s/../x", "http://a/b/c/g"},
                    Resolution{"http:g", "http://a/b/c/g"}));

// What servers put in Location.
INSTANTIATE_TEST_SUITE_P(
    Redirects, Resolve,
    testing::Values(
        Resolution{"https://secure.example/login?next=/", "https://secure.example/login?next=/"},
        Resolution{"HTTPS://Secure.Example:443/x/../y", "https://secure.example/y"},
        Resolution{"http://a:8080", "http://a:8080/"}, Resolution{"//cdn.example/s.js", "http://cdn.example/s.js"},
        Resolution{"//[::1]:8443/x", "http://[::1]:8443/x"}, Resolution{"/new path/a b", "http://a/new%20path/a%20b"},
        Resolution{"  /trimmed  ", "http://a/trimmed"}, Resolution{"/caf\xC3\xA9", "http://a/caf%C3%A9"},
        Resolution{"?", "http://a/b/c/d;p?"}, Resolution{"/p?a b", "http://a/p?a%20b"}, Resolution{"https:g", nullptr},
        Resolution{"ftp://a/file", nullptr}, Resolution{"file:///etc/passwd", nullptr},
        Resolution{"javascript:alert(1)", nullptr}, Resolution{"data:text/html,<script>", nullptr},
        Resolution{"mailto:x@y", nullptr}, Resolution{"/a\r\nSet-Cookie: x=1", nullptr}, Resolution{"/a\nb", nullptr},
        Resolution{"/a\tb", nullptr}, Resolution{"/a\x01", nullptr}, Resolution{"http://", nullptr},
        Resolution{"//", nullptr}, Resolution{"http://h:99999/", nullptr}, Resolution{"http://h:0/", nullptr},
        Resolution{"http://ex ample.com/", nullptr},
        Resolution{"//evil.example\\@good.example/", "http://good.example/"}));

TEST(Resolve, RejectsNul)
{
    const auto base = *parse_absolute_url("http://a/b");
    EXPECT_FALSE(resolve_reference(base, std::string("/x\0y", 4)).has_value());
}

TEST(Resolve, KeepsOrReplacesTheUserinfo)
{
    const auto base = *parse_absolute_url("http://u:p@a/b/c");
    const auto relative = resolve_reference(base, "d");
    ASSERT_TRUE(relative);
    EXPECT_EQ(relative->user, "u");
    EXPECT_EQ(relative->password, "p");
    const auto other = resolve_reference(base, "//v@b/");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->user, "v");
    EXPECT_EQ(other->password, "");
    EXPECT_EQ(other->host, "b");
}

TEST(Resolve, SchemeRelativeKeepsTheBaseScheme)
{
    const auto base = *parse_absolute_url("https://a/");
    const auto target = resolve_reference(base, "//b:444/x");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->scheme, "https");
    EXPECT_EQ(target->port, 444);
    EXPECT_EQ(resolve_reference(base, "//b/x")->port, 443);
}

TEST(Resolve, AQueryOnlyReferenceKeepsThePath)
{
    const auto base = *parse_absolute_url("http://a/dir/page?old=1");
    const auto target = resolve_reference(base, "?new=2");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->path, "/dir/page");
    EXPECT_EQ(target->query, "new=2");
    const auto no_query = resolve_reference(base, "other");
    ASSERT_TRUE(no_query);
    EXPECT_FALSE(no_query->has_query);
    EXPECT_EQ(no_query->to_string(), "http://a/dir/other");
}

// ---- remove_dot_segments (RFC 3986 §5.2.4's own examples) ---------------------------------------------------------

TEST(RemoveDotSegments, FollowsTheRfc)
{
    EXPECT_EQ(remove_dot_segments("/a/b/c/./../../g"), "/a/g");
    EXPECT_EQ(remove_dot_segments("mid/content=5/../6"), "mid/6");
    EXPECT_EQ(remove_dot_segments("/.."), "/");
    EXPECT_EQ(remove_dot_segments("/."), "/");
    EXPECT_EQ(remove_dot_segments("/a/.."), "/");
    EXPECT_EQ(remove_dot_segments("/a/b/.."), "/a/");
    EXPECT_EQ(remove_dot_segments("/a//b/../c"), "/a//c");
    EXPECT_EQ(remove_dot_segments(""), "");
    EXPECT_EQ(remove_dot_segments("/"), "/");
}

// ---- escaping ----------------------------------------------------------------------------------------------------

struct EscapeCase {
    const char* path;
    bool escape_percent;
    bool escape_query;
    const char* expected;
};

void PrintTo(const EscapeCase& c, std::ostream* out)
{
    *out << testing::PrintToString(std::string(c.path)) << " percent=" << c.escape_percent
         << " query=" << c.escape_query;
}

class EscapePath : public testing::TestWithParam<EscapeCase> {};

TEST_P(EscapePath, EscapesWhatWinHttpOpenRequestEscapes)
{
    const EscapeCase& c = GetParam();
    EXPECT_EQ(escape_path(c.path, c.escape_percent, c.escape_query), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Url, EscapePath,
    testing::Values(EscapeCase{"/plain/path?a=1&b=2", false, true, "/plain/path?a=1&b=2"},
                    EscapeCase{"/a b", false, true, "/a%20b"}, EscapeCase{"/100%/x%20y", false, true, "/100%/x%20y"},
                    EscapeCase{"/100%/x%20y", true, true, "/100%25/x%2520y"},
                    EscapeCase{"/\"#<>[\\]^`{|}", false, true, "/%22%23%3C%3E%5B%5C%5D%5E%60%7B%7C%7D"},
                    EscapeCase{"/!$&'()*+,;=:@-._~", false, true, "/!$&'()*+,;=:@-._~"},
                    EscapeCase{"/caf\xC3\xA9", false, true, "/caf%C3%A9"},
                    EscapeCase{"/a\r\nb\x01\x7f", false, true, "/a%0D%0Ab%01%7F"},
                    EscapeCase{"/a b?q=a b&c=<d>#e", false, true, "/a%20b?q=a%20b&c=%3Cd%3E%23e"},
                    EscapeCase{"/a b?q=a b&c=<d>#e", false, false, "/a%20b?q=a%20b&c=<d>#e"},
                    EscapeCase{"/a%?q=%", true, false, "/a%25?q=%"},
                    EscapeCase{"/p?q=\r\n\xC3\xA9", false, false, "/p?q=%0D%0A%C3%A9"},
                    EscapeCase{"", false, true, ""}));

TEST(EscapePathMinimal, EscapesOnlyWhatBreaksTheRequestLine)
{
    EXPECT_EQ(escape_path_minimal("/a b/<x>?q=\"%\"#f"), "/a%20b/<x>?q=\"%\"#f");
    EXPECT_EQ(escape_path_minimal(std::string("/a\r\n\0\t\x7f\xC3\xA9", 9)), "/a%0D%0A%00%09%7F%C3%A9");
}

TEST(PercentDecode, DecodesValidEscapesAndKeepsTheRest)
{
    EXPECT_EQ(percent_decode("a%20b%2fc%2F"), "a b/c/");
    EXPECT_EQ(percent_decode("%zz%4%"), "%zz%4%");
    EXPECT_EQ(percent_decode("%00"), std::string(1, '\0'));
    EXPECT_EQ(percent_decode("%C3%A9"), "\xC3\xA9");
    EXPECT_EQ(percent_decode(""), "");
}

} // namespace
