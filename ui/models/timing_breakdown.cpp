#include "models/timing_breakdown.h"

#include "models/hop_ledger_model.h"
#include "models/timing_events.h"

#include <algorithm>

#include <winhttp.h>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

// The response began: what was waited for ends, receiving starts. The engine marks "first-byte" right after
// tracing the bytes, so whichever comes first counts.
void firstByte(TimingBreakdown::Hop& hop, quint64 now)
{
    auto& phases = hop.phases;
    if (phases[TimingBreakdown::Receive].startNs != 0)
        return;
    const auto& send = phases[TimingBreakdown::Send];
    if (send.endNs != 0)
        phases[TimingBreakdown::Wait] = {send.endNs, now};
    phases[TimingBreakdown::Receive].startNs = now;
}

// A handshake begins where the TCP connection (or the proxy's tunnel) was ready.
quint64 handshakeStart(const TimingBreakdown::Hop& hop)
{
    const auto& phases = hop.phases;
    if (phases[TimingBreakdown::Tunnel].endNs != 0)
        return phases[TimingBreakdown::Tunnel].endNs;
    if (phases[TimingBreakdown::Connect].endNs != 0)
        return phases[TimingBreakdown::Connect].endNs;
    return hop.startNs;
}

} // namespace

TimingBreakdown::Span TimingBreakdown::shown(const Hop& hop, Phase phase)
{
    Span span = hop.phases[phase];
    if (span.startNs != 0 && span.endNs == 0 && hop.open)
        span.endNs = std::max(hop.endNs, span.startNs);
    return span;
}

void TimingBreakdown::beginHop(quint64 now)
{
    Hop hop;
    hop.startNs = now;
    hop.endNs = now;
    hops_.append(hop);
    finished_ = false;
}

// Phases still running end with the last moment the hop was seen.
void TimingBreakdown::closeHop(Hop& hop)
{
    for (auto& span : hop.phases) {
        if (span.startNs != 0 && span.endNs == 0)
            span.endNs = std::max(hop.endNs, span.startNs);
    }
    hop.open = false;
}

void TimingBreakdown::add(const Event& event)
{
    const quint64 now = event.timestamp_ns;
    if (timing::isHopActivity(event) && (hops_.isEmpty() || !hops_.last().open || hops_.last().leadsOn)) {
        if (!hops_.isEmpty() && hops_.last().open)
            closeHop(hops_.last());
        beginHop(now);
    }
    if (hops_.isEmpty())
        return; // nothing of the request's sending yet (handle created, options set)
    Hop& hop = hops_.last();
    if (!hop.open)
        return; // after the end: closing the handle, late callbacks
    hop.endNs = std::max<quint64>(hop.endNs, now);
    auto& phases = hop.phases;

    switch (event.kind) {
    case EventKind::TimingMark:
        if (event.text == timing::kDnsStart) {
            phases[Dns].startNs = now;
        } else if (event.text == timing::kDnsEnd) {
            phases[Dns].endNs = now;
            phases[Connect].startNs = now;
        } else if (event.text == timing::kConnect) {
            if (phases[Connect].startNs == 0)
                phases[Connect].startNs = hop.startNs;
            phases[Connect].endNs = now;
        } else if (event.text == timing::kTunnel) {
            phases[Tunnel] = {phases[Connect].endNs != 0 ? phases[Connect].endNs : hop.startNs, now};
        } else if (event.text == timing::kTls) {
            phases[Tls] = {handshakeStart(hop), now};
        } else if (event.text == timing::kFirstByte) {
            firstByte(hop, now);
        } else if (event.text == timing::kComplete) {
            firstByte(hop, now); // a response without a body
            phases[Receive].endNs = now;
            closeHop(hop);
            finished_ = true;
        }
        break;
    case EventKind::TlsHandshake:
        // A handshake that failed has no "tls" mark: it ended here (a "tls" mark that follows moves the end).
        if (phases[Tls].endNs == 0)
            phases[Tls] = {handshakeStart(hop), now};
        break;
    case EventKind::ConnectionReused:
        hop.reusedConnection = true;
        break;
    case EventKind::BytesReceived:
        if (phases[Send].endNs != 0) // not a proxy's answer to CONNECT
            firstByte(hop, now);
        break;
    case EventKind::RedirectDecision: {
        const auto decided = HopLedgerModel::parseDecision(event);
        hop.status = decided.status;
        hop.leadsOn = decided.leadsOn;
        break;
    }
    case EventKind::HandleClosed:
        closeHop(hop);
        finished_ = true;
        break;
    case EventKind::Callback:
        switch (event.status) {
        case WINHTTP_CALLBACK_STATUS_SENDING_REQUEST:
            if (phases[Send].startNs == 0)
                phases[Send].startNs = now;
            break;
        case WINHTTP_CALLBACK_STATUS_REQUEST_SENT:
            // Body writes (WinHttpWriteData) send more: sending lasts until the last of them.
            if (phases[Receive].startNs == 0 && phases[Send].startNs != 0)
                phases[Send].endNs = now;
            break;
        case WINHTTP_CALLBACK_STATUS_REDIRECT:
            // What was left of the redirect's body has been read: this hop is done.
            if (phases[Receive].startNs != 0)
                phases[Receive].endNs = now;
            break;
        case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
            hop.failed = true;
            closeHop(hop);
            finished_ = true;
            break;
        case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
            closeHop(hop);
            finished_ = true;
            break;
        default:
            break;
        }
        break;
    default:
        break;
    }
}

void TimingBreakdown::finish(bool failed)
{
    if (!hops_.isEmpty() && hops_.last().open) {
        hops_.last().failed = failed;
        closeHop(hops_.last());
    }
    finished_ = true;
}

void TimingBreakdown::clear()
{
    hops_.clear();
    finished_ = false;
}

} // namespace hinterscope
