#include "models/timing_events.h"

#include <winhttp.h>

namespace hinterscope::timing {

bool isHopActivity(const hinternet::trace::Event& event)
{
    using hinternet::trace::EventKind;
    switch (event.kind) {
    case EventKind::ConnectionReused:
    case EventKind::ConnectionOpened:
        return true;
    case EventKind::TimingMark:
        return event.text == kDnsStart;
    case EventKind::Callback:
        return event.status == WINHTTP_CALLBACK_STATUS_RESOLVING_NAME ||
               event.status == WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER ||
               event.status == WINHTTP_CALLBACK_STATUS_SENDING_REQUEST;
    default:
        return false;
    }
}

} // namespace hinterscope::timing
