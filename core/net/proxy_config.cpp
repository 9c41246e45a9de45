#include "net/proxy_config.h"

#include <cstdlib>
#include <mutex>
#include <optional>

namespace hinternet::net {
namespace {

std::mutex default_mutex;
std::optional<ProxyConfiguration>& process_default()
{
    static std::optional<ProxyConfiguration> configuration;
    return configuration;
}

std::string environment(const char* lower, const char* upper)
{
    if (const char* value = std::getenv(lower); value != nullptr && *value != '\0')
        return value;
    if (const char* value = std::getenv(upper); value != nullptr && *value != '\0')
        return value;
    return {};
}

// "http://proxy:3128/" → "proxy:3128": WinHTTP proxy strings name host and port only.
std::string host_and_port(std::string value)
{
    if (const auto scheme = value.find("://"); scheme != std::string::npos)
        value.erase(0, scheme + 3);
    if (const auto at = value.rfind('@'); at != std::string::npos)
        value.erase(0, at + 1);
    if (const auto slash = value.find('/'); slash != std::string::npos)
        value.erase(slash);
    return value;
}

} // namespace

ProxyConfiguration environment_proxy_configuration()
{
    ProxyConfiguration configuration;
    const auto http = host_and_port(environment("http_proxy", "HTTP_PROXY"));
    const auto https = host_and_port(environment("https_proxy", "HTTPS_PROXY"));
    if (!http.empty() && (https.empty() || https == http))
        configuration.servers = http;
    else {
        if (!http.empty())
            configuration.servers = "http=" + http;
        if (!https.empty())
            configuration.servers += (configuration.servers.empty() ? "https=" : ";https=") + https;
    }
    auto bypass = environment("no_proxy", "NO_PROXY");
    for (auto& c : bypass)
        if (c == ',')
            c = ';';
    configuration.bypass = bypass;
    return configuration;
}

ProxyConfiguration default_proxy_configuration()
{
    {
        std::lock_guard lock(default_mutex);
        if (process_default())
            return *process_default();
    }
    return environment_proxy_configuration();
}

void set_process_default_proxy(const ProxyConfiguration& configuration, bool clear)
{
    std::lock_guard lock(default_mutex);
    if (clear)
        process_default().reset();
    else
        process_default() = configuration;
}

} // namespace hinternet::net
