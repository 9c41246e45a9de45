#include "models/winhttp_names.h"

#include <QCoreApplication>

#include <iterator>

#include "request/winhttp_names.h" // last: <windows.h> defines macros Qt's headers must not see

namespace hinterscope::names {

namespace {

struct Name {
    quint64 value;
    const char* text;
};

// One line per status for tooltips, as the WinHTTP reference explains them (in our words). Marked for
// translation here, translated when looked up.
constexpr Name kCallbackStatusDescriptions[] = {
    {WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "Looking up the IP address of the server name (the information is the name).")},
    {WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
     QT_TRANSLATE_NOOP("hinterscope::names", "The server name was resolved (the information is the IP address).")},
    {WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER,
     QT_TRANSLATE_NOOP("hinterscope::names", "Opening a TCP connection to the server's address.")},
    {WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
     QT_TRANSLATE_NOOP("hinterscope::names", "The TCP connection to the server is established.")},
    {WINHTTP_CALLBACK_STATUS_SENDING_REQUEST,
     QT_TRANSLATE_NOOP("hinterscope::names", "Starting to write the request to the server.")},
    {WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "The request was written to the server (the information is the byte count).")},
    {WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
     QT_TRANSLATE_NOOP("hinterscope::names", "Waiting for and reading the server's response.")},
    {WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "Bytes of the response were read from the server (the information is the byte count).")},
    {WINHTTP_CALLBACK_STATUS_CLOSING_CONNECTION,
     QT_TRANSLATE_NOOP("hinterscope::names", "Closing the connection to the server.")},
    {WINHTTP_CALLBACK_STATUS_CONNECTION_CLOSED,
     QT_TRANSLATE_NOOP("hinterscope::names", "The connection to the server was closed.")},
    {WINHTTP_CALLBACK_STATUS_HANDLE_CREATED,
     QT_TRANSLATE_NOOP("hinterscope::names", "A HINTERNET handle was created.")},
    {WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "The handle is being closed: the last callback it gets; its value may be reused afterwards.")},
    {WINHTTP_CALLBACK_STATUS_DETECTING_PROXY,
     QT_TRANSLATE_NOOP("hinterscope::names", "Looking for a proxy server (auto-detection or a PAC script).")},
    {WINHTTP_CALLBACK_STATUS_REDIRECT,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "The request is redirected and follows to a new URL (the information is the URL).")},
    {WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "An interim 1xx response arrived before the final one (the information is its status).")},
    {WINHTTP_CALLBACK_STATUS_SECURE_FAILURE,
     QT_TRANSLATE_NOOP(
         "hinterscope::names",
         "The TLS connection failed verification (the information says which certificate checks failed).")},
    {WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE,
     QT_TRANSLATE_NOOP("hinterscope::names", "WinHttpReceiveResponse completed: the response headers can be queried.")},
    {WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WinHttpQueryDataAvailable completed (the information is how many bytes can be read now).")},
    {WINHTTP_CALLBACK_STATUS_READ_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WinHttpReadData completed (the information is the byte count; 0 means the body ended).")},
    {WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WinHttpWriteData completed (the information is the byte count written).")},
    {WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "An asynchronous call failed (the information names the call and the error).")},
    {WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "WinHttpSendRequest completed: the request is on its way.")},
    {WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "WinHttpGetProxyForUrlEx completed: the proxy result can be read.")},
    {WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "A WebSocket close handshake completed.")},
    {WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "A WebSocket shutdown (close frame sent) completed.")},
    {WINHTTP_CALLBACK_STATUS_GETPROXYSETTINGS_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "WinHttpGetProxySettingsEx completed: the settings can be read.")},
    {WINHTTP_CALLBACK_STATUS_SETTINGS_WRITE_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "Writing proxy settings completed.")},
    {WINHTTP_CALLBACK_STATUS_SETTINGS_READ_COMPLETE,
     QT_TRANSLATE_NOOP("hinterscope::names", "Reading proxy settings completed.")},
};

