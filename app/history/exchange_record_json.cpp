#include "history/exchange_record_json.h"

#include "collections/request_json.h"

#include <QJsonArray>

namespace hinterscope {
namespace {

QJsonArray rowsToJson(const QList<KeyValueRow>& rows)
{
    QJsonArray array;
    for (const auto& row : rows)
        array.append(QJsonArray{row.name, row.value});
    return array;
}

QList<KeyValueRow> rowsFromJson(const QJsonValue& value)
{
    QList<KeyValueRow> rows;
    for (const auto& item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        rows.append({pair.at(0).toString(), pair.at(1).toString(), true});
    }
    return rows;
}

QJsonValue handleValue(quintptr handle)
{
    return static_cast<qint64>(handle);
}

quintptr handleFrom(const QJsonValue& value)
{
    return static_cast<quintptr>(value.toInteger());
}

QJsonObject timingsToJson(const ExchangeTimings& t)
{
    return {{"blocked", t.blocked}, {"dns", t.dns},   {"connect", t.connect}, {"ssl", t.ssl},
            {"send", t.send},       {"wait", t.wait}, {"receive", t.receive}};
}

ExchangeTimings timingsFromJson(const QJsonObject& o)
{
    ExchangeTimings t;
    t.blocked = o.value("blocked").toDouble(-1);
    t.dns = o.value("dns").toDouble(-1);
    t.connect = o.value("connect").toDouble(-1);
    t.ssl = o.value("ssl").toDouble(-1);
    t.send = o.value("send").toDouble(-1);
    t.wait = o.value("wait").toDouble(-1);
    t.receive = o.value("receive").toDouble(-1);
    return t;
}

QJsonObject resultToJson(const RunResult& r)
{
    return {{"error", static_cast<qint64>(r.error)},
            {"failedCall", r.failedCall},
            {"problem", r.problem},
            {"cancelled", r.cancelled},
            {"responseReceived", r.responseReceived},
            {"status", r.status},
            {"reason", r.reason},
            {"finalUrl", r.finalUrl},
            {"contentType", r.contentType},
            {"bodyComplete", r.bodyComplete},
            {"bodyBytes", r.bodyBytes},
            {"secureFailureFlags", static_cast<qint64>(r.secureFailureFlags)},
            {"elapsedMs", r.elapsedMs}};
}

RunResult resultFromJson(const QJsonObject& o)
{
    RunResult r;
    r.error = static_cast<quint32>(o.value("error").toInteger());
    r.failedCall = o.value("failedCall").toString();
    r.problem = o.value("problem").toString();
    r.cancelled = o.value("cancelled").toBool();
    r.responseReceived = o.value("responseReceived").toBool();
    r.status = o.value("status").toInt();
    r.reason = o.value("reason").toString();
    r.finalUrl = o.value("finalUrl").toString();
    r.contentType = o.value("contentType").toString();
    r.bodyComplete = o.value("bodyComplete").toBool();
    r.bodyBytes = o.value("bodyBytes").toInteger();
    r.secureFailureFlags = static_cast<quint32>(o.value("secureFailureFlags").toInteger());
    r.elapsedMs = o.value("elapsedMs").toDouble();
    return r;
}

QJsonObject hopToJson(const ExchangeHop& h)
{
    QJsonArray dropped;
    for (const auto& name : h.droppedHeaders)
        dropped.append(name);
    return {{"startMs", h.startMs},
            {"method", h.method},
            {"url", h.url},
            {"httpVersion", h.httpVersion},
            {"requestHeaders", rowsToJson(h.requestHeaders)},
            {"requestBodySize", h.requestBodySize},
            {"status", h.status},
            {"reason", h.reason},
            {"responseHeaders", rowsToJson(h.responseHeaders)},
            {"location", h.location},
            {"decision", h.decision},
            {"droppedHeaders", dropped},
            {"serverAddress", h.serverAddress},
            {"connectionId", static_cast<qint64>(h.connectionId)},
            {"connectionReused", h.connectionReused},
            {"timings", timingsToJson(h.timings)}};
}

ExchangeHop hopFromJson(const QJsonObject& o)
{
    ExchangeHop h;
    h.startMs = o.value("startMs").toDouble();
    h.method = o.value("method").toString();
    h.url = o.value("url").toString();
    h.httpVersion = o.value("httpVersion").toString(h.httpVersion);
    h.requestHeaders = rowsFromJson(o.value("requestHeaders"));
    h.requestBodySize = o.value("requestBodySize").toInteger();
    h.status = o.value("status").toInt();
    h.reason = o.value("reason").toString();
    h.responseHeaders = rowsFromJson(o.value("responseHeaders"));
    h.location = o.value("location").toString();
    h.decision = o.value("decision").toString();
    for (const auto& name : o.value("droppedHeaders").toArray())
        h.droppedHeaders.append(name.toString());
    h.serverAddress = o.value("serverAddress").toString();
    h.connectionId = static_cast<quint64>(o.value("connectionId").toInteger());
    h.connectionReused = o.value("connectionReused").toBool();
    h.timings = timingsFromJson(o.value("timings").toObject());
    return h;
}

} // namespace

QJsonObject exchangeRecordToJson(const ExchangeRecord& record)
{
    QJsonArray hops;
    for (const auto& hop : record.hops)
        hops.append(hopToJson(hop));
    QJsonArray callbacks;
    for (const auto& c : record.callbacks)
        callbacks.append(QJsonObject{{"atMs", c.atMs},
                                     {"handle", handleValue(c.handle)},
                                     {"handleType", static_cast<qint64>(c.handleType)},
                                     {"status", static_cast<qint64>(c.status)},
                                     {"statusName", c.statusName},
                                     {"detail", c.detail},
                                     {"delivered", c.delivered},
                                     {"thread", static_cast<qint64>(c.thread)}});
    QJsonArray handles;
    for (const auto& h : record.handles)
        handles.append(QJsonObject{{"handle", handleValue(h.handle)},
                                   {"parent", handleValue(h.parent)},
                                   {"type", static_cast<qint64>(h.type)},
                                   {"typeName", h.typeName},
                                   {"createdMs", h.createdMs},
                                   {"closedMs", h.closedMs}});
    QJsonArray options;
    for (const auto& o : record.options)
        options.append(QJsonObject{{"atMs", o.atMs},
                                   {"handle", handleValue(o.handle)},
                                   {"option", static_cast<qint64>(o.option)},
                                   {"name", o.name},
                                   {"value", o.value}});
    return {{"startedAt", record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {"request", requestToJson(record.request)},
            {"result", resultToJson(record.result)},
            {"hops", hops},
            {"bodySize", record.bodySize},
            {"bodyTruncated", record.bodyTruncated},
            {"tlsProtocol", record.tlsProtocol},
            {"tlsCipher", record.tlsCipher},
            {"callbacks", callbacks},
            {"handles", handles},
            {"options", options}};
}

ExchangeRecord exchangeRecordFromJson(const QJsonObject& object, QStringList* problems)
{
    ExchangeRecord record;
    for (const char* key : {"startedAt", "request", "result", "hops"})
        if (!object.contains(QLatin1String(key)) && problems != nullptr)
            problems->append(QStringLiteral("missing \"%1\"").arg(QLatin1String(key)));
    record.startedAt = QDateTime::fromString(object.value("startedAt").toString(), Qt::ISODateWithMs).toUTC();
    record.request = requestFromJson(object.value("request").toObject(), problems);
    record.result = resultFromJson(object.value("result").toObject());
    for (const auto& hop : object.value("hops").toArray())
        record.hops.append(hopFromJson(hop.toObject()));
    record.bodySize = object.value("bodySize").toInteger();
    record.bodyTruncated = object.value("bodyTruncated").toBool();
    record.tlsProtocol = object.value("tlsProtocol").toString();
    record.tlsCipher = object.value("tlsCipher").toString();
    for (const auto& item : object.value("callbacks").toArray()) {
        const QJsonObject c = item.toObject();
        record.callbacks.append({c.value("atMs").toDouble(), handleFrom(c.value("handle")),
                                 static_cast<quint32>(c.value("handleType").toInteger()),
                                 static_cast<quint32>(c.value("status").toInteger()), c.value("statusName").toString(),
                                 c.value("detail").toString(), c.value("delivered").toBool(),
                                 static_cast<quint64>(c.value("thread").toInteger())});
    }
    for (const auto& item : object.value("handles").toArray()) {
        const QJsonObject h = item.toObject();
        record.handles.append({handleFrom(h.value("handle")), handleFrom(h.value("parent")),
                               static_cast<quint32>(h.value("type").toInteger()), h.value("typeName").toString(),
                               h.value("createdMs").toDouble(), h.value("closedMs").toDouble(-1)});
    }
    for (const auto& item : object.value("options").toArray()) {
        const QJsonObject o = item.toObject();
        record.options.append({o.value("atMs").toDouble(), handleFrom(o.value("handle")),
                               static_cast<quint32>(o.value("option").toInteger()), o.value("name").toString(),
                               o.value("value").toString()});
    }
    return record;
}

} // namespace hinterscope
