#pragma once

#include <hinternet/trace.h>

#include <QList>
#include <QtGlobal>

#include <array>

namespace hinterscope {

// One request's time, cut into hops and each hop into phases, from its trace alone: TimingMark events
// (dns-start, dns-end, connect, tunnel, tls, first-byte, complete) and the callbacks around them
// (SENDING_REQUEST, REQUEST_SENT, REDIRECT, REQUEST_ERROR, HANDLE_CLOSING). Works the same in sync and async
// mode: the engine traces callbacks whether or not the application's callback is called.
// Plain computation, no Qt model: TimingModel shows it, TimingWaterfall paints it.
class TimingBreakdown {
public:
    enum Phase : int { Dns, Connect, Tunnel, Tls, Send, Wait, Receive, PhaseCount };

    // Steady-clock nanoseconds, as the trace has them; 0 = not seen.
    struct Span {
        quint64 startNs = 0;
        quint64 endNs = 0;
        bool isValid() const { return startNs != 0 && endNs >= startNs; }
        quint64 duration() const { return isValid() ? endNs - startNs : 0; }
    };

    struct Hop {
        std::array<Span, PhaseCount> phases{};
        quint64 startNs = 0;
        quint64 endNs = 0;    // the last moment known to belong to this hop (grows while it is open)
        int status = 0;       // the HTTP status its response had, 0 before it came
        bool leadsOn = false; // its decision sends another hop (redirect followed, challenge answered)
        bool reusedConnection = false;
        bool open = true;    // still under way
        bool failed = false; // ended by an error
        quint64 duration() const { return endNs >= startNs ? endNs - startNs : 0; }
    };

    // A phase as it stands: one still running (the body streaming) reaches to the hop's latest moment.
    static Span shown(const Hop& hop, Phase phase);

    // Events of the request only (the caller filters by handle), in arrival order.
    void add(const hinternet::trace::Event& event);
    // The request ended (the runner says so): a hop still open closes, failed when `failed`.
    void finish(bool failed);
    void clear();

    const QList<Hop>& hops() const { return hops_; }
    // The first hop's start, 0 before anything happened.
    quint64 originNs() const { return hops_.isEmpty() ? 0 : hops_.first().startNs; }
    quint64 endNs() const { return hops_.isEmpty() ? 0 : hops_.last().endNs; }
    quint64 totalNs() const { return endNs() >= originNs() ? endNs() - originNs() : 0; }
    // True once the body was read to its end (the "complete" mark) or the request failed or closed.
    bool isFinished() const { return finished_; }

private:
    void beginHop(quint64 now);
    void closeHop(Hop& hop);

    QList<Hop> hops_;
    bool finished_ = false;
};

} // namespace hinterscope
