#include "option_table.h"

#include <hinternet/extensions.h>

#include <algorithm>
#include <charconv>
#include <format>

namespace hinterscope::cli {
namespace {

using enum OptionValueKind;
using enum OptionTarget;

// The settable rows of hinternet's option table (core/api/options_api.cpp). Session-only options are set on
// the session; the others on the request, so they affect this request alone.
const std::vector<OptionInfo> options{
    {"RESOLVE_TIMEOUT", WINHTTP_OPTION_RESOLVE_TIMEOUT, Dword, Request},
    {"CONNECT_TIMEOUT", WINHTTP_OPTION_CONNECT_TIMEOUT, Dword, Request},
    {"CONNECT_RETRIES", WINHTTP_OPTION_CONNECT_RETRIES, Dword, Request},
    {"SEND_TIMEOUT", WINHTTP_OPTION_SEND_TIMEOUT, Dword, Request},
    {"RECEIVE_TIMEOUT", WINHTTP_OPTION_RECEIVE_TIMEOUT, Dword, Request},
    {"RECEIVE_RESPONSE_TIMEOUT", WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, Dword, Request},
    {"USER_AGENT", WINHTTP_OPTION_USER_AGENT, String, Session},
    {"REDIRECT_POLICY", WINHTTP_OPTION_REDIRECT_POLICY, Dword, Request},
    {"MAX_HTTP_AUTOMATIC_REDIRECTS", WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, Dword, Request},
    {"MAX_HTTP_STATUS_CONTINUE", WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE, Dword, Request},
    {"MAX_RESPONSE_HEADER_SIZE", WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE, Dword, Request},
    {"MAX_RESPONSE_DRAIN_SIZE", WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE, Dword, Request},
    {"MAX_CONNS_PER_SERVER", WINHTTP_OPTION_MAX_CONNS_PER_SERVER, Dword, Session},
    {"MAX_CONNS_PER_1_0_SERVER", WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER, Dword, Session},
    {"DECOMPRESSION", WINHTTP_OPTION_DECOMPRESSION, Dword, Request},
    {"SECURE_PROTOCOLS", WINHTTP_OPTION_SECURE_PROTOCOLS, Dword, Session},
    {"SECURITY_FLAGS", WINHTTP_OPTION_SECURITY_FLAGS, Dword, Request},
    {"DISABLE_FEATURE", WINHTTP_OPTION_DISABLE_FEATURE, Dword, Request},
    {"ENABLE_FEATURE", WINHTTP_OPTION_ENABLE_FEATURE, Dword, Request},
    {"ENABLE_HTTP_PROTOCOL", WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, Dword, Request},
    {"EXPIRE_CONNECTION", WINHTTP_OPTION_EXPIRE_CONNECTION, Dword, Request},
    {"CODEPAGE", WINHTTP_OPTION_CODEPAGE, Dword, Session},
    {"AUTOLOGON_POLICY", WINHTTP_OPTION_AUTOLOGON_POLICY, Dword, Request},
    {"WORKER_THREAD_COUNT", WINHTTP_OPTION_WORKER_THREAD_COUNT, Dword, Session},
    {"REQUEST_PRIORITY", WINHTTP_OPTION_REQUEST_PRIORITY, Dword, Request},
    {"REJECT_USERPWD_IN_URL", WINHTTP_OPTION_REJECT_USERPWD_IN_URL, Dword, Session},
    {"ASSURED_NON_BLOCKING_CALLBACKS", WINHTTP_OPTION_ASSURED_NON_BLOCKING_CALLBACKS, Dword, Session},
    {"IPV6_FAST_FALLBACK", WINHTTP_OPTION_IPV6_FAST_FALLBACK, Dword, Session},
    {"TCP_FAST_OPEN", WINHTTP_OPTION_TCP_FAST_OPEN, Dword, Session},
    {"TLS_FALSE_START", WINHTTP_OPTION_TLS_FALSE_START, Dword, Session},
    {"DISABLE_SECURE_PROTOCOL_FALLBACK", WINHTTP_OPTION_DISABLE_SECURE_PROTOCOL_FALLBACK, Dword, Session},
    {"USERNAME", WINHTTP_OPTION_USERNAME, String, Request},
    {"PASSWORD", WINHTTP_OPTION_PASSWORD, String, Request, true},
    {"PROXY_USERNAME", WINHTTP_OPTION_PROXY_USERNAME, String, Request},
    {"PROXY_PASSWORD", WINHTTP_OPTION_PROXY_PASSWORD, String, Request, true},
    {"CA_FILE", HINTERNET_OPTION_CA_FILE, String, Request},
    {"CLIENT_CERT_FILE", HINTERNET_OPTION_CLIENT_CERT_FILE, String, Request},
    {"CLIENT_KEY_FILE", HINTERNET_OPTION_CLIENT_KEY_FILE, String, Request},
    {"CLIENT_KEY_PASSWORD", HINTERNET_OPTION_CLIENT_KEY_PASSWORD, String, Request, true},
};

struct FlagName {
    DWORD option;
    std::string_view prefix; // the constants' common prefix
    std::string_view name;   // without it
    DWORD value;
};

const std::vector<FlagName> flag_names{
    {WINHTTP_OPTION_REDIRECT_POLICY, "WINHTTP_OPTION_REDIRECT_POLICY_", "NEVER", WINHTTP_OPTION_REDIRECT_POLICY_NEVER},
    {WINHTTP_OPTION_REDIRECT_POLICY, "WINHTTP_OPTION_REDIRECT_POLICY_", "DISALLOW_HTTPS_TO_HTTP",
     WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP},
    {WINHTTP_OPTION_REDIRECT_POLICY, "WINHTTP_OPTION_REDIRECT_POLICY_", "ALWAYS",
     WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS},
    {WINHTTP_OPTION_DISABLE_FEATURE, "WINHTTP_DISABLE_", "COOKIES", WINHTTP_DISABLE_COOKIES},
    {WINHTTP_OPTION_DISABLE_FEATURE, "WINHTTP_DISABLE_", "REDIRECTS", WINHTTP_DISABLE_REDIRECTS},
    {WINHTTP_OPTION_DISABLE_FEATURE, "WINHTTP_DISABLE_", "AUTHENTICATION", WINHTTP_DISABLE_AUTHENTICATION},
    {WINHTTP_OPTION_DISABLE_FEATURE, "WINHTTP_DISABLE_", "KEEP_ALIVE", WINHTTP_DISABLE_KEEP_ALIVE},
    {WINHTTP_OPTION_ENABLE_FEATURE, "WINHTTP_ENABLE_", "SSL_REVOCATION", WINHTTP_ENABLE_SSL_REVOCATION},
    {WINHTTP_OPTION_ENABLE_FEATURE, "WINHTTP_ENABLE_", "SSL_REVERT_IMPERSONATION",
     WINHTTP_ENABLE_SSL_REVERT_IMPERSONATION},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_UNKNOWN_CA", SECURITY_FLAG_IGNORE_UNKNOWN_CA},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_CERT_WRONG_USAGE", SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_CERT_CN_INVALID", SECURITY_FLAG_IGNORE_CERT_CN_INVALID},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_CERT_DATE_INVALID",
     SECURITY_FLAG_IGNORE_CERT_DATE_INVALID},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_WEAK_SIGNATURE", SECURITY_FLAG_IGNORE_WEAK_SIGNATURE},
    {WINHTTP_OPTION_SECURITY_FLAGS, "SECURITY_FLAG_", "IGNORE_ALL_CERT_ERRORS", SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS},
    {WINHTTP_OPTION_DECOMPRESSION, "WINHTTP_DECOMPRESSION_FLAG_", "GZIP", WINHTTP_DECOMPRESSION_FLAG_GZIP},
    {WINHTTP_OPTION_DECOMPRESSION, "WINHTTP_DECOMPRESSION_FLAG_", "DEFLATE", WINHTTP_DECOMPRESSION_FLAG_DEFLATE},
    {WINHTTP_OPTION_DECOMPRESSION, "WINHTTP_DECOMPRESSION_FLAG_", "ALL", WINHTTP_DECOMPRESSION_FLAG_ALL},
    {WINHTTP_OPTION_DECOMPRESSION, "HINTERNET_DECOMPRESSION_FLAG_", "BROTLI", HINTERNET_DECOMPRESSION_FLAG_BROTLI},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "SSL2", WINHTTP_FLAG_SECURE_PROTOCOL_SSL2},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "SSL3", WINHTTP_FLAG_SECURE_PROTOCOL_SSL3},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "TLS1", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "TLS1_1", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "TLS1_2", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2},
    {WINHTTP_OPTION_SECURE_PROTOCOLS, "WINHTTP_FLAG_SECURE_PROTOCOL_", "TLS1_3", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3},
    {WINHTTP_OPTION_AUTOLOGON_POLICY, "WINHTTP_AUTOLOGON_SECURITY_LEVEL_", "MEDIUM",
     WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM},
    {WINHTTP_OPTION_AUTOLOGON_POLICY, "WINHTTP_AUTOLOGON_SECURITY_LEVEL_", "LOW", WINHTTP_AUTOLOGON_SECURITY_LEVEL_LOW},
    {WINHTTP_OPTION_AUTOLOGON_POLICY, "WINHTTP_AUTOLOGON_SECURITY_LEVEL_", "HIGH",
     WINHTTP_AUTOLOGON_SECURITY_LEVEL_HIGH},
    {WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, "WINHTTP_PROTOCOL_FLAG_", "HTTP2", WINHTTP_PROTOCOL_FLAG_HTTP2},
    {WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, "WINHTTP_PROTOCOL_FLAG_", "HTTP3", WINHTTP_PROTOCOL_FLAG_HTTP3},
};

