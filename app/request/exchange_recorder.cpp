#include "request/exchange_recorder.h"

#include "request/secret_redaction.h"
#include "request/trace_recorder.h"

#include <hinternet/trace.h>

#include <QUrl>
#include <QUtf8StringView>

#include <chrono>
#include <mutex>
#include <optional>

#include "request/winhttp_names.h" // last: <windows.h> defines macros Qt's headers must not see

namespace hinterscope {
namespace {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

std::uint64_t steadyNowNs()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Header bytes are Latin-1 on the wire unless they happen to be valid UTF-8.
QString headerText(std::string_view bytes)
{
    return QUtf8StringView(bytes.data(), static_cast<qsizetype>(bytes.size())).isValidUtf8()
               ? fromUtf8(bytes)
               : QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

double toMs(std::optional<double> value)
{
    return value ? *value : -1;
}

double between(std::uint64_t from, std::uint64_t to)
{
    return from == 0 || to == 0 || to < from ? -1 : static_cast<double>(to - from) / 1e6;
}

struct Head {
    QString firstLine;
    QList<KeyValueRow> headers;
};

Head parseHead(std::string_view head)
{
    Head parsed;
    const auto firstEnd = head.find("\r\n");
    parsed.firstLine = headerText(head.substr(0, firstEnd));
    std::size_t start = firstEnd;
    while (start != std::string_view::npos) {
        start += 2;
        const auto end = head.find("\r\n", start);
        const auto line = head.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (line.empty())
            break;
        if (const auto colon = line.find(':'); colon != std::string_view::npos)
            parsed.headers.append(
                {headerText(line.substr(0, colon)), headerText(line.substr(colon + 1)).trimmed(), true});
        start = end;
    }
    return parsed;
}

ExchangeTimings harTimings(const RecordedHop& hop)
{
    const HopTimings measured = hop_timings(hop);
    ExchangeTimings timings;
    timings.dns = toMs(measured.dns);
    // HAR's connect runs until the connection is usable: TCP, a proxy tunnel and TLS; ssl is part of it.
    if (hop.connected != 0)
        timings.connect = between(hop.dns_end != 0 ? hop.dns_end : hop.start, hop.tls != 0 ? hop.tls : hop.connected);
    timings.ssl = toMs(measured.tls);
    timings.send = toMs(measured.send);
    timings.wait = toMs(measured.wait);
    timings.receive = toMs(measured.receive);
    return timings;
}

} // namespace

// Never reveals secrets (the default): what it records goes to disk, so the engine masks credentials in the
// wire bytes before they arrive here, and the SecretRedactor masks the rest.
class ExchangeRecorder::Observer final : public hinternet::trace::Observer {
public:
    Observer(RequestSpec sent, const QHash<QString, QString>& secrets, qint64 bodyLimit)
        : sent_(std::move(sent))
        , redactor_(secrets)
        , bodyLimit_(std::max<qint64>(0, bodyLimit))
        , startedAt_(QDateTime::currentDateTimeUtc())
        , originNs_(steadyNowNs())
        , recorder_(effectiveUrl(sent_.url).toStdString(), static_cast<std::size_t>(maxCallbacks))
    {}

    void noteSession(HINTERNET session)
    {
        std::lock_guard lock(mutex_);
        ExchangeHandle handle;
        handle.handle = reinterpret_cast<quintptr>(session);
        handle.type = WINHTTP_HANDLE_TYPE_SESSION;
        handle.typeName = QStringLiteral("session");
        handles_.append(handle);
    }

    void on_event(const Event& event) override
    {
        const bool requestHead = event.kind == EventKind::BytesSent && starts_request_head(event.bytes);
        std::lock_guard lock(mutex_);
        recorder_.event(event, requestHead);
        switch (event.kind) {
        case EventKind::HandleCreated: {
            ExchangeHandle handle;
            handle.handle = event.handle;
            handle.parent = event.parent;
            handle.type = event.handle_type;
            handle.typeName = fromUtf8(handle_type_name(event.handle_type));
            handle.createdMs = msAt(event.timestamp_ns);
            handles_.append(handle);
            break;
        }
        case EventKind::HandleClosed:
            for (auto& handle : handles_)
                if (handle.handle == event.handle && handle.closedMs < 0)
                    handle.closedMs = msAt(event.timestamp_ns);
            break;
        case EventKind::OptionChanged:
            options_.append({msAt(event.timestamp_ns), event.handle, static_cast<quint32>(event.number),
                             fromUtf8(option_name(static_cast<DWORD>(event.number))), fromUtf8(event.text)});
            break;
        case EventKind::BodyDecoded:
            keepBody(event);
            break;
        default:
            break;
        }
    }

