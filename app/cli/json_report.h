#pragma once

// --json: one document on stdout when the request is over, in the shape docs/cli-report.schema.json
// describes (docs/cli.md explains each field). Secrets are redacted unless --reveal-secrets.
#include "body_output.h"
#include "request/trace_recorder.h"
#include "request_runner.h"
#include "send_options.h"

#include <windows.h>

#include <cstdint>
#include <optional>
#include <string>

namespace hinterscope::cli {

// Why the command failed, as the report and the error line say it.
struct FailureInfo {
    std::string kind; // "usage", "winhttp", "timeout", "output", "interrupted", "http"
    std::string name; // "ERROR_WINHTTP_CANNOT_CONNECT", "HTTP_STATUS", ...
    std::uint32_t code = 0;
    std::string message;
    std::string call; // the WinHTTP function (or API_*) that failed, when there is one
};

struct ReportInput {
    const SendOptions& options;
    const RunOutcome& outcome;
    const BodyOutput& output;
    const TraceRecorder* recorder; // null when the request never got as far as a session
    std::uint64_t start_ns = 0;
    std::optional<FailureInfo> failure;
    int exit_code = 0;
    std::uint64_t request_body_size = 0;
};

// The report as indented UTF-8 JSON followed by a newline.
std::string build_json_report(const ReportInput& input);

} // namespace hinterscope::cli
