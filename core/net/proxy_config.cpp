#include "net/proxy_config.h"

#include <cctype>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

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

namespace hinternet::net {
namespace {

std::string lower(std::string text)
{
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::vector<std::string> split_list(const std::string& text)
{
    std::vector<std::string> items;
    std::string current;
    for (const char c : text) {
        if (c == ';' || c == ' ' || c == '\t' || c == '\n' || c == ',') {
            if (!current.empty())
                items.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        items.push_back(std::move(current));
    return items;
}

// '*' matches any run of characters; everything else literally, without case.
bool glob_matches(std::string_view pattern, std::string_view text)
{
    if (pattern.empty())
        return text.empty();
    if (pattern.front() == '*') {
        for (std::size_t skip = 0; skip <= text.size(); ++skip)
            if (glob_matches(pattern.substr(1), text.substr(skip)))
                return true;
        return false;
    }
    return !text.empty() && pattern.front() == text.front() && glob_matches(pattern.substr(1), text.substr(1));
}

std::optional<ProxyServer> parse_server(std::string text)
{
    if (const auto scheme = text.find("://"); scheme != std::string::npos)
        text.erase(0, scheme + 3);
    while (!text.empty() && text.back() == '/')
        text.pop_back();
    if (text.empty())
        return std::nullopt;
    ProxyServer server;
    server.port = 80;
    std::string host = text;
    if (text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string::npos)
            return std::nullopt;
        host = text.substr(1, close - 1);
        if (close + 1 < text.size() && text[close + 1] == ':')
            server.port = static_cast<std::uint16_t>(std::strtoul(text.c_str() + close + 2, nullptr, 10));
    } else if (const auto colon = text.rfind(':'); colon != std::string::npos) {
        host = text.substr(0, colon);
        const auto port = std::strtoul(text.c_str() + colon + 1, nullptr, 10);
        if (port == 0 || port > 65535)
            return std::nullopt;
        server.port = static_cast<std::uint16_t>(port);
    }
    if (host.empty())
        return std::nullopt;
    server.host = lower(host);
    return server;
}

} // namespace

std::string ProxyServer::authority() const
{
    return (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

bool bypassed(const std::string& bypass, const std::string& host_in)
{
    const auto host = lower(host_in);
    for (const auto& entry_in : split_list(bypass)) {
        const auto entry = lower(entry_in);
        if (entry == "<local>") {
            if (host.find('.') == std::string::npos && host.find(':') == std::string::npos)
                return true;
            continue;
        }
        if (glob_matches(entry, host))
            return true;
        // "example.com" and ".example.com" also cover subdomains, as no_proxy does.
        const std::string_view suffix = entry.front() == '.' ? std::string_view(entry).substr(1) : entry;
        if (host == suffix ||
            (host.size() > suffix.size() && host.ends_with(suffix) && host[host.size() - suffix.size() - 1] == '.'))
            return true;
    }
    return false;
}

std::optional<ProxyServer> select_proxy(const std::string& servers, const std::string& bypass,
                                        const std::string& scheme, const std::string& host)
{
    if (servers.empty() || bypassed(bypass, host))
        return std::nullopt;
    std::optional<ProxyServer> fallback;
    for (const auto& entry : split_list(servers)) {
        const auto equals = entry.find('=');
        if (equals == std::string::npos) {
            if (!fallback)
                fallback = parse_server(entry);
            continue;
        }
        if (lower(entry.substr(0, equals)) == scheme)
            return parse_server(entry.substr(equals + 1));
    }
    return fallback;
}

} // namespace hinternet::net