constexpr Name kOptionDescriptions[] = {
    {WINHTTP_OPTION_CALLBACK,
     QT_TRANSLATE_NOOP("hinterscope::names", "The status callback function installed on the handle.")},
    {WINHTTP_OPTION_RESOLVE_TIMEOUT,
     QT_TRANSLATE_NOOP("hinterscope::names", "How long name resolution may take, in milliseconds (0: no limit).")},
    {WINHTTP_OPTION_CONNECT_TIMEOUT,
     QT_TRANSLATE_NOOP("hinterscope::names", "How long connecting to the server may take, in milliseconds.")},
    {WINHTTP_OPTION_CONNECT_RETRIES,
     QT_TRANSLATE_NOOP("hinterscope::names", "How often a connect is retried within the connect timeout.")},
    {WINHTTP_OPTION_SEND_TIMEOUT,
     QT_TRANSLATE_NOOP("hinterscope::names", "How long one write of the request may take, in milliseconds.")},
    {WINHTTP_OPTION_RECEIVE_TIMEOUT,
     QT_TRANSLATE_NOOP("hinterscope::names", "How long one read of the response may wait, in milliseconds.")},
    {WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT,
     QT_TRANSLATE_NOOP("hinterscope::names", "How long to wait for the response headers, in milliseconds.")},
    {WINHTTP_OPTION_HANDLE_TYPE,
     QT_TRANSLATE_NOOP("hinterscope::names", "The handle's type: session, connect or request (query only).")},
    {WINHTTP_OPTION_PARENT_HANDLE,
     QT_TRANSLATE_NOOP("hinterscope::names", "The handle this one was opened from (query only).")},
    {WINHTTP_OPTION_EXTENDED_ERROR,
     QT_TRANSLATE_NOOP("hinterscope::names", "The operating system error behind the last failure (query only).")},
    {WINHTTP_OPTION_SECURITY_FLAGS,
     QT_TRANSLATE_NOOP("hinterscope::names", "SECURITY_FLAG_IGNORE_* bits: which certificate problems are waived.")},
    {WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT,
     QT_TRANSLATE_NOOP("hinterscope::names", "The server certificate's subject, issuer and validity (query only).")},
    {WINHTTP_OPTION_URL,
     QT_TRANSLATE_NOOP("hinterscope::names", "The request's full URL, updated after each redirect (query only).")},
    {WINHTTP_OPTION_SECURITY_KEY_BITNESS,
     QT_TRANSLATE_NOOP("hinterscope::names", "The cipher's key size in bits (query only).")},
    {WINHTTP_OPTION_PROXY,
     QT_TRANSLATE_NOOP("hinterscope::names", "The proxy server and bypass list used by this handle.")},
    {WINHTTP_OPTION_USER_AGENT, QT_TRANSLATE_NOOP("hinterscope::names", "The User-Agent sent with requests.")},
    {WINHTTP_OPTION_CONTEXT_VALUE,
     QT_TRANSLATE_NOOP("hinterscope::names", "The application's context value passed to its callback.")},
    {WINHTTP_OPTION_CLIENT_CERT_CONTEXT,
     QT_TRANSLATE_NOOP("hinterscope::names", "The client certificate offered to the server (or none).")},
    {WINHTTP_OPTION_REQUEST_PRIORITY,
     QT_TRANSLATE_NOOP("hinterscope::names", "The request's priority (accepted, without effect here).")},
    {WINHTTP_OPTION_HTTP_VERSION, QT_TRANSLATE_NOOP("hinterscope::names", "The HTTP version requests use by default.")},
    {WINHTTP_OPTION_DISABLE_FEATURE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WINHTTP_DISABLE_* bits: cookies, redirects, authentication or keep-alive turned off.")},
    {WINHTTP_OPTION_CODEPAGE,
     QT_TRANSLATE_NOOP("hinterscope::names", "The code page for URLs (accepted, UTF-8 is used).")},
    {WINHTTP_OPTION_MAX_CONNS_PER_SERVER,
     QT_TRANSLATE_NOOP("hinterscope::names", "How many connections to one server may be open at once.")},
    {WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER,
     QT_TRANSLATE_NOOP("hinterscope::names", "How many connections to one HTTP/1.0 server may be open at once.")},
    {WINHTTP_OPTION_AUTOLOGON_POLICY,
     QT_TRANSLATE_NOOP("hinterscope::names", "When default credentials may be sent automatically.")},
    {WINHTTP_OPTION_ENABLE_FEATURE,
     QT_TRANSLATE_NOOP("hinterscope::names", "WINHTTP_ENABLE_* bits: optional features turned on.")},
    {WINHTTP_OPTION_WORKER_THREAD_COUNT,
     QT_TRANSLATE_NOOP("hinterscope::names", "The number of worker threads for asynchronous calls.")},
    {WINHTTP_OPTION_SECURE_PROTOCOLS,
     QT_TRANSLATE_NOOP("hinterscope::names", "WINHTTP_FLAG_SECURE_PROTOCOL_* bits: which TLS versions may be used.")},
    {WINHTTP_OPTION_REDIRECT_POLICY,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "Which redirects are followed: never, all but HTTPS to HTTP (default), or always.")},
    {WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS,
     QT_TRANSLATE_NOOP("hinterscope::names", "How many redirects are followed before the request fails.")},
    {WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE,
     QT_TRANSLATE_NOOP("hinterscope::names", "How many interim 1xx responses are accepted before the final one.")},
    {WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE,
     QT_TRANSLATE_NOOP("hinterscope::names", "The largest response head accepted, in bytes.")},
    {WINHTTP_OPTION_MAX_RESPONSE_DRAIN_SIZE,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "How many body bytes are drained to reuse a connection after a redirect or an auth challenge.")},
    {WINHTTP_OPTION_CONNECTION_INFO,
     QT_TRANSLATE_NOOP("hinterscope::names", "The local and remote address of the request's connection (query only).")},
    {WINHTTP_OPTION_REJECT_USERPWD_IN_URL,
     QT_TRANSLATE_NOOP("hinterscope::names", "Whether URLs with a user name and password are refused.")},
    {WINHTTP_OPTION_ASSURED_NON_BLOCKING_CALLBACKS,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "The application promises its callbacks never block (accepted, without effect here).")},
    {WINHTTP_OPTION_DECOMPRESSION,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WINHTTP_DECOMPRESSION_FLAG_* bits: which content encodings are decoded automatically.")},
    {WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "WINHTTP_PROTOCOL_FLAG_* bits: HTTP/2 or HTTP/3 allowed (HTTP/1.1 is always used here).")},
    {WINHTTP_OPTION_HTTP_PROTOCOL_USED,
     QT_TRANSLATE_NOOP("hinterscope::names", "Which HTTP version the response came over (query only).")},
    {WINHTTP_OPTION_IPV6_FAST_FALLBACK,
     QT_TRANSLATE_NOOP("hinterscope::names",
                       "Try IPv4 quickly when IPv6 is slow to connect (accepted, without effect here).")},
    {WINHTTP_OPTION_EXPIRE_CONNECTION,
     QT_TRANSLATE_NOOP("hinterscope::names", "Do not return the request's connection to the keep-alive pool.")},
    {WINHTTP_OPTION_DISABLE_SECURE_PROTOCOL_FALLBACK,
     QT_TRANSLATE_NOOP("hinterscope::names", "Never retry a failed TLS handshake with an older protocol version.")},
    {WINHTTP_OPTION_TCP_FAST_OPEN,
     QT_TRANSLATE_NOOP("hinterscope::names", "Use TCP Fast Open (accepted, without effect here).")},
    {WINHTTP_OPTION_TLS_FALSE_START,
     QT_TRANSLATE_NOOP("hinterscope::names", "Use TLS False Start (accepted, without effect here).")},
    {WINHTTP_OPTION_USERNAME, QT_TRANSLATE_NOOP("hinterscope::names", "The user name for server authentication.")},
    {WINHTTP_OPTION_PASSWORD,
     QT_TRANSLATE_NOOP("hinterscope::names", "The password for server authentication (never shown).")},
    {WINHTTP_OPTION_PROXY_USERNAME, QT_TRANSLATE_NOOP("hinterscope::names", "The user name for proxy authentication.")},
    {WINHTTP_OPTION_PROXY_PASSWORD,
     QT_TRANSLATE_NOOP("hinterscope::names", "The password for proxy authentication (never shown).")},
};

