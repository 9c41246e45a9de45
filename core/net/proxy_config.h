#pragma once

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
