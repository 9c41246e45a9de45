#include "models/timeline_model.h"

#include "models/winhttp_names.h"

#include <QThread>

#include <winhttp.h>

#include <algorithm>
#include <limits>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

QString hexHandle(std::uint64_t handle)
{
    return QStringLiteral("0x%1").arg(handle, 0, 16);
}

bool isError(const TimelineModel::Row& row)
{
    return static_cast<EventKind>(row.kind) == EventKind::Callback &&
           (row.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR ||
            row.status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE);
}

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    texts_.append(QString());
    textIndex_.emplace(std::string(), 0);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : TimelineColumn::Count;
}

TimelineCategory TimelineModel::categoryOf(const Event& event)
{
    switch (event.kind) {
    case EventKind::HandleCreated:
    case EventKind::HandleClosed:
    case EventKind::OptionChanged:
        return TimelineCategory::Handles;
    case EventKind::ConnectionOpened:
    case EventKind::ConnectionReused:
    case EventKind::ConnectionClosed:
    case EventKind::TlsHandshake:
    case EventKind::BytesSent:
    case EventKind::BytesReceived:
    case EventKind::BodyDecoded:
    case EventKind::CookieStored:
        return TimelineCategory::Wire;
    case EventKind::RedirectDecision:
    case EventKind::TimingMark:
        return TimelineCategory::Progress;
    case EventKind::Callback:
        break;
    }
    switch (event.status) {
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
    case WINHTTP_CALLBACK_STATUS_SECURE_FAILURE:
        return TimelineCategory::Errors;
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_GETPROXYSETTINGS_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_SETTINGS_WRITE_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_SETTINGS_READ_COMPLETE:
        return TimelineCategory::Completions;
    case WINHTTP_CALLBACK_STATUS_HANDLE_CREATED:
    case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
        return TimelineCategory::Handles;
    default:
        return TimelineCategory::Progress;
    }
}

std::uint32_t TimelineModel::intern(const std::string& text)
{
    const auto found = textIndex_.find(text);
    if (found != textIndex_.end())
        return found->second;
    const auto index = static_cast<std::uint32_t>(texts_.size());
    texts_.append(QString::fromStdString(text));
    textIndex_.emplace(text, index);
    return index;
}

void TimelineModel::ingest(const EventBatch& batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (batch.empty())
        return;
    const auto room = static_cast<std::size_t>(std::numeric_limits<int>::max()) - rows_.size();
    const auto count = std::min(batch.size(), room); // a view cannot address more rows than an int counts
    if (count == 0)
        return;
    if (origin_ns_ == 0)
        origin_ns_ = batch.origin_ns != 0 ? batch.origin_ns : batch[0].timestamp_ns;

    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(count) - 1);
    if (rows_.capacity() < rows_.size() + count) // grow geometrically: a reserve per batch would copy every row
        rows_.reserve(std::max(rows_.size() + count, rows_.capacity() * 2));
    for (std::size_t i = 0; i < count; ++i) {
        const Event& event = batch[i];
        Row row{};
        row.timeNs = static_cast<std::int64_t>(event.timestamp_ns - origin_ns_);
        row.handle = event.handle;
        row.number = event.number;
        row.offset = event.offset;
        row.threadId = static_cast<std::uint32_t>(event.thread_id);
        const bool handleEvent = event.kind == EventKind::HandleCreated || event.kind == EventKind::HandleClosed;
        row.status = handleEvent ? event.handle_type : event.status;
        row.text = intern(event.text);
        row.kind = static_cast<std::uint8_t>(event.kind);
        row.category = static_cast<std::uint8_t>(categoryOf(event));
        row.delivered = event.delivered;
        rows_.push_back(row);
    }
    endInsertRows();
}

void TimelineModel::clear()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    rows_ = {};
    texts_.resize(1);
    textIndex_.clear();
    textIndex_.emplace(std::string(), 0);
    origin_ns_ = 0;
    endResetModel();
}

QString TimelineModel::eventName(const Row& row) const
{
    const auto kind = static_cast<EventKind>(row.kind);
    return kind == EventKind::Callback ? names::callbackStatus(row.status) : names::eventKind(kind);
}

