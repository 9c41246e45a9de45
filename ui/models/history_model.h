#pragma once

// The History pane's table: one row per stored exchange, newest first, read from the HistoryStore a page at a
// time (fetchMore), so a history of any size opens at once. New exchanges appear at the top as they are
// recorded; deletions and pruning take their rows away. Columns and roles: history_roles.h.
#include "history/history_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace hinterscope {

class HistoryStore;

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit HistoryModel(HistoryStore& store, QObject* parent = nullptr);

    // The filters (offset and limit are the model's business); the rows are fetched again.
    void setQuery(const HistoryQuery& query);
    HistoryQuery query() const { return query_; }
    void setPageSize(int rows);
    // Drops the rows and fetches the first page again.
    void refresh();

    // Rows matching the query in the database, fetched or not.
    int totalCount() const { return total_; }
    bool isLoading() const { return pendingTicket_ != 0; }
    HistoryEntry entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    // "1.5 KiB", "12 ms" / "1.25 s": the table's own formats.
    static QString sizeText(qint64 bytes);
    static QString durationText(double ms);

signals:
    void totalCountChanged(int total);
    void loadingChanged(bool loading);

private:
    void requestPage(int offset);
    void onSearchFinished(quint64 ticket, const HistoryPage& page);
    void onRecorded(const HistoryEntry& entry);
    void onRemoved(const QList<qint64>& ids);
    void onCleared();
    void onPruned(int count);
    bool matchesWithoutText(const HistoryEntry& entry) const;
    void setTotal(int total);

    HistoryStore& store_;
    HistoryQuery query_;
    QList<HistoryEntry> rows_;
    int total_ = 0;
    int pageSize_ = 200;
    quint64 pendingTicket_ = 0;
    bool everLoaded_ = false;
};

} // namespace hinterscope
