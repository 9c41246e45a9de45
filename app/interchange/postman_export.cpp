#include "interchange/postman_export.h"

#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hinterscope {
namespace {

using interchange::Interchange;

QJsonArray rows(const QList<KeyValueRow>& list)
{
    QJsonArray array;
    for (const KeyValueRow& row : list) {
        QJsonObject object{{QStringLiteral("key"), row.name}, {QStringLiteral("value"), row.value}};
        if (!row.enabled)
            object.insert(QStringLiteral("disabled"), true);
        array.append(object);
    }
    return array;
}

QJsonArray parameters(std::initializer_list<std::pair<const char*, QString>> values)
{
    QJsonArray array;
    for (const auto& [key, value] : values)
        array.append(QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("type"), QStringLiteral("string")}});
    return array;
}

QString rawLanguage(const QString& contentType)
{
    const QString type = interchange::mediaType(contentType);
    if (type.contains(QLatin1String("xml")))
        return QStringLiteral("xml");
    if (type == QLatin1String("text/html"))
        return QStringLiteral("html");
    if (type.contains(QLatin1String("javascript")))
        return QStringLiteral("javascript");
    return QStringLiteral("text");
}

class PostmanWriter {
public:
    explicit PostmanWriter(ExportReport& report)
        : report_(report)
    {}

    QJsonArray items(const QList<CollectionItem>& list, const QString& path);

private:
    QJsonObject request(const RequestSpec& spec, const QString& where, QJsonObject* behavior);
    QJsonObject body(const RequestSpec& spec, QJsonArray& headers, const QString& where);

    ExportReport& report_;
};

QJsonObject PostmanWriter::body(const RequestSpec& spec, QJsonArray& headers, const QString& where)
{
    const RequestBodySpec& body = spec.body;
    const bool explicitType = interchange::headerValue(spec.headers, QStringLiteral("Content-Type")).has_value();
    const auto addContentType = [&](const QString& type) {
        if (!type.isEmpty() && !explicitType)
            headers.append(
                QJsonObject{{QStringLiteral("key"), QStringLiteral("Content-Type")}, {QStringLiteral("value"), type}});
    };
    const auto raw = [](const QString& text, const QString& language) {
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("raw")},
                           {QStringLiteral("raw"), text},
                           {QStringLiteral("options"),
                            QJsonObject{{QStringLiteral("raw"), QJsonObject{{QStringLiteral("language"), language}}}}}};
    };
    switch (body.mode) {
    case BodyMode::None:
        return {};
    case BodyMode::Raw:
        addContentType(body.contentType);
        return raw(body.text, rawLanguage(body.contentType));
    case BodyMode::Json:
        addContentType(body.contentType);
        return raw(body.text, QStringLiteral("json"));
    case BodyMode::FormUrlEncoded:
        return {{QStringLiteral("mode"), QStringLiteral("urlencoded")},
                {QStringLiteral("urlencoded"), rows(body.form)}};
    case BodyMode::Multipart: {
        QJsonArray parts;
        for (const MultipartPart& part : body.parts) {
            QJsonObject object{{QStringLiteral("key"), part.name}};
            if (part.isFile) {
                object.insert(QStringLiteral("type"), QStringLiteral("file"));
                object.insert(QStringLiteral("src"), part.value);
            } else {
                object.insert(QStringLiteral("type"), QStringLiteral("text"));
                object.insert(QStringLiteral("value"), part.value);
            }
            if (!part.contentType.isEmpty())
                object.insert(QStringLiteral("contentType"), part.contentType);
            if (!part.enabled)
                object.insert(QStringLiteral("disabled"), true);
            if (!part.fileName.isEmpty())
                report_.add(where,
                            Interchange::tr("Postman has no file name for part \"%1\"; it sends the file's own name")
                                .arg(part.name));
            parts.append(object);
        }
        return {{QStringLiteral("mode"), QStringLiteral("formdata")}, {QStringLiteral("formdata"), parts}};
    }
    case BodyMode::BinaryFile:
        addContentType(body.contentType);
        return {{QStringLiteral("mode"), QStringLiteral("file")},
                {QStringLiteral("file"), QJsonObject{{QStringLiteral("src"), body.filePath}}}};
    }
    return {};
}

