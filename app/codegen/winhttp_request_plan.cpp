#include "codegen/winhttp_request_plan.h"

#include "request/request_runner.h"

#include <hinternet/library_versions.h>

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <string>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

namespace hinterscope::codegen {
namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    return pattern;
}

bool sameName(const QString& a, const char* b)
{
    return a.trimmed().compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

// The same split the runner makes with WinHttpCrackUrl, done now so the program can name host, port and path.
CrackedTarget crack(const QString& url)
{
    CrackedTarget target;
    target.url = url;
    if (hasPlaceholder(url))
        return target;
    const std::wstring wide = url.toStdWString();
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    parts.dwSchemeLength = parts.dwHostNameLength = parts.dwUserNameLength = parts.dwPasswordLength =
        parts.dwUrlPathLength = parts.dwExtraInfoLength = static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(wide.c_str(), static_cast<DWORD>(wide.size()), 0, &parts))
        return target;
    const auto text = [](const wchar_t* start, DWORD length) {
        return start == nullptr ? QString() : QString::fromWCharArray(start, static_cast<qsizetype>(length));
    };
    target.host = text(parts.lpszHostName, parts.dwHostNameLength);
    QString object =
        text(parts.lpszUrlPath, parts.dwUrlPathLength) + text(parts.lpszExtraInfo, parts.dwExtraInfoLength);
    if (const auto hash = object.indexOf(QLatin1Char('#')); hash >= 0)
        object.truncate(hash);
    target.object = object.isEmpty() ? QStringLiteral("/") : object;
    target.port = parts.nPort;
    target.secure = parts.nScheme == INTERNET_SCHEME_HTTPS;
    target.user = QUrl::fromPercentEncoding(text(parts.lpszUserName, parts.dwUserNameLength).toUtf8());
    target.password = QUrl::fromPercentEncoding(text(parts.lpszPassword, parts.dwPasswordLength).toUtf8());
    target.cracked = true;
    return target;
}

BodyPlan planBody(const RequestBodySpec& body)
{
    BodyPlan plan;
    plan.mode = body.mode;
    switch (body.mode) {
    case BodyMode::None:
        break;
    case BodyMode::Raw:
    case BodyMode::Json:
        plan.text = normalizedPlaceholders(body.text);
        plan.bytes = body.text.toUtf8();
        plan.contentType = body.contentType;
        if (body.mode == BodyMode::Json && plan.contentType.isEmpty())
            plan.contentType = QStringLiteral("application/json");
        break;
    case BodyMode::FormUrlEncoded:
        for (const auto& row : body.form) {
            if (row.enabled && !row.name.isEmpty())
                plan.form.append(row);
        }
        plan.contentType = QStringLiteral("application/x-www-form-urlencoded");
        break;
    case BodyMode::Multipart: {
        static const QMimeDatabase mimeTypes;
        plan.boundary = "----hinterscope-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        for (const auto& part : body.parts) {
            if (!part.enabled || part.name.isEmpty())
                continue;
            MultipartPiece piece{part.name, part.value, part.isFile, part.contentType, part.fileName};
            if (part.isFile) {
                if (piece.fileName.isEmpty())
                    piece.fileName = QFileInfo(part.value).fileName();
                if (piece.contentType.isEmpty())
                    piece.contentType = mimeTypes.mimeTypeForFile(part.value).name();
            }
            plan.parts.append(piece);
        }
        plan.contentType = QStringLiteral("multipart/form-data; boundary=") + QString::fromLatin1(plan.boundary);
        break;
    }
    case BodyMode::BinaryFile:
        plan.filePath = body.filePath;
        plan.contentType = body.contentType;
        break;
    }
    return plan;
}

} // namespace

bool hasPlaceholder(const QString& text)
{
    return text.contains(QLatin1String("{{")) && placeholderPattern().match(text).hasMatch();
}

QString normalizedPlaceholders(const QString& text)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString normalized = text;
    normalized.replace(placeholderPattern(), QStringLiteral("{{\\1}}"));
    return normalized;
}

QString defaultUserAgent()
{
    return QStringLiteral("Hinterscope/") + QString::fromStdString(hinternet::library_versions().hinternet);
}

WinHttpRequestPlan planRequest(const RequestSpec& original, const CodegenOptions& options)
{
    WinHttpRequestPlan plan;
    plan.spec = resolveVariables(original, options.variables.value_or(Variables()), &plan.placeholders);
    const RequestSpec& spec = plan.spec;
    plan.method = effectiveMethod(spec);

    // The runner adds "http://" to a URL without a scheme after substitution; with a placeholder left the
    // program decides when it runs, once the value is known.
    const QString url = normalizedPlaceholders(spec.url.trimmed());
    plan.target = hasPlaceholder(url) ? CrackedTarget{false, url, {}, 0, {}, false, {}, {}} : crack(effectiveUrl(url));

    plan.credentials =
        spec.auth.mode == AuthMode::Basic || spec.auth.mode == AuthMode::Digest ? spec.auth.mode : AuthMode::None;
    plan.user = normalizedPlaceholders(spec.auth.user);
    plan.password = normalizedPlaceholders(spec.auth.password);
    if (spec.auth.mode == AuthMode::None && !plan.target.user.isEmpty()) {
        plan.credentials = AuthMode::Basic; // credentials in the URL, as curl and the runner use them
        plan.user = plan.target.user;
        plan.password = plan.target.password;
    }

    bool hasContentType = false;
    bool hasAuthorization = false;
    for (const auto& header : spec.headers) {
        if (!header.enabled || header.name.trimmed().isEmpty())
            continue;
        hasContentType = hasContentType || sameName(header.name, "Content-Type");
        hasAuthorization = hasAuthorization || sameName(header.name, "Authorization");
        plan.headerLines.append(normalizedPlaceholders(header.name.trimmed() + QStringLiteral(": ") + header.value));
    }
    if (spec.auth.mode == AuthMode::Bearer && !hasAuthorization)
        plan.headerLines.append(QStringLiteral("Authorization: Bearer ") +
                                normalizedPlaceholders(spec.auth.token.trimmed()));

    plan.body = planBody(spec.body);
    if (!hasContentType && !plan.body.contentType.isEmpty())
        plan.headerLines.append(QStringLiteral("Content-Type: ") + plan.body.contentType);
    return plan;
}

} // namespace hinterscope::codegen
