#include "models/hop_ledger_model.h"

#include <QRegularExpression>
#include <QThread>

#include <winhttp.h>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

// The engine describes a connect handle as "server=HOST port=PORT|default".
bool parseServer(const QString& description, QString* host, int* port)
{
    static const QRegularExpression pattern(QStringLiteral("^server=(\\S+) port=(\\d+|default)"));
    const auto match = pattern.match(description);
    if (!match.hasMatch())
        return false;
    *host = match.captured(1);
    *port = match.captured(2) == QLatin1StringView("default") ? 0 : match.captured(2).toInt();
    return true;
}

// A request handle as "VERB OBJECT VERSION[ secure][ …]".
QString requestUrl(const QString& host, int port, const QString& description)
{
    const auto parts = description.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3 || host.isEmpty())
        return {};
    const QString& object = parts[1];
    if (object.startsWith(QLatin1StringView("http://")) || object.startsWith(QLatin1StringView("https://")))
        return object; // a proxy-style absolute target
    const bool secure = parts.contains(QLatin1StringView("secure"));
    const int defaultPort = secure ? 443 : 80;
    const QString authority =
        (host.contains(u':') && !host.startsWith(u'[')) ? QStringLiteral("[%1]").arg(host) : host; // IPv6
    const QString portText = port == 0 || port == defaultPort ? QString() : QStringLiteral(":%1").arg(port);
    return (secure ? QStringLiteral("https://") : QStringLiteral("http://")) + authority + portText +
           (object.startsWith(u'/') ? object : QStringLiteral("/") + object);
}

} // namespace

HopLedgerModel::HopLedgerModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HopLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownRows_;
}

int HopLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : HopLedgerColumn::Count;
}

const HopLedgerModel::Ledger* HopLedgerModel::shownLedger() const
{
    const auto found = ledgers_.find(shown_);
    return found == ledgers_.end() ? nullptr : &found->second;
}

bool HopLedgerModel::isFinal(const Ledger& ledger, int row) const
{
    return row == ledger.hops.size() - 1 && !ledger.hops[row].leadsOn;
}

QVariant HopLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ledger* ledger = shownLedger();
    if (ledger == nullptr)
        return {};
    const Hop& hop = ledger->hops[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HopLedgerColumn::Hop:
            return index.row() + 1;
        case HopLedgerColumn::Status:
            return hop.status;
        case HopLedgerColumn::Decision:
            return hop.decision;
        case HopLedgerColumn::Location:
            return hop.location;
        case HopLedgerColumn::UrlAfter:
            return hop.urlAfter;
        }
        return {};
    case HopLedgerRole::Hop:
        return index.row() + 1;
    case HopLedgerRole::Status:
        return hop.status;
    case HopLedgerRole::Decision:
        return hop.decision;
    case HopLedgerRole::Location:
        return hop.location;
    case HopLedgerRole::UrlAfter:
        return hop.urlAfter;
    case HopLedgerRole::IsFinal:
        return isFinal(*ledger, index.row());
    default:
        return {};
    }
}

QVariant HopLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HopLedgerColumn::Hop:
        return tr("Hop");
    case HopLedgerColumn::Status:
        return tr("Status");
    case HopLedgerColumn::Decision:
        return tr("Decision");
    case HopLedgerColumn::Location:
        return tr("Location");
    case HopLedgerColumn::UrlAfter:
        return tr("URL after");
    }
    return {};
}

HopLedgerModel::Hop HopLedgerModel::parseDecision(const Event& event)
{
    // "STATUS DECISION -> LOCATION"; the decision texts never contain " -> ".
    Hop hop;
    QString text = QString::fromStdString(event.text);
    hop.status = static_cast<int>(event.status);
    const qsizetype space = text.indexOf(u' ');
    bool numeric = false;
    const int leading = text.left(space).toInt(&numeric);
    if (space > 0 && numeric) {
        if (hop.status == 0)
            hop.status = leading;
        text = text.mid(space + 1);
    }
    const qsizetype arrow = text.indexOf(QLatin1StringView(" -> "));
    hop.decision = arrow < 0 ? text : text.left(arrow);
    hop.location = arrow < 0 ? QString() : text.mid(arrow + 4);
    hop.leadsOn = hop.decision.startsWith(QLatin1StringView("followed")) ||
                  hop.decision.startsWith(QLatin1StringView("method rewritten")) ||
                  hop.decision.startsWith(QLatin1StringView("answered"));
    return hop;
}

