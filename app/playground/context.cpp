#include "context.h"

namespace hinterscope::playground {

bool StopSignal::sleepFor(std::chrono::steady_clock::duration duration) const
{
    return sleepUntil(std::chrono::steady_clock::now() + duration);
}

bool StopSignal::sleepUntil(std::chrono::steady_clock::time_point deadline) const
{
    std::unique_lock lock(mutex_);
    return !wake_.wait_until(lock, deadline, [this] { return raised_.load(); });
}

void StopSignal::raise()
{
    {
        std::lock_guard lock(mutex_);
        raised_ = true;
    }
    wake_.notify_all();
}

void StopSignal::reset()
{
    std::lock_guard lock(mutex_);
    raised_ = false;
}

std::string Context::httpsOrigin() const
{
    return "https://" + urlHost + ":" + std::to_string(httpsPort.load());
}

} // namespace hinterscope::playground
