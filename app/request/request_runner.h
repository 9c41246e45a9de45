#pragma once

// Sends one RequestSpec the way any WinHTTP program does (docs/request-runner.md): WinHttpOpen → Connect →
// OpenRequest → options, headers, credentials → SendRequest (+ WriteData) → ReceiveResponse → QueryHeaders
// → QueryDataAvailable/ReadData → CloseHandle, in sync mode on a thread of its own or in async mode driven
// by the status callback. What the inspector shows comes from the engine's trace of exactly these calls.
#include "request/request_spec.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

typedef void* HINTERNET;

namespace hinterscope {

struct RunResult {
    quint32 error = 0;  // the WinHTTP error that ended the request, 0 on success
    QString failedCall; // "WinHttpSendRequest", …, when error != 0
    QString problem;    // a problem found before any network traffic (unreadable body file, …)
    bool cancelled = false;
    bool responseReceived = false;
    int status = 0;
    QString reason;
    QString finalUrl; // WINHTTP_OPTION_URL once the response arrived (after every redirect)
    QString contentType;
    bool bodyComplete = false;
    qint64 bodyBytes = 0;
    quint32 secureFailureFlags = 0;
    double elapsedMs = 0;

    bool succeeded() const { return error == 0 && problem.isEmpty() && !cancelled && bodyComplete; }
};

class RequestRun {
public:
    // Called once, on an engine or runner thread, when the request has ended and its handles are closed.
    using Finished = std::function<void(const RunResult&)>;
    // Called once, on an engine or runner thread, when the final response's headers are in (status, reason,
    // content type and final URL filled in).
    using HeadersAvailable = std::function<void(const RunResult&)>;

    explicit RequestRun(RequestSpec spec);
    ~RequestRun(); // cancels what is still running and waits for it
    RequestRun(const RequestRun&) = delete;
    RequestRun& operator=(const RequestRun&) = delete;

    // Step 1 (calling thread, no network): WinHttpOpen. The caller may attach a trace observer to
    // session() before step 2, so it sees every later handle being created.
    bool openSession(RunResult* failure);
    HINTERNET session() const;
    // Step 2 (calling thread, no network): WinHttpConnect, WinHttpOpenRequest, options, headers, credentials.
    bool prepare(RunResult* failure);
    HINTERNET request() const;
    // Step 3: sends and reads; `finished` reports the outcome. Returns at once.
    void start(Finished finished, HeadersAvailable headersAvailable = {});

    // Any thread, any time: closes the request handle, which ends whatever WinHTTP call is in progress
    // with ERROR_WINHTTP_OPERATION_CANCELLED (sync) or a REQUEST_ERROR (async).
    void cancel();

    const RequestSpec& spec() const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

// The URL a spec sends to: "http://" added when it has no scheme, as curl does.
QString effectiveUrl(const QString& url);
// The method a spec sends: its own, or GET when empty.
QString effectiveMethod(const RequestSpec& spec);

} // namespace hinterscope
