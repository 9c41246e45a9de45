#include "widgets/composer/http_tokens.h"

#include <QCoreApplication>

namespace hinterscope::http_tokens {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(hinterscope::HttpTokens)
};

QString describe(QChar c)
{
    switch (c.unicode()) {
    case '\r':
        return Text::tr("a carriage return (CR)");
    case '\n':
        return Text::tr("a line feed (LF)");
    case 0:
        return Text::tr("a NUL character");
    case ' ':
        return Text::tr("a space");
    case '\t':
        return Text::tr("a tab");
    default:
        break;
    }
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return Text::tr("the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return Text::tr("“%1”").arg(c);
}

} // namespace

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u < 0x80 && QLatin1String("!#$%&'*+-.^_`|~").contains(QLatin1Char(static_cast<char>(u)));
}

bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QString methodProblem(const QString& method)
{
    if (method.isEmpty())
        return Text::tr("Enter a method, such as GET.");
    for (const QChar c : method) {
        if (!isTokenChar(c))
            return Text::tr("A method cannot contain %1.").arg(describe(c));
    }
    return {};
}

QString headerNameProblem(const QString& name, bool rowHasValue)
{
    if (name.isEmpty())
        return rowHasValue ? Text::tr("The header has a value but no name.") : QString();
    for (const QChar c : name) {
        if (!isTokenChar(c))
            return Text::tr("A header name cannot contain %1.").arg(describe(c));
    }
    return {};
}

QString headerValueProblem(const QString& value)
{
    // CR and LF would end the header line and let the rest of the value become headers of its own.
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == '\r' || u == '\n' || u == 0)
            return Text::tr("A header value cannot contain %1: it would split the request head.").arg(describe(c));
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return Text::tr("A header value cannot contain %1.").arg(describe(c));
    }
    return {};
}

const QStringList& commonRequestHeaderNames()
{
    static const QStringList names = {
        QStringLiteral("Accept"),
        QStringLiteral("Accept-Charset"),
        QStringLiteral("Accept-Encoding"),
        QStringLiteral("Accept-Language"),
        QStringLiteral("Access-Control-Request-Headers"),
        QStringLiteral("Access-Control-Request-Method"),
        QStringLiteral("Authorization"),
        QStringLiteral("Cache-Control"),
        QStringLiteral("Connection"),
        QStringLiteral("Content-Disposition"),
        QStringLiteral("Content-Encoding"),
        QStringLiteral("Content-Language"),
        QStringLiteral("Content-Length"),
        QStringLiteral("Content-MD5"),
        QStringLiteral("Content-Type"),
        QStringLiteral("Cookie"),
        QStringLiteral("Date"),
        QStringLiteral("DNT"),
        QStringLiteral("Expect"),
        QStringLiteral("Forwarded"),
        QStringLiteral("From"),
        QStringLiteral("Host"),
        QStringLiteral("If-Match"),
        QStringLiteral("If-Modified-Since"),
        QStringLiteral("If-None-Match"),
        QStringLiteral("If-Range"),
        QStringLiteral("If-Unmodified-Since"),
        QStringLiteral("Max-Forwards"),
        QStringLiteral("Origin"),
        QStringLiteral("Pragma"),
        QStringLiteral("Prefer"),
        QStringLiteral("Proxy-Authorization"),
        QStringLiteral("Range"),
        QStringLiteral("Referer"),
        QStringLiteral("TE"),
        QStringLiteral("Trailer"),
        QStringLiteral("Transfer-Encoding"),
        QStringLiteral("Upgrade"),
        QStringLiteral("Upgrade-Insecure-Requests"),
        QStringLiteral("User-Agent"),
        QStringLiteral("Via"),
        QStringLiteral("X-Api-Key"),
        QStringLiteral("X-Correlation-ID"),
        QStringLiteral("X-CSRF-Token"),
        QStringLiteral("X-Forwarded-For"),
        QStringLiteral("X-Forwarded-Host"),
        QStringLiteral("X-Forwarded-Proto"),
        QStringLiteral("X-HTTP-Method-Override"),
        QStringLiteral("X-Request-ID"),
        QStringLiteral("X-Requested-With"),
    };
    return names;
}

const QStringList& standardMethods()
{
    static const QStringList methods = {
        QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),     QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
    };
    return methods;
}

} // namespace hinterscope::http_tokens