    ExchangeRecord record(const RunResult& result) const
    {
        std::lock_guard lock(mutex_);
        const auto hops = recorder_.hops();
        const SecretRedactor redactor = redactorFor();
        ExchangeRecord record;
        record.startedAt = startedAt_;
        record.request = redactor.spec(sent_);
        record.result = result;
        record.result.finalUrl = redactor.url(result.finalUrl);
        record.result.problem = redactor.text(result.problem);
        for (const auto& hop : hops)
            record.hops.append(convertHop(hop, redactor));
        if (!record.hops.isEmpty() && result.responseReceived) {
            auto& last = record.hops.last();
            if (last.status == 0) {
                last.status = result.status;
                last.reason = result.reason;
            }
        }
        record.bodyPrefix = redactor.bytes(body_);
        record.bodySize = std::max(bodySize_, result.bodyBytes);
        record.bodyTruncated = record.bodySize > body_.size();
        if (const auto tls = recorder_.tls()) {
            record.tlsProtocol = fromUtf8(tls->protocol);
            record.tlsCipher = fromUtf8(tls->cipher);
        }
        for (const auto& callback : recorder_.callbacks()) {
            ExchangeCallback converted;
            converted.atMs = msAt(callback.timestamp_ns);
            converted.handle = callback.handle;
            converted.handleType = callback.handle_type;
            converted.status = callback.status;
            const std::string name = callback_status_name(callback.status);
            converted.statusName =
                fromUtf8(name.starts_with("0x") ? name : std::string("WINHTTP_CALLBACK_STATUS_") + name);
            if (callback.payload)
                converted.detail = redactor.text(headerText(*callback.payload));
            converted.delivered = callback.delivered;
            converted.thread = callback.thread;
            record.callbacks.append(converted);
        }
        record.handles = handles_;
        for (auto option : options_) {
            option.value = redactor.text(option.value);
            record.options.append(option);
        }
        return record;
    }

private:
    // The secret variables, plus every credential that went out: an Authorization header's token, a literal
    // password or token, so an echo of them (httpbin's /anything, a debug header) is masked too. They come
    // from the spec: this observer does not reveal secrets, so the engine masks them in the wire bytes.
    SecretRedactor redactorFor() const
    {
        SecretRedactor redactor = redactor_;
        for (const auto& header : sent_.headers) {
            if (!header.enabled || !SecretRedactor::isCredentialHeader(header.name.trimmed()))
                continue;
            const QString value = header.value.trimmed();
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            redactor.addCredential(space < 0 ? value : value.mid(space + 1));
        }
        const QUrl url(sent_.url);
        const bool basic =
            sent_.auth.mode == AuthMode::Basic || (sent_.auth.mode == AuthMode::None && !url.userName().isEmpty());
        if (basic) {
            const QString user = sent_.auth.mode == AuthMode::Basic ? sent_.auth.user : url.userName();
            const QString password = sent_.auth.mode == AuthMode::Basic ? sent_.auth.password : url.password();
            redactor.addCredential(QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64()));
            redactor.addCredential(password);
        }
        redactor.addCredential(sent_.auth.password);
        redactor.addCredential(sent_.auth.token);
        return redactor;
    }

    double msAt(std::uint64_t timestampNs) const
    {
        return timestampNs > originNs_ ? static_cast<double>(timestampNs - originNs_) / 1e6 : 0.0;
    }

    void keepBody(const Event& event)
    {
        if (event.offset == 0 && bodySize_ > 0) { // a new body begins (an earlier hop's was decoded too)
            body_.clear();
            bodySize_ = 0;
        }
        const auto size = static_cast<qint64>(event.bytes.size());
        const auto offset = static_cast<qint64>(event.offset);
        bodySize_ = std::max(bodySize_, offset + size);
        if (offset == body_.size() && body_.size() < bodyLimit_)
            body_.append(event.bytes.data(), std::min(size, bodyLimit_ - body_.size()));
    }

    ExchangeHop convertHop(const RecordedHop& hop, const SecretRedactor& redactor) const
    {
        ExchangeHop converted;
        converted.startMs = msAt(hop.start);
        converted.method = headerText(hop.method);
        converted.url = redactor.url(fromUtf8(hop.url));
        if (!hop.request_head.empty()) {
            const Head head = parseHead(hop.request_head);
            const qsizetype version = head.firstLine.lastIndexOf(QLatin1Char(' '));
            if (version > 0)
                converted.httpVersion = head.firstLine.mid(version + 1);
            for (const auto& row : head.headers)
                converted.requestHeaders.append({row.name, redactor.headerValue(row.name, row.value), true});
        }
        converted.requestBodySize = static_cast<qint64>(hop.request_body_bytes);
        if (!hop.response_head.empty()) {
            const Head head = parseHead(hop.response_head);
            const QStringList parts = head.firstLine.split(QLatin1Char(' '));
            if (parts.size() >= 2)
                converted.status = parts.at(1).toInt();
            converted.reason = head.firstLine.section(QLatin1Char(' '), 2);
            for (const auto& row : head.headers)
                converted.responseHeaders.append({row.name, redactor.text(row.value), true});
        }
        if (hop.status && *hop.status != 0)
            converted.status = *hop.status;
        converted.location = redactor.url(headerText(hop.location));
        if (hop.decision)
            converted.decision = fromUtf8(*hop.decision);
        for (const auto& name : hop.dropped_headers)
            converted.droppedHeaders.append(headerText(name));
        converted.serverAddress = fromUtf8(hop.server_address());
        converted.connectionId = hop.connection_id.value_or(0);
        converted.connectionReused = hop.connection_reused;
        converted.timings = harTimings(hop);
        return converted;
    }

    mutable std::mutex mutex_;
    const RequestSpec sent_;
    const SecretRedactor redactor_;
    const qint64 bodyLimit_;
    const QDateTime startedAt_;
    const std::uint64_t originNs_;
    TraceRecorder recorder_;
    QList<ExchangeHandle> handles_;
    QList<ExchangeOption> options_;
    QByteArray body_;
    qint64 bodySize_ = 0;
};

ExchangeRecorder::ExchangeRecorder(RequestSpec sent, QHash<QString, QString> secrets, qint64 bodyLimit)
    : observer_(std::make_shared<Observer>(std::move(sent), secrets, bodyLimit))
{}

ExchangeRecorder::~ExchangeRecorder()
{
    if (session_ != nullptr)
        hinternet::trace::remove_session_observer(session_, observer_);
}

bool ExchangeRecorder::attach(HINTERNET session)
{
    if (!hinternet::trace::add_session_observer(session, observer_))
        return false;
    session_ = session;
    observer_->noteSession(session);
    return true;
}

ExchangeRecord ExchangeRecorder::finish(const RunResult& result) const
{
    return observer_->record(result);
}

} // namespace hinterscope
