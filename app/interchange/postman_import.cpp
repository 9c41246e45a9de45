#include "interchange/postman_import.h"

#include "interchange/json_input.h"
#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hinterscope {
namespace {

using interchange::Interchange;

QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

class PostmanReader {
public:
    PostmanReader(const QByteArray& text, const QString& source)
        : input_(text, source)
    {}

    ImportResult read();

private:
    QList<ImportedItem> readItems(const QJsonObject& parent, const QString& path, const std::optional<AuthSpec>& auth,
                                  const QJsonObject& behavior);
    ImportedItem readRequestItem(const QJsonObject& item, const QString& path, const std::optional<AuthSpec>& auth,
                                 const QJsonObject& behavior);
    void readUrl(const QJsonValue& url, const QString& path, RequestSpec& spec);
    QList<KeyValueRow> readRows(const QJsonValue& rows, const QString& path);
    void readBody(const QJsonValue& body, const QString& path, RequestSpec& spec);
    // Nothing: inherit the parent's auth. A value: this request's own (None included).
    std::optional<AuthSpec> readAuth(const QJsonValue& auth, const QString& path);
    void readBehavior(const QJsonObject& behavior, const QString& path, WinHttpOptionsSpec& options);
    QString readDescription(const QJsonValue& description, const QString& path);
    void reportEvents(const QJsonObject& owner, const QString& path);
    void readVariables(const QJsonValue& variables, const QString& path, Variables& into);

    JsonInput input_;
    ImportReport report_;
};

ImportResult PostmanReader::read()
{
    ImportResult result;
    const auto root = input_.parse();
    if (!root) {
        result.error = input_.error();
        return result;
    }
    if (root->contains(QStringLiteral("requests")) && !root->contains(QStringLiteral("item"))) {
        input_.fail(QString(),
                    Interchange::tr("this is a Postman v1 collection; export it from Postman as Collection v2.1"));
        result.error = input_.error();
        return result;
    }
    const QJsonObject info = input_.object(*root, QStringLiteral("info"), QString());
    if (!root->contains(QStringLiteral("info")) || !root->contains(QStringLiteral("item")))
        input_.fail(QString(), Interchange::tr("not a Postman collection: \"info\" and \"item\" are required"));
    const QString schema = input_.string(info, QStringLiteral("schema"), QStringLiteral("info"));
    if (!schema.isEmpty() && !schema.contains(QLatin1String("v2.1")) && !schema.contains(QLatin1String("v2.0")))
        report_.add(QStringLiteral("info.schema"), Interchange::tr("unknown schema %1; read as v2.1").arg(schema));

    ImportedCollection collection;
    collection.name = input_.string(info, QStringLiteral("name"), QStringLiteral("info"));
    if (const QString description =
            readDescription(info.value(QStringLiteral("description")), QStringLiteral("info.description"));
        !description.isEmpty())
        report_.add(QStringLiteral("info.description"), Interchange::tr("the collection's description is not kept"));
    readVariables(root->value(QStringLiteral("variable")), QStringLiteral("variable"), collection.variables);
    reportEvents(*root, QString());
    const auto auth = readAuth(root->value(QStringLiteral("auth")), QStringLiteral("auth"));
    if (auth && auth->mode != AuthMode::None)
        report_.add(QStringLiteral("auth"),
                    Interchange::tr("the collection's auth is copied into each request that inherits it"));
    const QJsonObject behavior = input_.object(*root, QStringLiteral("protocolProfileBehavior"), QString());
    collection.items = readItems(*root, QString(), auth, behavior);
    if (input_.failed()) {
        result.error = input_.error();
        return result;
    }
    result.collection = std::move(collection);
    result.report = report_;
    return result;
}

void PostmanReader::readVariables(const QJsonValue& variables, const QString& path, Variables& into)
{
    const QJsonArray rows = input_.array(variables, path);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString where = element(path, i);
        const QJsonObject row = input_.object(rows[i], where);
        QString key = input_.string(row, QStringLiteral("key"), where);
        if (key.isEmpty())
            key = input_.string(row, QStringLiteral("id"), where);
        const QString value = input_.string(row, QStringLiteral("value"), where);
        if (row.value(QStringLiteral("disabled")).toBool()) {
            report_.add(where, Interchange::tr("disabled variable \"%1\" not imported").arg(key));
            continue;
        }
        if (key.isEmpty()) {
            report_.add(where, Interchange::tr("variable without a name not imported"));
            continue;
        }
        if (row.value(QStringLiteral("type")).toString() == QLatin1String("secret"))
            report_.add(where, Interchange::tr(
                                   "secret variable \"%1\" is stored in plain text in collection.json; move it to an "
                                   "environment's secrets")
                                   .arg(key));
        into.insert(key, value);
    }
}

