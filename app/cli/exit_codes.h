#pragma once

// hinterscope-cli's exit codes (docs/cli.md): distinct so scripts can tell a usage mistake from a network
// failure from a timeout. 22 is curl's number for --fail.
namespace hinterscope::cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsage = 2,
    ExitNetwork = 3,
    ExitTimeout = 4,
    ExitOutput = 5,
    ExitRunFailed = 6, // `run`: a request failed, a status was not the expected one, or a file was broken
    ExitHttp = 22,
    ExitInterruptedBase = 128, // plus the signal number
};

} // namespace hinterscope::cli
