#pragma once

// "Copy as code": a RequestSpec as a complete WinHTTP C++ program that sends what the runner sends
// (docs/code-generation.md). The programs compile unchanged with Windows' WinHTTP and, on Linux, against
// hinternet with `pkg-config hinternet`. Pure functions of their arguments (apart from the multipart
// boundary, which is new each time as the runner's is).
#include "codegen/winhttp_request_plan.h"
#include "request/request_spec.h"

#include <QString>

namespace hinterscope::codegen {

// Synchronous mode: WinHttpSendRequest → WinHttpReceiveResponse → WinHttpQueryDataAvailable/ReadData.
QString generateWinHttpSync(const RequestSpec& spec, const CodegenOptions& options = {});
// Asynchronous mode (WINHTTP_FLAG_ASYNC): a status callback drives the same steps, main() waits for the end.
QString generateWinHttpAsync(const RequestSpec& spec, const CodegenOptions& options = {});

} // namespace hinterscope::codegen