QList<ImportedItem> PostmanReader::readItems(const QJsonObject& parent, const QString& path,
                                             const std::optional<AuthSpec>& auth, const QJsonObject& behavior)
{
    QList<ImportedItem> items;
    const QString itemsPath = child(path, QStringLiteral("item"));
    const QJsonArray array = input_.array(parent.value(QStringLiteral("item")), itemsPath);
    for (qsizetype i = 0; i < array.size() && !input_.failed(); ++i) {
        const QString where = element(itemsPath, i);
        const QJsonObject item = input_.object(array[i], where);
        if (input_.failed())
            break;
        if (item.contains(QStringLiteral("item"))) {
            ImportedItem folder;
            folder.isFolder = true;
            folder.name = input_.string(item, QStringLiteral("name"), where);
            if (folder.name.isEmpty())
                folder.name = Interchange::tr("Folder %1").arg(i + 1);
            if (!readDescription(item.value(QStringLiteral("description")), child(where, QStringLiteral("description")))
                     .isEmpty())
                report_.add(child(where, QStringLiteral("description")),
                            Interchange::tr("a folder's description is not kept"));
            reportEvents(item, where);
            Variables ignored;
            readVariables(item.value(QStringLiteral("variable")), child(where, QStringLiteral("variable")), ignored);
            if (!ignored.isEmpty())
                report_.add(child(where, QStringLiteral("variable")),
                            Interchange::tr("folder variables are not supported; %1 not imported")
                                .arg(QStringList(ignored.keys()).join(QStringLiteral(", "))));
            auto ownAuth = readAuth(item.value(QStringLiteral("auth")), child(where, QStringLiteral("auth")));
            QJsonObject merged = behavior;
            const QJsonObject own = input_.object(item, QStringLiteral("protocolProfileBehavior"), where);
            for (auto it = own.begin(); it != own.end(); ++it)
                merged.insert(it.key(), it.value());
            folder.children = readItems(item, where, ownAuth ? ownAuth : auth, merged);
            items.append(folder);
        } else if (item.contains(QStringLiteral("request"))) {
            items.append(readRequestItem(item, where, auth, behavior));
        } else {
            report_.add(where, Interchange::tr("an item with neither \"request\" nor \"item\" was skipped"));
        }
    }
    return items;
}

