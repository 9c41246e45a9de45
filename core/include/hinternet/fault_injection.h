#pragma once

// Test-only: socket fault injection (issue 8, docs/reliability.md "Fault injection and lifetime").
// Not part of the WinHTTP API. A plan makes the engine's socket reads and writes fail on purpose with
// EINTR, EAGAIN, a short count or ECONNRESET, chosen per call by a PRNG seeded from the plan, so a run is
// repeatable. The plan is read from HINTERNET_FAULTS when the library loads, e.g.
//   HINTERNET_FAULTS="seed=7,eintr=0.05,eagain=0.05,short=0.3,reset=0.001,after=20,limit=3"
// Rates are probabilities per socket call (0..0.9); `after` leaves the first N calls alone; `limit` caps
// the number of ECONNRESETs (0: no cap). `reset_on=idle_reuse` resets the first write on every connection
// taken from the keep-alive pool (a server that closed an idle connection just as it was reused: the engine
// must hide it by sending again). With no plan the check is one relaxed atomic load per call.
#include "hinternet/export.h"

#include <cstdint>

namespace hinternet::testing {

struct FaultCounts {
    std::uint64_t calls = 0; // socket reads and writes seen while a plan was active
    std::uint64_t eintr = 0;
    std::uint64_t eagain = 0;
    std::uint64_t short_count = 0;
    std::uint64_t reset = 0;
};

// Replaces the active plan (nullptr or "" turns injection off) and zeroes the counts. False, with
// injection off, when the text does not parse.
HINTERNET_EXPORT bool set_fault_plan(const char* plan);
HINTERNET_EXPORT FaultCounts fault_counts();

} // namespace hinternet::testing