std::string upper(std::string_view text)
{
    std::string result(text);
    for (char& c : result)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return result;
}

std::string_view without_prefix(std::string_view name)
{
    for (const std::string_view prefix : {"WINHTTP_OPTION_", "HINTERNET_OPTION_"})
        if (name.starts_with(prefix))
            return name.substr(prefix.size());
    return name;
}

std::string full_name(const OptionInfo& option)
{
    const bool extension = option.id >= 0x00100000;
    return std::string(extension ? "HINTERNET_OPTION_" : "WINHTTP_OPTION_") + std::string(option.name);
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<DWORD> parse_number(std::string_view text)
{
    int base = 10;
    if (text.starts_with("0x") || text.starts_with("0X")) {
        text.remove_prefix(2);
        base = 16;
    }
    if (text.empty())
        return std::nullopt;
    unsigned long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size() || value > 0xFFFFFFFFull)
        return std::nullopt;
    return static_cast<DWORD>(value);
}

std::optional<DWORD> parse_flag(DWORD option, std::string_view text)
{
    const auto wanted = upper(text);
    for (const auto& flag : flag_names) {
        if (flag.option != option)
            continue;
        if (wanted == flag.name || wanted == std::string(flag.prefix) + std::string(flag.name))
            return flag.value;
    }
    return std::nullopt;
}

