#include "interchange/curl_export.h"

#include "interchange/mapping.h"
#include "interchange/shell_words.h"

namespace hinterscope {
namespace {

using interchange::Interchange;

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 10);
}

// A -F value: curl reads ';' and a leading '@' or '<' in it, so such text goes through --form-string.
bool formSafe(const QString& text)
{
    return !text.contains(QLatin1Char(';')) && !text.startsWith(QLatin1Char('@')) &&
           !text.startsWith(QLatin1Char('<')) && !text.contains(QLatin1Char('"'));
}

} // namespace

QString exportCurlCommand(const RequestSpec& spec, CurlLayout layout, ExportReport* report)
{
    ExportReport local;
    ExportReport& out = report != nullptr ? *report : local;
    QStringList lines; // each: one option with its value, already quoted
    const auto option = [&lines](const QString& flag, const QString& value = QString()) {
        lines.append(value.isNull() ? flag : flag + QLatin1Char(' ') + shellQuote(value));
    };

    const QString method = spec.method.isEmpty() ? QStringLiteral("GET") : spec.method.toUpper();
    const RequestBodySpec& body = spec.body;
    const bool hasBody = body.mode != BodyMode::None;
    QString first = QStringLiteral("curl");
    if (method == QLatin1String("HEAD") && !hasBody)
        first += QStringLiteral(" -I");
    else if (!(method == QLatin1String("GET") && !hasBody) && !(method == QLatin1String("POST") && hasBody))
        first += QStringLiteral(" -X ") + shellQuote(method);
    first += QLatin1Char(' ') + shellQuote(spec.url);

    bool skippedRows = false;
    for (const KeyValueRow& header : spec.headers) {
        if (!header.enabled) {
            skippedRows = true;
            continue;
        }
        option(QStringLiteral("-H"), header.value.isEmpty() ? header.name + QLatin1Char(';')
                                                            : header.name + QStringLiteral(": ") + header.value);
    }
    const bool explicitContentType = interchange::headerValue(spec.headers, QStringLiteral("Content-Type")).has_value();
    const auto contentTypeHeader = [&](const QString& type) {
        if (explicitContentType)
            return;
        // curl would send application/x-www-form-urlencoded; "Content-Type:" makes it send none, like us.
        option(QStringLiteral("-H"),
               type.isEmpty() ? QStringLiteral("Content-Type:") : QStringLiteral("Content-Type: ") + type);
    };
    switch (body.mode) {
    case BodyMode::None:
        break;
    case BodyMode::Raw:
    case BodyMode::Json:
        contentTypeHeader(interchange::bodyContentType(body));
        option(QStringLiteral("--data-raw"), body.text);
        break;
    case BodyMode::FormUrlEncoded:
        for (const KeyValueRow& row : body.form) {
            if (!row.enabled || row.name.isEmpty()) {
                skippedRows = skippedRows || !row.enabled;
                continue;
            }
            const QString encodedName = interchange::encodeFormComponent(row.name);
            if (encodedName == row.name)
                option(QStringLiteral("--data-urlencode"), row.name + QLatin1Char('=') + row.value);
            else
                option(QStringLiteral("--data-raw"),
                       encodedName + QLatin1Char('=') + interchange::encodeFormComponent(row.value));
        }
        break;
    case BodyMode::Multipart:
        for (const MultipartPart& part : body.parts) {
            if (!part.enabled || part.name.isEmpty()) {
                skippedRows = skippedRows || !part.enabled;
                continue;
            }
            if (part.isFile) {
                QString value = part.name + QStringLiteral("=@");
                QString path = part.value;
                value +=
                    formSafe(path) && !path.contains(QLatin1Char(','))
                        ? path
                        : QLatin1Char('"') + path.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
                if (!part.contentType.isEmpty())
                    value += QStringLiteral(";type=") + part.contentType;
                if (!part.fileName.isEmpty())
                    value += QStringLiteral(";filename=") + part.fileName;
                option(QStringLiteral("-F"), value);
            } else if (formSafe(part.value) && formSafe(part.name)) {
                option(QStringLiteral("-F"),
                       part.name + QLatin1Char('=') + part.value +
                           (part.contentType.isEmpty() ? QString() : QStringLiteral(";type=") + part.contentType));
            } else {
                option(QStringLiteral("--form-string"), part.name + QLatin1Char('=') + part.value);
                if (!part.contentType.isEmpty())
                    out.add(
                        QStringLiteral("body.parts"),
                        Interchange::tr("the type of part \"%1\" cannot be given with --form-string").arg(part.name));
            }
        }
        break;
    case BodyMode::BinaryFile:
        contentTypeHeader(body.contentType);
        option(QStringLiteral("--data-binary"), QLatin1Char('@') + body.filePath);
        break;
    }
    if (skippedRows)
        out.add(QString(), Interchange::tr("disabled rows are not sent and were left out"));

    switch (spec.auth.mode) {
    case AuthMode::None:
        break;
    case AuthMode::Digest:
        lines.append(QStringLiteral("--digest"));
        [[fallthrough]];
    case AuthMode::Basic:
        option(QStringLiteral("-u"), spec.auth.user + QLatin1Char(':') + spec.auth.password);
        break;
    case AuthMode::Bearer:
        option(QStringLiteral("--oauth2-bearer"), spec.auth.token);
        break;
    }

    const WinHttpOptionsSpec& options = spec.options;
    const WinHttpOptionsSpec defaults;
    const bool follows = options.redirectPolicy != RedirectPolicy::Never &&
                         (options.disableFeatures & interchange::kDisableRedirects) == 0;
    if (follows) {
        lines.append(QStringLiteral("-L"));
        option(QStringLiteral("--max-redirs"), QString::number(options.maxRedirects));
        if (options.redirectPolicy == RedirectPolicy::DisallowHttpsToHttp)
            out.add(QStringLiteral("options.redirectPolicy"),
                    Interchange::tr(
                        "curl -L also follows a redirect from HTTPS to HTTP, which WinHTTP's default policy refuses"));
    }
    if (options.securityIgnoreFlags != 0) {
        lines.append(QStringLiteral("-k"));
        if (options.securityIgnoreFlags != interchange::kIgnoreAllCertErrors)
            out.add(QStringLiteral("options.securityIgnoreFlags"),
                    Interchange::tr("-k ignores every certificate error, not only the chosen ones"));
    }
    if (options.decompression != 0)
        lines.append(QStringLiteral("--compressed"));
    if (options.secureProtocols == interchange::kTls13)
        lines.append(QStringLiteral("--tlsv1.3"));
    else if (options.secureProtocols == (interchange::kTls12 | interchange::kTls13))
        lines.append(QStringLiteral("--tlsv1.2"));
    else if (options.secureProtocols != 0)
        out.add(QStringLiteral("options.secureProtocols"),
                Interchange::tr("this set of TLS versions has no curl flag"));
    if (options.proxyMode == ProxyMode::Named) {
        option(QStringLiteral("-x"), options.proxy);
        if (!options.proxyBypass.isEmpty())
            option(QStringLiteral("--noproxy"), options.proxyBypass);
    } else if (options.proxyMode == ProxyMode::Environment) {
        out.add(QStringLiteral("options.proxyMode"),
                Interchange::tr("curl reads the proxy from the environment by itself"));
    }
    if (options.connectTimeoutMs != defaults.connectTimeoutMs)
        option(QStringLiteral("--connect-timeout"), seconds(options.connectTimeoutMs));
    if (options.resolveTimeoutMs != defaults.resolveTimeoutMs || options.sendTimeoutMs != defaults.sendTimeoutMs ||
        options.receiveTimeoutMs != defaults.receiveTimeoutMs)
        out.add(QStringLiteral("options"),
                Interchange::tr("curl has no resolve, send or receive timeouts (only --max-time for "
                                "everything)"));
    if (!options.caFile.isEmpty())
        option(QStringLiteral("--cacert"), options.caFile);
    if (!options.userAgent.isEmpty())
        option(QStringLiteral("-A"), options.userAgent);
    if (options.async)
        out.add(QStringLiteral("options.async"), Interchange::tr("curl has no asynchronous WinHTTP mode"));
    if ((options.disableFeatures & ~interchange::kDisableRedirects) != 0)
        out.add(QStringLiteral("options.disableFeatures"),
                Interchange::tr("WINHTTP_DISABLE_* features have no curl flag"));

    if (layout == CurlLayout::OneLine)
        return (QStringList{first} + lines).join(QLatin1Char(' '));
    QString text = first;
    for (const QString& line : std::as_const(lines))
        text += QStringLiteral(" \\\n  ") + line;
    return text;
}

} // namespace hinterscope
