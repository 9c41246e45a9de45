#pragma once

#include "bridge/event_batch.h"
#include "models/model_roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

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
        QString urlAfter;     // empty until the REDIRECT callback names it, for hops that were followed
        bool leadsOn = false; // another hop follows this decision (followed, method rewritten, answered)
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
        QList<Hop> hops;
    };
    struct Server {
        QString host;
        int port = 0; // 0: the scheme's default
    };

    const Ledger* shownLedger() const;
    bool isFinal(const Ledger& ledger, int row) const;

    std::unordered_map<quintptr, Ledger> ledgers_;
    std::unordered_map<quintptr, Server> servers_; // connect handle → where it connects
    quintptr shown_ = 0;
    int shownRows_ = 0; // rows the view has been told about (the watermark)
};

} // namespace hinterscope
