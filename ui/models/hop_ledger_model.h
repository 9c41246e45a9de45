#pragma once

#include "bridge/event_batch.h"
#include "models/model_roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace hinterscope {

// One request's redirect ledger: a row per RedirectDecision (each response the engine decided about), with
// the URL the request had once that hop was handled (WINHTTP_OPTION_URL at that point). Ledgers of every
// request are kept (a few rows each); setRequest() chooses the one shown.
class HopLedgerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Hop {
        int status = 0;
        QString decision;
        QString location;
        QString urlAfter;           // empty until the REDIRECT callback names it, for hops that were followed
        bool leadsOn = false;       // another hop follows this decision (followed, method rewritten, answered)
        QString method;             // what this hop was sent with
        QStringList droppedHeaders; // "Authorization (cross-origin)": removed before this hop was sent
        QStringList cookies;        // Set-Cookie values of this hop's response
        quint64 startNs = 0;        // steady clock: the hop's first activity (resolving, connecting, sending)
        quint64 decidedNs = 0;      // steady clock: the decision about its response
    };

    explicit HopLedgerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRequest(quintptr handle);
    quintptr request() const { return shown_; }
    QList<Hop> hops(quintptr handle) const;
    // The URL the request was opened with, rebuilt from its connect and request handles' descriptions.
    QString initialUrl(quintptr handle) const;
    // The URL hop `row` (from 0) of `handle` was sent to: the initial URL, then the URL after the hop before.
    QString hopUrl(quintptr handle, int row) const;
    void forget(const QList<quintptr>& handles);

    static Hop parseDecision(const hinternet::trace::Event& event);

public slots:
    // GUI thread. Rows of the shown request are inserted once per batch.
    void ingest(const hinterscope::EventBatch& batch);
    void clear();

private:
    struct Ledger {
        QString initialUrl;
        QString currentUrl;
        QString method;             // the method the next hop is sent with
        QStringList pendingCookies; // stored before the decision about the response that set them
        quint64 hopStartNs = 0;     // the current hop's first activity, 0 while none is under way
        bool ended = false;         // the request handle closed: its last row holds the final URL
        QList<Hop> hops;
    };
    struct Server {
        QString host;
        int port = 0; // 0: the scheme's default
    };

    const Ledger* shownLedger() const;
    bool isFinal(const Ledger& ledger, int row) const;
    bool holdsFinalUrl(const Ledger& ledger, int row) const;
    static QString hopUrl(const Ledger& ledger, int row);

    std::unordered_map<quintptr, Ledger> ledgers_;
    std::unordered_map<quintptr, Server> servers_; // connect handle → where it connects
    quintptr shown_ = 0;
    int shownRows_ = 0; // rows the view has been told about (the watermark)
};

} // namespace hinterscope
