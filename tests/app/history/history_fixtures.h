#pragma once

// Made-up exchanges for the history tests: enough of a record to search, filter, prune and re-open.
#include "request/exchange_record.h"

#include <QDateTime>

namespace hinterscope::testing {

inline ExchangeRecord makeRecord(const QString& method, const QString& url, int status, const QDateTime& startedAt,
                                 const QList<KeyValueRow>& responseHeaders = {}, const QByteArray& body = {})
{
    ExchangeRecord record;
    record.startedAt = startedAt;
    record.request.method = method;
    record.request.url = url;
    record.request.headers = {{QStringLiteral("Accept"), QStringLiteral("*/*"), true}};
    record.result.responseReceived = status != 0;
    record.result.status = status;
    record.result.reason = status != 0 ? QStringLiteral("Reason") : QString();
    record.result.finalUrl = status != 0 ? url : QString();
    record.result.bodyComplete = status != 0;
    record.result.bodyBytes = body.size();
    record.result.elapsedMs = 12.5;
    if (status == 0) {
        record.result.error = 12029; // ERROR_WINHTTP_CANNOT_CONNECT
        record.result.failedCall = QStringLiteral("WinHttpSendRequest");
    }
    ExchangeHop hop;
    hop.method = method;
    hop.url = url;
    hop.requestHeaders = {{QStringLiteral("Host"), QStringLiteral("127.0.0.1"), true},
                          {QStringLiteral("Accept"), QStringLiteral("*/*"), true}};
    hop.status = status;
    hop.reason = record.result.reason;
    hop.responseHeaders = responseHeaders;
    hop.serverAddress = QStringLiteral("127.0.0.1:8080");
    hop.connectionId = 7;
    hop.timings.dns = 0.5;
    hop.timings.connect = 1.25;
    hop.timings.send = 0.1;
    hop.timings.wait = 3;
    hop.timings.receive = 0.75;
    record.hops = {hop};
    record.bodyPrefix = body;
    record.bodySize = body.size();
    record.callbacks = {
        {0.5, 0x10, 3, 0x1000, QStringLiteral("WINHTTP_CALLBACK_STATUS_SENDING_REQUEST"), {}, true, 42}};
    record.handles = {{0x1, 0, 1, QStringLiteral("session"), 0, 20}, {0x2, 0x1, 2, QStringLiteral("connect"), 1, 19}};
    record.options = {{1, 0x3, 88, QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY"), QStringLiteral("1")}};
    return record;
}

} // namespace hinterscope::testing
