#include "interchange/import_format.h"

#include "interchange/curl_import.h"
#include "interchange/har_import.h"
#include "interchange/http_file_import.h"
#include "interchange/mapping.h"
#include "interchange/postman_import.h"

#include <QRegularExpression>

namespace hinterscope {

using interchange::Interchange;

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return Interchange::tr("Detect automatically");
    case ImportFormat::Postman:
        return Interchange::tr("Postman Collection v2.1");
    case ImportFormat::Har:
        return Interchange::tr("HAR 1.2");
    case ImportFormat::Curl:
        return Interchange::tr("curl command");
    case ImportFormat::HttpFile:
        return Interchange::tr(".http file");
    }
    return {};
}

ImportFormat detectImportFormat(const QByteArray& text, const QString& fileName)
{
    const QString lowerName = fileName.toLower();
    if (lowerName.endsWith(QLatin1String(".har")))
        return ImportFormat::Har;
    if (lowerName.endsWith(QLatin1String(".http")) || lowerName.endsWith(QLatin1String(".rest")))
        return ImportFormat::HttpFile;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        // Looks at the first keys only, so a broken file still goes to the importer that reports where.
        const QByteArray head = trimmed.left(4096);
        if (head.contains("\"log\""))
            return ImportFormat::Har;
        if (head.contains("\"info\"") || head.contains("\"item\"") || head.contains("schema.getpostman.com"))
            return ImportFormat::Postman;
        if (lowerName.endsWith(QLatin1String(".json")))
            return ImportFormat::Postman;
        return ImportFormat::Auto;
    }
    const QString asText = QString::fromUtf8(text);
    if (looksLikeCurlCommand(asText))
        return ImportFormat::Curl;
    static const QRegularExpression requestLine(
        QStringLiteral(R"((^|\n)\s*(###|(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)\s+\S))"));
    if (requestLine.match(asText).hasMatch())
        return ImportFormat::HttpFile;
    return ImportFormat::Auto;
}

ImportResult importText(const QByteArray& text, ImportFormat format, const QString& source)
{
    if (format == ImportFormat::Auto)
        format = detectImportFormat(text, source);
    switch (format) {
    case ImportFormat::Postman:
        return importPostmanCollection(text, source);
    case ImportFormat::Har:
        return importHar(text, source);
    case ImportFormat::Curl:
        return importCurl(QString::fromUtf8(text), source);
    case ImportFormat::HttpFile:
        return importHttpFile(QString::fromUtf8(text), source);
    case ImportFormat::Auto:
        break;
    }
    ImportResult result;
    result.error = {text.trimmed().isEmpty()
                        ? Interchange::tr("the input is empty")
                        : Interchange::tr("not a Postman collection, HAR file, curl command or .http file"),
                    text.trimmed().isEmpty() ? 0 : 1, text.trimmed().isEmpty() ? 0 : 1, source};
    return result;
}

} // namespace hinterscope
