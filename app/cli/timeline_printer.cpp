#include "timeline_printer.h"

#include "option_table.h"
#include "redaction.h"
#include "terminal_text.h"
#include "trace_text.h"
#include "winhttp_names.h"

#include <winhttp.h>

#include <chrono>
#include <format>
#include <unistd.h>

namespace hinterscope::cli {
namespace {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

// A response head larger than this is not shown (the engine refuses heads beyond 256 KiB anyway).
constexpr std::size_t max_shown_head = 256 * 1024 + 4;

std::uint64_t now_ns()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

// Each line of a head (CRLF separated, without the blank line) with `marker` in front.
std::string head_lines(std::string_view head, std::string_view marker)
{
    std::string lines;
    std::size_t start = 0;
    while (start < head.size()) {
        const auto end = head.find("\r\n", start);
        const auto line = head.substr(start, end == std::string_view::npos ? end : end - start);
        if (line.empty())
            break;
        lines += std::string(marker) + printable(line) + "\n";
        if (end == std::string_view::npos)
            break;
        start = end + 2;
    }
    lines += std::string(marker.substr(0, 1)) + "\n";
    return lines;
}

int status_of_head(std::string_view head)
{
    // "HTTP/1.1 200 OK": the three digits after the first space.
    const auto space = head.find(' ');
    if (space == std::string_view::npos || space + 4 > head.size())
        return 0;
    int status = 0;
    for (std::size_t i = space + 1; i < space + 4; ++i) {
        if (head[i] < '0' || head[i] > '9')
            return 0;
        status = status * 10 + (head[i] - '0');
    }
    return status;
}

} // namespace

TimelinePrinter::TimelinePrinter(TimelineSettings settings)
    : settings_(settings)
{}

std::string TimelinePrinter::prefix(std::uint64_t timestamp_ns, std::uint64_t thread, std::string_view handle) const
{
    const double ms =
        timestamp_ns >= settings_.start_ns ? static_cast<double>(timestamp_ns - settings_.start_ns) / 1e6 : 0.0;
    return std::format("* {:10.3f} ms  tid {:<7} {:<16} ", ms, thread, handle);
}

std::string TimelinePrinter::prefix(const Event& event) const
{
    return prefix(event.timestamp_ns, event.thread_id,
                  std::format("{} {:#x}", handle_type_name(event.handle_type), event.handle));
}

void TimelinePrinter::write(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), settings_.out);
    std::fflush(settings_.out);
}

void TimelinePrinter::api_call(std::string_view text)
{
    write(prefix(now_ns(), static_cast<std::uint64_t>(::gettid()), "") + std::string(text) + "\n");
}

void TimelinePrinter::note(std::string_view text)
{
    write(prefix(now_ns(), static_cast<std::uint64_t>(::gettid()), "") + std::string(text) + "\n");
}

void TimelinePrinter::event(const Event& event, bool request_head)
{
    switch (event.kind) {
    case EventKind::HandleCreated:
        write(prefix(event) + "created: " + printable(event.text) + "\n");
        break;
    case EventKind::HandleClosed:
        break; // HANDLE_CLOSING said it already
    case EventKind::OptionChanged:
        write(prefix(event) + "set " + option_constant_name(static_cast<DWORD>(event.number)) + "\n");
        break;
    case EventKind::Callback: {
        std::string line = prefix(event) + callback_status_name(event.status);
        if (auto payload = callback_payload(event)) {
            if (event.status == WINHTTP_CALLBACK_STATUS_REDIRECT)
                payload = redact_url(*payload, settings_.reveal_secrets);
            line += "  " + printable(*payload);
        }
        if (!event.delivered)
            line += "  (not delivered)";
        write(line + "\n");
        break;
    }
    case EventKind::ConnectionOpened:
        write(prefix(event) + std::format("connection #{} opened {}\n", event.number, printable(event.text)));
        break;
    case EventKind::ConnectionReused:
        write(prefix(event) + std::format("connection #{} reused ({})\n", event.number, printable(event.text)));
        break;
    case EventKind::ConnectionClosed:
        write(prefix(event) + std::format("connection #{} closed: {}\n", event.number, printable(event.text)));
        break;
    case EventKind::TlsHandshake:
        if (event.tls) {
            std::string lines;
            for (const auto& line : describe_tls(*event.tls))
                lines += prefix(event) + line + "\n";
            write(lines);
        } else {
            write(prefix(event) + "TLS handshake: " + printable(event.text) + "\n");
        }
        break;
    case EventKind::BytesSent:
        if (request_head) {
            print_request_head(event, event.bytes);
        } else if (settings_.wire) {
            write(prefix(event) + std::format("=> sent {} body bytes (offset {})\n", event.bytes.size(), event.offset));
            dump_body(event.bytes, event.offset, true);
        }
        break;
    case EventKind::BytesReceived:
        print_received(event);
        break;
    case EventKind::BodyDecoded:
        break; // READ_COMPLETE says how much the application got
    case EventKind::RedirectDecision: {
        const auto decision = parse_redirect_decision(event.text);
        std::string line = prefix(event) + std::format("hop: {} {}", decision.status, printable(decision.decision));
        if (!decision.location.empty())
            line += " -> " + printable(redact_url(decision.location, settings_.reveal_secrets));
        write(line + "\n");
        break;
    }
    case EventKind::TimingMark:
        write(prefix(event) + "timing " + printable(event.text) + "\n");
        break;
    case EventKind::CookieStored:
        write(prefix(event) + "cookie stored: " +
              printable(redact_header_value("Set-Cookie", event.text, settings_.reveal_secrets)) + "\n");
        break;
    }
}