QString TimelineModel::eventToolTip(const Row& row) const
{
    const auto kind = static_cast<EventKind>(row.kind);
    if (kind == EventKind::Callback) {
        const QString line = names::callbackStatusDescription(row.status);
        const QString name = QStringLiteral("WINHTTP_CALLBACK_STATUS_") + names::callbackStatus(row.status);
        return line.isEmpty() ? name : name + QStringLiteral(": ") + line;
    }
    return names::eventKind(kind) + QStringLiteral(": ") + names::eventKindDescription(kind);
}

QString TimelineModel::information(const Row& row) const
{
    const QString& message = text(row);
    switch (static_cast<EventKind>(row.kind)) {
    case EventKind::HandleCreated:
        return names::handleType(row.status) + QStringLiteral(": ") + message;
    case EventKind::HandleClosed:
        return names::handleType(row.status);
    case EventKind::OptionChanged:
        return QStringLiteral("option %1").arg(row.number) +
               (message.isEmpty() ? QString() : QStringLiteral(" = ") + message);
    case EventKind::ConnectionOpened:
    case EventKind::ConnectionReused:
    case EventKind::ConnectionClosed:
        return QStringLiteral("#%1 %2").arg(row.number).arg(message);
    case EventKind::BytesSent:
    case EventKind::BytesReceived:
    case EventKind::BodyDecoded:
        return QStringLiteral("%1 bytes at %2").arg(row.number).arg(row.offset);
    case EventKind::TlsHandshake:
    case EventKind::RedirectDecision:
    case EventKind::TimingMark:
    case EventKind::CookieStored:
        return message;
    case EventKind::Callback:
        break;
    }
    switch (row.status) {
    case WINHTTP_CALLBACK_STATUS_REQUEST_SENT:
    case WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED:
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
        return QStringLiteral("%1 bytes").arg(row.number);
    case WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE:
        return QStringLiteral("status %1").arg(row.number);
    case WINHTTP_CALLBACK_STATUS_SECURE_FAILURE:
        return names::secureFailureFlags(static_cast<quint32>(row.number));
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        // The engine puts WINHTTP_ASYNC_RESULT's dwResult in offset and dwError in number.
        return QStringLiteral("%1: %2 (%3)")
            .arg(names::asyncApi(row.offset), names::error(static_cast<quint32>(row.number)))
            .arg(row.number);
    default:
        if (!message.isEmpty())
            return message;
        return row.number != 0 ? QString::number(row.number) : QString();
    }
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = row(index.row());
    const bool callback = static_cast<EventKind>(r.kind) == EventKind::Callback;
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == TimelineColumn::Event)
            return eventToolTip(r);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimelineColumn::Time:
            return QString::number(static_cast<double>(r.timeNs) / 1e6, 'f', 3);
        case TimelineColumn::Thread:
            return QString::number(r.threadId);
        case TimelineColumn::Handle:
            return hexHandle(r.handle);
        case TimelineColumn::Event:
            return eventName(r);
        case TimelineColumn::Information:
            return information(r);
        case TimelineColumn::Delivered:
            return callback ? (r.delivered ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimelineColumn::Time || index.column() == TimelineColumn::Thread)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TimelineRole::Handle:
        return QVariant::fromValue<qulonglong>(r.handle);
    case TimelineRole::Kind:
        return static_cast<int>(r.kind);
    case TimelineRole::Status:
        return static_cast<uint>(r.status);
    case TimelineRole::Category:
        return static_cast<int>(r.category);
    case TimelineRole::TimeNs:
        return QVariant::fromValue<qlonglong>(r.timeNs);
    case TimelineRole::ThreadId:
        return QVariant::fromValue<qulonglong>(r.threadId);
    case TimelineRole::Number:
        return QVariant::fromValue<qulonglong>(r.number);
    case TimelineRole::Offset:
        return QVariant::fromValue<qulonglong>(r.offset);
    case TimelineRole::Delivered:
        return callback ? QVariant(r.delivered) : QVariant();
    case TimelineRole::IsError:
        return isError(r);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimelineColumn::Time:
        return tr("Time (ms)");
    case TimelineColumn::Thread:
        return tr("Thread");
    case TimelineColumn::Handle:
        return tr("Handle");
    case TimelineColumn::Event:
        return tr("Event");
    case TimelineColumn::Information:
        return tr("Information");
    case TimelineColumn::Delivered:
        return tr("Delivered");
    }
    return {};
}

} // namespace hinterscope
