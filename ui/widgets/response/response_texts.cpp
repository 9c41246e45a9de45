#include "widgets/response/response_texts.h"

#include "models/winhttp_names.h"

#include <QStringList>

#include <winhttp.h>

namespace hinterscope::response {

QString Texts::errorName(quint32 error)
{
    return QStringLiteral("%1 (%2)").arg(names::error(error)).arg(error);
}

QString Texts::errorMeaning(quint32 error)
{
    switch (error) {
    case ERROR_SUCCESS:
        return tr("The request succeeded.");
    case ERROR_WINHTTP_TIMEOUT:
        return tr("A timeout expired before the server answered (resolve, connect, send or receive timeout).");
    case ERROR_WINHTTP_INTERNAL_ERROR:
        return tr("An internal error occurred in the HTTP stack.");
    case ERROR_WINHTTP_INVALID_URL:
        return tr("The URL is not valid.");
    case ERROR_WINHTTP_UNRECOGNIZED_SCHEME:
        return tr("The URL's scheme is neither http nor https.");
    case ERROR_WINHTTP_NAME_NOT_RESOLVED:
        return tr("The server name could not be resolved to an address.");
    case ERROR_WINHTTP_OPERATION_CANCELLED:
        return tr("The request was cancelled: its handle was closed while an operation was in progress.");
    case ERROR_WINHTTP_INCORRECT_HANDLE_STATE:
        return tr("The call is not allowed in the handle's current state.");
    case ERROR_WINHTTP_CANNOT_CONNECT:
        return tr("No connection could be made: the server refused it or is not reachable.");
    case ERROR_WINHTTP_CONNECTION_ERROR:
        return tr("The connection was reset or closed by the server while in use.");
    case ERROR_WINHTTP_RESEND_REQUEST:
        return tr("The request has to be sent again (authentication or a closed keep-alive connection).");
    case ERROR_WINHTTP_LOGIN_FAILURE:
        return tr("The credentials were rejected.");
    case ERROR_WINHTTP_SECURE_FAILURE:
        return tr("The server's certificate failed verification; the SECURE_FAILURE flags say why.");
    case ERROR_WINHTTP_SECURE_CHANNEL_ERROR:
        return tr("The TLS handshake failed (no common protocol or cipher, or the peer aborted it).");
    case ERROR_WINHTTP_SECURE_INVALID_CA:
        return tr("The certificate chain ends in a CA that is not trusted.");
    case ERROR_WINHTTP_SECURE_CERT_DATE_INVALID:
        return tr("The certificate has expired or is not yet valid.");
    case ERROR_WINHTTP_SECURE_CERT_CN_INVALID:
        return tr("The certificate is not issued for this host name.");
    case ERROR_WINHTTP_SECURE_CERT_REV_FAILED:
        return tr("The certificate's revocation status could not be checked.");
    case ERROR_WINHTTP_SECURE_CERT_REVOKED:
        return tr("The certificate has been revoked.");
    case ERROR_WINHTTP_SECURE_INVALID_CERT:
        return tr("The certificate is malformed or not acceptable.");
    case ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE:
        return tr("The certificate is not meant for server authentication.");
    case ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED:
        return tr("The server asks for a client certificate and none was given.");
    case ERROR_WINHTTP_INVALID_SERVER_RESPONSE:
        return tr("The server's response could not be parsed as HTTP.");
    case ERROR_WINHTTP_HEADER_NOT_FOUND:
        return tr("The requested header was not in the response.");
    case ERROR_WINHTTP_REDIRECT_FAILED:
        return tr("A redirect could not be followed (bad Location, too many redirects, or a scheme change).");
    case ERROR_WINHTTP_HEADER_COUNT_EXCEEDED:
        return tr("The response had more headers than allowed.");
    case ERROR_WINHTTP_HEADER_SIZE_OVERFLOW:
        return tr("The response headers were larger than allowed.");
    case ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW:
        return tr("A chunk header of the chunked body was too long.");
    case ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW:
        return tr("The body of an intermediate response was too large to drain.");
    case ERROR_WINHTTP_INVALID_HEADER:
        return tr("A header the request was given is not valid.");
    case ERROR_WINHTTP_SHUTDOWN:
        return tr("The WinHTTP support is being shut down.");
    case ERROR_NOT_ENOUGH_MEMORY:
        return tr("Not enough memory to complete the operation.");
    case ERROR_INVALID_PARAMETER:
        return tr("A parameter was not valid.");
    case ERROR_INVALID_HANDLE:
        return tr("The handle is not valid (closed already?).");
    default:
        return tr("See the WinHTTP error reference for %1.").arg(names::error(error));
    }
}

namespace {

struct Flag {
    quint32 value;
    const char* name;
};

constexpr Flag kIgnoreFlags[] = {
    {SECURITY_FLAG_IGNORE_UNKNOWN_CA, "SECURITY_FLAG_IGNORE_UNKNOWN_CA"},
    {SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE, "SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE"},
    {SECURITY_FLAG_IGNORE_CERT_CN_INVALID, "SECURITY_FLAG_IGNORE_CERT_CN_INVALID"},
    {SECURITY_FLAG_IGNORE_CERT_DATE_INVALID, "SECURITY_FLAG_IGNORE_CERT_DATE_INVALID"},
    {SECURITY_FLAG_IGNORE_WEAK_SIGNATURE, "SECURITY_FLAG_IGNORE_WEAK_SIGNATURE"},
};

} // namespace

QString Texts::ignoreFlagNames(quint32 securityFlags)
{
    QStringList parts;
    quint32 known = 0;
    for (const Flag& flag : kIgnoreFlags) {
        if ((securityFlags & flag.value) != 0)
            parts << QLatin1StringView(flag.name);
        known |= flag.value;
    }
    if ((securityFlags & ~known) != 0)
        parts << QStringLiteral("0x%1").arg(securityFlags & ~known, 0, 16);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" | "));
}

