#pragma once

// The values the history speaks in: a stored exchange's summary row, a query with its filters and page, the
// size cap. Shared by the store, its worker thread and the GUI model.
#include <QDateTime>
#include <QList>
#include <QString>

namespace hinterscope {

struct HistoryEntry {
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QString method;
    QString url;      // as sent (secrets redacted)
    QString finalUrl; // WINHTTP_OPTION_URL after every redirect; empty without a response
    int status = 0;   // 0: no response
    QString outcome;  // "ok", "error", "cancelled", "problem" (see HistoryDatabase::outcomeOf)
    QString error;    // what went wrong, for people; empty when outcome is "ok"
    double elapsedMs = 0;
    qint64 bodySize = 0;
    int hopCount = 0;

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

// Status classes a query can ask for.
enum class StatusClass {
    Any = -1,
    NoResponse = 0,
    Informational = 1,
    Success = 2,
    Redirect = 3,
    ClientError = 4,
    ServerError = 5
};

struct HistoryQuery {
    QString text;   // case-insensitive substring of the URL, method or any request/response header line
    QString method; // exact (case-insensitive); empty: any
    StatusClass statusClass = StatusClass::Any;
    QDateTime from; // inclusive; invalid: no bound
    QDateTime to;   // exclusive; invalid: no bound
    int offset = 0;
    int limit = 200; // newest first

    friend bool operator==(const HistoryQuery&, const HistoryQuery&) = default;
};

struct HistoryPage {
    QList<HistoryEntry> entries;
    int total = 0; // rows matching the query, all pages together
    int offset = 0;
};

// The cap: after each write, the oldest exchanges go until both limits hold. 0 means no limit.
struct HistoryLimits {
    qint64 maxBytes = 256LL * 1024 * 1024;
    int maxEntries = 10000;

    friend bool operator==(const HistoryLimits&, const HistoryLimits&) = default;
};

} // namespace hinterscope
