#include "send_command.h"

#include "body_output.h"
#include "exit_codes.h"
#include "json_report.h"
#include "progress_bar.h"
#include "request/winhttp_names.h"
#include "request_body.h"
#include "request_runner.h"
#include "send_options.h"
#include "trace_observer.h"
#include "usage_text.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <format>
#include <unistd.h>

namespace hinterscope::cli {
namespace {

// Callbacks kept for the report: a long download produces two per read; beyond this they are counted.
constexpr std::size_t max_reported_callbacks = 20000;

std::uint64_t now_ns()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

void print_error(const std::string& message)
{
    std::fprintf(stderr, "hinterscope-cli: %s\n", message.c_str());
    std::fflush(stderr);
}

std::string describe_error(DWORD error)
{
    return std::format("{} ({}): {}", error_name(error), error, error_explanation(error));
}

std::string secure_failure_detail(const RunOutcome& outcome, const TraceObserver& observer)
{
    std::string detail;
    const auto tls = observer.last_tls();
    DWORD flags = outcome.secure_failure_flags;
    if (tls) {
        flags |= tls->failure_flags & ~tls->ignored_flags;
        if (!tls->verify_message.empty())
            detail += "; " + tls->verify_message;
    }
    if (flags != 0)
        detail += " (" + secure_failure_flag_names(flags) + ")";
    return detail + "; use --cacert FILE to trust the issuer, or -k to skip verification";
}

std::optional<FailureInfo> classify(const SendOptions& options, const RunOutcome& outcome, const BodyOutput& output,
                                    const TraceObserver& observer, int& exit_code)
{
    FailureInfo failure;
    failure.call = outcome.failed_call;
    if (outcome.setup_failed) {
        exit_code = ExitUsage;
        failure.kind = "usage";
        if (!outcome.usage_message.empty() || !outcome.upload_error.empty()) {
            failure.name = "USAGE";
            failure.message = outcome.usage_message.empty() ? outcome.upload_error : outcome.usage_message;
        } else {
            failure.name = error_name(outcome.error);
            failure.code = outcome.error;
            failure.message = std::format("{} refused the request's settings: {}", outcome.failed_call,
                                          describe_error(outcome.error));
        }
        return failure;
    }
    if (outcome.interrupted_by != 0) {
        exit_code = ExitInterruptedBase + outcome.interrupted_by;
        failure.kind = "interrupted";
        failure.name = outcome.interrupted_by == SIGTERM ? "SIGTERM" : "SIGINT";
        failure.code = static_cast<std::uint32_t>(outcome.interrupted_by);
        failure.message = "interrupted; the request handle was closed";
        return failure;
    }
    if (outcome.timed_out) {
        exit_code = ExitTimeout;
        failure.kind = "timeout";
        failure.name = error_name(outcome.error == ERROR_SUCCESS ? ERROR_WINHTTP_OPERATION_CANCELLED : outcome.error);
        failure.code = outcome.error == ERROR_SUCCESS ? ERROR_WINHTTP_OPERATION_CANCELLED : outcome.error;
        failure.message = std::format("timed out after {} s (--max-time): the request handle was closed and the "
                                      "pending call failed with {} ({})",
                                      *options.max_time_seconds, failure.name, failure.code);
        return failure;
    }
    if (outcome.output_failed) {
        exit_code = ExitOutput;
        failure.kind = "output";
        failure.name = "OUTPUT";
        failure.message = output.error();
        return failure;
    }
    if (!outcome.upload_error.empty()) {
        exit_code = ExitOutput;
        failure.kind = "output";
        failure.name = "INPUT";
        failure.message = outcome.upload_error;
        return failure;
    }
    if (outcome.error != ERROR_SUCCESS) {
        exit_code = outcome.error == ERROR_WINHTTP_TIMEOUT ? ExitTimeout : ExitNetwork;
        failure.kind = outcome.error == ERROR_WINHTTP_TIMEOUT ? "timeout" : "winhttp";
        failure.name = error_name(outcome.error);
        failure.code = outcome.error;
        failure.message = describe_error(outcome.error);
        if (outcome.error == ERROR_WINHTTP_TIMEOUT && options.max_time_seconds)
            failure.message += std::format(" (--max-time {} s sets every WinHTTP timeout)", *options.max_time_seconds);
        if (outcome.error == ERROR_WINHTTP_SECURE_FAILURE)
            failure.message += secure_failure_detail(outcome, observer);
        return failure;
    }
    if (options.fail && outcome.status >= 400) {
        exit_code = ExitHttp;
        failure.kind = "http";
        failure.name = "HTTP_STATUS";
        failure.code = outcome.status;
        failure.message = std::format("the server answered {} {} (--fail)", outcome.status, outcome.reason);
        return failure;
    }
    exit_code = ExitSuccess;
    return std::nullopt;
}

BodyOutput::Destination destination_for(const SendOptions& options)
{
    if (options.output)
        return *options.output == "-" ? BodyOutput::Destination::Stdout : BodyOutput::Destination::File;
    return options.json ? BodyOutput::Destination::Json : BodyOutput::Destination::Stdout;
}

bool progress_wanted(const SendOptions& options)
{
    if (options.silent || options.verbose || options.json)
        return false;
    if (options.force_progress)
        return true;
    // As curl: a meter on a terminal, and not over a body that is going to the same terminal.
    const bool body_to_terminal = (!options.output || *options.output == "-") && ::isatty(STDOUT_FILENO) != 0;
    return ::isatty(STDERR_FILENO) != 0 && !body_to_terminal;
}

} // namespace

int run_send_command(const std::vector<std::string>& arguments)
{
    auto parsed = parse_send_arguments(arguments);
    if (auto* error = std::get_if<UsageError>(&parsed)) {
        print_error(error->message);
        return ExitUsage;
    }
    const auto& options = std::get<SendOptions>(parsed);
    if (options.help) {
        std::fputs(send_usage().c_str(), stdout);
        return ExitSuccess;
    }
    if (options.json && options.output && *options.output == "-") {
        print_error("--json writes the report to standard output; -o - cannot put the body there too");
        return ExitUsage;
    }
    if (options.ca_file) {
        std::error_code code;
        if (!std::filesystem::is_regular_file(*options.ca_file, code)) {
            print_error(std::format("--cacert: cannot read {}", *options.ca_file));
            return ExitUsage;
        }
    }
    auto built = build_request_body(options);
    if (auto* error = std::get_if<std::string>(&built)) {
        print_error(*error);
        return ExitUsage;
    }
    const auto& body = std::get<RequestBody>(built);

    const std::uint64_t start_ns = now_ns();
    std::optional<TimelineSettings> timeline;
    if (options.verbose)
        timeline = TimelineSettings{stderr, start_ns, options.trace_wire, options.trace_wire_body_limit,
                                    options.reveal_secrets};
    std::optional<TraceRecorder> recorder;
    if (options.json)
        recorder.emplace(with_scheme(options.url), max_reported_callbacks);
    auto observer = std::make_shared<TraceObserver>(timeline, std::move(recorder));

    BodyOutput output(destination_for(options), options.output.value_or(""), options.json_body_limit);
    ProgressBar progress(stderr, progress_wanted(options));
    RunEnvironment environment{output, progress, observer, start_ns};
    auto outcome = run_request(options, body, environment);

    const bool succeeded = !outcome.setup_failed && outcome.error == ERROR_SUCCESS && outcome.body_complete &&
                           !outcome.timed_out && outcome.interrupted_by == 0 && !outcome.output_failed &&
                           outcome.upload_error.empty();
    if (succeeded) {
        if (!output.commit())
            outcome.output_failed = true;
    } else {
        output.abort();
    }

    int exit_code = ExitSuccess;
    const auto failure = classify(options, outcome, output, *observer, exit_code);
    if (failure)
        print_error(failure->message);
    if (options.json) {
        const auto report = observer->with_recorder([&](const TraceRecorder& recorded) {
            return build_json_report(
                ReportInput{options, outcome, output, &recorded, start_ns, failure, exit_code, body.size()});
        });
        std::fwrite(report.data(), 1, report.size(), stdout);
        std::fflush(stdout);
    }
    return exit_code;
}

} // namespace hinterscope::cli
