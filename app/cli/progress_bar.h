#pragma once

// The download meter on stderr: bytes so far, the total when known, rate and ETA, redrawn in place at
// most ten times a second. Thread-safe: in async mode it is fed from the engine's worker threads.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>

namespace hinterscope::cli {

class ProgressBar {
public:
    ProgressBar(std::FILE* out, bool enabled);

    bool enabled() const { return enabled_; }
    // `total`: the body size when the response announced it (and it is not content-decoded).
    void start(std::optional<std::uint64_t> total);
    void update(std::uint64_t received);
    // Draws the final state and ends the line.
    void finish();

    // The meter's text for these numbers (no carriage return), for tests of the layout.
    static std::string render(std::uint64_t received, std::optional<std::uint64_t> total, double seconds);

private:
    void draw(bool final);

    std::FILE* out_;
    bool enabled_;
    std::mutex mutex_;
    bool started_ = false;
    std::optional<std::uint64_t> total_;
    std::uint64_t received_ = 0;
    std::chrono::steady_clock::time_point start_time_;
    std::chrono::steady_clock::time_point last_draw_;
};

} // namespace hinterscope::cli
