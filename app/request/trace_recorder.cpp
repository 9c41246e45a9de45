#include "request/trace_recorder.h"

#include "request/callback_text.h"

#include <winhttp.h>

#include <algorithm>

namespace hinterscope {
namespace {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

// More than any head the engine accepts: a response head is not kept beyond this.
constexpr std::size_t max_response_head = 64 * 1024;

bool iequals(std::string_view a, std::string_view b)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

bool is_interim(std::string_view head)
{
    // "HTTP/1.1 1xx": a 100 Continue or 103 Early Hints, followed by the real response.
    const auto space = head.find(' ');
    return space != std::string_view::npos && head.size() > space + 1 && head[space + 1] == '1';
}

std::vector<std::string> header_names(std::string_view head)
{
    std::vector<std::string> names;
    std::size_t start = head.find("\r\n");
    while (start != std::string_view::npos) {
        start += 2;
        const auto end = head.find("\r\n", start);
        const auto line = head.substr(start, end == std::string_view::npos ? end : end - start);
        if (line.empty())
            break;
        if (const auto colon = line.find(':'); colon != std::string_view::npos)
            names.emplace_back(line.substr(0, colon));
        start = end;
    }
    return names;
}

bool contains_name(const std::vector<std::string>& names, const std::string& name)
{
    return std::any_of(names.begin(), names.end(), [&](const std::string& other) { return iequals(other, name); });
}

std::optional<double> between(std::uint64_t from, std::uint64_t to)
{
    if (from == 0 || to == 0 || to < from)
        return std::nullopt;
    return static_cast<double>(to - from) / 1e6;
}

} // namespace

HopTimings hop_timings(const RecordedHop& hop)
{
    HopTimings timings;
    timings.dns = between(hop.dns_start, hop.dns_end);
    timings.connect = between(hop.dns_end, hop.connected);
    timings.tls = between(hop.tunnel != 0 ? hop.tunnel : hop.connected, hop.tls);
    timings.send = between(hop.sending, hop.sent);
    timings.wait = between(hop.sent, hop.first_byte);
    const std::uint64_t last_seen = std::max({hop.complete, hop.last_body, hop.decided, hop.first_byte, hop.sent});
    const std::uint64_t finished = hop.end != 0 ? hop.end : last_seen;
    timings.receive = between(hop.first_byte, finished);
    timings.total = between(hop.start, finished);
    return timings;
}

bool starts_request_head(std::string_view chunk)
{
    const auto line_end = chunk.find("\r\n");
    const auto line = chunk.substr(0, line_end);
    const auto space = line.find(' ');
    if (line_end == std::string_view::npos || space == 0 || space == std::string_view::npos)
        return false;
    for (const char c : line.substr(0, space))
        if (c < '!' || c > '~')
            return false;
    return line.ends_with(" HTTP/1.1") || line.ends_with(" HTTP/1.0");
}

std::string RecordedHop::server_address() const
{
    const auto arrow = connection.find(" -> ");
    return arrow == std::string::npos ? connection : connection.substr(arrow + 4);
}

TraceRecorder::TraceRecorder(std::string url, std::size_t max_callbacks)
    : max_callbacks_(max_callbacks)
    , next_url_(std::move(url))
{}

RecordedHop& TraceRecorder::hop_for_new_activity(std::uint64_t timestamp)
{
    if (hops_.empty() || hops_.back().decision) {
        if (!hops_.empty())
            hops_.back().end = timestamp;
        RecordedHop hop;
        hop.url = next_url_;
        hop.start = timestamp;
        hops_.push_back(std::move(hop));
    }
    return hops_.back();
}

void TraceRecorder::collect_response_head(RecordedHop& hop, std::string_view bytes)
{
    while (!bytes.empty()) {
        if (hop.response_head_complete) {
            if (!is_interim(hop.response_head) || !bytes.starts_with("HTTP/"))
                return;
            hop.response_head.clear(); // an interim head: the real one follows
            hop.response_head_complete = false;
        }
        if (hop.response_head.empty() && !bytes.starts_with("HTTP/"))
            return;
        const std::size_t before = hop.response_head.size();
        hop.response_head.append(bytes.substr(0, std::min(bytes.size(), max_response_head - before)));
        const auto end = hop.response_head.find("\r\n\r\n", before >= 3 ? before - 3 : 0);
        if (end == std::string::npos) {
            hop.response_head_complete = hop.response_head.size() >= max_response_head;
            return;
        }
        hop.response_head.resize(end + 4);
        hop.response_head_complete = true;
        bytes.remove_prefix(end + 4 - before);
    }
}

void TraceRecorder::event(const Event& event, bool request_head)
{
    const auto at = event.timestamp_ns;
    RecordedHop* current = hops_.empty() ? nullptr : &hops_.back();
    switch (event.kind) {
    case EventKind::Callback: {
        if (callbacks_.size() < max_callbacks_)
            callbacks_.push_back(RecordedCallback{at, event.thread_id, event.handle, event.handle_type, event.status,
                                                  callback_payload(event), event.delivered});
        else
            ++callbacks_omitted_;
        switch (event.status) {
        case WINHTTP_CALLBACK_STATUS_REDIRECT:
            next_url_ = event.text;
            hop_for_new_activity(at);
            break;
        case WINHTTP_CALLBACK_STATUS_RESOLVING_NAME:
            hop_for_new_activity(at);
            break;
        case WINHTTP_CALLBACK_STATUS_SENDING_REQUEST: {
            auto& hop = hop_for_new_activity(at);
            if (hop.sending == 0)
                hop.sending = at;
            break;
        }
        case WINHTTP_CALLBACK_STATUS_REQUEST_SENT:
            if (current != nullptr && current->sending != 0)
                current->sent = at;
            break;
        case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
        case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
            if (current != nullptr)
                current->last_body = at;
            break;
        default:
            break;
        }
        break;
    }
    case EventKind::TimingMark:
        if (event.text == "dns-start") {
            hop_for_new_activity(at).dns_start = at;
        } else if (current != nullptr) {
            if (event.text == "dns-end")
                current->dns_end = at;
            else if (event.text == "connect")
                current->connected = at;
            else if (event.text == "tunnel") {
                current->tunnel = at;
                current->response_head.clear(); // that was the proxy's answer to CONNECT
                current->response_head_complete = false;
            } else if (event.text == "tls")
                current->tls = at;
            else if (event.text == "complete")
                current->complete = at;
        }
        break;
    case EventKind::ConnectionOpened:
    case EventKind::ConnectionReused: {
        auto& hop = hop_for_new_activity(at);
        hop.connection_id = event.number;
        hop.connection_reused = event.kind == EventKind::ConnectionReused;
        hop.connection = event.text;
        break;
    }
    case EventKind::TlsHandshake:
        tls_ = event.tls;
        if (current != nullptr)
            current->tls_handshake = true;
        break;
    case EventKind::BytesSent: {
        if (event.bytes.starts_with("CONNECT "))
            break;
        if (!request_head) {
            if (current != nullptr)
                current->request_body_bytes += event.bytes.size();
            break;
        }
        auto& hop = hop_for_new_activity(at);
        const auto end = event.bytes.find("\r\n\r\n");
        hop.request_head = event.bytes.substr(0, end == std::string::npos ? event.bytes.size() : end + 4);
        hop.request_body_bytes = event.bytes.size() - hop.request_head.size();
        hop.method = hop.request_head.substr(0, hop.request_head.find(' '));
        hop.dropped_headers.clear();
        if (hops_.size() >= 2) {
            const auto before = header_names(hops_[hops_.size() - 2].request_head);
            const auto now = header_names(hop.request_head);
            for (const auto& name : before)
                if (!contains_name(now, name) && !contains_name(hop.dropped_headers, name))
                    hop.dropped_headers.push_back(name);
        }
        if (first_request_head_.empty())
            first_request_head_ = hop.request_head;
        break;
    }
    case EventKind::BytesReceived:
        if (current != nullptr && current->sent != 0 && current->first_byte == 0)
            current->first_byte = at;
        if (current != nullptr)
            collect_response_head(*current, event.bytes);
        break;
    case EventKind::RedirectDecision:
        if (current != nullptr) {
            const auto decision = parse_redirect_decision(event.text);
            current->status = decision.status;
            current->decision = decision.decision;
            current->location = decision.location;
            current->decided = at;
        }
        break;
    default:
        break;
    }
}

std::vector<RecordedHop> TraceRecorder::hops() const
{
    return hops_;
}

} // namespace hinterscope
