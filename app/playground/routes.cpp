#include "routes.h"

#include "parsing.h"
#include "responses.h"

#include <algorithm>

namespace hinterscope::playground {

bool waitUntil(const Context& context, const httplib::Request& req, std::chrono::steady_clock::time_point deadline)
{
    constexpr auto checkEvery = std::chrono::milliseconds(200);
    while (true) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return !context.stop.raised();
        const auto until = std::min(deadline, now + checkEvery);
        if (!context.stop.sleepUntil(until))
            return false;
        if (until < deadline && req.is_connection_closed && req.is_connection_closed())
            return false;
    }
}

bool waitFor(const Context& context, const httplib::Request& req, std::chrono::steady_clock::duration duration)
{
    return waitUntil(context, req, std::chrono::steady_clock::now() + duration);
}

std::optional<long long> pathInteger(const httplib::Request& req, std::size_t capture, long long min, long long max,
                                     httplib::Response& res)
{
    const std::string text = capture < req.matches.size() ? req.matches[static_cast<int>(capture)].str() : "";
    const auto value = parseInteger(text, min, max);
    if (!value)
        sendProblem(res, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                             ", got \"" + text + "\"");
    return value;
}

} // namespace hinterscope::playground
