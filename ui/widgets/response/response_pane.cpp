#include "widgets/response/response_pane.h"

#include "models/headers_model.h"
#include "models/hop_ledger_model.h"
#include "models/message_heads.h"
#include "models/model_roles.h"
#include "models/timing_model.h"
#include "models/tls_chain_model.h"
#include "models/winhttp_names.h"
#include "widgets/response/headers_tab.h"
#include "widgets/response/response_summary_bar.h"
#include "widgets/response/response_texts.h"
#include "widgets/response/timing_waterfall.h"
#include "widgets/response/tls_tab.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include <winhttp.h>

namespace hinterscope {

using response::Texts;

namespace {

struct StatusLine {
    QString version;
    int status = 0;
    QString reason;
};

// "HTTP/1.1 200 OK"
StatusLine parseStatusLine(const QString& line)
{
    StatusLine parsed;
    const auto parts = line.split(u' ');
    if (parts.size() < 2 || !parts[0].startsWith(QLatin1StringView("HTTP/")))
        return parsed;
    parsed.version = parts[0];
    parsed.status = parts[1].toInt();
    parsed.reason = parts.mid(2).join(u' ');
    return parsed;
}

// "GET /x HTTP/1.1" → "HTTP/1.1"
QString requestVersion(const QString& line)
{
    const qsizetype space = line.lastIndexOf(u' ');
    return space < 0 ? QString() : line.mid(space + 1);
}

QTableView* tableFor(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ResponsePane::ResponsePane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responsePane"));
    // Models first: views are destroyed after them and let go of them through `destroyed`.
    heads_ = new MessageHeads(this);
    responseHeaders_ = new HeadersModel(this);
    requestHeaders_ = new HeadersModel(this);
    hops_ = new HopLedgerModel(this);
    timing_ = new TimingModel(this);
    chain_ = new TlsChainModel(this);
    connect(heads_, &MessageHeads::headsChanged, this, [this](quintptr handle) {
        if (handle == request_)
            headersDirty_ = true;
    });

    auto* layout = new QVBoxLayout(this);
    summaryBar_ = new ResponseSummaryBar(this);
    layout->addWidget(summaryBar_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("responseTabs"));
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);

    bodyHost_ = new QWidget(tabs_);
    bodyHost_->setObjectName(QStringLiteral("bodyTabHost"));
    bodyLayout_ = new QVBoxLayout(bodyHost_);
    bodyLayout_->setContentsMargins(0, 0, 0, 0);
    bodyPlaceholder_ = new QLabel(tr("The body appears here as it arrives"), bodyHost_);
    bodyPlaceholder_->setObjectName(QStringLiteral("bodyPlaceholder"));
    bodyPlaceholder_->setAlignment(Qt::AlignCenter);
    bodyPlaceholder_->setEnabled(false);
    bodyLayout_->addWidget(bodyPlaceholder_);
    tabs_->addTab(bodyHost_, tr("Body"));

    headersTab_ = new HeadersTab(responseHeaders_, requestHeaders_, tabs_);
    tabs_->addTab(headersTab_, tr("Headers"));

