#pragma once

// Sends one request the way any WinHTTP program does: WinHttpOpen, WinHttpConnect, WinHttpOpenRequest,
// options, WinHttpAddRequestHeaders, WinHttpSendRequest, WinHttpWriteData, WinHttpReceiveResponse,
// WinHttpQueryHeaders, WinHttpQueryDataAvailable, WinHttpReadData. Synchronously on the calling thread,
// or (--async) driven by the status callback while the calling thread waits.
#include "body_output.h"
#include "progress_bar.h"
#include "request_body.h"
#include "send_options.h"
#include "trace_observer.h"

#include <windows.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace hinterscope::cli {

struct RunOutcome {
    // Set when the request could not even be set up (bad URL, an option or header WinHTTP refused).
    bool setup_failed = false;
    std::string usage_message;   // a setup problem found before any WinHTTP call (e.g. a bad --proxy)
    DWORD error = ERROR_SUCCESS; // the WinHTTP error that ended the request, if any
    std::string failed_call;     // "WinHttpSendRequest", or "API_RECEIVE_RESPONSE" in async mode
    bool timed_out = false;      // --max-time expired (and the request had not finished)
    int interrupted_by = 0;      // SIGINT/SIGTERM (and the request had not finished)
    bool output_failed = false;  // see output.error()
    std::string upload_error;    // a file of the request body could not be read

    bool response_received = false;
    DWORD status = 0;
    std::string reason;
    std::string version;
    std::string raw_headers; // the status line and headers, CRLF separated, as WinHttpQueryHeaders gives them
    std::string final_url;   // WINHTTP_OPTION_URL
    bool body_complete = false;
    DWORD secure_failure_flags = 0; // from WINHTTP_CALLBACK_STATUS_SECURE_FAILURE
    std::string request_url;        // the URL as sent (a scheme added when it had none)
    double elapsed_ms = 0;
};

struct RunEnvironment {
    BodyOutput& output;
    ProgressBar& progress;
    std::shared_ptr<TraceObserver> observer;
    std::uint64_t start_ns = 0;
};

RunOutcome run_request(const SendOptions& options, const RequestBody& body, RunEnvironment& environment);

// "http://" is added to a URL without a scheme, as curl does.
std::string with_scheme(const std::string& url);

} // namespace hinterscope::cli
