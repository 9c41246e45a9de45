#pragma once

// A collection read from disk (or from the application's resources, e.g. ":/tour"): collection.json with the
// id, name, variables and defaults, one *.request.json per request, a folder per group, and the named
// environments under environments/ (docs/collections.md, docs/environments.md). A broken file is reported
// with its path and line:column, and the rest of the collection still loads.
#include "collections/environment.h"
#include "collections/variables.h"
#include "request/request_spec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace hinterscope {

inline const QString kCollectionFileName = QStringLiteral("collection.json");

struct CollectionItem {
    QString name;     // the request's name, or the folder's
    QString filePath; // the request file, or the folder
    bool isFolder = false;
    RequestSpec request;
    QList<CollectionItem> children; // folders only, in file-name order
};

// What every request of a collection gets unless it sets its own (applyCollectionDefaults).
struct CollectionDefaults {
    QList<KeyValueRow> headers; // disabled rows are kept in the file but never applied
    // An option counts as set here when it differs from WinHttpOptionsSpec's own default.
    WinHttpOptionsSpec options;

    bool isEmpty() const { return headers.isEmpty() && options == WinHttpOptionsSpec{}; }
    friend bool operator==(const CollectionDefaults&, const CollectionDefaults&) = default;
};

struct Collection {
    QString id; // a UUID written when the collection is created; keys its secrets. Empty in old files
    QString name;
    QString rootPath;
    Variables variables;
    CollectionDefaults defaults;
    QJsonObject unknownFields;       // keys of collection.json this version does not know, written back on save
    QList<Environment> environments; // environments/<name>.env.json, sorted by name
    QList<CollectionItem> items;
    QStringList errors; // "path:line:column: message", one per problem
};

Collection loadCollection(const QString& rootPath);

// The bytes collection.json holds for `collection`: sorted keys, four-space indentation, a final newline;
// empty variables and defaults are left out, unknown keys are kept.
QByteArray collectionFileBytes(const Collection& collection);
// Writes rootPath/collection.json atomically from the id, name, variables, defaults and unknown keys of
// `collection` (its items and environments are files of their own).
bool writeCollectionFile(const QString& rootPath, const Collection& collection, QString* error);
// Makes `folder` (created when missing; it must not hold a collection.json yet) a new, empty collection
// called `name` with a fresh id. Nothing is left behind when it fails.
std::optional<Collection> createCollection(const QString& folder, const QString& name, QString* error);
// The collection's id; one is made and written to collection.json first when the file has none (or there is
// no file). Fails for read-only collections such as ":/tour".
std::optional<QString> ensureCollectionId(const QString& rootPath, QString* error);

// `spec` with the collection's defaults filled in, as it is sent: each enabled default header whose name the
// request does not have (in any row, enabled or not, compared case-insensitively) comes first, and each
// option the request leaves at WinHTTP's default takes the collection's value.
RequestSpec applyCollectionDefaults(RequestSpec spec, const CollectionDefaults& defaults);

// The 1-based line and column of `offset` in `text` (what QJsonParseError gives is an offset).
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset);

} // namespace hinterscope