QJsonObject PostmanWriter::request(const RequestSpec& spec, const QString& where, QJsonObject* behavior)
{
    QJsonObject request{{QStringLiteral("method"), spec.method.isEmpty() ? QStringLiteral("GET") : spec.method}};
    QJsonArray headers = rows(spec.headers);
    const QJsonObject bodyObject = body(spec, headers, where);
    request.insert(QStringLiteral("header"), headers);
    if (!bodyObject.isEmpty())
        request.insert(QStringLiteral("body"), bodyObject);

    QJsonObject url{{QStringLiteral("raw"), spec.url}};
    QList<KeyValueRow> query = spec.params;
    if (query.isEmpty())
        for (const QString& piece : url_query::pieces(url_query::split(spec.url).query))
            query.append(url_query::decodePiece(piece));
    if (!query.isEmpty())
        url.insert(QStringLiteral("query"), rows(query));
    request.insert(QStringLiteral("url"), url);

    switch (spec.auth.mode) {
    case AuthMode::None:
        break;
    case AuthMode::Basic:
    case AuthMode::Digest: {
        const QString type = spec.auth.mode == AuthMode::Basic ? QStringLiteral("basic") : QStringLiteral("digest");
        request.insert(
            QStringLiteral("auth"),
            QJsonObject{{QStringLiteral("type"), type},
                        {type, parameters({{"username", spec.auth.user}, {"password", spec.auth.password}})}});
        break;
    }
    case AuthMode::Bearer:
        request.insert(QStringLiteral("auth"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                   {QStringLiteral("bearer"), parameters({{"token", spec.auth.token}})}});
        break;
    }
    if (!spec.notes.isEmpty())
        request.insert(QStringLiteral("description"), spec.notes);

    const WinHttpOptionsSpec& options = spec.options;
    const WinHttpOptionsSpec defaults;
    if (options.redirectPolicy == RedirectPolicy::Never || (options.disableFeatures & interchange::kDisableRedirects))
        behavior->insert(QStringLiteral("followRedirects"), false);
    else if (options.redirectPolicy == RedirectPolicy::Always) {
        behavior->insert(QStringLiteral("followRedirects"), true);
        report_.add(where + QStringLiteral(": options.redirectPolicy"),
                    Interchange::tr("Postman cannot say \"always, HTTPS to HTTP too\"; written as followRedirects"));
    }
    if (options.maxRedirects != defaults.maxRedirects)
        behavior->insert(QStringLiteral("maxRedirects"), options.maxRedirects);
    if (options.securityIgnoreFlags != 0) {
        behavior->insert(QStringLiteral("strictSSL"), false);
        if (options.securityIgnoreFlags != interchange::kIgnoreAllCertErrors)
            report_.add(where + QStringLiteral(": options.securityIgnoreFlags"),
                        Interchange::tr("strictSSL false ignores every certificate error, not only the chosen ones"));
    }
    if (options.disableFeatures & interchange::kDisableCookies)
        behavior->insert(QStringLiteral("disableCookies"), true);
    if (options.disableFeatures & ~(interchange::kDisableCookies | interchange::kDisableRedirects))
        report_.add(where + QStringLiteral(": options.disableFeatures"),
                    Interchange::tr("no Postman equivalent; left out"));
    if (options.proxyMode == ProxyMode::Named) {
        QString proxy = options.proxy;
        proxy.remove(QRegularExpression(QStringLiteral("^[a-z]+://")));
        const qsizetype colon = proxy.lastIndexOf(QLatin1Char(':'));
        QJsonObject object{{QStringLiteral("host"), colon < 0 ? proxy : proxy.left(colon)}};
        if (colon >= 0)
            object.insert(QStringLiteral("port"), proxy.mid(colon + 1).toInt());
        request.insert(QStringLiteral("proxy"), object);
        if (proxy != options.proxy)
            report_.add(where + QStringLiteral(": options.proxy"), Interchange::tr("the proxy's scheme is left out"));
        if (!options.proxyBypass.isEmpty())
            report_.add(where + QStringLiteral(": options.proxyBypass"),
                        Interchange::tr("no Postman equivalent; left out"));
    } else if (options.proxyMode == ProxyMode::Environment) {
        report_.add(where + QStringLiteral(": options.proxyMode"),
                    Interchange::tr("Postman's own proxy settings decide; left out"));
    }
    const auto unmapped = [&](bool differs, const char* field) {
        if (differs)
            report_.add(where + QStringLiteral(": options.") + QLatin1String(field),
                        Interchange::tr("no Postman equivalent; left out"));
    };
    unmapped(options.async != defaults.async, "async");
    unmapped(options.resolveTimeoutMs != defaults.resolveTimeoutMs, "resolveTimeoutMs");
    unmapped(options.connectTimeoutMs != defaults.connectTimeoutMs, "connectTimeoutMs");
    unmapped(options.sendTimeoutMs != defaults.sendTimeoutMs, "sendTimeoutMs");
    unmapped(options.receiveTimeoutMs != defaults.receiveTimeoutMs, "receiveTimeoutMs");
    unmapped(options.decompression != defaults.decompression, "decompression");
    unmapped(options.secureProtocols != defaults.secureProtocols, "secureProtocols");
    unmapped(!options.caFile.isEmpty(), "caFile");
    unmapped(!options.userAgent.isEmpty(), "userAgent");
    if (spec.expectedStatus)
        report_.add(where + QStringLiteral(": expectedStatus"), Interchange::tr("no Postman equivalent; left out"));
    if (!spec.unknownFields.isEmpty())
        report_.add(where, Interchange::tr("fields this version does not know are left out: %1")
                               .arg(spec.unknownFields.keys().join(QStringLiteral(", "))));
    return request;
}

QJsonArray PostmanWriter::items(const QList<CollectionItem>& list, const QString& path)
{
    QJsonArray array;
    for (const CollectionItem& item : list) {
        const QString where = path.isEmpty() ? item.name : path + QLatin1Char('/') + item.name;
        if (item.isFolder) {
            array.append(QJsonObject{{QStringLiteral("name"), item.name},
                                     {QStringLiteral("item"), items(item.children, where)}});
            continue;
        }
        QJsonObject behavior;
        QJsonObject object{{QStringLiteral("name"), item.request.name.isEmpty() ? item.name : item.request.name},
                           {QStringLiteral("request"), request(item.request, where, &behavior)}};
        if (!behavior.isEmpty())
            object.insert(QStringLiteral("protocolProfileBehavior"), behavior);
        array.append(object);
    }
    return array;
}

} // namespace

QByteArray exportPostmanCollection(const Collection& collection, ExportReport* report)
{
    ExportReport local;
    PostmanWriter writer(report != nullptr ? *report : local);
    QJsonObject root{
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("name"), collection.name},
                     {QStringLiteral("schema"),
                      QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json")}}},
        {QStringLiteral("item"), writer.items(collection.items, QString())}};
    QStringList names = collection.variables.keys();
    std::sort(names.begin(), names.end());
    if (!names.isEmpty()) {
        QJsonArray variables;
        for (const QString& name : std::as_const(names))
            variables.append(QJsonObject{{QStringLiteral("key"), name},
                                         {QStringLiteral("value"), collection.variables.value(name)}});
        root.insert(QStringLiteral("variable"), variables);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hinterscope
