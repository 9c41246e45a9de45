#include "request/winhttp_names.h"

#include <hinternet/extensions.h>

#include <array>
#include <format>
#include <utility>

namespace hinterscope {
namespace {

struct StatusName {
    DWORD status;
    const char* name;
};

constexpr std::array status_names{
    StatusName{WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, "RESOLVING_NAME"},
    StatusName{WINHTTP_CALLBACK_STATUS_NAME_RESOLVED, "NAME_RESOLVED"},
    StatusName{WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, "CONNECTING_TO_SERVER"},
    StatusName{WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER, "CONNECTED_TO_SERVER"},
    StatusName{WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, "SENDING_REQUEST"},
    StatusName{WINHTTP_CALLBACK_STATUS_REQUEST_SENT, "REQUEST_SENT"},
    StatusName{WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE, "RECEIVING_RESPONSE"},
    StatusName{WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, "RESPONSE_RECEIVED"},
    StatusName{WINHTTP_CALLBACK_STATUS_CLOSING_CONNECTION, "CLOSING_CONNECTION"},
    StatusName{WINHTTP_CALLBACK_STATUS_CONNECTION_CLOSED, "CONNECTION_CLOSED"},
    StatusName{WINHTTP_CALLBACK_STATUS_HANDLE_CREATED, "HANDLE_CREATED"},
    StatusName{WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, "HANDLE_CLOSING"},
    StatusName{WINHTTP_CALLBACK_STATUS_DETECTING_PROXY, "DETECTING_PROXY"},
    StatusName{WINHTTP_CALLBACK_STATUS_REDIRECT, "REDIRECT"},
    StatusName{WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE, "INTERMEDIATE_RESPONSE"},
    StatusName{WINHTTP_CALLBACK_STATUS_SECURE_FAILURE, "SECURE_FAILURE"},
    StatusName{WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE, "HEADERS_AVAILABLE"},
    StatusName{WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, "DATA_AVAILABLE"},
    StatusName{WINHTTP_CALLBACK_STATUS_READ_COMPLETE, "READ_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE, "WRITE_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, "REQUEST_ERROR"},
    StatusName{WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, "SENDREQUEST_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE, "GETPROXYFORURL_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE, "CLOSE_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE, "SHUTDOWN_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_GETPROXYSETTINGS_COMPLETE, "GETPROXYSETTINGS_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_SETTINGS_WRITE_COMPLETE, "SETTINGS_WRITE_COMPLETE"},
    StatusName{WINHTTP_CALLBACK_STATUS_SETTINGS_READ_COMPLETE, "SETTINGS_READ_COMPLETE"},
};

struct OptionName {
    DWORD option;
    const char* name;
};

#define HS_OPTION(constant)                                                                                            \
    OptionName                                                                                                         \
    {                                                                                                                  \
        constant, #constant                                                                                            \
    }
constexpr std::array option_names{
    HS_OPTION(WINHTTP_OPTION_CALLBACK),
    HS_OPTION(WINHTTP_OPTION_RESOLVE_TIMEOUT),
    HS_OPTION(WINHTTP_OPTION_CONNECT_TIMEOUT),
    HS_OPTION(WINHTTP_OPTION_CONNECT_RETRIES),
    HS_OPTION(WINHTTP_OPTION_SEND_TIMEOUT),
    HS_OPTION(WINHTTP_OPTION_RECEIVE_TIMEOUT),
    HS_OPTION(WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT),
    HS_OPTION(WINHTTP_OPTION_HANDLE_TYPE),
    HS_OPTION(WINHTTP_OPTION_READ_BUFFER_SIZE),
    HS_OPTION(WINHTTP_OPTION_WRITE_BUFFER_SIZE),
    HS_OPTION(WINHTTP_OPTION_PARENT_HANDLE),
    HS_OPTION(WINHTTP_OPTION_EXTENDED_ERROR),
    HS_OPTION(WINHTTP_OPTION_SECURITY_FLAGS),
    HS_OPTION(WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT),
    HS_OPTION(WINHTTP_OPTION_URL),
    HS_OPTION(WINHTTP_OPTION_SECURITY_KEY_BITNESS),
    HS_OPTION(WINHTTP_OPTION_PROXY),
    HS_OPTION(WINHTTP_OPTION_USER_AGENT),
    HS_OPTION(WINHTTP_OPTION_CONTEXT_VALUE),
    HS_OPTION(WINHTTP_OPTION_CLIENT_CERT_CONTEXT),
    HS_OPTION(WINHTTP_OPTION_REQUEST_PRIORITY),
    HS_OPTION(WINHTTP_OPTION_HTTP_VERSION),
    HS_OPTION(WINHTTP_OPTION_DISABLE_FEATURE),
    HS_OPTION(WINHTTP_OPTION_CODEPAGE),
    HS_OPTION(WINHTTP_OPTION_MAX_CONNS_PER_SERVER),
    HS_OPTION(WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER),
    HS_OPTION(WINHTTP_OPTION_AUTOLOGON_POLICY),
    HS_OPTION(WINHTTP_OPTION_SERVER_CERT_CONTEXT),
    HS_OPTION(WINHTTP_OPTION_ENABLE_FEATURE),
    HS_OPTION(WINHTTP_OPTION_WORKER_THREAD_COUNT),
    HS_OPTION(WINHTTP_OPTION_SECURE_PROTOCOLS),
    HS_OPTION(WINHTTP_OPTION_REDIRECT_POLICY),
    HS_OPTION(WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS),
    HS_OPTION(WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE),
    HS_OPTION(WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE),
    HS_OPTION(WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE),
    HS_OPTION(WINHTTP_OPTION_CONNECTION_INFO),
    HS_OPTION(WINHTTP_OPTION_REJECT_USERPWD_IN_URL),
    HS_OPTION(WINHTTP_OPTION_ASSURED_NON_BLOCKING_CALLBACKS),
    HS_OPTION(WINHTTP_OPTION_DECOMPRESSION),
    HS_OPTION(WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL),
    HS_OPTION(WINHTTP_OPTION_HTTP_PROTOCOL_USED),
    HS_OPTION(WINHTTP_OPTION_IPV6_FAST_FALLBACK),
    HS_OPTION(WINHTTP_OPTION_EXPIRE_CONNECTION),
    HS_OPTION(WINHTTP_OPTION_DISABLE_SECURE_PROTOCOL_FALLBACK),
    HS_OPTION(WINHTTP_OPTION_TCP_FAST_OPEN),
    HS_OPTION(WINHTTP_OPTION_TLS_FALSE_START),
    HS_OPTION(WINHTTP_OPTION_USERNAME),
    HS_OPTION(WINHTTP_OPTION_PASSWORD),
    HS_OPTION(WINHTTP_OPTION_PROXY_USERNAME),
    HS_OPTION(WINHTTP_OPTION_PROXY_PASSWORD),
    HS_OPTION(HINTERNET_OPTION_CA_FILE),
    HS_OPTION(HINTERNET_OPTION_CLIENT_CERT_FILE),
    HS_OPTION(HINTERNET_OPTION_CLIENT_KEY_FILE),
    HS_OPTION(HINTERNET_OPTION_CLIENT_KEY_PASSWORD),
};
#undef HS_OPTION

struct ErrorRow {
    DWORD code;
    const char* name;
    const char* explanation;
};

// The errors the C API can report, with what they mean for someone looking at a failed request.
constexpr std::array error_rows{
    ErrorRow{ERROR_WINHTTP_TIMEOUT, "ERROR_WINHTTP_TIMEOUT", "the request timed out"},
    ErrorRow{ERROR_WINHTTP_INTERNAL_ERROR, "ERROR_WINHTTP_INTERNAL_ERROR", "an internal error occurred in the engine"},
    ErrorRow{ERROR_WINHTTP_INVALID_URL, "ERROR_WINHTTP_INVALID_URL", "the URL is not valid"},
    ErrorRow{ERROR_WINHTTP_UNRECOGNIZED_SCHEME, "ERROR_WINHTTP_UNRECOGNIZED_SCHEME",
             "the URL's scheme is not http or https"},
    ErrorRow{ERROR_WINHTTP_NAME_NOT_RESOLVED, "ERROR_WINHTTP_NAME_NOT_RESOLVED",
             "the server's name could not be resolved"},
    ErrorRow{ERROR_WINHTTP_INVALID_OPTION, "ERROR_WINHTTP_INVALID_OPTION", "the option is not known"},
    ErrorRow{ERROR_WINHTTP_OPTION_NOT_SETTABLE, "ERROR_WINHTTP_OPTION_NOT_SETTABLE",
             "the option can only be queried, not set"},
    ErrorRow{ERROR_WINHTTP_SHUTDOWN, "ERROR_WINHTTP_SHUTDOWN", "the engine is shutting down"},
    ErrorRow{ERROR_WINHTTP_LOGIN_FAILURE, "ERROR_WINHTTP_LOGIN_FAILURE", "the login attempt failed"},
    ErrorRow{ERROR_WINHTTP_OPERATION_CANCELLED, "ERROR_WINHTTP_OPERATION_CANCELLED",
             "the operation was cancelled because its handle was closed"},
    ErrorRow{ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, "ERROR_WINHTTP_INCORRECT_HANDLE_TYPE",
             "the handle is of the wrong type for this call"},
    ErrorRow{ERROR_WINHTTP_INCORRECT_HANDLE_STATE, "ERROR_WINHTTP_INCORRECT_HANDLE_STATE",
             "the call is not allowed in the handle's current state"},
    ErrorRow{ERROR_WINHTTP_CANNOT_CONNECT, "ERROR_WINHTTP_CANNOT_CONNECT",
             "could not connect to the server (nothing listening, or the connection was refused)"},
    ErrorRow{ERROR_WINHTTP_CONNECTION_ERROR, "ERROR_WINHTTP_CONNECTION_ERROR",
             "the connection was reset or closed before the exchange finished"},
    ErrorRow{ERROR_WINHTTP_RESEND_REQUEST, "ERROR_WINHTTP_RESEND_REQUEST", "the request must be sent again"},
    ErrorRow{ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED, "ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED",
             "the server asks for a client certificate (--option CLIENT_CERT_FILE=...)"},
    ErrorRow{ERROR_WINHTTP_HEADER_NOT_FOUND, "ERROR_WINHTTP_HEADER_NOT_FOUND", "the header was not found"},
    ErrorRow{ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "ERROR_WINHTTP_INVALID_SERVER_RESPONSE",
             "the server's response could not be parsed"},
    ErrorRow{ERROR_WINHTTP_INVALID_HEADER, "ERROR_WINHTTP_INVALID_HEADER", "a request header is not valid"},
    ErrorRow{ERROR_WINHTTP_REDIRECT_FAILED, "ERROR_WINHTTP_REDIRECT_FAILED",
             "a redirect could not be followed (too many, or an unusable Location)"},
    ErrorRow{ERROR_WINHTTP_SECURE_FAILURE, "ERROR_WINHTTP_SECURE_FAILURE",
             "the server's certificate or the TLS handshake failed validation"},
    ErrorRow{ERROR_WINHTTP_SECURE_CERT_DATE_INVALID, "ERROR_WINHTTP_SECURE_CERT_DATE_INVALID",
             "the server's certificate has expired or is not yet valid"},
    ErrorRow{ERROR_WINHTTP_SECURE_CERT_CN_INVALID, "ERROR_WINHTTP_SECURE_CERT_CN_INVALID",
             "the server's certificate is for another name"},
    ErrorRow{ERROR_WINHTTP_SECURE_INVALID_CA, "ERROR_WINHTTP_SECURE_INVALID_CA",
             "the server's certificate was issued by an untrusted authority"},
    ErrorRow{ERROR_WINHTTP_SECURE_CERT_REV_FAILED, "ERROR_WINHTTP_SECURE_CERT_REV_FAILED",
             "the certificate's revocation could not be checked"},
    ErrorRow{ERROR_WINHTTP_SECURE_CHANNEL_ERROR, "ERROR_WINHTTP_SECURE_CHANNEL_ERROR", "the TLS channel failed"},
    ErrorRow{ERROR_WINHTTP_SECURE_INVALID_CERT, "ERROR_WINHTTP_SECURE_INVALID_CERT", "the certificate is not valid"},
    ErrorRow{ERROR_WINHTTP_SECURE_CERT_REVOKED, "ERROR_WINHTTP_SECURE_CERT_REVOKED",
             "the certificate has been revoked"},
    ErrorRow{ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE, "ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE",
             "the certificate is not meant for server authentication"},
    ErrorRow{ERROR_WINHTTP_AUTODETECTION_FAILED, "ERROR_WINHTTP_AUTODETECTION_FAILED",
             "no proxy configuration could be detected"},
    ErrorRow{ERROR_WINHTTP_HEADER_COUNT_EXCEEDED, "ERROR_WINHTTP_HEADER_COUNT_EXCEEDED",
             "the response has too many header fields"},
    ErrorRow{ERROR_WINHTTP_HEADER_SIZE_OVERFLOW, "ERROR_WINHTTP_HEADER_SIZE_OVERFLOW",
             "the response head is larger than WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE"},
    ErrorRow{ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW, "ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW",
             "a chunk header of the response is too large"},
    ErrorRow{ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW, "ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW",
             "an intermediate response body exceeded WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE"},
    ErrorRow{ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY, "ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY",
             "the client certificate has no private key"},
    ErrorRow{ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY, "ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY",
             "the client certificate's private key cannot be used"},
    ErrorRow{ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY, "ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY",
             "the proxy asks for a client certificate"},
    ErrorRow{ERROR_WINHTTP_SECURE_FAILURE_PROXY, "ERROR_WINHTTP_SECURE_FAILURE_PROXY",
             "the proxy's certificate failed validation"},
    ErrorRow{ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH, "ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH",
             "the server does not speak the required HTTP version"},
    ErrorRow{ERROR_WINHTTP_FEATURE_DISABLED, "ERROR_WINHTTP_FEATURE_DISABLED", "the feature is disabled"},
    ErrorRow{ERROR_WINHTTP_OUT_OF_HANDLES, "ERROR_WINHTTP_OUT_OF_HANDLES", "no more handles could be created"},
    ErrorRow{ERROR_WINHTTP_NOT_INITIALIZED, "ERROR_WINHTTP_NOT_INITIALIZED", "the engine is not initialized"},
    ErrorRow{ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN, "ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN",
             "the call needs an opened request first"},
    ErrorRow{ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND, "ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND",
             "the call needs the request to be sent first"},
    ErrorRow{ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND, "ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND",
             "the call is not allowed once the request was sent"},
    ErrorRow{ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN, "ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN",
             "the call is not allowed once the request was opened"},
    ErrorRow{ERROR_WINHTTP_HEADER_ALREADY_EXISTS, "ERROR_WINHTTP_HEADER_ALREADY_EXISTS",
             "the header exists and ADD_IF_NEW was asked for"},
    ErrorRow{ERROR_WINHTTP_INVALID_QUERY_REQUEST, "ERROR_WINHTTP_INVALID_QUERY_REQUEST",
             "the header query is not valid"},
    ErrorRow{ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED, "ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED", "a global callback failed"},
    ErrorRow{ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED, "ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED",
             "fast forwarding is not supported"},
    ErrorRow{ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR, "ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR",
             "the proxy auto-configuration service failed"},
    ErrorRow{ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT, "ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT",
             "the proxy auto-configuration script is broken"},
    ErrorRow{ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT, "ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT",
             "the proxy auto-configuration script could not be downloaded"},
    ErrorRow{ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE, "ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE",
             "the proxy auto-configuration script has an unknown type"},
    ErrorRow{ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR, "ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR",
             "the proxy auto-configuration script failed"},
    ErrorRow{ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", "a parameter is not valid"},
    ErrorRow{ERROR_INVALID_HANDLE, "ERROR_INVALID_HANDLE", "the handle is not (or no longer) valid"},
    ErrorRow{ERROR_NOT_ENOUGH_MEMORY, "ERROR_NOT_ENOUGH_MEMORY", "out of memory"},
    ErrorRow{ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", "not supported on this platform"},
    ErrorRow{ERROR_INSUFFICIENT_BUFFER, "ERROR_INSUFFICIENT_BUFFER", "the buffer is too small"},
    ErrorRow{ERROR_INVALID_OPERATION, "ERROR_INVALID_OPERATION", "the operation is not valid now"},
    ErrorRow{ERROR_FILE_NOT_FOUND, "ERROR_FILE_NOT_FOUND", "a file was not found"},
    ErrorRow{ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", "access was denied"},
};

const ErrorRow* find_error(DWORD error)
{
    for (const auto& row : error_rows)
        if (row.code == error)
            return &row;
    return nullptr;
}

} // namespace

std::string callback_status_name(DWORD status)
{
    for (const auto& entry : status_names)
        if (entry.status == status)
            return entry.name;
    return std::format("0x{:08x}", status);
}

bool is_known_error(DWORD error)
{
    return error == ERROR_SUCCESS || find_error(error) != nullptr;
}

std::string error_name(DWORD error)
{
    if (error == ERROR_SUCCESS)
        return "ERROR_SUCCESS";
    if (const auto* row = find_error(error))
        return row->name;
    return std::format("error {}", error);
}

std::string error_explanation(DWORD error)
{
    if (const auto* row = find_error(error))
        return row->explanation;
    return "an unknown error";
}

std::string handle_type_name(DWORD handle_type)
{
    switch (handle_type) {
    case WINHTTP_HANDLE_TYPE_SESSION:
        return "session";
    case WINHTTP_HANDLE_TYPE_CONNECT:
        return "connect";
    case WINHTTP_HANDLE_TYPE_REQUEST:
        return "request";
    default:
        return "handle";
    }
}

std::string api_name(DWORD_PTR api)
{
    switch (api) {
    case API_RECEIVE_RESPONSE:
        return "API_RECEIVE_RESPONSE";
    case API_QUERY_DATA_AVAILABLE:
        return "API_QUERY_DATA_AVAILABLE";
    case API_READ_DATA:
        return "API_READ_DATA";
    case API_WRITE_DATA:
        return "API_WRITE_DATA";
    case API_SEND_REQUEST:
        return "API_SEND_REQUEST";
    case API_GET_PROXY_FOR_URL:
        return "API_GET_PROXY_FOR_URL";
    case API_GET_PROXY_SETTINGS:
        return "API_GET_PROXY_SETTINGS";
    default:
        return std::format("API {}", api);
    }
}

std::string secure_failure_flag_names(DWORD flags)
{
    static constexpr std::array<std::pair<DWORD, const char*>, 8> names{{
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED, "CERT_REV_FAILED"},
        {WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT, "INVALID_CERT"},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED, "CERT_REVOKED"},
        {WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA, "INVALID_CA"},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID, "CERT_CN_INVALID"},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID, "CERT_DATE_INVALID"},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE, "CERT_WRONG_USAGE"},
        {WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR, "SECURITY_CHANNEL_ERROR"},
    }};
    if (flags == 0)
        return "none";
    std::string text;
    DWORD known = 0;
    for (const auto& [bit, name] : names) {
        if ((flags & bit) != 0) {
            text += (text.empty() ? "" : "|") + std::string(name);
            known |= bit;
        }
    }
    if ((flags & ~known) != 0)
        text += std::format("{}0x{:x}", text.empty() ? "" : "|", flags & ~known);
    return text;
}

std::string option_name(DWORD option)
{
    for (const auto& entry : option_names)
        if (entry.option == option)
            return entry.name;
    return std::format("option {}", option);
}

} // namespace hinterscope
