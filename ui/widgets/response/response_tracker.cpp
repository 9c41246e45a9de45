#include "widgets/response/response_tracker.h"

#include "bridge/wire_heads.h"

#include <algorithm>
#include <string_view>

#include <winhttp.h>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

constexpr quint64 kRateWindowNs = 2'000'000'000; // the rate shown follows the last two seconds

bool describesSecureRequest(const std::string& description)
{
    // "VERB OBJECT VERSION[ secure][ …]", as the engine describes a request handle.
    return description.find(" secure") != std::string::npos;
}

// The bridge keeps a chunk's length in `number` when it drops (some of) its bytes; events that come
// straight from the engine carry their bytes and a 0.
qint64 chunkLength(const Event& event)
{
    return static_cast<qint64>(std::max<std::uint64_t>(event.number, event.bytes.size()));
}

template <typename Key, typename Value>
void evictOldest(std::unordered_map<Key, Value>& map, std::deque<Key>& order, std::size_t limit)
{
    while (order.size() > limit) {
        map.erase(order.front());
        order.pop_front();
    }
}

} // namespace

void ResponseTracker::setRequest(quintptr request)
{
    request_ = request;
    connect_ = 0;
    if (const auto found = created_.find(request); found != created_.end()) {
        connect_ = found->second.parent;
        secure_ = describesSecureRequest(found->second.text);
    } else {
        secure_ = false;
    }
    bodyBytes_ = 0;
    receivedEnd_ = 0;
    sentEnd_ = 0;
    finalHeadEnd_ = -1;
    samples_.clear();
    lastNs_ = 0;
    callbackError_ = 0;
    callbackErrorApi_ = 0;
    secureFailureFlags_ = 0;
    tlsFromPool_ = false;
    connectionReused_ = false;
    ownConnections_.clear();
    tls_.reset();
}

void ResponseTracker::remember(const Event& event)
{
    switch (event.kind) {
    case EventKind::HandleCreated:
        if (event.handle_type == WINHTTP_HANDLE_TYPE_CONNECT || event.handle_type == WINHTTP_HANDLE_TYPE_REQUEST) {
            if (created_.emplace(event.handle, event).second)
                createdOrder_.push_back(event.handle);
            evictOldest(created_, createdOrder_, kMaxRemembered);
        }
        break;
    case EventKind::ConnectionOpened:
        lastOpenedConnection_[event.handle] = event.number;
        break;
    case EventKind::TlsHandshake:
        if (const auto opened = lastOpenedConnection_.find(event.handle);
            opened != lastOpenedConnection_.end() && event.tls) {
            if (connectionTls_.emplace(opened->second, event.tls).second)
                connectionOrder_.push_back(opened->second);
            evictOldest(connectionTls_, connectionOrder_, kMaxRemembered);
        }
        break;
    case EventKind::HandleClosed:
        lastOpenedConnection_.erase(event.handle);
        break;
    default:
        break;
    }
}

std::vector<Event> ResponseTracker::createdEvents() const
{
    std::vector<Event> events;
    if (connect_ != 0) {
        if (const auto found = created_.find(connect_); found != created_.end())
            events.push_back(found->second);
    }
    if (const auto found = created_.find(request_); found != created_.end())
        events.push_back(found->second);
    return events;
}

std::vector<Event> ResponseTracker::relevant(const EventBatch& batch) const
{
    std::vector<Event> events;
    if (request_ == 0)
        return events;
    for (const Event& event : batch) {
        if (event.handle == request_ || (connect_ != 0 && event.handle == connect_) ||
            (event.kind == EventKind::HandleCreated && event.handle_type == WINHTTP_HANDLE_TYPE_CONNECT &&
             connect_ == 0))
            events.push_back(event);
    }
    return events;
}

