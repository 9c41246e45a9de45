#include "history/history_database.h"

#include "collections/request_json.h"
#include "history/exchange_record_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

#include "request/winhttp_names.h" // last: <windows.h> defines macros Qt's headers must not see

namespace hinterscope {
namespace {

// Messages in the "hinterscope::HistoryDatabase" translation context, through a class because lupdate only collects
// tr() calls made through a class that declares them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope::HistoryDatabase)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hinterscope-history-%1").arg(counter.fetch_add(1));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// What the text filter looks in: method, URLs, every header line of every hop; lower case, so the search
// is case-insensitive beyond ASCII too.
QString searchText(const ExchangeRecord& record)
{
    QStringList lines{record.request.method, record.request.url, record.result.finalUrl};
    for (const auto& hop : record.hops) {
        lines << hop.method << hop.url;
        for (const auto& row : hop.requestHeaders + hop.responseHeaders)
            lines << row.name + QLatin1String(": ") + row.value;
    }
    if (record.hops.isEmpty())
        for (const auto& row : record.request.headers)
            if (row.enabled)
                lines << row.name + QLatin1String(": ") + row.value;
    return lines.join(QLatin1Char('\n')).toLower();
}

QString errorText(const RunResult& result)
{
    if (!result.problem.isEmpty())
        return result.problem;
    if (result.cancelled)
        return Texts::tr("Cancelled");
    if (result.error != 0)
        return Texts::tr("%1 failed: %2 (%3)")
            .arg(result.failedCall, QString::fromStdString(error_name(result.error)))
            .arg(result.error);
    if (!result.bodyComplete && result.responseReceived)
        return Texts::tr("The body was not read to its end");
    return {};
}

const char* const entryColumns =
    "id, started_at, method, url, final_url, status, outcome, error_text, elapsed_ms, body_size, hop_count";

HistoryEntry entryFrom(const QSqlQuery& query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::UTC);
    entry.method = query.value(2).toString();
    entry.url = query.value(3).toString();
    entry.finalUrl = query.value(4).toString();
    entry.status = query.value(5).toInt();
    entry.outcome = query.value(6).toString();
    entry.error = query.value(7).toString();
    entry.elapsedMs = query.value(8).toDouble();
    entry.bodySize = query.value(9).toLongLong();
    entry.hopCount = query.value(10).toInt();
    return entry;
}

} // namespace

HistoryDatabase::HistoryDatabase()
    : connectionName_(nextConnectionName())
{}

HistoryDatabase::~HistoryDatabase()
{
    closeConnection();
}

QString HistoryDatabase::outcomeOf(const RunResult& result)
{
    if (result.succeeded())
        return QStringLiteral("ok");
    if (result.cancelled)
        return QStringLiteral("cancelled");
    if (!result.problem.isEmpty())
        return QStringLiteral("problem");
    return QStringLiteral("error");
}

void HistoryDatabase::close()
{
    closeConnection();
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(connectionName_) && QSqlDatabase::database(connectionName_, false).isOpen();
}

QString HistoryDatabase::path() const
{
    return path_;
}

QString HistoryDatabase::lastError() const
{
    return lastError_;
}

HistoryLimits HistoryDatabase::limits() const
{
    return limits_;
}

void HistoryDatabase::setLimits(const HistoryLimits& limits)
{
    limits_ = limits;
    if (isOpen())
        prune();
}

bool HistoryDatabase::openConnection(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        lastError_ = Texts::tr("Cannot open the history database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    return true;
}

void HistoryDatabase::closeConnection()
{
    if (!QSqlDatabase::contains(connectionName_))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

bool HistoryDatabase::healthy(QString* why)
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *why = query.lastError().text();
        return false;
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    *why = problems.isEmpty() ? Texts::tr("quick_check gave no answer") : problems.first();
    return false;
}

bool HistoryDatabase::moveAside(const QString& path, QString* movedTo)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        lastError_ =
            Texts::tr("The history database %1 is damaged and could not be moved aside to %2").arg(path, target);
        return false;
    }
    // Its journal belongs to it: a new database must not pick up the old one's WAL.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            QFile::remove(side);
    }
    *movedTo = target;
    return true;
}

bool HistoryDatabase::open(const QString& path, QString* notice)
{
    closeConnection();
    lastError_.clear();
    path_ = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        lastError_ = Texts::tr("Cannot create the folder %1 for the history").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists() && info.size() > 0;
    if (!openConnection(path))
        return false;
    QString why;
    if (existed && !healthy(&why)) {
        closeConnection();
        QString movedTo;
        if (!moveAside(path, &movedTo))
            return false;
        if (notice != nullptr)
            *notice =
                Texts::tr("The history database %1 was damaged (%2). It was moved to %3 and a new, empty history was "
                          "started.")
                    .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(movedTo));
        if (!openConnection(path))
            return false;
    }
    if (!createSchema()) {
        closeConnection();
        return false;
    }
    prune();
    return true;
}