void HopLedgerModel::ingest(const EventBatch& batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    int changedFrom = -1; // the first already-shown row whose URL or finality changed
    for (const Event& event : batch) {
        if (event.kind == EventKind::HandleCreated && event.handle_type == WINHTTP_HANDLE_TYPE_CONNECT) {
            Server server;
            if (parseServer(QString::fromStdString(event.text), &server.host, &server.port))
                servers_[event.handle] = server;
        } else if (event.kind == EventKind::HandleCreated && event.handle_type == WINHTTP_HANDLE_TYPE_REQUEST) {
            const auto server = servers_.find(event.parent);
            auto& ledger = ledgers_[event.handle];
            if (server != servers_.end())
                ledger.initialUrl =
                    requestUrl(server->second.host, server->second.port, QString::fromStdString(event.text));
            ledger.currentUrl = ledger.initialUrl;
        } else if (event.kind == EventKind::RedirectDecision) {
            auto& ledger = ledgers_[event.handle];
            Hop hop = parseDecision(event);
            // Followed hops learn their URL from the REDIRECT callback that comes next.
            if (!hop.leadsOn || hop.decision.startsWith(QLatin1StringView("answered")))
                hop.urlAfter = ledger.currentUrl;
            if (event.handle == shown_ && !ledger.hops.isEmpty() && ledger.hops.size() <= shownRows_) {
                const int previous = static_cast<int>(ledger.hops.size()) - 1; // no longer the last row
                changedFrom = changedFrom < 0 ? previous : std::min(changedFrom, previous);
            }
            ledger.hops.append(std::move(hop));
        } else if (event.kind == EventKind::Callback && event.status == WINHTTP_CALLBACK_STATUS_REDIRECT) {
            auto& ledger = ledgers_[event.handle];
            ledger.currentUrl = QString::fromStdString(event.text);
            if (!ledger.hops.isEmpty() && ledger.hops.last().leadsOn && ledger.hops.last().urlAfter.isEmpty()) {
                ledger.hops.last().urlAfter = ledger.currentUrl;
                const int row = static_cast<int>(ledger.hops.size()) - 1;
                if (event.handle == shown_ && row < shownRows_)
                    changedFrom = changedFrom < 0 ? row : std::min(changedFrom, row);
            }
        }
    }
    const Ledger* ledger = shownLedger();
    if (ledger == nullptr)
        return;
    if (changedFrom >= 0 && shownRows_ > 0)
        emit dataChanged(index(changedFrom, 0), index(shownRows_ - 1, HopLedgerColumn::Count - 1));
    const int total = static_cast<int>(ledger->hops.size());
    if (total > shownRows_) {
        beginInsertRows({}, shownRows_, total - 1);
        shownRows_ = total;
        endInsertRows();
    }
}

void HopLedgerModel::setRequest(quintptr handle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    shown_ = handle;
    const Ledger* ledger = shownLedger();
    shownRows_ = ledger == nullptr ? 0 : static_cast<int>(ledger->hops.size());
    endResetModel();
}

QList<HopLedgerModel::Hop> HopLedgerModel::hops(quintptr handle) const
{
    const auto found = ledgers_.find(handle);
    return found == ledgers_.end() ? QList<Hop>() : found->second.hops;
}

QString HopLedgerModel::initialUrl(quintptr handle) const
{
    const auto found = ledgers_.find(handle);
    return found == ledgers_.end() ? QString() : found->second.initialUrl;
}

void HopLedgerModel::forget(const QList<quintptr>& handles)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (handles.contains(shown_))
        setRequest(0);
    for (quintptr handle : handles) {
        ledgers_.erase(handle);
        servers_.erase(handle);
    }
}

void HopLedgerModel::clear()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    ledgers_.clear();
    servers_.clear();
    shown_ = 0;
    shownRows_ = 0;
    endResetModel();
}

} // namespace hinterscope
