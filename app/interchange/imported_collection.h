#pragma once

// What an importer produces (docs/import-export.md): a tree of folders and requests with the collection's
// name and variables, close to collections/collection.h's Collection but not yet on disk; a report of what
// could not be mapped; or an error with its location and nothing else.
#include "collections/variables.h"
#include "request/request_spec.h"

#include <QList>
#include <QString>

#include <optional>

namespace hinterscope {

struct ImportedItem {
    QString name;
    bool isFolder = false;
    RequestSpec request;          // requests only
    QList<ImportedItem> children; // folders only, in source order

    friend bool operator==(const ImportedItem&, const ImportedItem&) = default;
};

struct ImportedCollection {
    QString name;
    Variables variables;
    QList<ImportedItem> items;

    int requestCount() const;
    // Every request in depth-first source order.
    QList<RequestSpec> allRequests() const;

    friend bool operator==(const ImportedCollection&, const ImportedCollection&) = default;
};

// One thing an importer or exporter could not carry over: where it came from ("item[3].request.auth.type",
// "line 12", "--trace") and what happened to it.
struct ReportEntry {
    QString where;
    QString message;

    QString toString() const;
    friend bool operator==(const ReportEntry&, const ReportEntry&) = default;
};

struct MappingReport {
    QList<ReportEntry> entries;

    void add(const QString& where, const QString& message) { entries.append({where, message}); }
    bool isEmpty() const { return entries.isEmpty(); }
    // True when some entry's `where` or `message` contains `text` (tests and previews).
    bool mentions(const QString& text) const;
    QStringList lines() const;

    friend bool operator==(const MappingReport&, const MappingReport&) = default;
};
using ImportReport = MappingReport;
using ExportReport = MappingReport;

// Where an input stopped making sense. line/column are 1-based, 0 when the input has none (an empty text).
struct ImportError {
    QString message;
    int line = 0;
    int column = 0;
    QString source; // the file name, when there is one

    // "source:line:column: message", leaving out what is unknown.
    QString toString() const;
};

struct ImportResult {
    std::optional<ImportedCollection> collection; // nothing when error is set: never a half result
    ImportReport report;
    ImportError error;

    bool ok() const { return collection.has_value(); }
};

// The single request a curl command line describes.
struct CurlImport {
    std::optional<RequestSpec> request;
    ImportReport report;
    ImportError error;

    bool ok() const { return request.has_value(); }
};

} // namespace hinterscope
