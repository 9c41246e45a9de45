#include "widgets/composer/url_check.h"

#include "models/winhttp_names.h"
#include "widgets/composer/template_variables.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string>

// Last, after every Qt header: <windows.h> defines macros that clash with Qt's names.
#include <windows.h>
#include <winhttp.h>

namespace hinterscope {

namespace {

// lupdate reads the context from here; the messages are not members of a QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hinterscope::UrlCheck)
};

bool startsWithScheme(const QString& url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(url).hasMatch();
}

// The stand-in for a placeholder, given the URL built so far and what follows the placeholder.
QString standIn(const QString& before, QStringView after)
{
    if (before.isEmpty())
        return after.startsWith(QLatin1String("://")) ? QStringLiteral("http") : QStringLiteral("http://placeholder");
    const qsizetype schemeEnd = before.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QString authority = before.mid(schemeEnd + 3);
        const bool inAuthority = !authority.contains(QLatin1Char('/')) && !authority.contains(QLatin1Char('?')) &&
                                 !authority.contains(QLatin1Char('#'));
        if (inAuthority) {
            const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
            if (hostPort.count(QLatin1Char('[')) > hostPort.count(QLatin1Char(']')))
                return QStringLiteral("::1");
            const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
            if (colon >= 0 && colon > hostPort.lastIndexOf(QLatin1Char(']')))
                return QStringLiteral("80");
        }
    }
    return QStringLiteral("placeholder");
}

QString withStandIns(const QString& url)
{
    QString out;
    qsizetype from = 0;
    for (const auto& variable : findTemplateVariables(url)) {
        out += url.mid(from, variable.start - from);
        from = variable.start + variable.length;
        out += standIn(out, QStringView(url).mid(from));
    }
    out += url.mid(from);
    return out;
}

// WinHTTP says only "invalid URL"; say which part is wrong.
QString describeInvalidUrl(const QString& url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return Text::tr("The scheme must be followed by “://”.");
    QString authority = url.mid(schemeEnd + 3);
    const qsizetype authorityEnd = authority.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (authorityEnd >= 0)
        authority.truncate(authorityEnd);
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        static const QRegularExpression ipv6(QStringLiteral("^\\[[0-9A-Fa-f:.]+\\]$"));
        if (close < 0 || !ipv6.match(hostPort.left(close + 1)).hasMatch())
            return Text::tr("The IPv6 address in brackets is not valid.");
        host = hostPort.left(close + 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return Text::tr("Only a port may follow the IPv6 address.");
        port = rest.mid(1);
    } else if (const qsizetype colon = hostPort.indexOf(QLatin1Char(':')); colon >= 0) {
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
    }
    if (host.isEmpty())
        return Text::tr("The URL has no host name.");
    if (!port.isEmpty()) {
        bool isNumber = false;
        const uint value = port.toUInt(&isNumber);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!digits.match(port).hasMatch() || !isNumber || value > 65535)
            return Text::tr("The port must be a number from 0 to 65535, not “%1”.").arg(port);
    }
    return Text::tr("WinHTTP cannot split this URL into scheme, host, port and path.");
}

UrlCheck failure(UrlCheck check, quint32 code, const QString& message)
{
    check.ok = false;
    check.errorCode = code;
    check.errorName = names::error(code);
    check.message = message;
    return check;
}

} // namespace

QString UrlCheck::text() const
{
    if (errorName.isEmpty())
        return message;
    return QStringLiteral("%1: %2").arg(errorName, message);
}

QString withDefaultScheme(const QString& url)
{
    if (url.isEmpty() || url.startsWith(QLatin1String("{{")) || startsWithScheme(url))
        return url;
    return QStringLiteral("http://") + url;
}

UrlCheck checkUrl(const QString& url)
{
    UrlCheck check;
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        check.empty = true;
        check.message = Text::tr("Enter a URL to send the request to.");
        return check;
    }
    check.effectiveUrl = withDefaultScheme(trimmed);

    // The cracker lets these through, but they would split the request line (or end it early).
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0) || c == QLatin1Char('\t'))
            return failure(check, ERROR_WINHTTP_INVALID_URL,
                           Text::tr("The URL contains a control character (CR, LF, NUL or TAB)."));
    }

    const QString judged = withStandIns(check.effectiveUrl);
    const std::wstring wide = judged.toStdWString();
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof(parts);
    // Pointer mode: the lengths ask for every component, and no buffer can be too small.
    parts.dwSchemeLength = static_cast<DWORD>(-1);
    parts.dwHostNameLength = static_cast<DWORD>(-1);
    parts.dwUserNameLength = static_cast<DWORD>(-1);
    parts.dwPasswordLength = static_cast<DWORD>(-1);
    parts.dwUrlPathLength = static_cast<DWORD>(-1);
    parts.dwExtraInfoLength = static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(wide.c_str(), static_cast<DWORD>(wide.size()), 0, &parts)) {
        const DWORD code = GetLastError();
        switch (code) {
        case ERROR_WINHTTP_UNRECOGNIZED_SCHEME:
            return failure(check, code,
                           Text::tr("Only http:// and https:// URLs can be sent, not “%1://”.")
                               .arg(judged.section(QLatin1Char(':'), 0, 0)));
        case ERROR_WINHTTP_INVALID_URL:
            return failure(check, code, describeInvalidUrl(judged));
        default:
            return failure(check, code, Text::tr("WinHTTP cannot read this URL."));
        }
    }
    const QString host = QString::fromWCharArray(parts.lpszHostName, static_cast<qsizetype>(parts.dwHostNameLength));
    if (host.contains(QLatin1Char(' ')))
        return failure(check, ERROR_WINHTTP_INVALID_URL, Text::tr("The host name contains a space."));
    check.ok = true;
    return check;
}

} // namespace hinterscope
