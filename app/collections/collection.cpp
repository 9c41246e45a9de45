#include "collections/collection.h"

#include "collections/request_file.h"
#include "collections/request_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <optional>

namespace hinterscope {
namespace {

const QString kIdKey = QStringLiteral("id");
const QString kNameKey = QStringLiteral("name");
const QString kVariablesKey = QStringLiteral("variables");
const QString kDefaultsKey = QStringLiteral("defaults");
const QString kHeadersKey = QStringLiteral("headers");
const QString kOptionsKey = QStringLiteral("options");

// Messages in the "hinterscope" translation context, through a class because lupdate only collects tr() calls
// made through a class that declares them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope)
};

QList<CollectionItem> loadFolder(const QDir& folder, bool isRoot, QStringList* errors)
{
    QList<CollectionItem> items;
    const auto entries = folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir()) {
            if (isRoot && entry.fileName() == kEnvironmentFolder)
                continue; // the environments, not a group (docs/environments.md)
            CollectionItem group;
            group.isFolder = true;
            group.name = entry.fileName();
            group.filePath = entry.filePath();
            group.children = loadFolder(QDir(entry.filePath()), false, errors);
            items.append(group);
            continue;
        }
        // QSaveFile's temporary files ("x.request.json.AbCdEf") and editors' backups end differently, so a
        // save killed half-way never shows up as a request.
        if (!entry.fileName().endsWith(kRequestFileSuffix))
            continue;
        QString error;
        auto request = readRequestFile(entry.filePath(), &error, errors);
        if (!request) {
            errors->append(error);
            continue;
        }
        CollectionItem item;
        item.filePath = entry.filePath();
        item.request = std::move(*request);
        item.name =
            item.request.name.isEmpty() ? entry.fileName().chopped(kRequestFileSuffix.size()) : item.request.name;
        items.append(item);
    }
    return items;
}

// Scalars become their text (a hand-written 8080 is meant as "8080"); objects and arrays are reported.
Variables variablesFromJson(const QJsonValue& json, const QString& path, QStringList* errors)
{
    Variables variables;
    if (json.isUndefined())
        return variables;
    if (!json.isObject()) {
        errors->append(Texts::tr("%1: \"variables\" must be an object of names and values").arg(path));
        return variables;
    }
    const auto object = json.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            variables.insert(it.key(), value.toString());
        else if (value.isDouble() || value.isBool())
            variables.insert(it.key(), value.toVariant().toString());
        else if (value.isNull())
            variables.insert(it.key(), QString());
        else
            errors->append(Texts::tr("%1: \"variables.%2\" must be a string").arg(path, it.key()));
    }
    return variables;
}

CollectionDefaults defaultsFromJson(const QJsonValue& json, const QString& path, QStringList* errors)
{
    if (json.isUndefined())
        return {};
    if (!json.isObject()) {
        errors->append(Texts::tr("%1: \"defaults\" must be an object").arg(path));
        return {};
    }
    const auto object = json.toObject();
    // The request format already knows headers and options; read them as a request would be read.
    QStringList problems;
    const RequestSpec parsed = requestFromJson(QJsonObject{{QStringLiteral("url"), QString()},
                                                           {kHeadersKey, object.value(kHeadersKey)},
                                                           {kOptionsKey, object.value(kOptionsKey)}},
                                               &problems);
    for (const QString& problem : std::as_const(problems))
        errors->append(QStringLiteral("%1: defaults: %2").arg(path, problem));
    return {parsed.headers, parsed.options};
}

QJsonObject defaultsToJson(const CollectionDefaults& defaults)
{
    RequestSpec carrier;
    carrier.headers = defaults.headers;
    carrier.options = defaults.options;
    const QJsonObject asRequest = requestToJson(carrier);
    QJsonObject object;
    for (const QString& key : {kHeadersKey, kOptionsKey})
        if (asRequest.contains(key))
            object.insert(key, asRequest.value(key));
    return object;
}

void readCollectionFile(const QString& path, Collection* collection)
{
    QString error;
    const auto object = readJsonObjectFile(path, &error);
    if (!object) {
        collection->errors.append(error);
        return;
    }
    static const QStringList known{kIdKey, kNameKey, kVariablesKey, kDefaultsKey};
    for (auto it = object->begin(); it != object->end(); ++it)
        if (!known.contains(it.key()))
            collection->unknownFields.insert(it.key(), it.value());
    const QJsonValue id = object->value(kIdKey);
    if (id.isString())
        collection->id = id.toString();
    else if (!id.isUndefined())
        collection->errors.append(Texts::tr("%1: \"id\" must be a string").arg(path));
    collection->name = object->value(kNameKey).toString(collection->name);
    collection->variables = variablesFromJson(object->value(kVariablesKey), path, &collection->errors);
    collection->defaults = defaultsFromJson(object->value(kDefaultsKey), path, &collection->errors);
}

bool isReadOnlyPath(const QString& path)
{
    return path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"));
}

} // namespace

std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

