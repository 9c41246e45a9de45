#pragma once

// Pieces every importer and exporter shares: WinHTTP flag values (no <windows.h> here), URL query pieces,
// Content-Type handling between headers and body modes, and the translation context.
#include "request/request_spec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hinterscope::interchange {

// The texts importers and exporters show, in the "Interchange" translation context. A class rather than a free
// tr() helper because lupdate only collects tr() calls made through a class that declares them.
class Interchange {
    Q_DECLARE_TR_FUNCTIONS(Interchange)
};

inline constexpr quint32 kIgnoreAllCertErrors = 0x100 | 0x200 | 0x1000 | 0x2000; // SECURITY_FLAG_IGNORE_*
inline constexpr quint32 kDisableCookies = 0x1;                                  // WINHTTP_DISABLE_COOKIES
inline constexpr quint32 kDisableRedirects = 0x2;                                // WINHTTP_DISABLE_REDIRECTS
inline constexpr quint32 kTls12 = 0x800;                                         // WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2
inline constexpr quint32 kTls13 = 0x2000;                                        // WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3
inline constexpr quint32 kAllDecompression = 0x1 | 0x2 | 0x100;                  // gzip | deflate | brotli

// application/x-www-form-urlencoded text as rows ("+" is a space here), or nothing when a piece has no name.
std::optional<QList<KeyValueRow>> formRowsFromEncoded(const QString& text);
QString encodeFormComponent(const QString& text);

// The value of the first enabled header called `name` (any case), removed from `headers`.
std::optional<QString> takeHeader(QList<KeyValueRow>& headers, const QString& name);
std::optional<QString> headerValue(const QList<KeyValueRow>& headers, const QString& name);

// The media type without parameters, lower case ("application/json").
QString mediaType(const QString& contentType);
bool isJsonMediaType(const QString& contentType);

// Fills spec.body from a text body and the Content-Type it came with (already taken out of the headers):
// JSON types → Json, form-urlencoded that parses → FormUrlEncoded, anything else → Raw with that type.
void setTextBody(RequestSpec& spec, const QString& text, const QString& contentType);

// The Content-Type a body sends, as the runner picks it (multipart: "multipart/form-data").
QString bodyContentType(const RequestBodySpec& body);

// The 1-based line and column of the value at `path` ("item[3].request.url") in JSON `text`, or of the
// deepest part of the path that exists.
std::pair<int, int> locateJsonPath(const QByteArray& text, const QString& path);

} // namespace hinterscope::interchange