quint32 Texts::ignoreFlagsFor(quint32 failureFlags)
{
    quint32 ignore = 0;
    if ((failureFlags & WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA) != 0)
        ignore |= SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    if ((failureFlags & WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID) != 0)
        ignore |= SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
    if ((failureFlags & WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID) != 0)
        ignore |= SECURITY_FLAG_IGNORE_CERT_DATE_INVALID;
    if ((failureFlags & WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE) != 0)
        ignore |= SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE;
    if ((failureFlags & WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT) != 0)
        ignore |= SECURITY_FLAG_IGNORE_WEAK_SIGNATURE; // the one INVALID_CERT cause that can be waived
    return ignore;
}

QStringList Texts::failureFlagExplanations(quint32 failureFlags)
{
    struct Explained {
        quint32 value;
        QString text;
    };
    const Explained explained[] = {
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED, tr("the revocation status could not be checked")},
        {WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT, tr("the certificate is invalid")},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED, tr("the certificate was revoked")},
        {WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA, tr("the chain ends in an untrusted CA")},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID, tr("the certificate does not name this host")},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID, tr("the certificate has expired or is not yet valid")},
        {WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE, tr("the certificate is not for server authentication")},
        {WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR, tr("the TLS channel failed")},
    };
    QStringList lines;
    for (const auto& flag : explained) {
        if ((failureFlags & flag.value) != 0)
            lines << QStringLiteral("%1: %2").arg(names::secureFailureFlags(flag.value), flag.text);
    }
    return lines;
}

QString Texts::bytes(qint64 count)
{
    if (count < 1024)
        return tr("%n B", nullptr, static_cast<int>(count));
    const double kib = static_cast<double>(count) / 1024.0;
    if (kib < 1024.0)
        return tr("%1 KiB").arg(kib, 0, 'f', 1);
    const double mib = kib / 1024.0;
    if (mib < 1024.0)
        return tr("%1 MiB").arg(mib, 0, 'f', 2);
    return tr("%1 GiB").arg(mib / 1024.0, 0, 'f', 2);
}

QString Texts::duration(quint64 ns)
{
    if (ns < 1'000'000)
        return tr("%1 µs").arg(static_cast<double>(ns) / 1e3, 0, 'f', 0);
    if (ns < 10'000'000'000ULL)
        return tr("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'f', ns < 100'000'000 ? 1 : 0);
    return tr("%1 s").arg(static_cast<double>(ns) / 1e9, 0, 'f', 2);
}

QString Texts::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(static_cast<qint64>(bytesPerSecond)));
}

} // namespace hinterscope::response
