#pragma once

// The history's SQLite database (docs/history.md), used from one thread: the thread that opened it owns its
// QSqlDatabase connection. HistoryStore runs one on a worker thread for the GUI; the CLI or a test may use
// one directly. WAL journal with synchronous=NORMAL: a crash loses at most the last write, never the file.
#include "history/history_types.h"
#include "request/exchange_record.h"

#include <QString>

#include <optional>

namespace hinterscope {

class HistoryDatabase {
public:
    static constexpr int schemaVersion = 1; // PRAGMA user_version

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    // Opens (or creates) the database at `path`. A damaged file (quick_check fails, or not a database at
    // all) is moved aside to "<path>.corrupt-<timestamp>" and a new one is created; *notice then says so
    // (the open still succeeds). False, with lastError(), when nothing usable could be opened.
    bool open(const QString& path, QString* notice = nullptr);
    bool isOpen() const;
    // Closes the connection (on the thread that opened it); the destructor does the same.
    void close();
    QString path() const;
    QString lastError() const;

    void setLimits(const HistoryLimits& limits); // prunes at once when open
    HistoryLimits limits() const;

    // Stores one exchange and prunes to the limits (*pruned: how many older ones went); 0 on failure.
    qint64 record(const ExchangeRecord& record, int* pruned = nullptr);
    HistoryPage search(const HistoryQuery& query);
    std::optional<HistoryEntry> entry(qint64 id);
    std::optional<ExchangeRecord> load(qint64 id);
    // The request as it was sent (secrets as placeholders), to open as a new request.
    std::optional<RequestSpec> request(qint64 id);
    bool remove(const QList<qint64>& ids);
    bool clear();
    // Bytes the stored exchanges take (the cap's measure) and how many there are.
    qint64 storedBytes();
    int count();
    // Oldest first, until both limits hold. Called after every record().
    bool prune(int* removed = nullptr);

    // "ok", "error", "cancelled" or "problem".
    static QString outcomeOf(const RunResult& result);

private:
    bool openConnection(const QString& path);
    void closeConnection();
    bool healthy(QString* why);
    bool moveAside(const QString& path, QString* movedTo);
    bool createSchema();

    QString connectionName_;
    QString path_;
    QString lastError_;
    HistoryLimits limits_;
};

} // namespace hinterscope
