#include "collections/collection.h"

#include "collections/request_file.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace hinterscope {
namespace {

const QString kCollectionFile = QStringLiteral("collection.json");

// The file's JSON object, or nothing with the reason appended to *errors.
std::optional<QJsonObject> readObject(const QString& path, QStringList* errors)
{
    QString error;
    auto object = readJsonObjectFile(path, &error);
    if (!object)
        errors->append(error);
    return object;
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
