#include "collections/request_json.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace hinterscope {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, const char*>, N>& names)
{
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(names.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const QJsonValue& json, const std::array<std::pair<Enum, const char*>, N>& names, const char* field,
             QStringList* problems)
{
    if (json.isUndefined())
        return names.front().first;
    for (const auto& [candidate, name] : names)
        if (json.toString() == QLatin1String(name))
            return candidate;
    if (problems != nullptr)
        problems->append(
            QObject::tr("\"%1\" has an unknown value %2").arg(QLatin1String(field), json.toVariant().toString()));
    return names.front().first;
}

constexpr std::array bodyModes{
    std::pair{BodyMode::None, "none"},           std::pair{BodyMode::Raw, "raw"},
    std::pair{BodyMode::Json, "json"},           std::pair{BodyMode::FormUrlEncoded, "form-urlencoded"},
    std::pair{BodyMode::Multipart, "multipart"}, std::pair{BodyMode::BinaryFile, "file"}};
constexpr std::array authModes{std::pair{AuthMode::None, "none"}, std::pair{AuthMode::Basic, "basic"},
                               std::pair{AuthMode::Digest, "digest"}, std::pair{AuthMode::Bearer, "bearer"}};
constexpr std::array redirectPolicies{std::pair{RedirectPolicy::DisallowHttpsToHttp, "disallow-https-to-http"},
                                      std::pair{RedirectPolicy::Never, "never"},
                                      std::pair{RedirectPolicy::Always, "always"}};
constexpr std::array proxyModes{std::pair{ProxyMode::None, "none"}, std::pair{ProxyMode::Environment, "environment"},
                                std::pair{ProxyMode::Named, "named"}};

QJsonArray rowsToJson(const QList<KeyValueRow>& rows)
{
    QJsonArray array;
    for (const auto& row : rows) {
        QJsonObject object{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}};
        if (!row.enabled)
            object.insert(QStringLiteral("enabled"), false);
        array.append(object);
    }
    return array;
}

QList<KeyValueRow> rowsFromJson(const QJsonValue& json)
{
    QList<KeyValueRow> rows;
    for (const auto& item : json.toArray()) {
        const auto object = item.toObject();
        rows.append({object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("value")).toString(),
                     object.value(QStringLiteral("enabled")).toBool(true)});
    }
    return rows;
}

// Writes `value` under `key` only when it differs from the default, so files name just what was chosen.
template <typename T>
void putIfChanged(QJsonObject& object, const char* key, const T& value, const T& defaultValue)
{
    if (value != defaultValue)
        object.insert(QLatin1String(key), QJsonValue::fromVariant(QVariant::fromValue(value)));
}

QJsonObject optionsToJson(const WinHttpOptionsSpec& options)
{
    const WinHttpOptionsSpec defaults;
    QJsonObject object;
    putIfChanged(object, "async", options.async, defaults.async);
    if (options.redirectPolicy != defaults.redirectPolicy)
        object.insert(QStringLiteral("redirectPolicy"), nameOf(options.redirectPolicy, redirectPolicies));
    putIfChanged(object, "maxRedirects", options.maxRedirects, defaults.maxRedirects);
    putIfChanged(object, "disableFeatures", options.disableFeatures, defaults.disableFeatures);
    putIfChanged(object, "resolveTimeoutMs", options.resolveTimeoutMs, defaults.resolveTimeoutMs);
    putIfChanged(object, "connectTimeoutMs", options.connectTimeoutMs, defaults.connectTimeoutMs);
    putIfChanged(object, "sendTimeoutMs", options.sendTimeoutMs, defaults.sendTimeoutMs);
    putIfChanged(object, "receiveTimeoutMs", options.receiveTimeoutMs, defaults.receiveTimeoutMs);
    putIfChanged(object, "securityIgnoreFlags", options.securityIgnoreFlags, defaults.securityIgnoreFlags);
    putIfChanged(object, "decompression", options.decompression, defaults.decompression);
    putIfChanged(object, "secureProtocols", options.secureProtocols, defaults.secureProtocols);
    if (options.proxyMode != defaults.proxyMode)
        object.insert(QStringLiteral("proxyMode"), nameOf(options.proxyMode, proxyModes));
    putIfChanged(object, "proxy", options.proxy, defaults.proxy);
    putIfChanged(object, "proxyBypass", options.proxyBypass, defaults.proxyBypass);
    putIfChanged(object, "caFile", options.caFile, defaults.caFile);
    putIfChanged(object, "userAgent", options.userAgent, defaults.userAgent);
    return object;
}

