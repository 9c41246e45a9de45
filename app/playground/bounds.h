#pragma once

// Bounds that keep every endpoint finite and the server's memory flat (docs/playground.md, "Limits").
#include <chrono>
#include <cstdint>

namespace hinterscope::playground::limits {

inline constexpr std::uint64_t KiB = 1024;
inline constexpr std::uint64_t MiB = 1024 * KiB;
inline constexpr std::uint64_t GiB = 1024 * MiB;

inline constexpr std::uint64_t requestBody = 32 * MiB;  // larger bodies get 413
inline constexpr double delaySeconds = 10;              // /delay/{n}: longer asks are cut to this (httpbin)
inline constexpr double dripSeconds = 60;               // /drip?duration=
inline constexpr double dripDelaySeconds = 10;          // /drip?delay=
inline constexpr std::uint64_t dripBytes = 10 * MiB;    // /drip?numbytes= is cut to this (httpbin)
inline constexpr int streamLines = 100;                 // /stream/{n} is cut to this (httpbin)
inline constexpr std::uint64_t randomBytes = 100 * KiB; // /bytes, /stream-bytes are cut to this (httpbin)
inline constexpr std::uint64_t rangeBytes = 100 * KiB;  // /range/{n}: more is 404 (httpbin)
inline constexpr double rangeSeconds = 10;              // /range/{n}?duration=
inline constexpr std::uint64_t largeBytes = 16 * GiB;   // /large/{size}
inline constexpr double slowSeconds = 300;              // /slow: size / rate
inline constexpr std::uint64_t slowRate = 1 * GiB;      // /slow/{bytes_per_sec}
inline constexpr int sseEvents = 1000;                  // /sse?count=
inline constexpr int sseIntervalMs = 10'000;            // /sse?interval_ms=
inline constexpr double sseSeconds = 300;               // count × interval
inline constexpr int chunks = 10'000;                   // /chunked/{n}
inline constexpr int chunkIntervalMs = 1'000;           // /chunked/{n}?interval_ms=
inline constexpr double chunkedSeconds = 60;            // n × interval
inline constexpr int manyHeaders = 10'000;              // /headers/many/{n}
inline constexpr int redirects = 1'000;                 // /redirect/{n} and friends
inline constexpr int statusChoices = 100;               // /status/{codes}: entries in the list
inline constexpr std::chrono::seconds digestNonceLifetime{300};

} // namespace hinterscope::playground::limits
