#pragma once

#include "bridge/event_batch.h"
#include "widgets/response/response_tracker.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace hinterscope {

class HeadersModel;
class HeadersTab;
class HopLedgerModel;
class MessageHeads;
class ResponseSummaryBar;
class TimingModel;
class TimingWaterfall;
class TlsChainModel;
class TlsTab;
struct ResponseSummary;

// The Response pane (docs/response-pane.md): a summary strip (status, reason, time, size, protocol, body
// progress, error) over tabs for the body (another widget, set with setBodyWidget), headers, redirects,
// timing and TLS. It describes one request handle at a time; everything but the outcome comes from the trace.
class ResponsePane : public QWidget {
    Q_OBJECT

public:
    enum Tab : int { BodyTab, HeadersTabIndex, RedirectsTab, TimingTab, TlsTabIndex };

    explicit ResponsePane(QWidget* parent = nullptr);
    ~ResponsePane() override;

    // Puts the body viewer in the Body tab (the pane takes ownership); null puts the placeholder back.
    void setBodyWidget(QWidget* widget);
    QWidget* bodyWidget() const;

    void setCurrentTab(Tab tab);
    Tab currentTab() const;

    quintptr request() const { return request_; }
    bool isFinished() const { return finished_; }
    QString finalUrl() const { return finalUrl_; }
    const ResponseSummary& summary() const;

    // For tests and the main window's wiring.
    HopLedgerModel* hopLedgerModel() const { return hops_; }
    TimingModel* timingModel() const { return timing_; }
    TlsChainModel* tlsChainModel() const { return chain_; }
    HeadersModel* responseHeadersModel() const { return responseHeaders_; }
    HeadersModel* requestHeadersModel() const { return requestHeaders_; }
    const ResponseTracker& tracker() const { return tracker_; }

public slots:
    // The request handle the pane describes from now on (the runner calls it when a send starts); clears
    // what was shown. Events of it that already went by are not replayed, except its (and its connect
    // handle's) HandleCreated, which the pane remembers for every request.
    void showRequest(quintptr requestHandle);
    // Every batch from the bridge; the pane keeps what concerns the shown request.
    void ingest(const hinterscope::EventBatch& batch);
    // The body size as the body store has it, when it knows more than the trace said so far.
    void setBodySize(qint64 bytes);
    // The SECURITY_FLAG_IGNORE_* bits the request was sent with (the trace records that the option was set,
    // not its value). 0: none, or unknown.
    void setIgnoredSecurityFlags(quint32 flags);
    // The runner's outcome: 0 = success, else the WinHTTP error that ended the request; the URL is
    // WINHTTP_OPTION_URL at the end.
    void setFinished(quint32 winhttpError, const QString& finalUrl);
    void clear();

private:
    void refresh();
    void refreshHeaders();
    void refreshTls();
    void refreshRedirects();
    ResponseSummary buildSummary() const;

    ResponseTracker tracker_;
    MessageHeads* heads_ = nullptr;
    HeadersModel* responseHeaders_ = nullptr;
    HeadersModel* requestHeaders_ = nullptr;
    HopLedgerModel* hops_ = nullptr;
    TimingModel* timing_ = nullptr;
    TlsChainModel* chain_ = nullptr;

    ResponseSummaryBar* summaryBar_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QWidget* bodyHost_ = nullptr;
    QVBoxLayout* bodyLayout_ = nullptr;
    QPointer<QWidget> bodyWidget_;
    QLabel* bodyPlaceholder_ = nullptr;
    HeadersTab* headersTab_ = nullptr;
    QTableView* hopView_ = nullptr;
    QLabel* finalUrlLabel_ = nullptr;
    TimingWaterfall* waterfall_ = nullptr;
    QTableView* timingTable_ = nullptr;
    TlsTab* tlsTab_ = nullptr;

    quintptr request_ = 0;
    bool finished_ = false;
    quint32 error_ = 0;
    QString finalUrl_;
    quint32 ignoreFlags_ = 0;
    bool headersDirty_ = false;
    std::shared_ptr<const hinternet::trace::TlsSummary> shownTls_;
    quint32 shownIgnoreFlags_ = 0;
    int shownTlsMode_ = -1;
};

} // namespace hinterscope