ImportedItem PostmanReader::readRequestItem(const QJsonObject& item, const QString& path,
                                            const std::optional<AuthSpec>& inheritedAuth, const QJsonObject& behavior)
{
    ImportedItem result;
    RequestSpec& spec = result.request;
    spec.name = input_.string(item, QStringLiteral("name"), path);
    const QString requestPath = child(path, QStringLiteral("request"));
    const QJsonValue requestValue = item.value(QStringLiteral("request"));
    if (requestValue.isString()) {
        spec.url = requestValue.toString();
        spec.auth = inheritedAuth.value_or(AuthSpec{});
    } else {
        const QJsonObject request = input_.object(requestValue, requestPath);
        const QString method = input_.string(request, QStringLiteral("method"), requestPath);
        spec.method = method.isEmpty() ? QStringLiteral("GET") : method.toUpper();
        spec.headers = readRows(request.value(QStringLiteral("header")), child(requestPath, QStringLiteral("header")));
        readUrl(request.value(QStringLiteral("url")), child(requestPath, QStringLiteral("url")), spec);
        readBody(request.value(QStringLiteral("body")), child(requestPath, QStringLiteral("body")), spec);
        const auto auth = readAuth(request.value(QStringLiteral("auth")), child(requestPath, QStringLiteral("auth")));
        spec.auth = auth ? *auth : inheritedAuth.value_or(AuthSpec{});
        spec.notes = readDescription(request.value(QStringLiteral("description")),
                                     child(requestPath, QStringLiteral("description")));
        const QJsonObject proxy = input_.object(request, QStringLiteral("proxy"), requestPath);
        if (!proxy.isEmpty()) {
            const QString where = child(requestPath, QStringLiteral("proxy"));
            if (proxy.value(QStringLiteral("disabled")).toBool()) {
                report_.add(where, Interchange::tr("a disabled proxy was not imported"));
            } else {
                spec.options.proxyMode = ProxyMode::Named;
                spec.options.proxy = input_.string(proxy, QStringLiteral("host"), where);
                if (const QString port = input_.string(proxy, QStringLiteral("port"), where); !port.isEmpty())
                    spec.options.proxy += QLatin1Char(':') + port;
                if (proxy.contains(QStringLiteral("match")))
                    report_.add(child(where, QStringLiteral("match")),
                                Interchange::tr(
                                    "the proxy's URL match pattern is not kept; the proxy is used for this request"));
            }
        }
        if (request.contains(QStringLiteral("certificate")))
            report_.add(child(requestPath, QStringLiteral("certificate")),
                        Interchange::tr("client certificates are not imported"));
    }
    if (spec.name.isEmpty())
        spec.name = spec.url;
    result.name = spec.name;
    if (const QString notes =
            readDescription(item.value(QStringLiteral("description")), child(path, QStringLiteral("description")));
        !notes.isEmpty())
        spec.notes = spec.notes.isEmpty() ? notes : spec.notes + QStringLiteral("\n\n") + notes;
    reportEvents(item, path);
    QJsonObject merged = behavior;
    const QJsonObject own = input_.object(item, QStringLiteral("protocolProfileBehavior"), path);
    for (auto it = own.begin(); it != own.end(); ++it)
        merged.insert(it.key(), it.value());
    readBehavior(merged, child(path, QStringLiteral("protocolProfileBehavior")), spec.options);
    const QJsonArray responses =
        input_.array(item.value(QStringLiteral("response")), child(path, QStringLiteral("response")));
    if (!responses.isEmpty())
        report_.add(child(path, QStringLiteral("response")),
                    Interchange::tr("%n saved example response(s) not imported", nullptr, int(responses.size())));
    if (item.contains(QStringLiteral("variable")) && !item.value(QStringLiteral("variable")).toArray().isEmpty())
        report_.add(child(path, QStringLiteral("variable")),
                    Interchange::tr("request-level variables are not imported"));
    return result;
}

void PostmanReader::readUrl(const QJsonValue& value, const QString& path, RequestSpec& spec)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (value.isString()) {
        spec.url = value.toString();
        return;
    }
    const QJsonObject url = input_.object(value, path);
    const QList<KeyValueRow> query = readRows(url.value(QStringLiteral("query")), child(path, QStringLiteral("query")));
    QString raw = input_.string(url, QStringLiteral("raw"), path);
    if (raw.isEmpty()) {
        const auto joined = [&](const QString& key, const QString& separator) {
            const QJsonValue part = url.value(key);
            if (part.isString())
                return part.toString();
            QStringList pieces;
            const QJsonArray array = input_.array(part, child(path, key));
            for (qsizetype i = 0; i < array.size(); ++i)
                pieces.append(array[i].isObject() ? array[i].toObject().value(QStringLiteral("value")).toString()
                                                  : input_.string(array[i], element(child(path, key), i)));
            return pieces.join(separator);
        };
        const QString protocol = input_.string(url, QStringLiteral("protocol"), path);
        raw = protocol.isEmpty() ? QString() : protocol + QStringLiteral("://");
        raw += joined(QStringLiteral("host"), QStringLiteral("."));
        if (const QString port = input_.string(url, QStringLiteral("port"), path); !port.isEmpty())
            raw += QLatin1Char(':') + port;
        if (const QString pathText = joined(QStringLiteral("path"), QStringLiteral("/")); !pathText.isEmpty())
            raw += QLatin1Char('/') + pathText;
        QStringList pieces;
        for (const KeyValueRow& row : query)
            if (row.enabled)
                pieces.append(url_query::piece(row));
        if (!pieces.isEmpty())
            raw += QLatin1Char('?') + pieces.join(QLatin1Char('&'));
        if (const QString hash = input_.string(url, QStringLiteral("hash"), path); !hash.isEmpty())
            raw += QLatin1Char('#') + hash;
    }
    spec.url = raw;
    if (std::any_of(query.begin(), query.end(), [](const KeyValueRow& row) { return !row.enabled; }))
        spec.params = query;
    const QJsonArray variables =
        input_.array(url.value(QStringLiteral("variable")), child(path, QStringLiteral("variable")));
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const QJsonObject variable = variables[i].toObject();
        report_.add(element(child(path, QStringLiteral("variable")), i),
                    Interchange::tr("path variable :%1 (= \"%2\") is not substituted; the URL keeps \":%1\"")
                        .arg(variable.value(QStringLiteral("key")).toString(),
                             variable.value(QStringLiteral("value")).toVariant().toString()));
    }
}