WinHttpOptionsSpec optionsFromJson(const QJsonObject& object, QStringList* problems)
{
    WinHttpOptionsSpec options;
    const auto integer = [&](const char* key, auto defaultValue) {
        const auto value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return defaultValue;
        if (!value.isDouble() || value.toDouble() < 0) {
            if (problems != nullptr)
                problems->append(QObject::tr("\"options.%1\" must be a non-negative number").arg(QLatin1String(key)));
            return defaultValue;
        }
        return static_cast<decltype(defaultValue)>(value.toDouble());
    };
    options.async = object.value(QStringLiteral("async")).toBool(options.async);
    options.redirectPolicy =
        valueOf(object.value(QStringLiteral("redirectPolicy")), redirectPolicies, "options.redirectPolicy", problems);
    options.maxRedirects = integer("maxRedirects", options.maxRedirects);
    options.disableFeatures = integer("disableFeatures", options.disableFeatures);
    options.resolveTimeoutMs = integer("resolveTimeoutMs", options.resolveTimeoutMs);
    options.connectTimeoutMs = integer("connectTimeoutMs", options.connectTimeoutMs);
    options.sendTimeoutMs = integer("sendTimeoutMs", options.sendTimeoutMs);
    options.receiveTimeoutMs = integer("receiveTimeoutMs", options.receiveTimeoutMs);
    options.securityIgnoreFlags = integer("securityIgnoreFlags", options.securityIgnoreFlags);
    options.decompression = integer("decompression", options.decompression);
    options.secureProtocols = integer("secureProtocols", options.secureProtocols);
    options.proxyMode = valueOf(object.value(QStringLiteral("proxyMode")), proxyModes, "options.proxyMode", problems);
    options.proxy = object.value(QStringLiteral("proxy")).toString();
    options.proxyBypass = object.value(QStringLiteral("proxyBypass")).toString();
    options.caFile = object.value(QStringLiteral("caFile")).toString();
    options.userAgent = object.value(QStringLiteral("userAgent")).toString();
    return options;
}

} // namespace

QJsonObject requestToJson(const RequestSpec& spec)
{
    QJsonObject object = spec.unknownFields;
    const QJsonObject known{{QStringLiteral("name"), spec.name},
                            {QStringLiteral("method"), spec.method},
                            {QStringLiteral("url"), spec.url}};
    for (auto it = known.begin(); it != known.end(); ++it)
        object.insert(it.key(), it.value());
    if (!spec.params.isEmpty())
        object.insert(QStringLiteral("params"), rowsToJson(spec.params));
    if (!spec.headers.isEmpty())
        object.insert(QStringLiteral("headers"), rowsToJson(spec.headers));
    if (spec.body.mode != BodyMode::None) {
        QJsonObject body{{QStringLiteral("mode"), nameOf(spec.body.mode, bodyModes)}};
        if (!spec.body.text.isEmpty())
            body.insert(QStringLiteral("text"), spec.body.text);
        if (!spec.body.contentType.isEmpty())
            body.insert(QStringLiteral("contentType"), spec.body.contentType);
        if (!spec.body.form.isEmpty())
            body.insert(QStringLiteral("form"), rowsToJson(spec.body.form));
        if (!spec.body.filePath.isEmpty())
            body.insert(QStringLiteral("file"), spec.body.filePath);
        if (!spec.body.parts.isEmpty()) {
            QJsonArray parts;
            for (const auto& part : spec.body.parts) {
                QJsonObject item{{QStringLiteral("name"), part.name}, {QStringLiteral("value"), part.value}};
                if (part.isFile)
                    item.insert(QStringLiteral("isFile"), true);
                if (!part.contentType.isEmpty())
                    item.insert(QStringLiteral("contentType"), part.contentType);
                if (!part.fileName.isEmpty())
                    item.insert(QStringLiteral("fileName"), part.fileName);
                if (!part.enabled)
                    item.insert(QStringLiteral("enabled"), false);
                parts.append(item);
            }
            body.insert(QStringLiteral("parts"), parts);
        }
        object.insert(QStringLiteral("body"), body);
    }
    if (spec.auth.mode != AuthMode::None) {
        QJsonObject auth{{QStringLiteral("mode"), nameOf(spec.auth.mode, authModes)}};
        if (!spec.auth.user.isEmpty())
            auth.insert(QStringLiteral("user"), spec.auth.user);
        if (!spec.auth.password.isEmpty())
            auth.insert(QStringLiteral("password"), spec.auth.password);
        if (!spec.auth.token.isEmpty())
            auth.insert(QStringLiteral("token"), spec.auth.token);
        object.insert(QStringLiteral("auth"), auth);
    }
    if (const auto options = optionsToJson(spec.options); !options.isEmpty())
        object.insert(QStringLiteral("options"), options);
    if (!spec.notes.isEmpty())
        object.insert(QStringLiteral("notes"), spec.notes);
    if (spec.expectedStatus)
        object.insert(QStringLiteral("expectedStatus"), *spec.expectedStatus);
    return object;
}

