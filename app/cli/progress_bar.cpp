#include "progress_bar.h"

#include "terminal_text.h"

#include <algorithm>
#include <format>

namespace hinterscope::cli {

ProgressBar::ProgressBar(std::FILE* out, bool enabled)
    : out_(out)
    , enabled_(enabled)
{}

void ProgressBar::start(std::optional<std::uint64_t> total)
{
    if (!enabled_)
        return;
    std::lock_guard lock(mutex_);
    started_ = true;
    total_ = total;
    received_ = 0;
    start_time_ = std::chrono::steady_clock::now();
    last_draw_ = {};
}

void ProgressBar::update(std::uint64_t received)
{
    if (!enabled_)
        return;
    std::lock_guard lock(mutex_);
    received_ = received;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(100))
        return;
    last_draw_ = now;
    draw(false);
}

void ProgressBar::finish()
{
    if (!enabled_)
        return;
    std::lock_guard lock(mutex_);
    if (!started_)
        return;
    draw(true);
    started_ = false;
}

std::string ProgressBar::render(std::uint64_t received, std::optional<std::uint64_t> total, double seconds)
{
    const double rate = seconds > 0 ? static_cast<double>(received) / seconds : 0;
    std::string text = std::format("{:>10}", human_bytes(static_cast<double>(received)));
    if (total && *total > 0) {
        const double fraction = std::min(1.0, static_cast<double>(received) / static_cast<double>(*total));
        constexpr int width = 20;
        const int filled = static_cast<int>(fraction * width);
        text += std::format(" / {:<10} [{}{}] {:3.0f}%", human_bytes(static_cast<double>(*total)),
                            std::string(static_cast<std::size_t>(filled), '#'),
                            std::string(static_cast<std::size_t>(width - filled), '.'), fraction * 100);
    }
    text += std::format("  {:>10}/s", human_bytes(rate));
    if (total && rate > 0 && received < *total) {
        const auto eta = static_cast<std::uint64_t>(static_cast<double>(*total - received) / rate);
        text += std::format("  ETA {}:{:02}:{:02}", eta / 3600, eta / 60 % 60, eta % 60);
    } else {
        text += std::format("  {:.1f} s", seconds);
    }
    return text;
}

void ProgressBar::draw(bool final)
{
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time_).count();
    // Padding clears what a longer previous line left behind.
    const auto line = render(received_, total_, seconds);
    std::fprintf(out_, "\r%-78s%s", line.c_str(), final ? "\n" : "");
    std::fflush(out_);
}

} // namespace hinterscope::cli