QList<KeyValueRow> PostmanReader::readRows(const QJsonValue& value, const QString& path)
{
    QList<KeyValueRow> rows;
    if (value.isString()) { // the header block as text: "Name: value\n…"
        for (const QString& line : value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                rows.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
        }
        return rows;
    }
    const QJsonArray array = input_.array(value, path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = element(path, i);
        const QJsonObject row = input_.object(array[i], where);
        rows.append({input_.string(row, QStringLiteral("key"), where),
                     input_.string(row, QStringLiteral("value"), where),
                     !row.value(QStringLiteral("disabled")).toBool()});
        if (!readDescription(row.value(QStringLiteral("description")), child(where, QStringLiteral("description")))
                 .isEmpty())
            report_.add(child(where, QStringLiteral("description")),
                        Interchange::tr("a row's description is not kept"));
    }
    return rows;
}

void PostmanReader::readBody(const QJsonValue& value, const QString& path, RequestSpec& spec)
{
    if (value.isUndefined() || value.isNull())
        return;
    const QJsonObject body = input_.object(value, path);
    if (body.isEmpty())
        return;
    const QString mode = input_.string(body, QStringLiteral("mode"), path);
    if (body.value(QStringLiteral("disabled")).toBool()) {
        report_.add(child(path, QStringLiteral("disabled")),
                    Interchange::tr("the body is disabled in Postman and was not imported"));
        return;
    }
    const auto takeContentType = [&spec]() {
        return interchange::takeHeader(spec.headers, QStringLiteral("Content-Type")).value_or(QString());
    };
    RequestBodySpec& out = spec.body;
    if (mode == QLatin1String("raw")) {
        const QString text = input_.string(body, QStringLiteral("raw"), path);
        const QString language = body.value(QStringLiteral("options"))
                                     .toObject()
                                     .value(QStringLiteral("raw"))
                                     .toObject()
                                     .value(QStringLiteral("language"))
                                     .toString();
        const QString contentType = takeContentType();
        if (language == QLatin1String("json") || (language.isEmpty() && interchange::isJsonMediaType(contentType))) {
            out.mode = BodyMode::Json;
            out.text = text;
            if (!contentType.isEmpty() && contentType != QLatin1String("application/json"))
                out.contentType = contentType;
            return;
        }
        out.mode = BodyMode::Raw;
        out.text = text;
        out.contentType = contentType;
        if (contentType.isEmpty()) {
            static const QList<std::pair<QString, QString>> languages{
                {QStringLiteral("javascript"), QStringLiteral("application/javascript")},
                {QStringLiteral("html"), QStringLiteral("text/html")},
                {QStringLiteral("xml"), QStringLiteral("application/xml")},
                {QStringLiteral("text"), QStringLiteral("text/plain")}};
            for (const auto& [name, type] : languages)
                if (language == name)
                    out.contentType = type;
        }
    } else if (mode == QLatin1String("urlencoded")) {
        out.mode = BodyMode::FormUrlEncoded;
        out.form = readRows(body.value(QStringLiteral("urlencoded")), child(path, QStringLiteral("urlencoded")));
        const QString contentType = takeContentType();
        if (!contentType.isEmpty() &&
            interchange::mediaType(contentType) != QLatin1String("application/x-www-form-urlencoded"))
            report_.add(
                path,
                Interchange::tr("Content-Type %1 replaced by application/x-www-form-urlencoded").arg(contentType));
    } else if (mode == QLatin1String("formdata")) {
        out.mode = BodyMode::Multipart;
        const QString partsPath = child(path, QStringLiteral("formdata"));
        const QJsonArray parts = input_.array(body.value(QStringLiteral("formdata")), partsPath);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString where = element(partsPath, i);
            const QJsonObject part = input_.object(parts[i], where);
            MultipartPart result;
            result.name = input_.string(part, QStringLiteral("key"), where);
            result.enabled = !part.value(QStringLiteral("disabled")).toBool();
            result.contentType = input_.string(part, QStringLiteral("contentType"), where);
            if (part.value(QStringLiteral("type")).toString() == QLatin1String("file")) {
                result.isFile = true;
                const QJsonValue src = part.value(QStringLiteral("src"));
                if (src.isArray()) {
                    const QJsonArray files = src.toArray();
                    result.value = files.isEmpty() ? QString() : files.first().toString();
                    if (files.size() > 1)
                        report_.add(child(where, QStringLiteral("src")),
                                    Interchange::tr("only the first of %1 files is imported").arg(files.size()));
                } else {
                    result.value = input_.string(part, QStringLiteral("src"), where);
                }
            } else {
                result.value = input_.string(part, QStringLiteral("value"), where);
            }
            out.parts.append(result);
        }
        const QString contentType = takeContentType();
        if (!contentType.isEmpty() && interchange::mediaType(contentType) != QLatin1String("multipart/form-data"))
            report_.add(path, Interchange::tr("Content-Type %1 replaced by multipart/form-data").arg(contentType));
    } else if (mode == QLatin1String("file")) {
        const QJsonObject file = input_.object(body, QStringLiteral("file"), path);
        const QString where = child(path, QStringLiteral("file"));
        if (file.contains(QStringLiteral("content")) && !file.contains(QStringLiteral("src"))) {
            out.mode = BodyMode::Raw;
            out.text = input_.string(file, QStringLiteral("content"), where);
            report_.add(child(where, QStringLiteral("content")),
                        Interchange::tr("an inline file body became a raw text body"));
        } else {
            out.mode = BodyMode::BinaryFile;
            out.filePath = input_.string(file, QStringLiteral("src"), where);
        }
        out.contentType = takeContentType();
    } else if (mode == QLatin1String("graphql")) {
        const QJsonObject graphql = input_.object(body, QStringLiteral("graphql"), path);
        const QString where = child(path, QStringLiteral("graphql"));
        QJsonObject request{{QStringLiteral("query"), input_.string(graphql, QStringLiteral("query"), where)}};
        const QJsonValue variables = graphql.value(QStringLiteral("variables"));
        QJsonValue parsedVariables = QJsonObject();
        if (variables.isString() && !variables.toString().trimmed().isEmpty()) {
            QJsonParseError error;
            const auto document = QJsonDocument::fromJson(variables.toString().toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && document.isObject()) {
                parsedVariables = document.object();
            } else {
                parsedVariables = variables;
                report_.add(child(where, QStringLiteral("variables")),
                            Interchange::tr("the GraphQL variables are not a JSON object and were kept as a string"));
            }
        } else if (variables.isObject()) {
            parsedVariables = variables;
        }
        request.insert(QStringLiteral("variables"), parsedVariables);
        out.mode = BodyMode::Json;
        out.text = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented)).trimmed();
        const QString contentType = takeContentType();
        if (!contentType.isEmpty() && contentType != QLatin1String("application/json"))
            out.contentType = contentType;
        report_.add(where, Interchange::tr("the GraphQL query became a JSON body {\"query\", \"variables\"} sent as "
                                           "application/json"));
    } else if (!mode.isEmpty() && mode != QLatin1String("none")) {
        report_.add(child(path, QStringLiteral("mode")),
                    Interchange::tr("body mode \"%1\" is not supported; no body").arg(mode));
    }
}