template <std::size_t N>
const char* lookup(const Name (&table)[N], quint64 value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry.text;
    }
    return nullptr;
}

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("hinterscope::names", text) : QString();
}

} // namespace

QString callbackStatus(quint32 status)
{
    return QString::fromStdString(callback_status_name(status));
}

QString error(quint32 code)
{
    return is_known_error(code) ? QString::fromStdString(error_name(code)) : QString::number(code);
}

QString asyncApi(quint64 api)
{
    return QString::fromStdString(api_name(static_cast<DWORD_PTR>(api)));
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
    return QString::fromStdString(secure_failure_flag_names(flags)).replace(QLatin1Char('|'), QStringLiteral(" | "));
}

QString option(quint32 id)
{
    return QString::fromStdString(option_name(id));
}

QString callbackStatusDescription(quint32 status)
{
    return translated(lookup(kCallbackStatusDescriptions, status));
}

QString optionDescription(quint32 id)
{
    return translated(lookup(kOptionDescriptions, id));
}

QString eventKindDescription(hinternet::trace::EventKind kind)
{
    using hinternet::trace::EventKind;
    switch (kind) {
    case EventKind::HandleCreated:
        return translated(QT_TRANSLATE_NOOP(
            "hinterscope::names", "The engine opened a handle (the information is what it was opened with)."));
    case EventKind::HandleClosed:
        return translated(
            QT_TRANSLATE_NOOP("hinterscope::names",
                              "The handle is gone: HANDLE_CLOSING was delivered and nothing refers to it any more."));
    case EventKind::OptionChanged:
        return translated(QT_TRANSLATE_NOOP("hinterscope::names", "WinHttpSetOption succeeded on the handle."));
    case EventKind::Callback:
        return translated(QT_TRANSLATE_NOOP("hinterscope::names", "A status callback to the application."));
    case EventKind::ConnectionOpened:
        return translated(QT_TRANSLATE_NOOP(
            "hinterscope::names", "A new connection (TCP, maybe TLS and a proxy tunnel) was opened for the request."));
    case EventKind::ConnectionReused:
        return translated(
            QT_TRANSLATE_NOOP("hinterscope::names", "An idle keep-alive connection from the pool was reused."));
    case EventKind::ConnectionClosed:
        return translated(
            QT_TRANSLATE_NOOP("hinterscope::names", "A connection was closed (the information says why)."));
    case EventKind::TlsHandshake:
        return translated(QT_TRANSLATE_NOOP("hinterscope::names",
                                            "The TLS handshake finished: protocol, cipher and the certificate check."));
    case EventKind::BytesSent:
        return translated(
            QT_TRANSLATE_NOOP("hinterscope::names", "Raw bytes written to the connection (request head and body)."));
    case EventKind::BytesReceived:
        return translated(QT_TRANSLATE_NOOP(
            "hinterscope::names", "Raw bytes read from the connection, before transfer and content decoding."));
    case EventKind::BodyDecoded:
        return translated(QT_TRANSLATE_NOOP(
            "hinterscope::names", "Body bytes after chunked and content decoding, as the application reads them."));
    case EventKind::RedirectDecision:
        return translated(
            QT_TRANSLATE_NOOP("hinterscope::names",
                              "What the engine decided about a response: follow a redirect, refuse it, or stop here."));
    case EventKind::TimingMark:
        return translated(QT_TRANSLATE_NOOP(
            "hinterscope::names", "A timing point of the exchange (DNS, connect, TLS, first byte, complete)."));
    case EventKind::CookieStored:
        return translated(QT_TRANSLATE_NOOP("hinterscope::names", "A Set-Cookie header was handed to the cookie jar."));
    }
    return {};
}

} // namespace hinterscope::names
