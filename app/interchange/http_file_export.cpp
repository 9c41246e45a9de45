#include "interchange/http_file_export.h"

#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QFileInfo>

#include <algorithm>

namespace hinterscope {
namespace {

using interchange::Interchange;

QString duration(int milliseconds)
{
    return milliseconds % 1000 == 0 ? QString::number(milliseconds / 1000) : QStringLiteral("%1 ms").arg(milliseconds);
}

void collect(const QList<CollectionItem>& items, QList<RequestSpec>* requests, QStringList* folders)
{
    for (const CollectionItem& item : items) {
        if (item.isFolder) {
            folders->append(item.name);
            collect(item.children, requests, folders);
        } else {
            requests->append(item.request);
        }
    }
}

// The request line, or with disabled params the path and one query line per params row.
QStringList requestLines(const RequestSpec& spec, ExportReport& report, const QString& where)
{
    const QString method = spec.method.isEmpty() ? QStringLiteral("GET") : spec.method;
    const url_query::UrlParts url = url_query::split(spec.url);
    if (spec.params.isEmpty() || !url.fragment.isEmpty()) {
        if (!spec.params.isEmpty())
            report.add(where,
                       Interchange::tr("disabled query rows cannot be written next to a URL fragment; left out"));
        return {method + QLatin1Char(' ') + spec.url};
    }
    QStringList lines{method + QLatin1Char(' ') + url.prefix};
    QStringList pieces = url_query::pieces(url.query);
    bool first = true;
    for (const KeyValueRow& row : spec.params) {
        const QChar lead = first ? QLatin1Char('?') : QLatin1Char('&');
        if (row.enabled) {
            if (pieces.isEmpty())
                continue; // the URL wins: this row is not in it
            lines.append(QStringLiteral("    ") + lead + pieces.takeFirst());
            first = false;
        } else {
            lines.append(QStringLiteral("#   ") + lead + url_query::piece(row));
        }
    }
    for (const QString& piece : std::as_const(pieces)) {
        lines.append(QStringLiteral("    ") + (first ? QLatin1Char('?') : QLatin1Char('&')) + piece);
        first = false;
    }
    return lines;
}

void reportOptions(const RequestSpec& spec, ExportReport& report, const QString& where)
{
    const WinHttpOptionsSpec& options = spec.options;
    const WinHttpOptionsSpec defaults;
    const auto unmapped = [&](bool differs, const char* field) {
        if (differs)
            report.add(where + QStringLiteral(": options.") + QLatin1String(field),
                       Interchange::tr("no .http equivalent; left out"));
    };
    unmapped(options.async != defaults.async, "async");
    unmapped(options.redirectPolicy == RedirectPolicy::Always, "redirectPolicy");
    unmapped(options.maxRedirects != defaults.maxRedirects, "maxRedirects");
    unmapped((options.disableFeatures & ~interchange::kDisableCookies) != 0, "disableFeatures");
    unmapped(options.resolveTimeoutMs != defaults.resolveTimeoutMs, "resolveTimeoutMs");
    unmapped(options.sendTimeoutMs != defaults.sendTimeoutMs, "sendTimeoutMs");
    unmapped(options.securityIgnoreFlags != defaults.securityIgnoreFlags, "securityIgnoreFlags");
    unmapped(options.decompression != defaults.decompression, "decompression");
    unmapped(options.secureProtocols != defaults.secureProtocols, "secureProtocols");
    unmapped(options.proxyMode != defaults.proxyMode || !options.proxy.isEmpty() || !options.proxyBypass.isEmpty(),
             "proxy");
    unmapped(!options.caFile.isEmpty(), "caFile");
    unmapped(!options.userAgent.isEmpty(), "userAgent");
    if (spec.expectedStatus)
        report.add(where + QStringLiteral(": expectedStatus"), Interchange::tr("no .http equivalent; left out"));
    if (!spec.unknownFields.isEmpty())
        report.add(where, Interchange::tr("fields this version does not know are left out: %1")
                              .arg(spec.unknownFields.keys().join(QStringLiteral(", "))));
}

QStringList bodyLines(const RequestSpec& spec, QStringList& headers, ExportReport& report, const QString& where)
{
    const RequestBodySpec& body = spec.body;
    const bool explicitType = interchange::headerValue(spec.headers, QStringLiteral("Content-Type")).has_value();
    const auto contentType = [&](const QString& type) {
        if (!type.isEmpty() && !explicitType)
            headers.append(QStringLiteral("Content-Type: ") + type);
    };
    switch (body.mode) {
    case BodyMode::None:
        return {};
    case BodyMode::Raw:
    case BodyMode::Json:
        contentType(interchange::bodyContentType(body));
        if (body.text.endsWith(QLatin1Char('\n')))
            report.add(where, Interchange::tr("the body's final line break is not kept"));
        return body.text.split(QLatin1Char('\n'));
    case BodyMode::FormUrlEncoded: {
        contentType(interchange::bodyContentType(body));
        QStringList pieces;
        for (const KeyValueRow& row : body.form) {
            if (!row.enabled) {
                report.add(where, Interchange::tr("disabled form row \"%1\" left out").arg(row.name));
                continue;
            }
            pieces.append(interchange::encodeFormComponent(row.name) + QLatin1Char('=') +
                          interchange::encodeFormComponent(row.value));
        }
        return {pieces.join(QLatin1Char('&'))};
    }
    case BodyMode::Multipart: {
        const QString boundary = QStringLiteral("hinterscope-boundary");
        contentType(QStringLiteral("multipart/form-data; boundary=") + boundary);
        QStringList lines;
        for (const MultipartPart& part : body.parts) {
            if (!part.enabled) {
                report.add(where, Interchange::tr("disabled part \"%1\" left out").arg(part.name));
                continue;
            }
            lines.append(QStringLiteral("--") + boundary);
            QString disposition = QStringLiteral("Content-Disposition: form-data; name=\"%1\"").arg(part.name);
            if (part.isFile)
                disposition += QStringLiteral("; filename=\"%1\"")
                                   .arg(part.fileName.isEmpty() ? QFileInfo(part.value).fileName() : part.fileName);
            lines.append(disposition);
            if (!part.contentType.isEmpty())
                lines.append(QStringLiteral("Content-Type: ") + part.contentType);
            lines.append(QString());
            if (part.isFile)
                lines.append(QStringLiteral("< ") + part.value);
            else
                lines += part.value.split(QLatin1Char('\n'));
        }
        lines.append(QStringLiteral("--") + boundary + QStringLiteral("--"));
        return lines;
    }
    case BodyMode::BinaryFile:
        contentType(body.contentType);
        return {QStringLiteral("< ") + body.filePath};
    }
    return {};
}

} // namespace

QString exportHttpFile(const QList<RequestSpec>& requests, const Variables& variables, ExportReport* report)
{
    ExportReport local;
    ExportReport& out = report != nullptr ? *report : local;
    QStringList lines;
    QStringList names = variables.keys();
    std::sort(names.begin(), names.end());
    for (const QString& name : std::as_const(names))
        lines.append(QStringLiteral("@%1 = %2").arg(name, variables.value(name)));
    if (!names.isEmpty())
        lines.append(QString());

    for (const RequestSpec& spec : requests) {
        const QString where = spec.name.isEmpty() ? spec.url : spec.name;
        QString name = spec.name;
        name.replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(QStringLiteral("### ") + name);
        if (!spec.notes.isEmpty())
            for (const QString& note : spec.notes.split(QLatin1Char('\n')))
                lines.append(note.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + note);
        const WinHttpOptionsSpec defaults;
        if (spec.options.redirectPolicy == RedirectPolicy::Never)
            lines.append(QStringLiteral("# @no-redirect"));
        if ((spec.options.disableFeatures & interchange::kDisableCookies) != 0)
            lines.append(QStringLiteral("# @no-cookie-jar"));
        if (spec.options.receiveTimeoutMs != defaults.receiveTimeoutMs)
            lines.append(QStringLiteral("# @timeout ") + duration(spec.options.receiveTimeoutMs));
        if (spec.options.connectTimeoutMs != defaults.connectTimeoutMs)
            lines.append(QStringLiteral("# @connection-timeout ") + duration(spec.options.connectTimeoutMs));
        reportOptions(spec, out, where);
        lines += requestLines(spec, out, where);

        QStringList headers;
        for (const KeyValueRow& header : spec.headers)
            headers.append((header.enabled ? QString() : QStringLiteral("# ")) + header.name + QStringLiteral(": ") +
                           header.value);
        switch (spec.auth.mode) {
        case AuthMode::None:
            break;
        case AuthMode::Basic:
        case AuthMode::Digest: {
            const bool spaced =
                spec.auth.user.contains(QLatin1Char(' ')) || spec.auth.password.contains(QLatin1Char(' '));
            if (spec.auth.mode == AuthMode::Digest && spaced)
                out.add(where, Interchange::tr("Digest credentials with spaces cannot be written in a .http file"));
            headers.append(
                QStringLiteral("Authorization: %1 %2%3%4")
                    .arg(spec.auth.mode == AuthMode::Basic ? QStringLiteral("Basic") : QStringLiteral("Digest"),
                         spec.auth.user, spaced ? QStringLiteral(":") : QStringLiteral(" "), spec.auth.password));
            break;
        }
        case AuthMode::Bearer:
            headers.append(QStringLiteral("Authorization: Bearer ") + spec.auth.token);
            break;
        }
        const QStringList body = bodyLines(spec, headers, out, where);
        lines += headers;
        if (!body.isEmpty()) {
            lines.append(QString());
            lines += body;
        }
        lines.append(QString());
    }
    return lines.join(QLatin1Char('\n'));
}

QString exportHttpFile(const Collection& collection, ExportReport* report)
{
    QList<RequestSpec> requests;
    QStringList folders;
    collect(collection.items, &requests, &folders);
    if (!folders.isEmpty() && report != nullptr)
        report->add(QString(),
                    Interchange::tr(".http files have no folders; the requests of %1 are written one after another")
                        .arg(folders.join(QStringLiteral(", "))));
    return exportHttpFile(requests, collection.variables, report);
}

} // namespace hinterscope
