#include "request_echo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <map>

namespace hinterscope::playground {

namespace {

// httpbin's ENV_HEADERS: set by proxies in front of httpbin.org, hidden unless ?show_env.
constexpr std::array<std::string_view, 15> proxyHeaders = {"X-Varnish",
                                                           "X-Request-Start",
                                                           "X-Heroku-Queue-Depth",
                                                           "X-Real-Ip",
                                                           "X-Forwarded-Proto",
                                                           "X-Forwarded-Protocol",
                                                           "X-Forwarded-Ssl",
                                                           "X-Heroku-Queue-Wait-Time",
                                                           "X-Forwarded-For",
                                                           "X-Heroku-Dynos-In-Use",
                                                           "X-Forwarded-Port",
                                                           "X-Request-Id",
                                                           "Via",
                                                           "Total-Route-Time",
                                                           "Connect-Time"};

std::optional<QString> strictUtf8(const std::string& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// httpbin's json_safe: text when the bytes are UTF-8, else an RFC 2397 data: URL.
QString jsonSafe(const std::string& bytes, std::string_view contentType = "application/octet-stream")
{
    if (auto text = strictUtf8(bytes))
        return *text;
    const QByteArray base64 = QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64();
    return QStringLiteral("data:") + QString::fromUtf8(contentType.data(), static_cast<qsizetype>(contentType.size())) +
           QStringLiteral(";base64,") + QString::fromLatin1(base64);
}

// Python's json.loads(data.decode('utf-8')) for any JSON text, scalars included; null when it fails.
QJsonValue parsedJson(const std::string& data)
{
    const auto text = strictUtf8(data);
    if (!text)
        return QJsonValue::Null;
    QJsonParseError error{};
    const auto wrapped = QJsonDocument::fromJson("[" + text->toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || !wrapped.isArray() || wrapped.array().size() != 1)
        return QJsonValue::Null;
    return wrapped.array().first();
}

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void addFormField(ReceivedBody& body, const httplib::MultipartFormData& part)
{
    if (part.filename.empty())
        body.form.emplace_back(part.name, part.content);
    else
        body.files.push_back({part.name, part.content, part.content_type});
}

void classifyPlainBody(const httplib::Request& req, ReceivedBody& body, std::string raw)
{
    if (mediaTypeOf(req.get_header_value("Content-Type")) == "application/x-www-form-urlencoded")
        body.form = parseUrlEncoded(raw);
    else
        body.data = std::move(raw);
}

} // namespace

bool repeatedHeadersIterateNewestFirst()
{
    // Ask the same container type once instead of assuming.
    static const bool newestFirst = [] {
        httplib::Headers probe;
        probe.emplace("X-Probe", "first");
        probe.emplace("X-Probe", "second");
        return probe.find("X-Probe")->second == "second";
    }();
    return newestFirst;
}

ReceivedBody bodyOf(const httplib::Request& req)
{
    ReceivedBody body;
    if (req.is_multipart_form_data()) {
        for (const auto& [name, part] : req.files)
            addFormField(body, part);
    } else {
        classifyPlainBody(req, body, req.body);
    }
    return body;
}

std::optional<ReceivedBody> readBody(const httplib::Request& req, const httplib::ContentReader& reader)
{
    ReceivedBody body;
    if (req.is_multipart_form_data()) {
        std::vector<httplib::MultipartFormData> parts;
        const bool complete = reader(
            [&](const httplib::MultipartFormData& header) {
                parts.push_back(header);
                return true;
            },
            [&](const char* data, size_t length) {
                if (parts.empty())
                    return false;
                parts.back().content.append(data, length);
                return true;
            });
        if (!complete)
            return std::nullopt;
        for (const auto& part : parts)
            addFormField(body, part);
        return body;
    }
    std::string raw;
    const bool complete = reader([&](const char* data, size_t length) {
        raw.append(data, length);
        return true;
    });
    if (!complete)
        return std::nullopt;
    classifyPlainBody(req, body, std::move(raw));
    return body;
}

QJsonObject semiflatten(const NameValueList& pairs)
{
    std::map<std::string, QJsonArray> grouped;
    for (const auto& [name, value] : pairs)
        grouped[name].append(fromUtf8(value));
    QJsonObject object;
    for (const auto& [name, values] : grouped)
        object.insert(fromUtf8(name), values.size() == 1 ? values.first() : QJsonValue(values));
    return object;
}

bool hasQueryParameter(const httplib::Request& req, std::string_view name)
{
    const auto query = queryOf(req.target);
    return std::any_of(query.begin(), query.end(), [&](const auto& pair) { return pair.first == name; });
}

std::optional<std::string> queryParameter(const httplib::Request& req, std::string_view name)
{
    for (auto& [key, value] : queryOf(req.target))
        if (key == name)
            return value;
    return std::nullopt;
}

std::vector<std::string> headerValues(const httplib::Request& req, const std::string& name)
{
    std::vector<std::string> values;
    const auto [begin, end] = req.headers.equal_range(name);
    for (auto it = begin; it != end; ++it)
        values.push_back(it->second);
    if (repeatedHeadersIterateNewestFirst())
        std::reverse(values.begin(), values.end());
    return values;
}

QJsonObject headersOf(const httplib::Request& req)
{
    const bool showProxyHeaders = hasQueryParameter(req, "show_env");
    std::map<std::string, std::vector<std::string>> grouped;
    for (auto it = req.headers.begin(); it != req.headers.end(); ++it) {
        if (it->first.find('_') != std::string::npos)
            continue;
        const auto name = titleCased(it->first);
        if (!showProxyHeaders &&
            std::any_of(proxyHeaders.begin(), proxyHeaders.end(), [&](auto hidden) { return hidden == name; }))
            continue;
        grouped[name].push_back(it->second);
    }
    QJsonObject headers;
    for (auto& [name, values] : grouped) {
        if (repeatedHeadersIterateNewestFirst())
            std::reverse(values.begin(), values.end());
        std::string joined;
        for (const auto& value : values)
            joined += (joined.empty() ? "" : ",") + value;
        headers.insert(fromUtf8(name), fromUtf8(joined));
    }
    return headers;
}

QString originOf(const httplib::Request& req)
{
    if (req.has_header("X-Forwarded-For"))
        return fromUtf8(req.get_header_value("X-Forwarded-For"));
    return fromUtf8(req.remote_addr);
}

namespace {

std::string schemeOf(const httplib::Request& req)
{
    for (const char* name : {"X-Forwarded-Proto", "X-Forwarded-Protocol"})
        if (req.has_header(name))
            return req.get_header_value(name);
    if (req.get_header_value("X-Forwarded-Ssl") == "on")
        return "https";
    return req.ssl != nullptr ? "https" : "http";
}

std::string authorityOf(const httplib::Request& req)
{
    if (req.has_header("Host"))
        return req.get_header_value("Host");
    const bool ipv6 = req.local_addr.find(':') != std::string::npos;
    return (ipv6 ? "[" + req.local_addr + "]" : req.local_addr) + ":" + std::to_string(req.local_port);
}

} // namespace

std::string urlOf(const httplib::Request& req)
{
    return schemeOf(req) + "://" + authorityOf(req) + req.target;
}

std::string originUrlOf(const httplib::Request& req)
{
    return std::string(req.ssl != nullptr ? "https" : "http") + "://" + authorityOf(req);
}

QJsonObject echo(const httplib::Request& req, unsigned fields, const ReceivedBody* body)
{
    QJsonObject object;
    if (fields & EchoUrl)
        object.insert(QStringLiteral("url"), fromUtf8(urlOf(req)));
    if (fields & EchoArgs)
        object.insert(QStringLiteral("args"), semiflatten(queryOf(req.target)));
    if (fields & EchoHeaders)
        object.insert(QStringLiteral("headers"), headersOf(req));
    if (fields & EchoOrigin)
        object.insert(QStringLiteral("origin"), originOf(req));
    if (fields & EchoMethod)
        object.insert(QStringLiteral("method"), fromUtf8(req.method));
    const ReceivedBody empty;
    const ReceivedBody& received = body != nullptr ? *body : empty;
    if (fields & EchoForm)
        object.insert(QStringLiteral("form"), semiflatten(received.form));
    if (fields & EchoData)
        object.insert(QStringLiteral("data"), jsonSafe(received.data));
    if (fields & EchoFiles) {
        std::map<std::string, QJsonArray> grouped;
        for (const auto& file : received.files)
            grouped[file.field].append(jsonSafe(file.content, file.contentType.empty()
                                                                  ? std::string_view("application/octet-stream")
                                                                  : file.contentType));
        QJsonObject files;
        for (const auto& [name, values] : grouped)
            files.insert(fromUtf8(name), values.size() == 1 ? values.first() : QJsonValue(values));
        object.insert(QStringLiteral("files"), files);
    }
    if (fields & EchoJson)
        object.insert(QStringLiteral("json"), parsedJson(received.data));
    return object;
}

} // namespace hinterscope::playground
