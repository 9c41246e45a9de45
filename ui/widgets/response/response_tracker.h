#pragma once

#include "bridge/event_batch.h"

#include <QList>
#include <QtGlobal>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace hinterscope {

// What the Response pane learns about one request from the trace besides heads, hops and timing: body
// progress (decoded and on the wire), errors the engine reported through callbacks, and the TLS summary of
// the connection that carried it. It also remembers, for every request, what the pane may need after the
// fact: the HandleCreated events of connect and request handles (the pane may be told which request to show
// after those went by) and the TLS summary of each pooled connection (a reused connection has no handshake
// of its own in the trace).
class ResponseTracker {
public:
    static constexpr std::size_t kMaxRemembered = 512;

    void setRequest(quintptr request);
    quintptr request() const { return request_; }
    quintptr connect() const { return connect_; }

    // Every batch. True when something about the shown request changed.
    bool ingest(const EventBatch& batch);
    // The HandleCreated events of the shown request and its connect handle seen so far, parent first.
    std::vector<hinternet::trace::Event> createdEvents() const;
    // Events of the batch that concern the shown request: its own and its connect handle's.
    std::vector<hinternet::trace::Event> relevant(const EventBatch& batch) const;

    // The body as delivered to the application (after transfer and content decoding).
    qint64 bodyBytes() const { return bodyBytes_; }
    void setBodyBytes(qint64 bytes);
    // Body bytes of the final response as read from the wire (before decoding), -1 when unknown.
    qint64 wireBodyBytes() const;
    qint64 receivedBytes() const { return receivedEnd_; }
    qint64 sentBytes() const { return sentEnd_; }
    // Bytes per second over the last couple of seconds of body, 0 before two samples.
    double bodyRate() const;
    quint64 lastEventNs() const { return lastNs_; }

    // From callbacks (async mode reports errors this way; sync mode through the runner only).
    quint32 callbackError() const { return callbackError_; }
    quint64 callbackErrorApi() const { return callbackErrorApi_; }
    quint32 secureFailureFlags() const { return secureFailureFlags_; }

    bool isSecure() const { return secure_; }
    std::shared_ptr<const hinternet::trace::TlsSummary> tls() const { return tls_; }
    // The TLS summary came from the handshake of another request on the same pooled connection.
    bool tlsFromPooledConnection() const { return tlsFromPool_; }
    bool connectionReused() const { return connectionReused_; }

private:
    struct Sample {
        quint64 ns;
        qint64 bytes;
    };

    void remember(const hinternet::trace::Event& event);
    void onShownRequestEvent(const hinternet::trace::Event& event);
    void onReceived(const hinternet::trace::Event& event);

    quintptr request_ = 0;
    quintptr connect_ = 0;

    // Kept across requests, bounded.
    std::unordered_map<quintptr, hinternet::trace::Event> created_;
    std::deque<quintptr> createdOrder_;
    std::unordered_map<quint64, std::shared_ptr<const hinternet::trace::TlsSummary>> connectionTls_;
    std::deque<quint64> connectionOrder_;
    std::unordered_map<quintptr, quint64> lastOpenedConnection_; // request handle → connection id

    // The shown request.
    qint64 bodyBytes_ = 0;
    qint64 receivedEnd_ = 0;
    qint64 sentEnd_ = 0;
    qint64 finalHeadEnd_ = -1; // wire offset where the last final response head ended
    std::deque<Sample> samples_;
    quint64 lastNs_ = 0;
    quint32 callbackError_ = 0;
    quint64 callbackErrorApi_ = 0;
    quint32 secureFailureFlags_ = 0;
    bool secure_ = false;
    bool tlsFromPool_ = false;
    bool connectionReused_ = false;
    std::vector<quint64> ownConnections_; // connections the shown request opened itself
    std::shared_ptr<const hinternet::trace::TlsSummary> tls_;
};

} // namespace hinterscope
