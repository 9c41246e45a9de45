#pragma once

// One request/response exchange as it happened, as a plain value: what history stores, what HAR export
// writes, what "open from history" gives back. Built from the engine's trace of one RequestRun's session
// (see exchange_recorder.h). Times are milliseconds from the exchange's start unless said otherwise.
#include "request/request_runner.h"
#include "request/request_spec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hinterscope {

// HAR 1.2's phases of one hop, in milliseconds; -1 where the phase did not happen (a reused connection has
// no dns/connect/ssl). `ssl` is part of `connect`, as HAR defines it.
struct ExchangeTimings {
    double blocked = -1;
    double dns = -1;
    double connect = -1;
    double ssl = -1;
    double send = -1;
    double wait = -1;
    double receive = -1;

    friend bool operator==(const ExchangeTimings&, const ExchangeTimings&) = default;
};

// One request/response pair on the wire: the first request, then one per redirect followed.
struct ExchangeHop {
    double startMs = 0;
    QString method;
    QString url;
    QString httpVersion = QStringLiteral("HTTP/1.1");
    QList<KeyValueRow> requestHeaders; // as sent, in order (secrets redacted, see ExchangeRecord)
    qint64 requestBodySize = 0;
    int status = 0; // 0: no response
    QString reason;
    QList<KeyValueRow> responseHeaders; // in order, as received
    QString location;                   // the Location header of a redirect
    QString decision;                   // the engine's redirect decision ("follow", "refused: …"), if any
    QStringList droppedHeaders;         // request headers the engine dropped for this hop (cross-origin)
    QString serverAddress;              // "ip:port"
    quint64 connectionId = 0;
    bool connectionReused = false;
    ExchangeTimings timings;

    friend bool operator==(const ExchangeHop&, const ExchangeHop&) = default;
};

// A status callback as the engine reported it (delivered or not: WinHTTP only calls what the notification
// flags ask for).
struct ExchangeCallback {
    double atMs = 0;
    quintptr handle = 0;
    quint32 handleType = 0; // WINHTTP_HANDLE_TYPE_*
    quint32 status = 0;     // WINHTTP_CALLBACK_STATUS_*
    QString statusName;     // "WINHTTP_CALLBACK_STATUS_SENDING_REQUEST"
    QString detail;         // the status information, as text
    bool delivered = false;
    quint64 thread = 0;

    friend bool operator==(const ExchangeCallback&, const ExchangeCallback&) = default;
};

struct ExchangeHandle {
    quintptr handle = 0;
    quintptr parent = 0;
    quint32 type = 0; // WINHTTP_HANDLE_TYPE_*
    QString typeName; // "session", "connect", "request"
    double createdMs = 0;
    double closedMs = -1; // -1 while open

    friend bool operator==(const ExchangeHandle&, const ExchangeHandle&) = default;
};

struct ExchangeOption {
    double atMs = 0;
    quintptr handle = 0;
    quint32 option = 0; // WINHTTP_OPTION_*
    QString name;       // "WINHTTP_OPTION_REDIRECT_POLICY"
    QString value;      // as the trace shows it (credentials hidden)

    friend bool operator==(const ExchangeOption&, const ExchangeOption&) = default;
};

struct ExchangeRecord {
    QDateTime startedAt; // wall clock, UTC
    // The request as sent: variables substituted; the values of secret variables replaced by their
    // {{name}} placeholders, auth passwords and tokens cleared, so a record can be stored and shared.
    RequestSpec request;
    RunResult result;
    QList<ExchangeHop> hops; // the last one is the final response
    QByteArray bodyPrefix;   // the first bytes of the final response body (decoded), up to the recorder's limit
    qint64 bodySize = 0;     // every byte of the final body (decoded)
    bool bodyTruncated = false;
    QString tlsProtocol; // "TLSv1.3", empty for plain HTTP
    QString tlsCipher;
    QList<ExchangeCallback> callbacks;
    QList<ExchangeHandle> handles;
    QList<ExchangeOption> options;

    const ExchangeHop* finalHop() const { return hops.isEmpty() ? nullptr : &hops.last(); }
};

} // namespace hinterscope
