#include "json_report.h"

#include "redaction.h"
#include "request/winhttp_names.h"
#include "request_body.h"
#include "terminal_text.h"
#include "trace_text.h"

#include <hinternet/library_versions.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <format>

namespace hinterscope::cli {
namespace {

QString string(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Header bytes are Latin-1 on the wire unless they happen to be valid UTF-8.
QString header_string(std::string_view bytes)
{
    return is_valid_utf8(bytes) ? string(bytes)
                                : QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QJsonValue optional_string(const std::optional<std::string>& text)
{
    return text ? QJsonValue(string(*text)) : QJsonValue(QJsonValue::Null);
}

QJsonValue milliseconds(std::optional<double> value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 1000.0) / 1000.0;
}

QJsonValue integer(std::uint64_t value)
{
    return static_cast<qint64>(value);
}

// "Name: value" lines after the first line of a head (request or response), redacted.
QJsonArray header_list(std::string_view head, bool reveal)
{
    QJsonArray headers;
    std::size_t start = head.find("\r\n");
    while (start != std::string_view::npos) {
        start += 2;
        const auto end = head.find("\r\n", start);
        const auto line = head.substr(start, end == std::string_view::npos ? end : end - start);
        if (line.empty())
            break;
        if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            const auto name = line.substr(0, colon);
            auto value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            headers.append(QJsonObject{{"name", header_string(name)},
                                       {"value", header_string(redact_header_value(name, value, reveal))}});
        }
        start = end;
    }
    return headers;
}

QJsonArray flag_names(DWORD flags)
{
    QJsonArray names;
    if (flags == 0)
        return names;
    const std::string joined = secure_failure_flag_names(flags);
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto bar = joined.find('|', start);
        names.append(string(joined.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
        if (bar == std::string::npos)
            break;
        start = bar + 1;
    }
    return names;
}

QJsonValue tls_report(const hinternet::trace::TlsSummary* tls)
{
    if (tls == nullptr)
        return QJsonValue(QJsonValue::Null);
    QJsonArray chain;
    for (const auto& certificate : tls->chain) {
        QJsonArray names;
        for (const auto& name : certificate.subject_alt_names)
            names.append(string(name));
        chain.append(QJsonObject{
            {"subject", string(certificate.subject)},
            {"issuer", string(certificate.issuer)},
            {"subject_alt_names", names},
            {"not_before", string(iso_time(certificate.not_before))},
            {"not_after", string(iso_time(certificate.not_after))},
            {"sha256", string(certificate.sha256_fingerprint)},
            {"signature_algorithm", string(certificate.signature_algorithm)},
            {"public_key_algorithm", string(certificate.public_key_algorithm)},
            {"public_key_bits", certificate.public_key_bits},
        });
    }
    const DWORD unwaived = tls->failure_flags & ~tls->ignored_flags;
    return QJsonObject{
        {"protocol", string(tls->protocol)},
        {"cipher", string(tls->cipher)},
        {"cipher_bits", tls->cipher_bits},
        {"alpn", string(tls->alpn)},
        {"sni", string(tls->sni)},
        {"verified", tls->verify_result == 0 && tls->failure_flags == 0},
        {"accepted", unwaived == 0 && (tls->verify_result == 0 || tls->failure_flags != 0)},
        {"verify_result", static_cast<qint64>(tls->verify_result)},
        {"verify_message", string(tls->verify_message)},
        {"failure_flags", flag_names(tls->failure_flags)},
        {"ignored_flags", flag_names(tls->ignored_flags)},
        {"chain", chain},
    };
}

QJsonObject timings_report(const HopTimings& timings)
{
    return QJsonObject{
        {"dns_ms", milliseconds(timings.dns)},     {"connect_ms", milliseconds(timings.connect)},
        {"tls_ms", milliseconds(timings.tls)},     {"send_ms", milliseconds(timings.send)},
        {"wait_ms", milliseconds(timings.wait)},   {"receive_ms", milliseconds(timings.receive)},
        {"total_ms", milliseconds(timings.total)},
    };
}

QJsonArray hops_report(const std::vector<RecordedHop>& hops, bool reveal)
{
    QJsonArray list;
    for (std::size_t i = 0; i < hops.size(); ++i) {
        const auto& hop = hops[i];
        QJsonArray dropped;
        for (const auto& name : hop.dropped_headers)
            dropped.append(header_string(name));
        QJsonValue connection(QJsonValue::Null);
        if (hop.connection_id)
            connection = QJsonObject{{"id", integer(*hop.connection_id)},
                                     {"reused", hop.connection_reused},
                                     {"address", string(printable(hop.connection))}};
        list.append(QJsonObject{
            {"index", static_cast<qint64>(i)},
            {"method", hop.method.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(header_string(hop.method))},
            {"url", string(redact_url(hop.url, reveal))},
            {"status", hop.status ? QJsonValue(*hop.status) : QJsonValue(QJsonValue::Null)},
            {"decision", optional_string(hop.decision)},
            {"location", hop.location.empty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(header_string(redact_url(hop.location, reveal)))},
            {"request_headers", header_list(hop.request_head, reveal)},
            {"dropped_headers", dropped},
            {"connection", connection},
            {"tls_handshake", hop.tls_handshake},
            {"timings", timings_report(hop_timings(hop))},
        });
    }
    return list;
}

QJsonArray callbacks_report(const std::vector<RecordedCallback>& callbacks, std::uint64_t start_ns, bool reveal)
{
    QJsonArray list;
    for (const auto& callback : callbacks) {
        std::optional<std::string> payload = callback.payload;
        if (payload && callback.status == WINHTTP_CALLBACK_STATUS_REDIRECT)
            payload = redact_url(*payload, reveal);
        const double t_ms =
            callback.timestamp_ns >= start_ns ? static_cast<double>(callback.timestamp_ns - start_ns) / 1e6 : 0.0;
        list.append(QJsonObject{
            {"t_ms", std::round(t_ms * 1000.0) / 1000.0},
            {"thread", integer(callback.thread)},
            {"handle", string(std::format("{:#x}", callback.handle))},
            {"handle_type", string(handle_type_name(callback.handle_type))},
            {"status", integer(callback.status)},
            {"status_name", string(callback_status_name(callback.status))},
            {"payload", payload ? QJsonValue(string(printable(*payload))) : QJsonValue(QJsonValue::Null)},
            {"delivered", callback.delivered},
        });
    }
    return list;
}

QJsonObject body_report(const BodyOutput& output, bool complete)
{
    QString destination;
    switch (output.destination()) {
    case BodyOutput::Destination::Stdout:
        destination = QStringLiteral("stdout");
        break;
    case BodyOutput::Destination::File:
        destination = QStringLiteral("file");
        break;
    case BodyOutput::Destination::Json:
        destination = QStringLiteral("json");
        break;
    case BodyOutput::Destination::Discard:
        destination = QStringLiteral("discarded");
        break;
    }
    QJsonObject body{
        {"size", integer(output.size())},
        {"sha256", string(output.sha256_hex())},
        {"complete", complete},
        {"destination", destination},
        {"file", output.destination() == BodyOutput::Destination::File ? QJsonValue(string(output.path()))
                                                                       : QJsonValue(QJsonValue::Null)},
        {"encoding", QJsonValue(QJsonValue::Null)},
        {"data", QJsonValue(QJsonValue::Null)},
        {"truncated", output.truncated()},
    };
    if (output.destination() == BodyOutput::Destination::Json) {
        const auto& data = output.captured();
        if (is_valid_utf8(data)) {
            body["encoding"] = QStringLiteral("utf8");
            body["data"] = string(data);
        } else {
            body["encoding"] = QStringLiteral("base64");
            body["data"] = QString::fromLatin1(QByteArray(data.data(), static_cast<qsizetype>(data.size())).toBase64());
        }
    }
    return body;
}

} // namespace

std::string build_json_report(const ReportInput& input)
{
    const bool reveal = input.options.reveal_secrets;
    const auto& outcome = input.outcome;
    const std::string url = outcome.request_url.empty() ? with_scheme(input.options.url) : outcome.request_url;

    QJsonArray request_headers;
    QString headers_source = QStringLiteral("application");
    if (input.recorder != nullptr && !input.recorder->first_request_head().empty()) {
        request_headers = header_list(input.recorder->first_request_head(), reveal);
        headers_source = QStringLiteral("sent");
    } else {
        for (const auto& header : input.options.headers)
            if (!header.remove)
                request_headers.append(
                    QJsonObject{{"name", string(header.name)},
                                {"value", string(redact_header_value(header.name, header.value, reveal))}});
    }
    QJsonObject request{
        {"method", string(effective_method(input.options))},
        {"url", string(redact_url(url, reveal))},
        {"headers", request_headers},
        {"headers_source", headers_source},
        {"body_size", integer(input.request_body_size)},
        {"user",
         input.options.user ? QJsonValue(string(user_name_of(*input.options.user))) : QJsonValue(QJsonValue::Null)},
    };

    QJsonValue response(QJsonValue::Null);
    if (outcome.response_received) {
        response = QJsonObject{
            {"status", static_cast<qint64>(outcome.status)},
            {"reason", header_string(outcome.reason)},
            {"version", header_string(outcome.version)},
            {"headers", header_list(outcome.raw_headers, reveal)},
            {"body", body_report(input.output, outcome.body_complete)},
        };
    }

    QJsonValue error(QJsonValue::Null);
    if (input.failure) {
        const auto& failure = *input.failure;
        error = QJsonObject{
            {"kind", string(failure.kind)},
            {"name", string(failure.name)},
            {"code", static_cast<qint64>(failure.code)},
            {"message", string(failure.message)},
            {"call", failure.call.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(string(failure.call))},
        };
    }

    std::shared_ptr<const hinternet::trace::TlsSummary> tls;
    QJsonArray hops;
    QJsonArray callbacks;
    std::uint64_t omitted = 0;
    if (input.recorder != nullptr) {
        tls = input.recorder->tls();
        hops = hops_report(input.recorder->hops(), reveal);
        callbacks = callbacks_report(input.recorder->callbacks(), input.start_ns, reveal);
        omitted = input.recorder->callbacks_omitted();
    }

    QJsonObject report{
        {"schema_version", 1},
        {"tool",
         QJsonObject{{"name", "hinterscope-cli"}, {"version", string(hinternet::library_versions().hinternet)}}},
        {"mode", input.options.async ? "async" : "sync"},
        {"request", request},
        {"hops", hops},
        {"response", response},
        {"final_url", outcome.final_url.empty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(string(redact_url(outcome.final_url, reveal)))},
        {"tls", tls_report(tls.get())},
        {"callbacks", callbacks},
        {"callbacks_omitted", integer(omitted)},
        {"elapsed_ms", std::round(outcome.elapsed_ms * 1000.0) / 1000.0},
        {"error", error},
        {"exit_code", input.exit_code},
    };
    auto json = QJsonDocument(report).toJson(QJsonDocument::Indented).toStdString();
    if (!json.ends_with('\n'))
        json += '\n';
    return json;
}

} // namespace hinterscope::cli
