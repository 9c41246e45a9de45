#include "models/winhttp_names.h"

#include <QStringList>

#include <winhttp.h>

#include <iterator>

namespace hinterscope::names {

namespace {

struct Name {
    quint64 value;
    const char* text;
};

#define HS_NAME(prefix, name)                                                                                          \
    Name                                                                                                               \
    {                                                                                                                  \
        prefix##name, #name                                                                                            \
    }

constexpr Name kCallbackStatuses[] = {
    HS_NAME(WINHTTP_CALLBACK_STATUS_, RESOLVING_NAME),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, NAME_RESOLVED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, CONNECTING_TO_SERVER),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, CONNECTED_TO_SERVER),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SENDING_REQUEST),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, REQUEST_SENT),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, RECEIVING_RESPONSE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, RESPONSE_RECEIVED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, CLOSING_CONNECTION),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, CONNECTION_CLOSED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, HANDLE_CREATED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, HANDLE_CLOSING),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, DETECTING_PROXY),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, REDIRECT),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, INTERMEDIATE_RESPONSE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SECURE_FAILURE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, HEADERS_AVAILABLE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, DATA_AVAILABLE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, READ_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, WRITE_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, REQUEST_ERROR),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SENDREQUEST_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, GETPROXYFORURL_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, CLOSE_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SHUTDOWN_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, GETPROXYSETTINGS_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SETTINGS_WRITE_COMPLETE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_, SETTINGS_READ_COMPLETE),
};

// The error column shows the whole constant: the same names appear in GetLastError() results.
constexpr Name kErrors[] = {
    HS_NAME(, ERROR_SUCCESS),
    HS_NAME(, ERROR_INVALID_HANDLE),
    HS_NAME(, ERROR_NOT_ENOUGH_MEMORY),
    HS_NAME(, ERROR_INVALID_PARAMETER),
    HS_NAME(, ERROR_INSUFFICIENT_BUFFER),
    HS_NAME(, ERROR_NOT_SUPPORTED),
    HS_NAME(, ERROR_WINHTTP_OUT_OF_HANDLES),
    HS_NAME(, ERROR_WINHTTP_TIMEOUT),
    HS_NAME(, ERROR_WINHTTP_INTERNAL_ERROR),
    HS_NAME(, ERROR_WINHTTP_INVALID_URL),
    HS_NAME(, ERROR_WINHTTP_UNRECOGNIZED_SCHEME),
    HS_NAME(, ERROR_WINHTTP_NAME_NOT_RESOLVED),
    HS_NAME(, ERROR_WINHTTP_INVALID_OPTION),
    HS_NAME(, ERROR_WINHTTP_OPTION_NOT_SETTABLE),
    HS_NAME(, ERROR_WINHTTP_SHUTDOWN),
    HS_NAME(, ERROR_WINHTTP_LOGIN_FAILURE),
    HS_NAME(, ERROR_WINHTTP_OPERATION_CANCELLED),
    HS_NAME(, ERROR_WINHTTP_INCORRECT_HANDLE_TYPE),
    HS_NAME(, ERROR_WINHTTP_INCORRECT_HANDLE_STATE),
    HS_NAME(, ERROR_WINHTTP_CANNOT_CONNECT),
    HS_NAME(, ERROR_WINHTTP_CONNECTION_ERROR),
    HS_NAME(, ERROR_WINHTTP_RESEND_REQUEST),
    HS_NAME(, ERROR_WINHTTP_SECURE_CERT_DATE_INVALID),
    HS_NAME(, ERROR_WINHTTP_SECURE_CERT_CN_INVALID),
    HS_NAME(, ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED),
    HS_NAME(, ERROR_WINHTTP_SECURE_INVALID_CA),
    HS_NAME(, ERROR_WINHTTP_SECURE_CERT_REV_FAILED),
    HS_NAME(, ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN),
    HS_NAME(, ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND),
    HS_NAME(, ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND),
    HS_NAME(, ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN),
    HS_NAME(, ERROR_WINHTTP_HEADER_NOT_FOUND),
    HS_NAME(, ERROR_WINHTTP_INVALID_SERVER_RESPONSE),
    HS_NAME(, ERROR_WINHTTP_INVALID_HEADER),
    HS_NAME(, ERROR_WINHTTP_INVALID_QUERY_REQUEST),
    HS_NAME(, ERROR_WINHTTP_HEADER_ALREADY_EXISTS),
    HS_NAME(, ERROR_WINHTTP_REDIRECT_FAILED),
    HS_NAME(, ERROR_WINHTTP_SECURE_CHANNEL_ERROR),
    HS_NAME(, ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT),
    HS_NAME(, ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT),
    HS_NAME(, ERROR_WINHTTP_SECURE_INVALID_CERT),
    HS_NAME(, ERROR_WINHTTP_SECURE_CERT_REVOKED),
    HS_NAME(, ERROR_WINHTTP_NOT_INITIALIZED),
    HS_NAME(, ERROR_WINHTTP_SECURE_FAILURE),
    HS_NAME(, ERROR_WINHTTP_UNHANDLED_SCRIPT_TYPE),
    HS_NAME(, ERROR_WINHTTP_SCRIPT_EXECUTION_ERROR),
    HS_NAME(, ERROR_WINHTTP_AUTO_PROXY_SERVICE_ERROR),
    HS_NAME(, ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE),
    HS_NAME(, ERROR_WINHTTP_AUTODETECTION_FAILED),
    HS_NAME(, ERROR_WINHTTP_HEADER_COUNT_EXCEEDED),
    HS_NAME(, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW),
    HS_NAME(, ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW),
    HS_NAME(, ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW),
    HS_NAME(, ERROR_WINHTTP_CLIENT_CERT_NO_PRIVATE_KEY),
    HS_NAME(, ERROR_WINHTTP_CLIENT_CERT_NO_ACCESS_PRIVATE_KEY),
    HS_NAME(, ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED_PROXY),
    HS_NAME(, ERROR_WINHTTP_SECURE_FAILURE_PROXY),
    HS_NAME(, ERROR_WINHTTP_HTTP_PROTOCOL_MISMATCH),
    HS_NAME(, ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED),
    HS_NAME(, ERROR_WINHTTP_FEATURE_DISABLED),
    HS_NAME(, ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED),
};

