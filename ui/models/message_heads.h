#pragma once

#include "bridge/event_batch.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <unordered_map>

namespace hinterscope {

// Cuts the message heads out of each request's wire bytes (BytesSent / BytesReceived), so a HeadersModel
// can show them: every request head sent (one per hop, CONNECT included) and every response head received
// (interim 1xx ones included). Bodies are skipped; at most kMaxHeadsPerRequest of each are kept.
class MessageHeads : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxHeadsPerRequest = 64;

    // One head as it went over the wire, in the order of the exchange.
    struct Head {
        bool sent = false; // a request head (else a response head)
        QByteArray bytes;
    };

    explicit MessageHeads(QObject* parent = nullptr);

    QList<QByteArray> requestHeads(quintptr handle) const;
    QList<QByteArray> responseHeads(quintptr handle) const;
    // Request and response heads interleaved as they were sent and received.
    QList<Head> exchange(quintptr handle) const;
    // The last request head sent; empty when none was seen.
    QByteArray requestHead(quintptr handle) const;
    // The last final (not 1xx) response head, else the last one; empty when none was seen.
    QByteArray responseHead(quintptr handle) const;

    void forget(const QList<quintptr>& handles);

public slots:
    // GUI thread.
    void ingest(const hinterscope::EventBatch& batch);
    void clear();

signals:
    // Once per handle and batch in which a head of it completed.
    void headsChanged(quintptr handle);

private:
    struct Exchange {
        QList<QByteArray> requests;
        QList<QByteArray> responses;
        QList<Head> ordered;
        QByteArray partial; // a response head still arriving
        bool collecting = false;
    };

    bool onSent(Exchange& exchange, const hinternet::trace::Event& event);
    bool onReceived(Exchange& exchange, const hinternet::trace::Event& event);

    std::unordered_map<quintptr, Exchange> exchanges_;
};

} // namespace hinterscope
