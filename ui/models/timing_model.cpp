#include "models/timing_model.h"

#include <QThread>

#include <algorithm>

namespace hinterscope {

namespace {

QString milliseconds(quint64 ns)
{
    return QString::number(static_cast<double>(ns) / 1e6, 'f', 2);
}

} // namespace

TimingModel::TimingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TimingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownRows_;
}

int TimingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : TimingColumn::Count;
}

QString TimingModel::phaseName(TimingBreakdown::Phase phase)
{
    switch (phase) {
    case TimingBreakdown::Dns:
        return tr("DNS");
    case TimingBreakdown::Connect:
        return tr("Connect");
    case TimingBreakdown::Tunnel:
        return tr("Proxy tunnel");
    case TimingBreakdown::Tls:
        return tr("TLS");
    case TimingBreakdown::Send:
        return tr("Send");
    case TimingBreakdown::Wait:
        return tr("Wait");
    case TimingBreakdown::Receive:
        return tr("Receive");
    case TimingBreakdown::PhaseCount:
        break;
    }
    return {};
}

QVariant TimingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& hop = breakdown_.hops()[index.row()];
    const quint64 origin = breakdown_.originNs();
    const int column = index.column();
    const bool isPhase = column >= TimingColumn::kFirstPhase && column < TimingColumn::Total;
    TimingBreakdown::Span span;
    if (isPhase)
        span = TimingBreakdown::shown(hop, static_cast<TimingBreakdown::Phase>(column - TimingColumn::kFirstPhase));
    else if (column == TimingColumn::Total)
        span = {hop.startNs, hop.endNs};

    switch (role) {
    case Qt::DisplayRole:
        if (column == TimingColumn::Hop)
            return index.row() + 1;
        if (column == TimingColumn::Status)
            return hop.status == 0 ? QVariant(QString()) : QVariant(hop.status);
        return span.isValid() ? milliseconds(span.duration()) : QString();
    case Qt::TextAlignmentRole:
        return column == TimingColumn::Hop ? QVariant() : QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case TimingRole::StartNs:
        return span.isValid() ? QVariant(static_cast<qlonglong>(span.startNs - origin)) : QVariant();
    case TimingRole::EndNs:
        return span.isValid() ? QVariant(static_cast<qlonglong>(span.endNs - origin)) : QVariant();
    case TimingRole::DurationNs:
        return span.isValid() ? QVariant(static_cast<qlonglong>(span.duration())) : QVariant();
    case TimingRole::IsOpen:
        return hop.open;
    case TimingRole::Failed:
        return hop.failed;
    case TimingRole::ReusedConnection:
        return hop.reusedConnection;
    default:
        return {};
    }
}

QVariant TimingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimingColumn::Hop)
        return tr("Hop");
    if (section == TimingColumn::Status)
        return tr("Status");
    if (section == TimingColumn::Total)
        return tr("Total (ms)");
    if (section >= TimingColumn::kFirstPhase && section < TimingColumn::Total)
        return tr("%1 (ms)").arg(phaseName(static_cast<TimingBreakdown::Phase>(section - TimingColumn::kFirstPhase)));
    return {};
}

void TimingModel::setRequest(quintptr handle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    request_ = handle;
    breakdown_.clear();
    shownRows_ = 0;
    endResetModel();
}

void TimingModel::ingest(const EventBatch& batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (request_ == 0)
        return;
    const int before = static_cast<int>(breakdown_.hops().size());
    bool touched = false;
    for (const auto& event : batch) {
        if (event.handle != request_)
            continue;
        breakdown_.add(event);
        touched = true;
    }
    if (touched)
        publish(std::max(0, before - 1)); // the hop that was last may have changed, and the ones after it
}

void TimingModel::finish(bool failed)
{
    Q_ASSERT(QThread::currentThread() == thread());
    breakdown_.finish(failed);
    publish(std::max(0, shownRows_ - 1));
}

void TimingModel::publish(int firstChanged)
{
    if (shownRows_ > firstChanged)
        emit dataChanged(index(firstChanged, 0), index(shownRows_ - 1, TimingColumn::Count - 1));
    const int total = static_cast<int>(breakdown_.hops().size());
    if (total > shownRows_) {
        beginInsertRows({}, shownRows_, total - 1);
        shownRows_ = total;
        endInsertRows();
    }
}

void TimingModel::clear()
{
    setRequest(0);
}

} // namespace hinterscope
