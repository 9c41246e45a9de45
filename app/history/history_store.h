#pragma once

// The history for the GUI: a HistoryDatabase on a worker thread of its own, so no write or search ever
// blocks the GUI thread. Calls return at once; results come back as signals on the store's thread, in the
// order the calls were made.
#include "history/history_types.h"
#include "request/exchange_record.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace hinterscope {

class HistoryDatabase;

class HistoryStore : public QObject {
    Q_OBJECT

public:
    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override; // finishes what was asked, then stops the worker

    // <AppDataLocation>/history.sqlite.
    static QString defaultPath();

    // Opens the database (a damaged one is moved aside first); opened() tells how it went.
    void open(const QString& path = defaultPath());
    void setLimits(const HistoryLimits& limits);
    void record(const ExchangeRecord& record);
    // Each returns a ticket that the matching signal carries.
    quint64 search(const HistoryQuery& query);
    quint64 loadRecord(qint64 id);
    quint64 loadRequest(qint64 id);
    void remove(const QList<qint64>& ids);
    void clear();

    bool isOpen() const { return open_; }
    QString path() const { return path_; }
    // Blocks until everything asked so far is done (shutdown, tests).
    void waitForIdle();

signals:
    // `message`: on success, a notice when a damaged database was moved aside (else empty); on failure, why.
    void opened(bool ok, const QString& message);
    void recorded(const hinterscope::HistoryEntry& entry);
    void pruned(int count); // the cap removed this many of the oldest exchanges
    void removed(const QList<qint64>& ids);
    void cleared();
    void searchFinished(quint64 ticket, const hinterscope::HistoryPage& page);
    void recordLoaded(quint64 ticket, const hinterscope::ExchangeRecord& record);
    void requestLoaded(quint64 ticket, const hinterscope::RequestSpec& request);
    void failed(const QString& message);

private:
    template <typename Work>
    void onWorker(Work&& work);

    QThread* thread_ = nullptr;
    QObject* workerContext_ = nullptr; // lives on thread_
    std::shared_ptr<HistoryDatabase> database_;
    quint64 nextTicket_ = 1;
    bool open_ = false;
    QString path_;
};

} // namespace hinterscope