void TimelinePrinter::print_request_head(const Event& event, std::string_view bytes)
{
    report_omitted();
    sent_body_dumped_ = received_body_dumped_ = 0;
    in_response_head_ = true;
    response_head_.clear();

    const auto end = bytes.find("\r\n\r\n");
    const auto head = bytes.substr(0, end == std::string_view::npos ? bytes.size() : end + 4);
    const auto body = bytes.substr(head.size());
    const auto shown = redact_head(head, settings_.reveal_secrets);
    std::string text;
    if (settings_.wire) {
        text += prefix(event) + std::format("=> sent {} bytes (offset {}): head {}, body {}\n", bytes.size(),
                                            event.offset, head.size(), body.size());
        text += hex_dump(shown, event.offset, "=> ");
    }
    text += head_lines(shown, "> ");
    write(text);
    if (settings_.wire && !body.empty())
        dump_body(body, event.offset + head.size(), true);
}

void TimelinePrinter::print_received(const Event& event)
{
    std::string_view bytes = event.bytes;
    std::uint64_t offset = event.offset;
    if (settings_.wire)
        write(prefix(event) + std::format("<= received {} bytes (offset {})\n", bytes.size(), offset));
    while (!bytes.empty()) {
        if (!in_response_head_) {
            if (settings_.wire)
                dump_body(bytes, offset, false);
            return;
        }
        if (response_head_.empty())
            response_head_offset_ = offset;
        // Search from a little before the new bytes: the blank line may straddle two reads.
        const std::size_t search_from = response_head_.size() >= 3 ? response_head_.size() - 3 : 0;
        const std::size_t taken = std::min(bytes.size(), max_shown_head - response_head_.size());
        response_head_.append(bytes.substr(0, taken));
        const auto end = response_head_.find("\r\n\r\n", search_from);
        if (end == std::string::npos) {
            if (response_head_.size() >= max_shown_head) {
                write(prefix(event) + "(response head too large to show)\n");
                in_response_head_ = false;
                response_head_.clear();
            }
            bytes.remove_prefix(taken);
            offset += taken;
            continue;
        }
        const std::size_t head_size = end + 4;
        const std::size_t used_from_chunk = head_size - (response_head_.size() - taken);
        const std::string head = response_head_.substr(0, head_size);
        print_response_head(head, response_head_offset_);
        response_head_.clear();
        const int status = status_of_head(head);
        // An interim response (100, 103) is followed by the real one's head; 101 switches protocols.
        in_response_head_ = status >= 100 && status < 200 && status != 101;
        bytes.remove_prefix(used_from_chunk);
        offset += used_from_chunk;
    }
}

void TimelinePrinter::print_response_head(std::string_view head, std::uint64_t offset)
{
    const auto shown = redact_head(head, settings_.reveal_secrets);
    std::string text;
    if (settings_.wire)
        text += hex_dump(shown, offset, "<= ");
    text += head_lines(shown, "< ");
    write(text);
}

void TimelinePrinter::dump_body(std::string_view bytes, std::uint64_t offset, bool sent)
{
    auto& dumped = sent ? sent_body_dumped_ : received_body_dumped_;
    auto& omitted = sent ? sent_body_omitted_ : received_body_omitted_;
    const std::size_t room = settings_.wire_body_limit > dumped ? settings_.wire_body_limit - dumped : 0;
    const auto shown = bytes.substr(0, std::min(room, bytes.size()));
    if (!shown.empty())
        write(hex_dump(shown, offset, sent ? "=> " : "<= "));
    dumped += shown.size();
    omitted += bytes.size() - shown.size();
}

void TimelinePrinter::report_omitted()
{
    if (sent_body_omitted_ == 0 && received_body_omitted_ == 0)
        return;
    write(prefix(now_ns(), static_cast<std::uint64_t>(::gettid()), "") +
          std::format("(--trace-wire-limit {}: {} body bytes sent and {} received were not dumped)\n",
                      settings_.wire_body_limit, sent_body_omitted_, received_body_omitted_));
    sent_body_omitted_ = received_body_omitted_ = 0;
}

void TimelinePrinter::finish()
{
    report_omitted();
}

} // namespace hinterscope::cli
