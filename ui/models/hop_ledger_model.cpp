#include "models/hop_ledger_model.h"

#include "models/timing_events.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QThread>

#include <utility>

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

QString methodOf(const QString& description)
{
    const qsizetype space = description.indexOf(u' ');
    return space <= 0 ? QString() : description.left(space);
}

QString milliseconds(quint64 ns)
{
    return HopLedgerModel::tr("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'f', 1);
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

// The row whose "URL after" is the WINHTTP_OPTION_URL the request ended with: the final decision, or the
// last hop of a request that ended otherwise (an error on the way to the next hop).
bool HopLedgerModel::holdsFinalUrl(const Ledger& ledger, int row) const
{
    return isFinal(ledger, row) || (ledger.ended && row == ledger.hops.size() - 1);
}

QString HopLedgerModel::hopUrl(const Ledger& ledger, int row)
{
    return row == 0 ? ledger.initialUrl : ledger.hops[row - 1].urlAfter;
}

QVariant HopLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ledger* ledger = shownLedger();
    if (ledger == nullptr)
        return {};
    const Hop& hop = ledger->hops[index.row()];
    const bool hasDuration = hop.startNs != 0 && hop.decidedNs >= hop.startNs;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString separator = role == Qt::DisplayRole ? QStringLiteral(", ") : QStringLiteral("\n");
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
        case HopLedgerColumn::Method:
            return hop.method;
        case HopLedgerColumn::Url:
            return hopUrl(*ledger, index.row());
        case HopLedgerColumn::DroppedHeaders:
            return hop.droppedHeaders.join(separator);
        case HopLedgerColumn::Cookies:
            return hop.cookies.join(separator);
        case HopLedgerColumn::Time:
            return hasDuration ? milliseconds(hop.decidedNs - hop.startNs) : QString();
        }
        return {};
    }
    case Qt::FontRole:
        if (index.column() == HopLedgerColumn::UrlAfter && holdsFinalUrl(*ledger, index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == HopLedgerColumn::UrlAfter && holdsFinalUrl(*ledger, index.row())) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(60); // readable over the base colour in light and dark palettes
            return QBrush(tint);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == HopLedgerColumn::Time ? QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                                                       : QVariant();
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
    case HopLedgerRole::Method:
        return hop.method;
    case HopLedgerRole::Url:
        return hopUrl(*ledger, index.row());
    case HopLedgerRole::DroppedHeaders:
        return hop.droppedHeaders;
    case HopLedgerRole::Cookies:
        return hop.cookies;
    case HopLedgerRole::DurationNs:
        return hasDuration ? QVariant(static_cast<qlonglong>(hop.decidedNs - hop.startNs)) : QVariant();
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
        return tr("URL after (WINHTTP_OPTION_URL)");
    case HopLedgerColumn::Method:
        return tr("Method");
    case HopLedgerColumn::Url:
        return tr("URL");
    case HopLedgerColumn::DroppedHeaders:
        return tr("Headers dropped");
    case HopLedgerColumn::Cookies:
        return tr("Cookies set");
    case HopLedgerColumn::Time:
        return tr("Time");
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
    const auto changed = [&](quintptr handle, int row) {
        if (handle == shown_ && row >= 0 && row < shownRows_)
            changedFrom = changedFrom < 0 ? row : std::min(changedFrom, row);
    };
    for (const Event& event : batch) {
        if (event.kind == EventKind::HandleCreated && event.handle_type == WINHTTP_HANDLE_TYPE_CONNECT) {
            Server server;
            if (parseServer(QString::fromStdString(event.text), &server.host, &server.port))
                servers_[event.handle] = server;
            continue;
        }
        if (event.kind == EventKind::HandleCreated && event.handle_type == WINHTTP_HANDLE_TYPE_REQUEST) {
            const auto server = servers_.find(event.parent);
            auto& ledger = ledgers_[event.handle];
            const QString description = QString::fromStdString(event.text);
            if (server != servers_.end())
                ledger.initialUrl = requestUrl(server->second.host, server->second.port, description);
            ledger.currentUrl = ledger.initialUrl;
            ledger.method = methodOf(description);
            continue;
        }
        if (event.handle_type != WINHTTP_HANDLE_TYPE_REQUEST)
            continue;
        if (event.kind == EventKind::RedirectDecision) {
            auto& ledger = ledgers_[event.handle];
            Hop hop = parseDecision(event);
            // Followed hops learn their URL from the REDIRECT callback that comes next.
            if (!hop.leadsOn || hop.decision.startsWith(QLatin1StringView("answered")))
                hop.urlAfter = ledger.currentUrl;
            hop.method = ledger.method;
            hop.cookies = std::exchange(ledger.pendingCookies, {});
            hop.startNs = std::exchange(ledger.hopStartNs, 0);
            hop.decidedNs = event.timestamp_ns;
            // The headers removed before this hop was sent travel with its decision, one per line.
            for (const auto& line : QString::fromStdString(event.bytes).split(u'\n', Qt::SkipEmptyParts))
                hop.droppedHeaders.append(line.trimmed());
            if (hop.decision.startsWith(QLatin1StringView("method rewritten")))
                ledger.method = QStringLiteral("GET"); // the engine rewrites to GET only
            if (!ledger.hops.isEmpty() && ledger.hops.size() <= shownRows_)
                changed(event.handle, static_cast<int>(ledger.hops.size()) - 1); // no longer the last row
            ledger.hops.append(std::move(hop));
        } else if (event.kind == EventKind::Callback && event.status == WINHTTP_CALLBACK_STATUS_REDIRECT) {
            auto& ledger = ledgers_[event.handle];
            ledger.currentUrl = QString::fromStdString(event.text);
            if (!ledger.hops.isEmpty() && ledger.hops.last().leadsOn && ledger.hops.last().urlAfter.isEmpty()) {
                ledger.hops.last().urlAfter = ledger.currentUrl;
                changed(event.handle, static_cast<int>(ledger.hops.size()) - 1);
            }
        } else if (event.kind == EventKind::CookieStored) {
            auto found = ledgers_.find(event.handle);
            if (found != ledgers_.end())
                found->second.pendingCookies.append(QString::fromStdString(event.text));
        } else if (event.kind == EventKind::HandleClosed ||
                   (event.kind == EventKind::Callback && event.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)) {
            auto found = ledgers_.find(event.handle);
            if (found != ledgers_.end() && !found->second.ended) {
                found->second.ended = true;
                changed(event.handle, static_cast<int>(found->second.hops.size()) - 1);
            }
        } else if (timing::isHopActivity(event)) {
            auto found = ledgers_.find(event.handle);
            if (found != ledgers_.end() && found->second.hopStartNs == 0)
                found->second.hopStartNs = event.timestamp_ns;
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

QString HopLedgerModel::hopUrl(quintptr handle, int row) const
{
    const auto found = ledgers_.find(handle);
    if (found == ledgers_.end() || row < 0 || row >= found->second.hops.size())
        return {};
    return hopUrl(found->second, row);
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
