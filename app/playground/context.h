#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace hinterscope::playground {

// Lets handlers that wait (delays, drips, paced streams) end early when the playground stops, so stop()
// never waits for a ten-second delay or a 4 GiB stream.
class StopSignal {
public:
    // False when the playground began stopping before the time was up.
    bool sleepFor(std::chrono::steady_clock::duration duration) const;
    bool sleepUntil(std::chrono::steady_clock::time_point deadline) const;
    bool raised() const { return raised_.load(); }
    void raise();
    void reset();

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable wake_;
    std::atomic<bool> raised_{false};
};

// What every handler may need to know about the running playground. Owned by Playground, it outlives
// every request: stop() joins all server threads before the context goes away.
struct Context {
    std::string urlHost; // the host as written in URLs: "127.0.0.1", "[::1]"
    std::atomic<quint16> httpPort{0};
    std::atomic<quint16> httpsPort{0};
    std::atomic<quint16> brokenTlsPort{0};
    StopSignal stop;
    std::array<unsigned char, 32> nonceKey{}; // signs Digest nonces; random per start

    std::string httpsOrigin() const;
};

} // namespace hinterscope::playground
