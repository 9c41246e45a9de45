#pragma once

#include "request/request_spec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hinterscope::url_query {

// A URL cut at its query: prefix + ("?" + query if hasQuery) + fragment. The query starts at the first "?"
// before the first "#"; the fragment keeps its "#".
struct UrlParts {
    QString prefix;
    bool hasQuery = false;
    QString query;
    QString fragment;
};

UrlParts split(const QString& url);

// The query's pairs as the params table shows them: percent-decoded (UTF-8; a pair whose bytes are not
// UTF-8 is shown as written), "+" left as it is (curl and WinHTTP do not read it as a space), empty pairs
// ("a&&b") skipped. Every row comes back enabled.
QList<KeyValueRow> parse(const QString& query);
// The query's "name=value" pieces as written, empty pieces skipped.
QStringList pieces(const QString& query);
// One piece as parse() reads it.
KeyValueRow decodePiece(const QString& piece);
// A row as a query piece: encodeName(name) + "=" + encodeValue(value).
QString piece(const KeyValueRow& row);

// Percent-encodes what would change the meaning of a query piece or cannot go on a request line: controls,
// space, `" # % & + < > \ ^ ` |`, non-ASCII (as UTF-8), and "=" in names. Braces stay, so `{{variables}}`
// survive for the runner to resolve.
QString encodeName(const QString& name);
QString encodeValue(const QString& value);

// `url` with its query rebuilt from the enabled rows (disabled rows drop out; order kept). Pieces the rows
// did not change keep the exact spelling they have in `url` ("%41" stays "%41", "a=" keeps its "="), so
// editing one row never re-encodes the others. No enabled row removes the "?".
QString withParams(const QString& url, const QList<KeyValueRow>& rows);

// The params table after the user edited the URL: enabled rows take the URL's pairs in order, disabled rows
// keep their place, surplus enabled rows go, extra pairs are appended.
QList<KeyValueRow> mergeIntoTable(const QList<KeyValueRow>& table, const QString& url);

} // namespace hinterscope::url_query