RequestSpec requestFromJson(const QJsonObject& object, QStringList* problems)
{
    RequestSpec spec;
    static const QStringList knownKeys{
        QStringLiteral("name"),    QStringLiteral("method"),        QStringLiteral("url"),  QStringLiteral("params"),
        QStringLiteral("headers"), QStringLiteral("body"),          QStringLiteral("auth"), QStringLiteral("options"),
        QStringLiteral("notes"),   QStringLiteral("expectedStatus")};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!knownKeys.contains(it.key()))
            spec.unknownFields.insert(it.key(), it.value());
    spec.name = object.value(QStringLiteral("name")).toString();
    spec.method = object.value(QStringLiteral("method")).toString(QStringLiteral("GET"));
    spec.url = object.value(QStringLiteral("url")).toString();
    if (!object.value(QStringLiteral("url")).isString() && problems != nullptr)
        problems->append(QObject::tr("\"url\" is missing or not a string"));
    spec.params = rowsFromJson(object.value(QStringLiteral("params")));
    spec.headers = rowsFromJson(object.value(QStringLiteral("headers")));
    const auto body = object.value(QStringLiteral("body")).toObject();
    spec.body.mode = valueOf(body.value(QStringLiteral("mode")), bodyModes, "body.mode", problems);
    spec.body.text = body.value(QStringLiteral("text")).toString();
    spec.body.contentType = body.value(QStringLiteral("contentType")).toString();
    spec.body.form = rowsFromJson(body.value(QStringLiteral("form")));
    spec.body.filePath = body.value(QStringLiteral("file")).toString();
    for (const auto& item : body.value(QStringLiteral("parts")).toArray()) {
        const auto part = item.toObject();
        spec.body.parts.append(
            {part.value(QStringLiteral("name")).toString(), part.value(QStringLiteral("value")).toString(),
             part.value(QStringLiteral("isFile")).toBool(), part.value(QStringLiteral("contentType")).toString(),
             part.value(QStringLiteral("fileName")).toString(), part.value(QStringLiteral("enabled")).toBool(true)});
    }
    const auto auth = object.value(QStringLiteral("auth")).toObject();
    spec.auth.mode = valueOf(auth.value(QStringLiteral("mode")), authModes, "auth.mode", problems);
    spec.auth.user = auth.value(QStringLiteral("user")).toString();
    spec.auth.password = auth.value(QStringLiteral("password")).toString();
    spec.auth.token = auth.value(QStringLiteral("token")).toString();
    spec.options = optionsFromJson(object.value(QStringLiteral("options")).toObject(), problems);
    spec.notes = object.value(QStringLiteral("notes")).toString();
    if (const auto expected = object.value(QStringLiteral("expectedStatus")); expected.isDouble())
        spec.expectedStatus = expected.toInt();
    return spec;
}

} // namespace hinterscope
