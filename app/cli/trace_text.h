#pragma once

// The trace's events as words: callback payloads, redirect decisions, TLS summaries. Shared by the -v
// timeline and the JSON report so both say the same thing (the first two live in app/request, where the
// history's exchange recorder uses them too).
#include "request/callback_text.h"

#include <hinternet/trace.h>

#include <cstdint>
#include <string>
#include <vector>

namespace hinterscope::cli {

// "2025-01-31T12:00:00Z".
std::string iso_time(std::int64_t seconds_since_epoch);
// The TLS handshake as indented lines (no trailing newline), for -v.
std::vector<std::string> describe_tls(const hinternet::trace::TlsSummary& tls);

} // namespace hinterscope::cli
