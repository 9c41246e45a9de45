#include "models/history_model.h"

#include "history/history_store.h"
#include "models/history_roles.h"

#include <QLocale>
#include <QThread>

#include <algorithm>
#include <climits>

namespace hinterscope {

HistoryModel::HistoryModel(HistoryStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , store_(store)
{
    connect(&store_, &HistoryStore::searchFinished, this, &HistoryModel::onSearchFinished);
    connect(&store_, &HistoryStore::recorded, this, &HistoryModel::onRecorded);
    connect(&store_, &HistoryStore::removed, this, &HistoryModel::onRemoved);
    connect(&store_, &HistoryStore::cleared, this, &HistoryModel::onCleared);
    connect(&store_, &HistoryStore::pruned, this, &HistoryModel::onPruned);
    connect(&store_, &HistoryStore::opened, this, [this](bool ok) {
        if (ok)
            refresh();
    });
    if (store_.isOpen())
        refresh();
}

void HistoryModel::setQuery(const HistoryQuery& query)
{
    Q_ASSERT(QThread::currentThread() == thread());
    query_ = query;
    query_.offset = 0;
    query_.limit = pageSize_;
    refresh();
}

void HistoryModel::setPageSize(int rows)
{
    pageSize_ = std::max(1, rows);
    query_.limit = pageSize_;
}

void HistoryModel::refresh()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    rows_.clear();
    endResetModel();
    everLoaded_ = false; // what is recorded until the first page arrives is in that page
    requestPage(0);
}

void HistoryModel::requestPage(int offset)
{
    HistoryQuery page = query_;
    page.offset = offset;
    page.limit = pageSize_;
    const bool wasLoading = isLoading();
    pendingTicket_ = store_.search(page); // a newer request supersedes an older one: its answer is ignored
    if (!wasLoading)
        emit loadingChanged(true);
}

void HistoryModel::onSearchFinished(quint64 ticket, const HistoryPage& page)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (ticket != pendingTicket_)
        return;
    everLoaded_ = true;
    // Rows recorded meanwhile sit at the top already and push the page's rows down: those already shown are
    // skipped, so a page only ever extends the bottom.
    QList<HistoryEntry> fresh;
    if (page.offset <= rows_.size()) {
        for (const auto& entry : page.entries) {
            const bool known =
                std::any_of(rows_.cbegin(), rows_.cend(), [&](const HistoryEntry& row) { return row.id == entry.id; });
            if (!known)
                fresh.append(entry);
        }
    }
    // Still "loading" while the rows go in: a view calling fetchMore() from the insert signals must not ask
    // for the rows being inserted.
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rows_.size(), rows_.size() + fresh.size() - 1);
        rows_.append(fresh);
        endInsertRows();
    }
    pendingTicket_ = 0;
    setTotal(std::max(page.total, static_cast<int>(rows_.size())));
    emit loadingChanged(false);
    // A page made only of rows shown already brought nothing new: the next one will.
    if (fresh.isEmpty() && !page.entries.isEmpty() && rows_.size() < total_)
        requestPage(static_cast<int>(rows_.size()));
}

bool HistoryModel::matchesWithoutText(const HistoryEntry& entry) const
{
    if (!query_.method.isEmpty() && entry.method.compare(query_.method, Qt::CaseInsensitive) != 0)
        return false;
    if (query_.statusClass == StatusClass::NoResponse && entry.status != 0)
        return false;
    if (query_.statusClass != StatusClass::Any && query_.statusClass != StatusClass::NoResponse &&
        entry.status / 100 != static_cast<int>(query_.statusClass))
        return false;
    if (query_.from.isValid() && entry.startedAt < query_.from)
        return false;
    if (query_.to.isValid() && entry.startedAt >= query_.to)
        return false;
    return true;
}

void HistoryModel::onRecorded(const HistoryEntry& entry)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!everLoaded_)
        return; // the first page, still to come, will have it
    if (!query_.text.isEmpty()) {
        refresh(); // whether it matches depends on headers the entry does not carry
        return;
    }
    if (!matchesWithoutText(entry))
        return;
    // Newest first: its place is at the top unless an older start time puts it lower.
    int row = 0;
    while (row < rows_.size() && rows_.at(row).startedAt > entry.startedAt)
        ++row;
    if (row == rows_.size() && rows_.size() < total_)
        return setTotal(total_ + 1); // belongs to a page not fetched yet
    beginInsertRows({}, row, row);
    rows_.insert(row, entry);
    endInsertRows();
    setTotal(total_ + 1);
}

