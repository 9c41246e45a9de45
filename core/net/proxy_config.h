#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace hinternet::net {

// The proxy WINHTTP_ACCESS_TYPE_DEFAULT_PROXY means on Linux: what WinHttpSetDefaultProxyConfiguration
// stored for this process, else the environment (https_proxy / http_proxy / no_proxy, either case).
struct ProxyConfiguration {
    std::string servers; // WinHTTP form: "http=host:port;https=host:port", or "host:port" for both
    std::string bypass;  // WinHTTP form: entries separated by ';'
};

ProxyConfiguration default_proxy_configuration();
ProxyConfiguration environment_proxy_configuration();
void set_process_default_proxy(const ProxyConfiguration& configuration, bool clear);

} // namespace hinternet::net

namespace hinternet::net {

struct ProxyServer {
    std::string host;
    std::uint16_t port = 0;
    std::string authority() const; // "host:port", IPv6 in brackets
};

// The proxy for a request to scheme://host, from WinHTTP's proxy string ("host:port", or per scheme
// "http=host:port;https=host:port") and bypass list ("<local>", "*.example.com", exact names, ';' or
// whitespace separated). nullopt: connect directly.
std::optional<ProxyServer> select_proxy(const std::string& servers, const std::string& bypass,
                                        const std::string& scheme, const std::string& host);
bool bypassed(const std::string& bypass, const std::string& host);

} // namespace hinternet::net