Collection loadCollection(const QString& rootPath)
{
    Collection collection;
    collection.rootPath = rootPath;
    const QDir root(rootPath);
    collection.name = root.dirName();
    if (!root.exists()) {
        collection.errors.append(Texts::tr("%1: no such folder").arg(rootPath));
        return collection;
    }
    if (root.exists(kCollectionFileName))
        readCollectionFile(root.filePath(kCollectionFileName), &collection);
    collection.environments = loadEnvironments(rootPath, &collection.errors);
    collection.items = loadFolder(root, true, &collection.errors);
    return collection;
}

QByteArray collectionFileBytes(const Collection& collection)
{
    QJsonObject object = collection.unknownFields;
    if (!collection.id.isEmpty())
        object.insert(kIdKey, collection.id);
    object.insert(kNameKey, collection.name);
    if (!collection.variables.isEmpty()) {
        QJsonObject variables;
        for (auto it = collection.variables.begin(); it != collection.variables.end(); ++it)
            variables.insert(it.key(), it.value());
        object.insert(kVariablesKey, variables);
    }
    if (const QJsonObject defaults = defaultsToJson(collection.defaults); !defaults.isEmpty())
        object.insert(kDefaultsKey, defaults);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool writeCollectionFile(const QString& rootPath, const Collection& collection, QString* error)
{
    if (isReadOnlyPath(rootPath)) {
        *error = Texts::tr("%1: the collection is read-only (save a copy first)").arg(rootPath);
        return false;
    }
    return saveFileAtomically(QDir(rootPath).filePath(kCollectionFileName), collectionFileBytes(collection), error);
}

std::optional<Collection> createCollection(const QString& folder, const QString& name, QString* error)
{
    if (name.trimmed().isEmpty()) {
        *error = Texts::tr("%1: a collection needs a name").arg(folder);
        return std::nullopt;
    }
    QDir dir(folder);
    if (dir.exists(kCollectionFileName)) {
        *error = Texts::tr("%1: already a collection").arg(folder);
        return std::nullopt;
    }
    const bool madeFolder = !dir.exists();
    if (madeFolder && !QDir().mkpath(folder)) {
        *error = Texts::tr("%1: the folder could not be created").arg(folder);
        return std::nullopt;
    }
    Collection collection;
    collection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    collection.name = name.trimmed();
    collection.rootPath = folder;
    if (!writeCollectionFile(folder, collection, error)) {
        if (madeFolder)
            dir.removeRecursively();
        return std::nullopt;
    }
    return collection;
}

std::optional<QString> ensureCollectionId(const QString& rootPath, QString* error)
{
    const QDir root(rootPath);
    Collection collection;
    collection.name = root.dirName();
    const QString path = root.filePath(kCollectionFileName);
    if (root.exists(kCollectionFileName)) {
        readCollectionFile(path, &collection);
        if (!collection.errors.isEmpty()) {
            // Writing back what could not be read would lose it.
            *error = collection.errors.join(QLatin1Char('\n'));
            return std::nullopt;
        }
    }
    if (!collection.id.isEmpty())
        return collection.id;
    collection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!writeCollectionFile(rootPath, collection, error))
        return std::nullopt;
    return collection.id;
}

RequestSpec applyCollectionDefaults(RequestSpec spec, const CollectionDefaults& defaults)
{
    QList<KeyValueRow> headers;
    for (const KeyValueRow& row : defaults.headers) {
        if (!row.enabled)
            continue;
        const bool requestHasIt = std::any_of(spec.headers.begin(), spec.headers.end(), [&](const KeyValueRow& own) {
            return own.name.trimmed().compare(row.name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!requestHasIt)
            headers.append(row);
    }
    spec.headers = headers + spec.headers;

    const WinHttpOptionsSpec builtIn;
    WinHttpOptionsSpec& own = spec.options;
    const WinHttpOptionsSpec& inherited = defaults.options;
    const auto fill = [&](auto member) {
        if (own.*member == builtIn.*member)
            own.*member = inherited.*member;
    };
    fill(&WinHttpOptionsSpec::async);
    fill(&WinHttpOptionsSpec::redirectPolicy);
    fill(&WinHttpOptionsSpec::maxRedirects);
    fill(&WinHttpOptionsSpec::disableFeatures);
    fill(&WinHttpOptionsSpec::resolveTimeoutMs);
    fill(&WinHttpOptionsSpec::connectTimeoutMs);
    fill(&WinHttpOptionsSpec::sendTimeoutMs);
    fill(&WinHttpOptionsSpec::receiveTimeoutMs);
    fill(&WinHttpOptionsSpec::securityIgnoreFlags);
    fill(&WinHttpOptionsSpec::decompression);
    fill(&WinHttpOptionsSpec::secureProtocols);
    fill(&WinHttpOptionsSpec::proxyMode);
    fill(&WinHttpOptionsSpec::proxy);
    fill(&WinHttpOptionsSpec::proxyBypass);
    fill(&WinHttpOptionsSpec::caFile);
    fill(&WinHttpOptionsSpec::userAgent);
    return spec;
}

} // namespace hinterscope