std::optional<AuthSpec> PostmanReader::readAuth(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonObject auth = input_.object(value, path);
    const QString type = input_.string(auth, QStringLiteral("type"), path);
    if (type.isEmpty() || type == QLatin1String("inherit"))
        return std::nullopt;
    if (type == QLatin1String("noauth"))
        return AuthSpec{};
    const auto parameter = [&](const QString& key) -> QString {
        const QJsonValue params = auth.value(type);
        if (params.isObject()) // v2.0 wrote parameters as an object
            return params.toObject().value(key).toVariant().toString();
        const QJsonArray array = input_.array(params, child(path, type));
        for (const auto& item : array) {
            const QJsonObject row = item.toObject();
            if (row.value(QStringLiteral("key")).toString() == key)
                return row.value(QStringLiteral("value")).toVariant().toString();
        }
        return {};
    };
    AuthSpec result;
    if (type == QLatin1String("basic") || type == QLatin1String("digest")) {
        result.mode = type == QLatin1String("basic") ? AuthMode::Basic : AuthMode::Digest;
        result.user = parameter(QStringLiteral("username"));
        result.password = parameter(QStringLiteral("password"));
        return result;
    }
    if (type == QLatin1String("bearer")) {
        result.mode = AuthMode::Bearer;
        result.token = parameter(QStringLiteral("token"));
        return result;
    }
    report_.add(
        child(path, QStringLiteral("type")),
        Interchange::tr("auth type \"%1\" is not supported (basic, digest and bearer are); the request has no auth")
            .arg(type));
    return AuthSpec{};
}

