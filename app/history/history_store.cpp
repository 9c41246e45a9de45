#include "history/history_store.h"

#include "history/history_database.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace hinterscope {

HistoryStore::HistoryStore(QObject* parent)
    : QObject(parent)
    , thread_(new QThread)
    , workerContext_(new QObject)
    , database_(std::make_shared<HistoryDatabase>())
{
    thread_->setObjectName(QStringLiteral("history"));
    workerContext_->moveToThread(thread_);
    thread_->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    // The connection belongs to the worker thread: it is closed there, after everything queued before it.
    QMetaObject::invokeMethod(
        workerContext_, [database = database_] { database->close(); }, Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
    delete workerContext_;
    delete thread_;
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

template <typename Work>
void HistoryStore::onWorker(Work&& work)
{
    QMetaObject::invokeMethod(workerContext_, std::forward<Work>(work), Qt::QueuedConnection);
}

void HistoryStore::open(const QString& path)
{
    path_ = path;
    onWorker([this, database = database_, path] {
        QString notice;
        const bool ok = database->open(path, &notice);
        const QString message = ok ? notice : database->lastError();
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                open_ = ok;
                emit opened(ok, message);
            },
            Qt::QueuedConnection);
    });
}

void HistoryStore::setLimits(const HistoryLimits& limits)
{
    onWorker([this, database = database_, limits] {
        const int before = database->isOpen() ? database->count() : 0;
        database->setLimits(limits);
        const int removed = database->isOpen() ? before - database->count() : 0;
        if (removed > 0)
            QMetaObject::invokeMethod(this, [this, removed] { emit pruned(removed); }, Qt::QueuedConnection);
    });
}

void HistoryStore::record(const ExchangeRecord& record)
{
    onWorker([this, database = database_, record] {
        int removed = 0;
        const qint64 id = database->isOpen() ? database->record(record, &removed) : 0;
        const auto entry = id != 0 ? database->entry(id) : std::nullopt;
        const QString error = database->isOpen() ? database->lastError() : QString();
        QMetaObject::invokeMethod(
            this,
            [this, entry, removed, error] {
                if (entry)
                    emit recorded(*entry);
                else if (!error.isEmpty())
                    emit failed(error);
                if (removed > 0)
                    emit pruned(removed);
            },
            Qt::QueuedConnection);
    });
}

quint64 HistoryStore::search(const HistoryQuery& query)
{
    const quint64 ticket = nextTicket_++;
    onWorker([this, database = database_, query, ticket] {
        const HistoryPage page = database->isOpen() ? database->search(query) : HistoryPage{};
        QMetaObject::invokeMethod(
            this, [this, ticket, page] { emit searchFinished(ticket, page); }, Qt::QueuedConnection);
    });
    return ticket;
}

quint64 HistoryStore::loadRecord(qint64 id)
{
    const quint64 ticket = nextTicket_++;
    onWorker([this, database = database_, id, ticket] {
        const auto record = database->isOpen() ? database->load(id) : std::nullopt;
        const QString error = database->lastError();
        QMetaObject::invokeMethod(
            this,
            [this, ticket, record, error] {
                if (record)
                    emit recordLoaded(ticket, *record);
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

quint64 HistoryStore::loadRequest(qint64 id)
{
    const quint64 ticket = nextTicket_++;
    onWorker([this, database = database_, id, ticket] {
        const auto request = database->isOpen() ? database->request(id) : std::nullopt;
        const QString error = database->lastError();
        QMetaObject::invokeMethod(
            this,
            [this, ticket, request, error] {
                if (request)
                    emit requestLoaded(ticket, *request);
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void HistoryStore::remove(const QList<qint64>& ids)
{
    onWorker([this, database = database_, ids] {
        const bool ok = database->isOpen() && database->remove(ids);
        const QString error = database->lastError();
        QMetaObject::invokeMethod(
            this,
            [this, ok, ids, error] {
                if (ok)
                    emit removed(ids);
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
}

void HistoryStore::clear()
{
    onWorker([this, database = database_] {
        const bool ok = database->isOpen() && database->clear();
        const QString error = database->lastError();
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                if (ok)
                    emit cleared();
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
}

void HistoryStore::waitForIdle()
{
    QMetaObject::invokeMethod(workerContext_, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace hinterscope