    auto* redirects = new QWidget(tabs_);
    redirects->setObjectName(QStringLiteral("redirectsTab"));
    auto* redirectsLayout = new QVBoxLayout(redirects);
    finalUrlLabel_ = new QLabel(redirects);
    finalUrlLabel_->setObjectName(QStringLiteral("finalUrlLabel"));
    finalUrlLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    finalUrlLabel_->setWordWrap(true);
    redirectsLayout->addWidget(finalUrlLabel_);
    hopView_ = tableFor(hops_, QStringLiteral("hopLedgerView"), redirects);
    // Read left to right as the request went: what was sent, what came back, what was decided, where it led.
    const int order[] = {HopLedgerColumn::Hop,
                         HopLedgerColumn::Method,
                         HopLedgerColumn::Url,
                         HopLedgerColumn::Status,
                         HopLedgerColumn::Location,
                         HopLedgerColumn::Decision,
                         HopLedgerColumn::DroppedHeaders,
                         HopLedgerColumn::Cookies,
                         HopLedgerColumn::Time,
                         HopLedgerColumn::UrlAfter};
    QHeaderView* hopHeader = hopView_->horizontalHeader();
    for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual)
        hopHeader->moveSection(hopHeader->visualIndex(order[visual]), visual);
    // Columns fit what they hold as hops arrive, but a long URL does not push the rest out of sight.
    connect(hops_, &QAbstractItemModel::rowsInserted, hopView_, [this] {
        hopView_->resizeColumnsToContents();
        const int widest = std::max(160, hopView_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
        for (int column = 0; column < HopLedgerColumn::Count; ++column)
            hopView_->setColumnWidth(column, std::min(hopView_->columnWidth(column), widest));
    });
    redirectsLayout->addWidget(hopView_, 1);
    tabs_->addTab(redirects, tr("Redirects"));

    auto* timingSplit = new QSplitter(Qt::Vertical, tabs_);
    timingSplit->setObjectName(QStringLiteral("timingTab"));
    auto* scroll = new QScrollArea(timingSplit);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the picture scales to the width
    waterfall_ = new TimingWaterfall(scroll);
    waterfall_->setModel(timing_);
    scroll->setWidget(waterfall_);
    timingSplit->addWidget(scroll);
    timingTable_ = tableFor(timing_, QStringLiteral("timingTable"), timingSplit);
    timingTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    timingSplit->addWidget(timingTable_);
    timingSplit->setStretchFactor(0, 3);
    timingSplit->setStretchFactor(1, 1);
    tabs_->addTab(timingSplit, tr("Timing"));

    tlsTab_ = new TlsTab(chain_, tabs_);
    tabs_->addTab(tlsTab_, tr("TLS"));

    refresh();
}

ResponsePane::~ResponsePane() = default;

const ResponseSummary& ResponsePane::summary() const
{
    return summaryBar_->summary();
}

void ResponsePane::setBodyWidget(QWidget* widget)
{
    if (widget == bodyWidget_)
        return;
    if (bodyWidget_) {
        bodyLayout_->removeWidget(bodyWidget_);
        bodyWidget_->deleteLater();
    }
    bodyWidget_ = widget;
    if (widget != nullptr) {
        widget->setParent(bodyHost_);
        bodyLayout_->addWidget(widget);
        widget->show();
    }
    bodyPlaceholder_->setVisible(widget == nullptr);
}

void ResponsePane::setCurrentTab(Tab tab)
{
    tabs_->setCurrentIndex(tab);
}

ResponsePane::Tab ResponsePane::currentTab() const
{
    return static_cast<Tab>(tabs_->currentIndex());
}

QWidget* ResponsePane::bodyWidget() const
{
    return bodyWidget_;
}

void ResponsePane::showRequest(quintptr requestHandle)
{
    request_ = requestHandle;
    finished_ = false;
    error_ = 0;
    finalUrl_.clear();
    ignoreFlags_ = 0;
    headersDirty_ = false;
    shownTls_.reset();
    shownTlsMode_ = -1;
    tracker_.setRequest(requestHandle);
    heads_->clear();
    hops_->clear();
    hops_->setRequest(requestHandle);
    timing_->setRequest(requestHandle);
    headersTab_->clear();
    // Its handles may have been created (and their events delivered) before the pane was told about it.
    auto created = tracker_.createdEvents();
    if (!created.empty())
        hops_->ingest(EventBatch::of(std::move(created), 0));
    refresh();
}

void ResponsePane::clear()
{
    showRequest(0);
}

void ResponsePane::ingest(const EventBatch& batch)
{
    tracker_.ingest(batch); // remembers handles and TLS sessions of every request
    if (request_ == 0)
        return;
    auto relevant = tracker_.relevant(batch);
    if (relevant.empty())
        return;
    const EventBatch mine = EventBatch::of(std::move(relevant), batch.origin_ns);
    heads_->ingest(mine);
    hops_->ingest(mine);
    timing_->ingest(mine);
    refresh();
}

void ResponsePane::setBodySize(qint64 bytes)
{
    tracker_.setBodyBytes(bytes);
    refresh();
}

void ResponsePane::setIgnoredSecurityFlags(quint32 flags)
{
    ignoreFlags_ = flags;
    refresh();
}

void ResponsePane::setFinished(quint32 winhttpError, const QString& finalUrl)
{
    finished_ = true;
    error_ = winhttpError;
    finalUrl_ = finalUrl;
    timing_->finish(winhttpError != 0);
    refresh();
}

void ResponsePane::refreshHeaders()
{
    if (!headersDirty_)
        return;
    headersDirty_ = false;
    headersTab_->setExchange(heads_->exchange(request_), heads_->responseHead(request_), heads_->requestHead(request_));
}

void ResponsePane::refreshTls()
{
    const auto tls = tracker_.tls();
    const int mode = tls ? 2 : tracker_.isSecure() ? 1 : 0;
    if (mode == shownTlsMode_ && tls == shownTls_ && ignoreFlags_ == shownIgnoreFlags_)
        return; // resetting the chain's tree on every batch would collapse what the user expanded
    shownTlsMode_ = mode;
    shownTls_ = tls;
    shownIgnoreFlags_ = ignoreFlags_;
    if (mode == 2)
        tlsTab_->showSummary(tls, ignoreFlags_, tracker_.tlsFromPooledConnection());
    else if (mode == 1)
        tlsTab_->showPending();
    else
        tlsTab_->showNotTls();
}

void ResponsePane::refreshRedirects()
{
    const int rows = hops_->rowCount();
    tabs_->setTabText(RedirectsTab, rows > 1 ? tr("Redirects (%1)").arg(rows - 1) : tr("Redirects"));
    if (request_ == 0) {
        finalUrlLabel_->clear();
        return;
    }
    QString url = finalUrl_;
    if (url.isEmpty() && rows > 0)
        url = hops_->index(rows - 1, 0).data(HopLedgerRole::UrlAfter).toString();
    if (url.isEmpty())
        url = hops_->initialUrl(request_);
    finalUrlLabel_->setText(finished_ ? tr("Final URL (WINHTTP_OPTION_URL): %1").arg(url)
                                      : tr("URL now (WINHTTP_OPTION_URL): %1").arg(url));
}

ResponseSummary ResponsePane::buildSummary() const
{
    ResponseSummary summary;
    if (request_ == 0)
        return summary;
    if (!finished_)
        summary.state = ResponseSummary::State::InFlight;
    else if (error_ == ERROR_WINHTTP_OPERATION_CANCELLED)
        summary.state = ResponseSummary::State::Cancelled;
    else if (error_ != 0)
        summary.state = ResponseSummary::State::Failed;
    else
        summary.state = ResponseSummary::State::Done;

    const StatusLine status = parseStatusLine(responseHeaders_->startLine());
    summary.status = status.status;
    summary.reason = status.reason;
    if (summary.status == 0 && summary.state == ResponseSummary::State::InFlight)
        summary.reason = tr("Waiting for the response…");
    QString version = status.version.isEmpty() ? requestVersion(requestHeaders_->startLine()) : status.version;
    if (version.isEmpty()) {
        // Nothing sent yet: the version the request handle was opened with ("GET / HTTP/1.1 secure").
        const auto created = tracker_.createdEvents();
        if (!created.empty() && created.back().handle == request_) {
            const auto parts = QString::fromStdString(created.back().text).split(u' ', Qt::SkipEmptyParts);
            if (parts.size() >= 3 && parts[2].startsWith(QLatin1StringView("HTTP/")))
                version = parts[2];
        }
    }
    if (const auto tls = tracker_.tls(); tls && !tls->protocol.empty())
        version = version.isEmpty() ? QString::fromStdString(tls->protocol)
                                    : tr("%1 · %2").arg(version, QString::fromStdString(tls->protocol));
    summary.protocol = version;

    const auto& breakdown = timing_->breakdown();
    summary.totalNs = breakdown.totalNs();
    summary.bodyBytes = tracker_.bodyBytes();
    summary.headBytes = heads_->responseHead(request_).size();
    summary.wireBodyBytes = tracker_.wireBodyBytes();

    // The body streams once the final response's head is in, until its end (or the request's).
    const int hopRows = hops_->rowCount();
    const bool finalHead = hopRows > 0 && hops_->index(hopRows - 1, 0).data(HopLedgerRole::IsFinal).toBool();
    summary.streaming = !finished_ && finalHead && !breakdown.isFinished();
    bool lengthKnown = false;
    const qint64 contentLength = responseHeaders_->value(u"Content-Length").toLongLong(&lengthKnown);
    // Content-Length counts the bytes on the wire; with a content coding those differ from the decoded body.
    const bool encoded = !responseHeaders_->value(u"Content-Encoding").isEmpty();
    if (lengthKnown && contentLength > 0 && (!encoded || summary.wireBodyBytes >= 0)) {
        summary.progressTotal = contentLength;
        summary.progressDone = encoded ? summary.wireBodyBytes : summary.bodyBytes;
    } else {
        summary.progressDone = summary.bodyBytes;
    }
    summary.bytesPerSecond = tracker_.bodyRate();
    if (encoded && summary.progressTotal > 0 && summary.bodyBytes > 0 && summary.wireBodyBytes > 0)
        summary.bytesPerSecond *= static_cast<double>(summary.wireBodyBytes) / static_cast<double>(summary.bodyBytes);

    // The error: the runner's word when it came, else what an async REQUEST_ERROR said.
    quint32 error = finished_ ? error_ : tracker_.callbackError();
    if (error != 0) {
        summary.error = tr("%1: %2").arg(Texts::errorName(error), Texts::errorMeaning(error));
        if (!finished_ && tracker_.callbackErrorApi() != 0)
            summary.error = tr("%1 failed with %2").arg(names::asyncApi(tracker_.callbackErrorApi()), summary.error);
    }
    QStringList detail;
    quint32 failing = tracker_.secureFailureFlags();
    QString verifyMessage;
    if (const auto tls = tracker_.tls()) {
        failing |= tls->failure_flags & ~tls->ignored_flags;
        verifyMessage = QString::fromStdString(tls->verify_message);
    }
    if (failing != 0 && (error != 0 || !finished_)) {
        detail << tr("TLS: %1").arg(names::secureFailureFlags(failing));
        detail << Texts::failureFlagExplanations(failing);
        if (!verifyMessage.isEmpty())
            detail << tr("OpenSSL: %1").arg(verifyMessage);
        if (summary.error.isEmpty())
            summary.error = tr("The server's certificate failed verification");
    }
    summary.errorDetail = detail.join(u'\n');
    return summary;
}

void ResponsePane::refresh()
{
    refreshHeaders();
    summaryBar_->display(buildSummary());
    refreshTls();
    refreshRedirects();
}

} // namespace hinterscope