void HistoryModel::onRemoved(const QList<qint64>& ids)
{
    Q_ASSERT(QThread::currentThread() == thread());
    int removed = 0;
    for (int row = rows_.size() - 1; row >= 0; --row) {
        if (!ids.contains(rows_.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        rows_.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    // Ids of rows not fetched yet may have matched too: the next page's total will say.
    setTotal(std::max(static_cast<int>(rows_.size()), total_ - removed));
}

void HistoryModel::onCleared()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    rows_.clear();
    endResetModel();
    setTotal(0);
}

void HistoryModel::onPruned(int count)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const bool filtered = !query_.text.isEmpty() || !query_.method.isEmpty() ||
                          query_.statusClass != StatusClass::Any || query_.from.isValid() || query_.to.isValid();
    if (filtered) {
        refresh(); // which of the pruned ones matched is not known here
        return;
    }
    // The oldest went: they are the bottom rows, when those are fetched at all.
    const int remaining = std::max(0, total_ - count);
    if (rows_.size() > remaining) {
        beginRemoveRows({}, remaining, rows_.size() - 1);
        rows_.resize(remaining);
        endRemoveRows();
    }
    setTotal(remaining);
}

void HistoryModel::setTotal(int total)
{
    if (total == total_)
        return;
    total_ = total;
    emit totalCountChanged(total_);
}

HistoryEntry HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row) : HistoryEntry{};
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : HistoryColumn::Count;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !isLoading() && rows_.size() < total_;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(static_cast<int>(rows_.size()));
}

QString HistoryModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString HistoryModel::durationText(double ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
    return tr("%1 s").arg(QLocale().toString(ms / 1000, 'f', 2));
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& entry = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HistoryColumn::Time:
            return QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat);
        case HistoryColumn::Method:
            return entry.method;
        case HistoryColumn::Url:
            return entry.url;
        case HistoryColumn::Status:
            if (entry.status != 0)
                return entry.status;
            return entry.outcome == QLatin1String("cancelled") ? tr("cancelled") : tr("failed");
        case HistoryColumn::Duration:
            return durationText(entry.elapsedMs);
        case HistoryColumn::Size:
            return entry.status != 0 ? sizeText(entry.bodySize) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HistoryColumn::Time:
            return QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat);
        case HistoryColumn::Url:
            if (!entry.finalUrl.isEmpty() && entry.finalUrl != entry.url)
                return tr("%1\nFinal URL (after %n hop(s)): %2", nullptr, entry.hopCount)
                    .arg(entry.url, entry.finalUrl);
            return entry.url;
        case HistoryColumn::Status:
            return entry.error.isEmpty() ? QVariant() : QVariant(entry.error);
        case HistoryColumn::Size:
            return tr("%n byte(s)", nullptr, static_cast<int>(std::min<qint64>(entry.bodySize, INT_MAX)));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == HistoryColumn::Duration || index.column() == HistoryColumn::Size ||
            index.column() == HistoryColumn::Status)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HistoryRole::EntryId:
        return entry.id;
    case HistoryRole::StartedAt:
        return entry.startedAt;
    case HistoryRole::StatusCode:
        return entry.status;
    case HistoryRole::Outcome:
        return entry.outcome;
    case HistoryRole::Error:
        return entry.error;
    case HistoryRole::ElapsedMs:
        return entry.elapsedMs;
    case HistoryRole::BodySize:
        return entry.bodySize;
    case HistoryRole::FinalUrl:
        return entry.finalUrl;
    case HistoryRole::HopCount:
        return entry.hopCount;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HistoryColumn::Time:
        return tr("Time");
    case HistoryColumn::Method:
        return tr("Method");
    case HistoryColumn::Url:
        return tr("URL");
    case HistoryColumn::Status:
        return tr("Status");
    case HistoryColumn::Duration:
        return tr("Duration");
    case HistoryColumn::Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace hinterscope