constexpr Name kAsyncApis[] = {
    HS_NAME(, API_RECEIVE_RESPONSE),   HS_NAME(, API_QUERY_DATA_AVAILABLE), HS_NAME(, API_READ_DATA),
    HS_NAME(, API_WRITE_DATA),         HS_NAME(, API_SEND_REQUEST),         HS_NAME(, API_GET_PROXY_FOR_URL),
    HS_NAME(, API_GET_PROXY_SETTINGS),
};

constexpr Name kSecureFailureFlags[] = {
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, CERT_REV_FAILED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, INVALID_CERT),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, CERT_REVOKED),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, INVALID_CA),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, CERT_CN_INVALID),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, CERT_DATE_INVALID),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, CERT_WRONG_USAGE),
    HS_NAME(WINHTTP_CALLBACK_STATUS_FLAG_, SECURITY_CHANNEL_ERROR),
};

#undef HS_NAME

template <std::size_t N>
const char* lookup(const Name (&table)[N], quint64 value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry.text;
    }
    return nullptr;
}

QString hex(quint64 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

} // namespace

QString callbackStatus(quint32 status)
{
    const char* name = lookup(kCallbackStatuses, status);
    return name ? QLatin1StringView(name) : hex(status);
}

QString error(quint32 code)
{
    const char* name = lookup(kErrors, code);
    return name ? QLatin1StringView(name) : QString::number(code);
}

QString asyncApi(quint64 api)
{
    const char* name = lookup(kAsyncApis, api);
    return name ? QLatin1StringView(name) : QStringLiteral("API %1").arg(api);
}

QString eventKind(hinternet::trace::EventKind kind)
{
    using hinternet::trace::EventKind;
    switch (kind) {
    case EventKind::HandleCreated:
        return QStringLiteral("HandleCreated");
    case EventKind::HandleClosed:
        return QStringLiteral("HandleClosed");
    case EventKind::OptionChanged:
        return QStringLiteral("OptionChanged");
    case EventKind::Callback:
        return QStringLiteral("Callback");
    case EventKind::ConnectionOpened:
        return QStringLiteral("ConnectionOpened");
    case EventKind::ConnectionReused:
        return QStringLiteral("ConnectionReused");
    case EventKind::ConnectionClosed:
        return QStringLiteral("ConnectionClosed");
    case EventKind::TlsHandshake:
        return QStringLiteral("TlsHandshake");
    case EventKind::BytesSent:
        return QStringLiteral("BytesSent");
    case EventKind::BytesReceived:
        return QStringLiteral("BytesReceived");
    case EventKind::BodyDecoded:
        return QStringLiteral("BodyDecoded");
    case EventKind::RedirectDecision:
        return QStringLiteral("RedirectDecision");
    case EventKind::TimingMark:
        return QStringLiteral("TimingMark");
    case EventKind::CookieStored:
        return QStringLiteral("CookieStored");
    }
    return QStringLiteral("Event %1").arg(static_cast<int>(kind));
}

QString handleType(quint32 type)
{
    switch (type) {
    case WINHTTP_HANDLE_TYPE_SESSION:
        return QStringLiteral("session");
    case WINHTTP_HANDLE_TYPE_CONNECT:
        return QStringLiteral("connect");
    case WINHTTP_HANDLE_TYPE_REQUEST:
        return QStringLiteral("request");
    case WINHTTP_HANDLE_TYPE_PROXY_RESOLVER:
        return QStringLiteral("proxy resolver");
    case WINHTTP_HANDLE_TYPE_WEBSOCKET:
        return QStringLiteral("websocket");
    case WINHTTP_HANDLE_TYPE_PROTOCOL:
        return QStringLiteral("protocol");
    default:
        return QStringLiteral("type %1").arg(type);
    }
}

QString secureFailureFlags(quint32 flags)
{
    QStringList parts;
    quint32 known = 0;
    for (const auto& entry : kSecureFailureFlags) {
        if ((flags & entry.value) != 0) {
            parts << QLatin1StringView(entry.text);
            known |= static_cast<quint32>(entry.value);
        }
    }
    if ((flags & ~known) != 0)
        parts << hex(flags & ~known);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(" | "));
}

} // namespace hinterscope::names
