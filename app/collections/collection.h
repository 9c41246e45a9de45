#pragma once

// A collection read from disk (or from the application's resources, e.g. ":/tour"): collection.json with the
// name and variables, one *.request.json per request, a folder per group. A broken file is reported with
// its path and line:column, and the rest of the collection still loads.
#include "collections/variables.h"
#include "request/request_spec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace hinterscope {

struct CollectionItem {
    QString name;     // the request's name, or the folder's
    QString filePath; // the request file, or the folder
    bool isFolder = false;
    RequestSpec request;
    QList<CollectionItem> children; // folders only, in file-name order
};

struct Collection {
    QString name;
    QString rootPath;
    Variables variables;
    QList<CollectionItem> items;
    QStringList errors; // "path:line:column: message", one per problem
};

Collection loadCollection(const QString& rootPath);

// The 1-based line and column of `offset` in `text` (what QJsonParseError gives is an offset).
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset);

} // namespace hinterscope
