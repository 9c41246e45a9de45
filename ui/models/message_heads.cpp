#include "models/message_heads.h"

#include "bridge/wire_heads.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <string_view>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

bool isInterim(std::string_view head)
{
    const int status = wire::statusCode(head);
    return status >= 100 && status < 200 && status != 101;
}

void keep(QList<QByteArray>& heads, QList<MessageHeads::Head>& ordered, bool sent, QByteArray head)
{
    if (heads.size() >= MessageHeads::kMaxHeadsPerRequest)
        return;
    ordered.append({sent, head});
    heads.append(std::move(head));
}

} // namespace

MessageHeads::MessageHeads(QObject* parent)
    : QObject(parent)
{}

bool MessageHeads::onSent(Exchange& exchange, const Event& event)
{
    const std::string_view bytes = event.bytes;
    if (!wire::startsRequestHead(bytes))
        return false;
    const auto length = wire::headLength(bytes);
    const auto size = length != 0 ? length : std::min(bytes.size(), wire::kMaxHeadBytes);
    keep(exchange.requests, exchange.ordered, true, QByteArray(bytes.data(), static_cast<qsizetype>(size)));
    return true;
}

bool MessageHeads::onReceived(Exchange& exchange, const Event& event)
{
    const std::string_view bytes = event.bytes;
    if (!exchange.collecting) {
        if (!wire::startsResponseHead(bytes))
            return false;
        exchange.collecting = true;
        exchange.partial.clear();
    }
    const auto room = wire::kMaxHeadBytes - static_cast<std::size_t>(exchange.partial.size());
    exchange.partial.append(bytes.data(), static_cast<qsizetype>(std::min(room, bytes.size())));
    // The bridge keeps only a window of bytes: a chunk shorter than its length was cut.
    const bool cut = event.number > bytes.size();

    bool completed = false;
    while (exchange.collecting) {
        const std::string_view partial(exchange.partial.constData(), static_cast<std::size_t>(exchange.partial.size()));
        const auto length = wire::headLength(partial);
        if (length == 0) {
            if (cut || partial.size() >= wire::kMaxHeadBytes) {
                keep(exchange.responses, exchange.ordered, false, exchange.partial); // as much as there is
                exchange.collecting = false;
                completed = true;
            }
            break;
        }
        const auto head = partial.substr(0, length);
        const auto rest = partial.substr(length);
        keep(exchange.responses, exchange.ordered, false, QByteArray(head.data(), static_cast<qsizetype>(head.size())));
        completed = true;
        if (isInterim(head) && wire::startsResponseHead(rest)) {
            exchange.partial = QByteArray(rest.data(), static_cast<qsizetype>(rest.size()));
            continue;
        }
        exchange.collecting = false;
    }
    if (!exchange.collecting)
        exchange.partial = QByteArray();
    return completed;
}

void MessageHeads::ingest(const EventBatch& batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    QList<quintptr> changed;
    for (const Event& event : batch) {
        if (event.kind != EventKind::BytesSent && event.kind != EventKind::BytesReceived)
            continue;
        auto& exchange = exchanges_[event.handle];
        const bool completed =
            event.kind == EventKind::BytesSent ? onSent(exchange, event) : onReceived(exchange, event);
        if (completed && !changed.contains(event.handle))
            changed.append(event.handle);
    }
    for (quintptr handle : std::as_const(changed))
        emit headsChanged(handle);
}

QList<QByteArray> MessageHeads::requestHeads(quintptr handle) const
{
    const auto found = exchanges_.find(handle);
    return found == exchanges_.end() ? QList<QByteArray>() : found->second.requests;
}

QList<QByteArray> MessageHeads::responseHeads(quintptr handle) const
{
    const auto found = exchanges_.find(handle);
    return found == exchanges_.end() ? QList<QByteArray>() : found->second.responses;
}

QList<MessageHeads::Head> MessageHeads::exchange(quintptr handle) const
{
    const auto found = exchanges_.find(handle);
    return found == exchanges_.end() ? QList<Head>() : found->second.ordered;
}

QByteArray MessageHeads::requestHead(quintptr handle) const
{
    const auto heads = requestHeads(handle);
    return heads.isEmpty() ? QByteArray() : heads.last();
}

QByteArray MessageHeads::responseHead(quintptr handle) const
{
    const auto heads = responseHeads(handle);
    for (auto head = heads.crbegin(); head != heads.crend(); ++head) {
        if (!isInterim(std::string_view(head->constData(), static_cast<std::size_t>(head->size()))))
            return *head;
    }
    return heads.isEmpty() ? QByteArray() : heads.last();
}

void MessageHeads::forget(const QList<quintptr>& handles)
{
    for (quintptr handle : handles)
        exchanges_.erase(handle);
}

void MessageHeads::clear()
{
    exchanges_.clear();
}

} // namespace hinterscope