bool ResponseTracker::ingest(const EventBatch& batch)
{
    bool changed = false;
    for (const Event& event : batch) {
        remember(event);
        if (request_ == 0 || event.handle != request_)
            continue;
        if (event.kind == EventKind::HandleCreated) {
            connect_ = event.parent;
            secure_ = describesSecureRequest(event.text);
        }
        onShownRequestEvent(event);
        changed = true;
    }
    return changed;
}

void ResponseTracker::onShownRequestEvent(const Event& event)
{
    lastNs_ = std::max<quint64>(lastNs_, event.timestamp_ns);
    switch (event.kind) {
    case EventKind::BodyDecoded: {
        const qint64 end = static_cast<qint64>(event.offset) + chunkLength(event);
        if (end > bodyBytes_) {
            bodyBytes_ = end;
            samples_.push_back({event.timestamp_ns, bodyBytes_});
            while (samples_.size() > 2 && event.timestamp_ns - samples_.front().ns > kRateWindowNs)
                samples_.pop_front();
        }
        break;
    }
    case EventKind::BytesReceived:
        onReceived(event);
        break;
    case EventKind::BytesSent:
        sentEnd_ = std::max(sentEnd_, static_cast<qint64>(event.offset) + chunkLength(event));
        break;
    case EventKind::TlsHandshake:
        secure_ = true;
        tls_ = event.tls;
        tlsFromPool_ = false;
        break;
    case EventKind::ConnectionOpened:
        connectionReused_ = false;
        ownConnections_.push_back(event.number);
        break;
    case EventKind::ConnectionReused:
        connectionReused_ = true;
        if (const auto found = connectionTls_.find(event.number); found != connectionTls_.end()) {
            tls_ = found->second;
            // A later hop back on a connection this request opened is still its own handshake.
            tlsFromPool_ =
                std::find(ownConnections_.begin(), ownConnections_.end(), event.number) == ownConnections_.end();
        }
        break;
    case EventKind::Callback:
        if (event.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR) {
            callbackError_ = static_cast<quint32>(event.number);
            callbackErrorApi_ = event.offset;
        } else if (event.status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE) {
            secureFailureFlags_ = static_cast<quint32>(event.number);
        } else if (event.status == WINHTTP_CALLBACK_STATUS_REDIRECT) {
            secure_ = event.text.starts_with("https:");
            if (!secure_) {
                tls_.reset();
                tlsFromPool_ = false;
            }
        }
        break;
    default:
        break;
    }
}

void ResponseTracker::onReceived(const Event& event)
{
    const auto offset = static_cast<qint64>(event.offset);
    receivedEnd_ = std::max(receivedEnd_, offset + chunkLength(event));
    std::string_view rest = event.bytes; // the bridge kept the head's window of this chunk
    if (!wire::startsResponseHead(rest))
        return;
    finalHeadEnd_ = -1;
    qint64 at = offset;
    while (wire::startsResponseHead(rest)) {
        const auto length = wire::headLength(rest);
        if (length == 0)
            return; // the head goes on in the next read: where the body starts stays unknown
        const int status = wire::statusCode(rest);
        at += static_cast<qint64>(length);
        rest.remove_prefix(length);
        if (status < 100 || status >= 200 || status == 101) {
            finalHeadEnd_ = at;
            return;
        }
    }
}

qint64 ResponseTracker::wireBodyBytes() const
{
    return finalHeadEnd_ < 0 ? -1 : std::max<qint64>(0, receivedEnd_ - finalHeadEnd_);
}

void ResponseTracker::setBodyBytes(qint64 bytes)
{
    bodyBytes_ = std::max(bodyBytes_, bytes);
}

double ResponseTracker::bodyRate() const
{
    if (samples_.size() < 2)
        return 0;
    const auto& first = samples_.front();
    const auto& last = samples_.back();
    if (last.ns <= first.ns)
        return 0;
    return static_cast<double>(last.bytes - first.bytes) * 1e9 / static_cast<double>(last.ns - first.ns);
}

} // namespace hinterscope