bool HistoryDatabase::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        lastError_ = Texts::tr("Cannot read the history database %1: %2").arg(path_, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        lastError_ =
            Texts::tr("The history database %1 was written by a newer Hinterscope (schema %2; this one knows %3). "
                      "It was left as it is.")
                .arg(path_)
                .arg(version)
                .arg(schemaVersion);
        return false;
    }
    const QStringList statements{
        // Before any table exists, so pruning can give pages back to the file system.
        QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS exchanges ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " started_at INTEGER NOT NULL,"
                       " method TEXT NOT NULL,"
                       " url TEXT NOT NULL,"
                       " final_url TEXT NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " error_text TEXT NOT NULL,"
                       " elapsed_ms REAL NOT NULL,"
                       " body_size INTEGER NOT NULL,"
                       " hop_count INTEGER NOT NULL,"
                       " search_text TEXT NOT NULL,"
                       " request_json TEXT NOT NULL,"
                       " record_json TEXT NOT NULL,"
                       " body_prefix BLOB,"
                       " stored_bytes INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS exchanges_by_time ON exchanges (started_at, id)"),
        QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion),
    };
    for (const auto& statement : statements) {
        if (!query.exec(statement)) {
            lastError_ = Texts::tr("Cannot prepare the history database %1: %2").arg(path_, query.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 HistoryDatabase::record(const ExchangeRecord& record, int* pruned)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
    if (!db.isOpen()) {
        lastError_ = Texts::tr("The history database is not open");
        return 0;
    }
    const QByteArray requestJson = QJsonDocument(requestToJson(record.request)).toJson(QJsonDocument::Compact);
    const QByteArray recordJson = QJsonDocument(exchangeRecordToJson(record)).toJson(QJsonDocument::Compact);
    const QString search = searchText(record);
    const QString url = record.request.url;
    const qint64 storedBytes = requestJson.size() + recordJson.size() + record.bodyPrefix.size() + search.size() * 2 +
                               url.size() * 2 + record.result.finalUrl.size() * 2 + 128;
    const QDateTime started = record.startedAt.isValid() ? record.startedAt : QDateTime::currentDateTimeUtc();

    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO exchanges (started_at, method, url, final_url, status, outcome, error_text, elapsed_ms,"
        " body_size, hop_count, search_text, request_json, record_json, body_prefix, stored_bytes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const ExchangeHop* last = record.finalHop();
    const int status = record.result.responseReceived ? record.result.status : (last != nullptr ? last->status : 0);
    for (const QVariant& value : {
             QVariant(started.toMSecsSinceEpoch()),
             QVariant(record.request.method.isEmpty() ? QStringLiteral("GET") : record.request.method.toUpper()),
             text(url),
             text(record.result.finalUrl),
             QVariant(status),
             QVariant(outcomeOf(record.result)),
             text(errorText(record.result)),
             QVariant(record.result.elapsedMs),
             QVariant(record.bodySize),
             QVariant(static_cast<int>(record.hops.size())),
             text(search),
             QVariant(QString::fromUtf8(requestJson)),
             QVariant(QString::fromUtf8(recordJson)),
             QVariant(record.bodyPrefix),
             QVariant(storedBytes),
         })
        query.addBindValue(value);
    if (!query.exec()) {
        lastError_ = Texts::tr("Cannot store the exchange in the history: %1").arg(query.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    prune(pruned);
    if (!db.commit()) {
        lastError_ = Texts::tr("Cannot store the exchange in the history: %1").arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return id;
}

bool HistoryDatabase::prune(int* removedCount)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
    QSqlQuery query(db);
    int removed = 0;
    if (removedCount != nullptr)
        *removedCount = 0;
    if (limits_.maxEntries > 0) {
        query.prepare(QStringLiteral("DELETE FROM exchanges WHERE id IN (SELECT id FROM exchanges"
                                     " ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET ?)"));
        query.addBindValue(limits_.maxEntries);
        if (!query.exec()) {
            lastError_ = Texts::tr("Cannot prune the history: %1").arg(query.lastError().text());
            return false;
        }
        removed += std::max(0, query.numRowsAffected());
    }
    if (limits_.maxBytes > 0) {
        // Newest first, the running total of bytes; whatever lies beyond the cap goes. The newest exchange
        // always stays, however large it is.
        query.prepare(QStringLiteral(
            "DELETE FROM exchanges WHERE id IN (SELECT id FROM (SELECT id, stored_bytes, SUM(stored_bytes) OVER"
            " (ORDER BY started_at DESC, id DESC ROWS UNBOUNDED PRECEDING) AS running FROM exchanges)"
            " WHERE running > ? AND running > stored_bytes)"));
        query.addBindValue(limits_.maxBytes);
        if (!query.exec()) {
            lastError_ = Texts::tr("Cannot prune the history: %1").arg(query.lastError().text());
            return false;
        }
        removed += std::max(0, query.numRowsAffected());
    }
    if (removed > 0)
        query.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    if (removedCount != nullptr)
        *removedCount = removed;
    return true;
}

HistoryPage HistoryDatabase::search(const HistoryQuery& request)
{
    HistoryPage page;
    page.offset = request.offset;
    QStringList conditions;
    QVariantList values;
    if (!request.text.isEmpty()) {
        conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        values << likePattern(request.text);
    }
    if (!request.method.isEmpty()) {
        conditions << QStringLiteral("method = ?");
        values << request.method.toUpper();
    }
    if (request.statusClass == StatusClass::NoResponse) {
        conditions << QStringLiteral("status = 0");
    } else if (request.statusClass != StatusClass::Any) {
        conditions << QStringLiteral("status >= ? AND status < ?");
        const int base = static_cast<int>(request.statusClass) * 100;
        values << base << base + 100;
    }
    if (request.from.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << request.from.toMSecsSinceEpoch();
    }
    if (request.to.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << request.to.toMSecsSinceEpoch();
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM exchanges") + where);
    for (const auto& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        lastError_ = Texts::tr("Cannot search the history: %1").arg(query.lastError().text());
        return page;
    }
    page.total = query.value(0).toInt();
    query.prepare(QStringLiteral("SELECT %1 FROM exchanges").arg(QLatin1String(entryColumns)) + where +
                  QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const auto& value : values)
        query.addBindValue(value);
    query.addBindValue(request.limit > 0 ? request.limit : -1);
    query.addBindValue(std::max(0, request.offset));
    if (!query.exec()) {
        lastError_ = Texts::tr("Cannot search the history: %1").arg(query.lastError().text());
        return page;
    }
    while (query.next())
        page.entries.append(entryFrom(query));
    return page;
}

std::optional<HistoryEntry> HistoryDatabase::entry(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    query.prepare(QStringLiteral("SELECT %1 FROM exchanges WHERE id = ?").arg(QLatin1String(entryColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

std::optional<ExchangeRecord> HistoryDatabase::load(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    query.prepare(QStringLiteral("SELECT record_json, body_prefix FROM exchanges WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        lastError_ = Texts::tr("History entry %1 is gone").arg(id);
        return std::nullopt;
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!document.isObject()) {
        lastError_ = Texts::tr("History entry %1 cannot be read: %2").arg(id).arg(error.errorString());
        return std::nullopt;
    }
    ExchangeRecord record = exchangeRecordFromJson(document.object());
    record.bodyPrefix = query.value(1).toByteArray();
    return record;
}

std::optional<RequestSpec> HistoryDatabase::request(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    query.prepare(QStringLiteral("SELECT request_json FROM exchanges WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        lastError_ = Texts::tr("History entry %1 is gone").arg(id);
        return std::nullopt;
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    if (!document.isObject()) {
        lastError_ = Texts::tr("History entry %1 cannot be read: %2").arg(id).arg(error.errorString());
        return std::nullopt;
    }
    return requestFromJson(document.object());
}

bool HistoryDatabase::remove(const QList<qint64>& ids)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM exchanges WHERE id = ?"));
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec()) {
            lastError_ = Texts::tr("Cannot delete from the history: %1").arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        lastError_ = Texts::tr("Cannot delete from the history: %1").arg(db.lastError().text());
        return false;
    }
    query.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    return true;
}

bool HistoryDatabase::clear()
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("DELETE FROM exchanges"))) {
        lastError_ = Texts::tr("Cannot clear the history: %1").arg(query.lastError().text());
        return false;
    }
    query.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    return true;
}

qint64 HistoryDatabase::storedBytes()
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(stored_bytes), 0) FROM exchanges")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int HistoryDatabase::count()
{
    QSqlQuery query(QSqlDatabase::database(connectionName_, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM exchanges")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace hinterscope
