#pragma once

// Which trace events mark where a hop of a request begins. Shared by the hop ledger (hop timing) and the
// timing model (the waterfall), so both cut a request into the same hops.
#include <hinternet/trace.h>

namespace hinterscope::timing {

// The engine's TimingMark texts (core/handles/request_exchange.cpp).
inline constexpr const char* kDnsStart = "dns-start";
inline constexpr const char* kDnsEnd = "dns-end";
inline constexpr const char* kConnect = "connect";
inline constexpr const char* kTunnel = "tunnel";
inline constexpr const char* kTls = "tls";
inline constexpr const char* kFirstByte = "first-byte";
inline constexpr const char* kComplete = "complete";

// The first thing a hop does: take a pooled connection, or resolve and connect, then send its head.
// Events that only finish the hop before (draining, REDIRECT, closing its connection) do not count.
bool isHopActivity(const hinternet::trace::Event& event);

} // namespace hinterscope::timing
