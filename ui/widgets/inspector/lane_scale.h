#pragma once

#include <algorithm>
#include <cmath>

namespace hinterscope {

// The lane view's mapping between time (ns since the trace's origin) and pixels of its plot area. A value
// type, so the zoom maths is testable without a widget.
struct LaneScale {
    static constexpr double kMinNsPerPixel = 10.0; // 100 pixels per microsecond
    static constexpr double kMaxNsPerPixel = 1e10; // 10 s per pixel

    double nsPerPixel = 1e5; // 0.1 ms per pixel
    double startNs = 0;      // the time at the plot's left edge

    double xOf(double ns) const { return (ns - startNs) / nsPerPixel; }
    double timeAt(double x) const { return startNs + x * nsPerPixel; }

    // factor > 1 zooms in; the time under `x` stays under `x`.
    void zoomAround(double x, double factor)
    {
        if (!(factor > 0))
            return;
        const double anchor = timeAt(x);
        nsPerPixel = std::clamp(nsPerPixel / factor, kMinNsPerPixel, kMaxNsPerPixel);
        startNs = anchor - x * nsPerPixel;
    }

    // The whole span [0, spanNs] fills `width` pixels.
    void fit(double spanNs, double width)
    {
        nsPerPixel = std::clamp(std::max(spanNs, 1.0) / std::max(width, 1.0), kMinNsPerPixel, kMaxNsPerPixel);
        startNs = 0;
    }

    // Keeps the view inside [0, spanNs] (or at 0 when the span is narrower than the plot).
    void clampTo(double spanNs, double width)
    {
        const double visible = width * nsPerPixel;
        startNs = std::clamp(startNs, 0.0, std::max(0.0, spanNs - visible));
    }

    // Pixels the span takes at this zoom (the scroll range is that minus the plot's width).
    double spanPixels(double spanNs) const { return std::ceil(spanNs / nsPerPixel); }
};

} // namespace hinterscope