void PostmanReader::readBehavior(const QJsonObject& behavior, const QString& path, WinHttpOptionsSpec& options)
{
    for (auto it = behavior.begin(); it != behavior.end(); ++it) {
        const QString key = it.key();
        const QString where = child(path, key);
        const QJsonValue value = it.value();
        if (key == QLatin1String("followRedirects")) {
            options.redirectPolicy = value.toBool(true) ? RedirectPolicy::DisallowHttpsToHttp : RedirectPolicy::Never;
        } else if (key == QLatin1String("maxRedirects")) {
            if (!value.isDouble() || value.toDouble() < 0)
                input_.fail(where, Interchange::tr("\"maxRedirects\" must be a non-negative number"));
            options.maxRedirects = value.toInt();
        } else if (key == QLatin1String("strictSSL")) {
            if (!value.toBool(true))
                options.securityIgnoreFlags |= interchange::kIgnoreAllCertErrors;
        } else if (key == QLatin1String("disableCookies")) {
            if (value.toBool())
                options.disableFeatures |= interchange::kDisableCookies;
        } else if (key == QLatin1String("followOriginalHttpMethod")) {
            if (value.toBool())
                report_.add(where, Interchange::tr(
                                       "WinHTTP keeps the method only on 307/308 redirects and turns POST into GET on "
                                       "301/302/303; there is no option to keep it"));
        } else if (key == QLatin1String("disableBodyPruning")) {
            // Hinterscope always sends a GET's body, which is what this asks for.
        } else {
            report_.add(where, Interchange::tr("Postman setting \"%1\" has no WinHTTP equivalent").arg(key));
        }
    }
}

QString PostmanReader::readDescription(const QJsonValue& description, const QString& path)
{
    if (description.isObject())
        return input_.string(description.toObject(), QStringLiteral("content"), path);
    if (description.isUndefined() || description.isNull())
        return {};
    return input_.string(description, path);
}

void PostmanReader::reportEvents(const QJsonObject& owner, const QString& path)
{
    const QString eventsPath = child(path, QStringLiteral("event"));
    const QJsonArray events = input_.array(owner.value(QStringLiteral("event")), eventsPath);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events[i].toObject();
        const QJsonValue exec = event.value(QStringLiteral("script")).toObject().value(QStringLiteral("exec"));
        QString script = exec.toString();
        for (const auto& line : exec.toArray())
            script += line.toString();
        const bool empty = script.trimmed().isEmpty();
        if (empty)
            continue;
        report_.add(element(eventsPath, i), Interchange::tr("%1 script not imported (Hinterscope runs no scripts)")
                                                .arg(event.value(QStringLiteral("listen")).toString()));
    }
}

} // namespace

ImportResult importPostmanCollection(const QByteArray& text, const QString& source)
{
    return PostmanReader(text, source).read();
}

} // namespace hinterscope
