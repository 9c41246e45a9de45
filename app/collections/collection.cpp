#include "collections/collection.h"

#include "collections/request_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace hinterscope {
namespace {

const QString kCollectionFile = QStringLiteral("collection.json");
const QString kRequestSuffix = QStringLiteral(".request.json");

// The file's JSON object, or nothing with the reason appended to *errors.
std::optional<QJsonObject> readObject(const QString& path, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        errors->append(QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(QObject::tr("%1:1:1: expected a JSON object").arg(path));
        return std::nullopt;
    }
    return document.object();
}

QList<CollectionItem> loadFolder(const QDir& folder, QStringList* errors)
{
    QList<CollectionItem> items;
    const auto entries = folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir()) {
            CollectionItem group;
            group.isFolder = true;
            group.name = entry.fileName();
            group.filePath = entry.filePath();
            group.children = loadFolder(QDir(entry.filePath()), errors);
            items.append(group);
            continue;
        }
        if (!entry.fileName().endsWith(kRequestSuffix))
            continue;
        const auto object = readObject(entry.filePath(), errors);
        if (!object)
            continue;
        QStringList problems;
        CollectionItem item;
        item.filePath = entry.filePath();
        item.request = requestFromJson(*object, &problems);
        item.name = item.request.name.isEmpty() ? entry.fileName().chopped(kRequestSuffix.size()) : item.request.name;
        for (const auto& problem : problems)
            errors->append(QStringLiteral("%1: %2").arg(entry.filePath(), problem));
        items.append(item);
    }
    return items;
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
        collection.errors.append(QObject::tr("%1: no such folder").arg(rootPath));
        return collection;
    }
    if (root.exists(kCollectionFile)) {
        if (const auto object = readObject(root.filePath(kCollectionFile), &collection.errors)) {
            collection.name = object->value(QStringLiteral("name")).toString(collection.name);
            const auto variables = object->value(QStringLiteral("variables")).toObject();
            for (auto it = variables.begin(); it != variables.end(); ++it)
                collection.variables.insert(it.key(), it.value().toString());
        }
    }
    collection.items = loadFolder(root, &collection.errors);
    return collection;
}

} // namespace hinterscope
