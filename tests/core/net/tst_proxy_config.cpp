#include "net/proxy_config.h"

#include <gtest/gtest.h>

namespace {

struct SelectionCase {
    const char* name;
    std::string servers;
    std::string bypass;
    std::string scheme;
    std::string host;
    std::string expected; // authority, or empty for direct
};

class ProxySelection : public ::testing::TestWithParam<SelectionCase> {};

TEST_P(ProxySelection, PicksTheProxyOrGoesDirect)
{
    const auto& c = GetParam();
    const auto proxy = hinternet::net::select_proxy(c.servers, c.bypass, c.scheme, c.host);
    EXPECT_EQ(proxy ? proxy->authority() : std::string(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ProxySelection,
    ::testing::Values(SelectionCase{"one_for_all", "proxy:3128", "", "https", "example.com", "proxy:3128"},
                      SelectionCase{"default_port", "proxy", "", "http", "example.com", "proxy:80"},
                      SelectionCase{"url_form", "http://proxy:8080/", "", "http", "example.com", "proxy:8080"},
                      SelectionCase{"per_scheme_http", "http=a:1;https=b:2", "", "http", "example.com", "a:1"},
                      SelectionCase{"per_scheme_https", "http=a:1;https=b:2", "", "https", "example.com", "b:2"},
                      SelectionCase{"scheme_missing", "http=a:1", "", "https", "example.com", ""},
                      SelectionCase{"ipv6_proxy", "[::1]:3128", "", "http", "example.com", "[::1]:3128"},
                      SelectionCase{"local_bypassed", "p:1", "<local>", "http", "intranet", ""},
                      SelectionCase{"local_not_dotted_only", "p:1", "<local>", "http", "example.com", "p:1"},
                      SelectionCase{"wildcard", "p:1", "*.example.com", "http", "api.example.com", ""},
                      SelectionCase{"wildcard_not_parent", "p:1", "*.example.com", "http", "example.org", "p:1"},
                      SelectionCase{"suffix_like_no_proxy", "p:1", "example.com", "http", "api.example.com", ""},
                      SelectionCase{"suffix_needs_dot", "p:1", "example.com", "http", "badexample.com", "p:1"},
                      SelectionCase{"comma_and_case", "p:1", "foo.test,LOCALHOST", "http", "localhost", ""},
                      SelectionCase{"empty_servers", "", "", "http", "example.com", ""}),
    [](const auto& test_case) { return std::string(test_case.param.name); });

} // namespace