std::string flag_list(DWORD option)
{
    std::string list;
    for (const auto& flag : flag_names)
        if (flag.option == option)
            list += (list.empty() ? "" : ", ") + std::string(flag.name);
    return list;
}

std::optional<DWORD> parse_dword_value(DWORD option, std::string_view text)
{
    DWORD value = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto bar = text.find('|', start);
        const auto part = text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        auto parsed = parse_number(part);
        if (!parsed)
            parsed = parse_flag(option, part);
        if (!parsed)
            return std::nullopt;
        value |= *parsed;
        if (bar == std::string_view::npos)
            break;
        start = bar + 1;
    }
    return value;
}

} // namespace

const std::vector<OptionInfo>& settable_options()
{
    return options;
}

const OptionInfo* find_option(std::string_view name)
{
    const auto wanted = upper(name);
    const auto bare = without_prefix(wanted);
    for (const auto& option : options) {
        if (bare == option.name)
            return &option;
    }
    return nullptr;
}

std::string option_constant_name(DWORD id)
{
    for (const auto& option : options)
        if (option.id == id)
            return full_name(option);
    switch (id) {
    case WINHTTP_OPTION_CALLBACK:
        return "WINHTTP_OPTION_CALLBACK";
    case WINHTTP_OPTION_CONTEXT_VALUE:
        return "WINHTTP_OPTION_CONTEXT_VALUE";
    case WINHTTP_OPTION_PROXY:
        return "WINHTTP_OPTION_PROXY";
    case WINHTTP_OPTION_CLIENT_CERT_CONTEXT:
        return "WINHTTP_OPTION_CLIENT_CERT_CONTEXT";
    case WINHTTP_OPTION_HTTP_VERSION:
        return "WINHTTP_OPTION_HTTP_VERSION";
    default:
        return std::format("option {}", id);
    }
}

std::vector<std::string> close_option_names(std::string_view name)
{
    const auto wanted = std::string(without_prefix(upper(name)));
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& option : options) {
        const std::size_t distance = edit_distance(wanted, option.name);
        const bool contains =
            !wanted.empty() && (std::string_view(option.name).find(wanted) != std::string_view::npos ||
                                wanted.find(option.name) != std::string::npos);
        if (contains || distance <= std::max<std::size_t>(2, wanted.size() / 3))
            ranked.emplace_back(contains ? 0 : distance, full_name(option));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i)
        names.push_back(ranked[i].second);
    return names;
}

std::variant<OptionSetting, std::string> parse_option_setting(std::string_view argument)
{
    const auto equals = argument.find('=');
    if (equals == std::string_view::npos || equals == 0)
        return std::string("--option needs NAME=VALUE, e.g. --option REDIRECT_POLICY=0");
    const auto name = argument.substr(0, equals);
    const auto value = argument.substr(equals + 1);
    const auto* option = find_option(name);
    if (option == nullptr) {
        std::string message = std::format("unknown or read-only option '{}'", name);
        const auto close = close_option_names(name);
        if (!close.empty()) {
            message += "; did you mean ";
            for (std::size_t i = 0; i < close.size(); ++i)
                message += (i == 0 ? "" : i + 1 == close.size() ? " or " : ", ") + close[i];
            message += "?";
        }
        return message + " (`hinterscope-cli send --help` lists them all)";
    }
    OptionSetting setting;
    setting.option = option;
    setting.source = std::string(argument);
    if (option->kind == OptionValueKind::String) {
        if (value.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos)
            return std::format("the value of {} must not contain CR, LF or NUL", full_name(*option));
        setting.text = std::string(value);
        return setting;
    }
    const auto number = parse_dword_value(option->id, value);
    if (!number) {
        std::string message = std::format("{} takes a number (decimal or 0x hex)", full_name(*option));
        if (const auto flags = flag_list(option->id); !flags.empty())
            message += " or these names joined with '|': " + flags;
        return message + std::format(", not '{}'", value);
    }
    setting.number = *number;
    return setting;
}

} // namespace hinterscope::cli
