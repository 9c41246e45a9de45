// WinHttpQueryOption and WinHttpSetOption: one table row per option says which handle types take it,
// whether it can be queried and set, and how its value is stored.
#include "api/api_support.h"
#include "handles/handle_table.h"
#include "handles/request.h"
#include "handles/session.h"
#include "net/proxy_config.h"
#include "support/text.h"
#include "trace/tracer.h"

#include <hinternet/extensions.h>

#include <netinet/in.h>

#include <cstring>
#include <cwchar>
#include <format>
#include <functional>
#include <optional>
#include <unordered_map>

using namespace hinternet;
using handles::Handle;
using handles::HandleTable;
using handles::Request;
using handles::Settings;

namespace {

constexpr DWORD session_type = 1u << WINHTTP_HANDLE_TYPE_SESSION;
constexpr DWORD connect_type = 1u << WINHTTP_HANDLE_TYPE_CONNECT;
constexpr DWORD request_type = 1u << WINHTTP_HANDLE_TYPE_REQUEST;
constexpr DWORD any_type = session_type | connect_type | request_type;

// Copies a value into the caller's buffer with WinHTTP's size rules.
DWORD copy_out(const void* value, DWORD size, LPVOID buffer, LPDWORD length)
{
    if (buffer == nullptr || *length < size) {
        *length = size;
        return ERROR_INSUFFICIENT_BUFFER;
    }
    std::memcpy(buffer, value, size);
    *length = size;
    return ERROR_SUCCESS;
}

template <typename T>
DWORD copy_value(T value, LPVOID buffer, LPDWORD length)
{
    return copy_out(&value, sizeof value, buffer, length);
}

// A wide string option: the required size counts the terminating NUL; on success the length returned
// is the string's size in bytes without it.
DWORD copy_string(const std::string& utf8, LPVOID buffer, LPDWORD length)
{
    const auto wide = text::from_utf8(utf8);
    const DWORD required = static_cast<DWORD>((wide.size() + 1) * sizeof(WCHAR));
    if (buffer == nullptr || *length < required) {
        *length = required;
        return ERROR_INSUFFICIENT_BUFFER;
    }
    std::memcpy(buffer, wide.c_str(), required);
    *length = static_cast<DWORD>(wide.size() * sizeof(WCHAR));
    return ERROR_SUCCESS;
}

std::optional<DWORD> dword_argument(LPVOID buffer, DWORD length)
{
    if (buffer == nullptr || length != sizeof(DWORD))
        return std::nullopt;
    DWORD value = 0;
    std::memcpy(&value, buffer, sizeof value);
    return value;
}

// String options are given as a wide string with its length in characters (WinHTTP's convention).
std::optional<std::string> string_argument(LPVOID buffer, DWORD length)
{
    if (buffer == nullptr)
        return std::nullopt;
    const auto* text = static_cast<const wchar_t*>(buffer);
    std::size_t characters = length;
    if (characters == 0 || characters == static_cast<DWORD>(-1))
        characters = std::wcslen(text);
    characters = std::min<std::size_t>(characters, std::wcslen(text));
    return text::to_utf8(std::wstring_view(text, characters));
}

wchar_t* local_copy(const std::string& utf8)
{
    const auto wide = text::from_utf8(utf8);
    auto* copy = static_cast<wchar_t*>(LocalAlloc(LMEM_FIXED, (wide.size() + 1) * sizeof(WCHAR)));
    if (copy != nullptr)
        std::memcpy(copy, wide.c_str(), (wide.size() + 1) * sizeof(WCHAR));
    return copy;
}

FILETIME file_time(std::time_t seconds)
{
    const auto intervals = (static_cast<std::uint64_t>(seconds) + 11644473600ULL) * 10000000ULL;
    return FILETIME{static_cast<DWORD>(intervals & 0xFFFFFFFFu), static_cast<DWORD>(intervals >> 32)};
}

struct OptionRow {
    DWORD handle_types;
    std::function<DWORD(Handle&, LPVOID, LPDWORD)> query; // empty: not queryable
    std::function<DWORD(Handle&, LPVOID, DWORD)> set;     // empty: not settable
};

OptionRow dword_setting(DWORD handle_types, DWORD Settings::* field, std::function<bool(DWORD)> valid = {})
{
    return {handle_types,
            [field](Handle& handle, LPVOID buffer, LPDWORD length) {
                return copy_value<DWORD>(handle.settings().*field, buffer, length);
            },
            [field, valid](Handle& handle, LPVOID buffer, DWORD length) {
                const auto value = dword_argument(buffer, length);
                if (!value || (valid && !valid(*value)))
                    return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
                handle.change_settings([&](Settings& settings) { settings.*field = *value; });
                return static_cast<DWORD>(ERROR_SUCCESS);
            }};
}

OptionRow timeout_setting(int handles::Timeouts::* field)
{
    return {any_type,
            [field](Handle& handle, LPVOID buffer, LPDWORD length) {
                return copy_value<DWORD>(static_cast<DWORD>(handle.settings().timeouts.*field), buffer, length);
            },
            [field](Handle& handle, LPVOID buffer, DWORD length) {
                const auto value = dword_argument(buffer, length);
                if (!value)
                    return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
                handle.change_settings(
                    [&](Settings& settings) { settings.timeouts.*field = static_cast<int>(*value); });
                return static_cast<DWORD>(ERROR_SUCCESS);
            }};
}

// An option that is accepted and reads back, with no effect on this platform.
OptionRow inert_dword(DWORD handle_types, DWORD option, DWORD default_value)
{
    return {handle_types,
            [option, default_value](Handle& handle, LPVOID buffer, LPDWORD length) {
                const auto settings = handle.settings();
                const auto found = settings.inert_options.find(option);
                return copy_value<DWORD>(found == settings.inert_options.end() ? default_value : found->second, buffer,
                                         length);
            },
            [option](Handle& handle, LPVOID buffer, DWORD length) {
                const auto value = dword_argument(buffer, length);
                if (!value)
                    return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
                handle.change_settings([&](Settings& settings) { settings.inert_options[option] = *value; });
                return static_cast<DWORD>(ERROR_SUCCESS);
            }};
}

OptionRow path_setting(std::string Settings::* field)
{
    return {session_type | request_type,
            [field](Handle& handle, LPVOID buffer, LPDWORD length) {
                return copy_string(handle.settings().*field, buffer, length);
            },
            [field](Handle& handle, LPVOID buffer, DWORD length) {
                auto value = string_argument(buffer, length);
                if (!value)
                    return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
                handle.change_settings([&](Settings& settings) { settings.*field = std::move(*value); });
                return static_cast<DWORD>(ERROR_SUCCESS);
            }};
}

OptionRow credential_setting(bool proxy, bool password)
{
    return {request_type, {}, [proxy, password](Handle& handle, LPVOID buffer, DWORD length) {
                auto value = string_argument(buffer, length);
                if (!value || text::has_forbidden_header_char(*value))
                    return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
                auto& request = static_cast<Request&>(handle);
                request.update_credentials(proxy, password, std::move(*value));
                return static_cast<DWORD>(ERROR_SUCCESS);
            }};
}

// What an inspector shows for a value just set: numbers as numbers, strings as text, secrets never. WinHTTP
// passes DWORD options with a length of 4, pointers with the pointer's size and strings with a length in
// characters; structures are described by their size only.
std::string option_value_text(DWORD option, LPVOID buffer, DWORD length)
{
    switch (option) {
    case WINHTTP_OPTION_USERNAME:
    case WINHTTP_OPTION_PASSWORD:
    case WINHTTP_OPTION_PROXY_USERNAME:
    case WINHTTP_OPTION_PROXY_PASSWORD:
    case HINTERNET_OPTION_CLIENT_KEY_PASSWORD:
        return "(hidden)";
    case WINHTTP_OPTION_USER_AGENT:
    case HINTERNET_OPTION_CA_FILE:
    case HINTERNET_OPTION_CLIENT_CERT_FILE:
    case HINTERNET_OPTION_CLIENT_KEY_FILE: {
        constexpr std::size_t shown = 200;
        const auto value = string_argument(buffer, length).value_or(std::string());
        return value.size() > shown ? value.substr(0, shown) + "…" : value;
    }
    default:
        break;
    }
    if (buffer == nullptr)
        return length == 0 ? std::string() : std::format("({} bytes)", length);
    if (length == sizeof(DWORD)) {
        DWORD value = 0;
        std::memcpy(&value, buffer, sizeof value);
        return value < 256 ? std::to_string(value) : std::format("{} ({:#x})", value, value);
    }
    if (length == sizeof(void*)) {
        std::uintptr_t value = 0;
        std::memcpy(&value, buffer, sizeof value);
        return std::format("{:#x}", value);
    }
    return std::format("({} bytes)", length);
}

const std::unordered_map<DWORD, OptionRow>& option_table()
{
    static const std::unordered_map<DWORD, OptionRow> table = {
        {WINHTTP_OPTION_CALLBACK,
         {any_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) { return copy_value(handle.callback(), buffer, length); },
          {}}},
        {WINHTTP_OPTION_RESOLVE_TIMEOUT, timeout_setting(&handles::Timeouts::resolve)},
        {WINHTTP_OPTION_CONNECT_TIMEOUT, timeout_setting(&handles::Timeouts::connect)},
        {WINHTTP_OPTION_SEND_TIMEOUT, timeout_setting(&handles::Timeouts::send)},
        {WINHTTP_OPTION_RECEIVE_TIMEOUT, timeout_setting(&handles::Timeouts::receive)},
        {WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, timeout_setting(&handles::Timeouts::receive_response)},
        {WINHTTP_OPTION_CONNECT_RETRIES,
         {any_type, [](Handle&, LPVOID buffer, LPDWORD length) { return copy_value<DWORD>(1, buffer, length); },
          [](Handle&, LPVOID buffer, DWORD length) {
              return dword_argument(buffer, length) ? static_cast<DWORD>(ERROR_SUCCESS)
                                                    : static_cast<DWORD>(ERROR_INVALID_PARAMETER);
          }}},
        {WINHTTP_OPTION_HANDLE_TYPE,
         {any_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              return copy_value<DWORD>(handle.handle_type(), buffer, length);
          },
          {}}},
        {WINHTTP_OPTION_PARENT_HANDLE,
         {connect_type | request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              return copy_value<HINTERNET>(handle.parent() ? handle.parent()->value() : nullptr, buffer, length);
          },
          {}}},
        {WINHTTP_OPTION_CONTEXT_VALUE,
         {any_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              return copy_value<DWORD_PTR>(handle.context(), buffer, length);
          },
          [](Handle& handle, LPVOID buffer, DWORD length) {
              if (buffer == nullptr || length != sizeof(DWORD_PTR))
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              DWORD_PTR value = 0;
              std::memcpy(&value, buffer, sizeof value);
              handle.set_context(value);
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_USER_AGENT,
         {session_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              return copy_string(handle.settings().user_agent, buffer, length);
          },
          [](Handle& handle, LPVOID buffer, DWORD length) {
              auto value = string_argument(buffer, length);
              if (!value || text::has_forbidden_header_char(*value))
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              handle.change_settings([&](Settings& settings) { settings.user_agent = *value; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_URL,
         {request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              return copy_string(static_cast<Request&>(handle).current_url(), buffer, length);
          },
          {}}},
        {WINHTTP_OPTION_REDIRECT_POLICY,
         dword_setting(any_type, &Settings::redirect_policy,
                       [](DWORD value) { return value <= WINHTTP_OPTION_REDIRECT_POLICY_LAST; })},
        {WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, dword_setting(any_type, &Settings::max_redirects)},
        {WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE,
         dword_setting(any_type, &Settings::max_response_header_size, [](DWORD value) { return value > 0; })},
        {WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE, dword_setting(any_type, &Settings::max_response_drain_size)},
        {WINHTTP_OPTION_MAX_CONNS_PER_SERVER, dword_setting(session_type, &Settings::max_connections_per_server)},
        {WINHTTP_OPTION_DECOMPRESSION, dword_setting(session_type | request_type, &Settings::decompression,
                                                     [](DWORD value) {
                                                         return (value & ~(WINHTTP_DECOMPRESSION_FLAG_ALL |
                                                                           HINTERNET_DECOMPRESSION_FLAG_BROTLI)) == 0;
                                                     })},
        {WINHTTP_OPTION_SECURE_PROTOCOLS, dword_setting(session_type, &Settings::secure_protocols,
                                                        [](DWORD value) {
                                                            const DWORD known = WINHTTP_FLAG_SECURE_PROTOCOL_SSL2 |
                                                                                WINHTTP_FLAG_SECURE_PROTOCOL_SSL3 |
                                                                                WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 |
                                                                                WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |
                                                                                WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 |
                                                                                WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
                                                            return (value & ~known) == 0;
                                                        })},
        {WINHTTP_OPTION_SECURITY_FLAGS,
         {request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              auto& request = static_cast<Request&>(handle);
              DWORD flags = handle.settings().security_flags;
              if (const auto tls = request.tls_details(); tls && !tls->protocol.empty())
                  flags |= SECURITY_FLAG_SECURE | (tls->cipher_bits >= 128 ? SECURITY_FLAG_STRENGTH_STRONG : 0);
              return copy_value<DWORD>(flags, buffer, length);
          },
          [](Handle& handle, LPVOID buffer, DWORD length) {
              const auto value = dword_argument(buffer, length);
              const DWORD settable = SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_DATE_INVALID |
                                     SECURITY_FLAG_IGNORE_CERT_CN_INVALID | SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE |
                                     SECURITY_FLAG_IGNORE_WEAK_SIGNATURE;
              if (!value || (*value & ~settable) != 0)
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              handle.change_settings([&](Settings& settings) { settings.security_flags = *value; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_SECURITY_KEY_BITNESS,
         {request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              const auto tls = static_cast<Request&>(handle).tls_details();
              return copy_value<DWORD>(tls ? static_cast<DWORD>(tls->cipher_bits) : 0, buffer, length);
          },
          {}}},
        {WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT,
         {request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              const auto tls = static_cast<Request&>(handle).tls_details();
              if (!tls || tls->peer_chain.empty())
                  return static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
              if (buffer == nullptr || *length < sizeof(WINHTTP_CERTIFICATE_INFO)) {
                  *length = sizeof(WINHTTP_CERTIFICATE_INFO);
                  return static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER);
              }
              const auto& leaf = tls->peer_chain.front();
              WINHTTP_CERTIFICATE_INFO info{};
              info.ftExpiry = file_time(leaf.not_after);
              info.ftStart = file_time(leaf.not_before);
              info.lpszSubjectInfo = local_copy(leaf.subject);
              info.lpszIssuerInfo = local_copy(leaf.issuer);
              info.lpszProtocolName = local_copy(tls->protocol);
              info.lpszSignatureAlgName = local_copy(leaf.signature_algorithm);
              info.lpszEncryptionAlgName = local_copy(tls->cipher);
              info.dwKeySize = static_cast<DWORD>(tls->cipher_bits);
              std::memcpy(buffer, &info, sizeof info);
              *length = sizeof info;
              return static_cast<DWORD>(ERROR_SUCCESS);
          },
          {}}},
        {WINHTTP_OPTION_CONNECTION_INFO,
         {request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              const auto addresses = static_cast<Request&>(handle).connection_addresses();
              if (!addresses)
                  return static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
              WINHTTP_CONNECTION_INFO info{};
              info.cbSize = sizeof info;
              std::memcpy(&info.LocalAddress, &addresses->first.storage,
                          std::min(sizeof info.LocalAddress, sizeof addresses->first.storage));
              std::memcpy(&info.RemoteAddress, &addresses->second.storage,
                          std::min(sizeof info.RemoteAddress, sizeof addresses->second.storage));
              return copy_value(info, buffer, length);
          },
          {}}},
        {WINHTTP_OPTION_HTTP_VERSION,
         {any_type,
          [](Handle&, LPVOID buffer, LPDWORD length) { return copy_value(HTTP_VERSION_INFO{1, 1}, buffer, length); },
          [](Handle&, LPVOID buffer, DWORD length) {
              if (buffer == nullptr || length != sizeof(HTTP_VERSION_INFO))
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              HTTP_VERSION_INFO version{};
              std::memcpy(&version, buffer, sizeof version);
              return version.dwMajorVersion == 1 && version.dwMinorVersion <= 1
                         ? static_cast<DWORD>(ERROR_SUCCESS)
                         : static_cast<DWORD>(ERROR_INVALID_PARAMETER);
          }}},
        {WINHTTP_OPTION_HTTP_PROTOCOL_USED,
         {request_type,
          [](Handle&, LPVOID buffer, LPDWORD length) { return copy_value<DWORD>(0, buffer, length); },
          {}}},
        {WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL,
         {session_type | request_type,
          {},
          [](Handle&, LPVOID buffer, DWORD length) {
              // HTTP/2 and HTTP/3 are not offered; asking for them keeps HTTP/1.1, as WinHTTP does when
              // the server declines.
              return dword_argument(buffer, length) ? static_cast<DWORD>(ERROR_SUCCESS)
                                                    : static_cast<DWORD>(ERROR_INVALID_PARAMETER);
          }}},
        {WINHTTP_OPTION_DISABLE_FEATURE,
         {session_type | request_type,
          {},
          [](Handle& handle, LPVOID buffer, DWORD length) {
              const auto value = dword_argument(buffer, length);
              const DWORD known = WINHTTP_DISABLE_COOKIES | WINHTTP_DISABLE_REDIRECTS | WINHTTP_DISABLE_AUTHENTICATION |
                                  WINHTTP_DISABLE_KEEP_ALIVE;
              if (!value || (*value & ~known) != 0)
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              handle.change_settings([&](Settings& settings) { settings.disabled_features |= *value; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_ENABLE_FEATURE,
         {session_type | request_type,
          {},
          [](Handle& handle, LPVOID buffer, DWORD length) {
              const auto value = dword_argument(buffer, length);
              if (!value)
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              handle.change_settings([&](Settings& settings) { settings.enabled_features |= *value; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_PROXY,
         {session_type | request_type,
          [](Handle& handle, LPVOID buffer, LPDWORD length) {
              const auto proxy = handle.settings().proxy;
              if (buffer == nullptr || *length < sizeof(WINHTTP_PROXY_INFO)) {
                  *length = sizeof(WINHTTP_PROXY_INFO);
                  return static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER);
              }
              WINHTTP_PROXY_INFO info{};
              info.dwAccessType = proxy.access_type;
              info.lpszProxy = proxy.servers.empty() ? nullptr : static_cast<LPWSTR>(local_copy(proxy.servers));
              info.lpszProxyBypass = proxy.bypass.empty() ? nullptr : static_cast<LPWSTR>(local_copy(proxy.bypass));
              std::memcpy(buffer, &info, sizeof info);
              *length = sizeof info;
              return static_cast<DWORD>(ERROR_SUCCESS);
          },
          [](Handle& handle, LPVOID buffer, DWORD length) {
              if (buffer == nullptr || length != sizeof(WINHTTP_PROXY_INFO))
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              WINHTTP_PROXY_INFO info{};
              std::memcpy(&info, buffer, sizeof info);
              if (info.dwAccessType != WINHTTP_ACCESS_TYPE_NO_PROXY &&
                  info.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY &&
                  info.dwAccessType != WINHTTP_ACCESS_TYPE_DEFAULT_PROXY)
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              if (info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && info.lpszProxy == nullptr)
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              auto servers = info.lpszProxy ? text::to_utf8(info.lpszProxy) : std::string();
              auto bypass = info.lpszProxyBypass ? text::to_utf8(info.lpszProxyBypass) : std::string();
              if (text::has_forbidden_header_char(servers) || text::has_forbidden_header_char(bypass))
                  return static_cast<DWORD>(ERROR_INVALID_PARAMETER);
              handle.change_settings([&](Settings& settings) {
                  settings.proxy.access_type = info.dwAccessType;
                  settings.proxy.servers = std::move(servers);
                  settings.proxy.bypass = std::move(bypass);
              });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_CLIENT_CERT_CONTEXT,
         {request_type,
          {},
          [](Handle& handle, LPVOID buffer, DWORD length) {
              // Only WINHTTP_NO_CLIENT_CERT_CONTEXT: Windows certificate contexts do not exist here; client
              // certificates come from files (HINTERNET_OPTION_CLIENT_CERT_FILE).
              if (buffer != WINHTTP_NO_CLIENT_CERT_CONTEXT || length != 0)
                  return static_cast<DWORD>(ERROR_NOT_SUPPORTED);
              handle.change_settings([](Settings& settings) { settings.proceed_without_client_certificate = true; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {HINTERNET_OPTION_CA_FILE, path_setting(&Settings::ca_file)},
        {HINTERNET_OPTION_CLIENT_CERT_FILE, path_setting(&Settings::client_certificate_file)},
        {HINTERNET_OPTION_CLIENT_KEY_FILE, path_setting(&Settings::client_key_file)},
        {HINTERNET_OPTION_CLIENT_KEY_PASSWORD, path_setting(&Settings::client_key_password)},
        {WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE, dword_setting(any_type, &Settings::max_interim_responses)},
        {WINHTTP_OPTION_EXPIRE_CONNECTION,
         {request_type,
          {},
          [](Handle& handle, LPVOID, DWORD) {
              handle.change_settings([](Settings& settings) { settings.expire_connection = true; });
              return static_cast<DWORD>(ERROR_SUCCESS);
          }}},
        {WINHTTP_OPTION_EXTENDED_ERROR,
         {any_type, [](Handle&, LPVOID buffer, LPDWORD length) { return copy_value<DWORD>(0, buffer, length); }, {}}},
        {WINHTTP_OPTION_CODEPAGE, inert_dword(session_type, WINHTTP_OPTION_CODEPAGE, 65001)},
        {WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER,
         inert_dword(session_type, WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER, 0)},
        {WINHTTP_OPTION_AUTOLOGON_POLICY,
         inert_dword(request_type, WINHTTP_OPTION_AUTOLOGON_POLICY, WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM)},
        {WINHTTP_OPTION_WORKER_THREAD_COUNT, inert_dword(session_type, WINHTTP_OPTION_WORKER_THREAD_COUNT, 0)},
        {WINHTTP_OPTION_REQUEST_PRIORITY, inert_dword(request_type, WINHTTP_OPTION_REQUEST_PRIORITY, 0)},
        {WINHTTP_OPTION_REJECT_USERPWD_IN_URL, inert_dword(session_type, WINHTTP_OPTION_REJECT_USERPWD_IN_URL, 0)},
        {WINHTTP_OPTION_ASSURED_NON_BLOCKING_CALLBACKS,
         inert_dword(session_type, WINHTTP_OPTION_ASSURED_NON_BLOCKING_CALLBACKS, 0)},
        {WINHTTP_OPTION_IPV6_FAST_FALLBACK, inert_dword(session_type, WINHTTP_OPTION_IPV6_FAST_FALLBACK, 0)},
        {WINHTTP_OPTION_TCP_FAST_OPEN, inert_dword(session_type, WINHTTP_OPTION_TCP_FAST_OPEN, 0)},
        {WINHTTP_OPTION_TLS_FALSE_START, inert_dword(session_type, WINHTTP_OPTION_TLS_FALSE_START, 0)},
        {WINHTTP_OPTION_DISABLE_SECURE_PROTOCOL_FALLBACK,
         inert_dword(session_type, WINHTTP_OPTION_DISABLE_SECURE_PROTOCOL_FALLBACK, 1)},
        {WINHTTP_OPTION_USERNAME, credential_setting(false, false)},
        {WINHTTP_OPTION_PASSWORD, credential_setting(false, true)},
        {WINHTTP_OPTION_PROXY_USERNAME, credential_setting(true, false)},
        {WINHTTP_OPTION_PROXY_PASSWORD, credential_setting(true, true)},
    };
    return table;
}

} // namespace

extern "C" {

BOOLAPI WinHttpQueryOption(HINTERNET hInternet, DWORD dwOption, LPVOID lpBuffer, LPDWORD lpdwBufferLength)
{
    if (lpdwBufferLength == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    const auto& table = option_table();
    const auto row = table.find(dwOption);
    if (hInternet == nullptr)
        return api::fail(row == table.end() ? ERROR_WINHTTP_INVALID_OPTION : ERROR_INVALID_HANDLE);
    auto handle = HandleTable::instance().find(hInternet);
    if (!handle)
        return api::fail(ERROR_INVALID_HANDLE);
    if (row == table.end())
        return api::fail(ERROR_WINHTTP_INVALID_OPTION);
    if ((row->second.handle_types & (1u << handle->handle_type())) == 0)
        return api::fail(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    if (!row->second.query)
        return api::fail(ERROR_INVALID_PARAMETER); // a set-only option
    return api::guarded([&] { return api::result(row->second.query(*handle, lpBuffer, lpdwBufferLength)); });
}

BOOLAPI WinHttpSetOption(HINTERNET hInternet, DWORD dwOption, LPVOID lpBuffer, DWORD dwBufferLength)
{
    const auto& table = option_table();
    const auto row = table.find(dwOption);
    auto handle = HandleTable::instance().find(hInternet);
    if (!handle)
        return api::fail(hInternet == nullptr && row == table.end() ? ERROR_WINHTTP_INVALID_OPTION
                                                                    : ERROR_INVALID_HANDLE);
    if (row == table.end())
        return api::fail(ERROR_WINHTTP_INVALID_OPTION);
    if ((row->second.handle_types & (1u << handle->handle_type())) == 0)
        return api::fail(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    if (!row->second.set)
        return api::fail(ERROR_WINHTTP_OPTION_NOT_SETTABLE);
    return api::guarded([&] {
        const DWORD error = row->second.set(*handle, lpBuffer, dwBufferLength);
        if (error == ERROR_SUCCESS)
            trace::Tracer::emit(*handle, trace::EventKind::OptionChanged,
                                option_value_text(dwOption, lpBuffer, dwBufferLength), dwOption);
        return api::result(error);
    });
}

BOOLAPI WinHttpGetDefaultProxyConfiguration(WINHTTP_PROXY_INFO* pProxyInfo)
{
    if (pProxyInfo == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        const auto configuration = net::default_proxy_configuration();
        pProxyInfo->dwAccessType =
            configuration.servers.empty() ? WINHTTP_ACCESS_TYPE_NO_PROXY : WINHTTP_ACCESS_TYPE_NAMED_PROXY;
        // The caller frees these with GlobalFree, which releases LocalAlloc memory here too.
        pProxyInfo->lpszProxy = configuration.servers.empty() ? nullptr : local_copy(configuration.servers);
        pProxyInfo->lpszProxyBypass = configuration.bypass.empty() ? nullptr : local_copy(configuration.bypass);
        return api::succeed();
    });
}

BOOLAPI WinHttpSetDefaultProxyConfiguration(WINHTTP_PROXY_INFO* pProxyInfo)
{
    if (pProxyInfo == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    if (pProxyInfo->dwAccessType != WINHTTP_ACCESS_TYPE_NO_PROXY &&
        pProxyInfo->dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY &&
        pProxyInfo->dwAccessType != WINHTTP_ACCESS_TYPE_DEFAULT_PROXY)
        return api::fail(ERROR_INVALID_PARAMETER);
    if (pProxyInfo->dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && pProxyInfo->lpszProxy == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        net::ProxyConfiguration configuration;
        if (pProxyInfo->dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY) {
            configuration.servers = text::to_utf8(pProxyInfo->lpszProxy);
            if (pProxyInfo->lpszProxyBypass != nullptr)
                configuration.bypass = text::to_utf8(pProxyInfo->lpszProxyBypass);
            if (text::has_forbidden_header_char(configuration.servers) ||
                text::has_forbidden_header_char(configuration.bypass))
                return api::fail(ERROR_INVALID_PARAMETER);
        }
        net::set_process_default_proxy(configuration, pProxyInfo->dwAccessType == WINHTTP_ACCESS_TYPE_DEFAULT_PROXY);
        return api::succeed();
    });
}

BOOLAPI WinHttpGetIEProxyConfigForCurrentUser(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG* pProxyConfig)
{
    if (pProxyConfig == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        const auto configuration = net::environment_proxy_configuration();
        pProxyConfig->fAutoDetect = FALSE;
        pProxyConfig->lpszAutoConfigUrl = nullptr;
        pProxyConfig->lpszProxy = configuration.servers.empty() ? nullptr : local_copy(configuration.servers);
        pProxyConfig->lpszProxyBypass = configuration.bypass.empty() ? nullptr : local_copy(configuration.bypass);
        return api::succeed();
    });
}

} // extern "C"
