#include "interchange/har_export.h"

#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace hinterscope {
namespace {

using interchange::Interchange;

QJsonArray nameValues(const QList<KeyValueRow>& rows)
{
    QJsonArray array;
    for (const KeyValueRow& row : rows)
        if (row.enabled)
            array.append(QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}});
    return array;
}

QJsonArray queryString(const QString& url)
{
    QJsonArray array;
    for (const QString& piece : url_query::pieces(url_query::split(url).query)) {
        const KeyValueRow row = url_query::decodePiece(piece);
        array.append(QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}});
    }
    return array;
}

// "a=1; b=2" (Cookie) or the name=value before the first ';' of each Set-Cookie.
QJsonArray cookies(const QList<KeyValueRow>& headers, const QString& headerName)
{
    QJsonArray array;
    for (const KeyValueRow& header : headers) {
        if (!header.enabled || header.name.compare(headerName, Qt::CaseInsensitive) != 0)
            continue;
        const QStringList pairs = headerName == QLatin1String("Cookie")
                                      ? header.value.split(QLatin1Char(';'), Qt::SkipEmptyParts)
                                      : QStringList{header.value.section(QLatin1Char(';'), 0, 0)};
        for (const QString& pair : pairs) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals > 0)
                array.append(QJsonObject{{QStringLiteral("name"), pair.left(equals).trimmed()},
                                         {QStringLiteral("value"), pair.mid(equals + 1).trimmed()}});
        }
    }
    return array;
}

double nonNegative(double value)
{
    return value < 0 ? 0 : value;
}

QJsonObject timings(const ExchangeTimings& t)
{
    return {{QStringLiteral("blocked"), t.blocked},
            {QStringLiteral("dns"), t.dns},
            {QStringLiteral("connect"), t.connect},
            {QStringLiteral("ssl"), t.ssl},
            {QStringLiteral("send"), nonNegative(t.send)},
            {QStringLiteral("wait"), nonNegative(t.wait)},
            {QStringLiteral("receive"), nonNegative(t.receive)}};
}

double totalTime(const ExchangeTimings& t)
{
    // ssl is part of connect in HAR, so it is not added again.
    return nonNegative(t.blocked) + nonNegative(t.dns) + nonNegative(t.connect) + nonNegative(t.send) +
           nonNegative(t.wait) + nonNegative(t.receive);
}

bool isTextual(const QString& mimeType)
{
    const QString type = interchange::mediaType(mimeType);
    return type.startsWith(QLatin1String("text/")) || type.contains(QLatin1String("json")) ||
           type.contains(QLatin1String("xml")) || type.contains(QLatin1String("javascript")) ||
           type == QLatin1String("application/x-www-form-urlencoded") || type.isEmpty();
}

QJsonObject content(const ExchangeRecord& record, const ExchangeHop& hop, bool final)
{
    const QString mimeType =
        interchange::headerValue(hop.responseHeaders, QStringLiteral("Content-Type")).value_or(QString());
    QJsonObject object{{QStringLiteral("mimeType"), mimeType}};
    if (!final) {
        object.insert(QStringLiteral("size"),
                      interchange::headerValue(hop.responseHeaders, QStringLiteral("Content-Length"))
                          .value_or(QStringLiteral("0"))
                          .toLongLong());
        return object;
    }
    object.insert(QStringLiteral("size"), double(record.bodySize));
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(record.bodyPrefix);
    if (isTextual(mimeType) && !decoder.hasError()) {
        object.insert(QStringLiteral("text"), text);
    } else {
        object.insert(QStringLiteral("text"), QString::fromLatin1(record.bodyPrefix.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    if (record.bodyTruncated || record.bodyPrefix.size() < record.bodySize)
        object.insert(QStringLiteral("comment"),
                      Interchange::tr("the first %1 of %2 bytes").arg(record.bodyPrefix.size()).arg(record.bodySize));
    return object;
}

QJsonObject postData(const RequestSpec& spec, const ExchangeHop& hop)
{
    const QString mimeType = interchange::headerValue(hop.requestHeaders, QStringLiteral("Content-Type"))
                                 .value_or(interchange::bodyContentType(spec.body));
    QJsonObject object{{QStringLiteral("mimeType"), mimeType}};
    switch (spec.body.mode) {
    case BodyMode::Raw:
    case BodyMode::Json:
        object.insert(QStringLiteral("text"), spec.body.text);
        break;
    case BodyMode::FormUrlEncoded: {
        QStringList pieces;
        QJsonArray params;
        for (const KeyValueRow& row : spec.body.form) {
            if (!row.enabled || row.name.isEmpty())
                continue;
            pieces.append(interchange::encodeFormComponent(row.name) + QLatin1Char('=') +
                          interchange::encodeFormComponent(row.value));
            params.append(QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}});
        }
        object.insert(QStringLiteral("text"), pieces.join(QLatin1Char('&')));
        object.insert(QStringLiteral("params"), params);
        break;
    }
    case BodyMode::Multipart: {
        QJsonArray params;
        for (const MultipartPart& part : spec.body.parts) {
            if (!part.enabled || part.name.isEmpty())
                continue;
            QJsonObject param{{QStringLiteral("name"), part.name}};
            if (part.isFile)
                param.insert(QStringLiteral("fileName"), part.fileName.isEmpty() ? part.value : part.fileName);
            else
                param.insert(QStringLiteral("value"), part.value);
            if (!part.contentType.isEmpty())
                param.insert(QStringLiteral("contentType"), part.contentType);
            params.append(param);
        }
        object.insert(QStringLiteral("text"), QString());
        object.insert(QStringLiteral("params"), params);
        break;
    }
    case BodyMode::BinaryFile:
        object.insert(QStringLiteral("text"), QString());
        object.insert(QStringLiteral("comment"), Interchange::tr("the body was the file %1").arg(spec.body.filePath));
        break;
    case BodyMode::None:
        break;
    }
    return object;
}

QJsonObject winhttp(const ExchangeRecord& record, qsizetype hopIndex)
{
    const ExchangeHop& hop = record.hops[hopIndex];
    const double from = hop.startMs;
    const double to = hopIndex + 1 < record.hops.size() ? record.hops[hopIndex + 1].startMs : 1e300;
    const bool last = hopIndex + 1 == record.hops.size();
    QJsonArray callbacks;
    for (const ExchangeCallback& callback : record.callbacks) {
        // Callbacks before the first hop (handle creation) go with the first entry, the rest with their hop.
        const bool inHop = (callback.atMs >= from || hopIndex == 0) && (callback.atMs < to || last);
        if (!inHop)
            continue;
        callbacks.append(QJsonObject{
            {QStringLiteral("atMs"), callback.atMs},
            {QStringLiteral("handle"), QStringLiteral("0x%1").arg(callback.handle, 0, 16)},
            {QStringLiteral("handleType"), double(callback.handleType)},
            {QStringLiteral("status"), QStringLiteral("0x%1").arg(callback.status, 8, 16, QLatin1Char('0'))},
            {QStringLiteral("statusName"), callback.statusName},
            {QStringLiteral("detail"), callback.detail},
            {QStringLiteral("delivered"), callback.delivered},
            {QStringLiteral("thread"), QString::number(callback.thread)}});
    }
    QJsonArray handles;
    for (const ExchangeHandle& handle : record.handles)
        handles.append(QJsonObject{{QStringLiteral("handle"), QStringLiteral("0x%1").arg(handle.handle, 0, 16)},
                                   {QStringLiteral("parent"), QStringLiteral("0x%1").arg(handle.parent, 0, 16)},
                                   {QStringLiteral("type"), handle.typeName},
                                   {QStringLiteral("createdMs"), handle.createdMs},
                                   {QStringLiteral("closedMs"), handle.closedMs}});
    QJsonArray options;
    for (const ExchangeOption& option : record.options)
        options.append(QJsonObject{{QStringLiteral("atMs"), option.atMs},
                                   {QStringLiteral("handle"), QStringLiteral("0x%1").arg(option.handle, 0, 16)},
                                   {QStringLiteral("option"), double(option.option)},
                                   {QStringLiteral("name"), option.name},
                                   {QStringLiteral("value"), option.value}});
    QJsonObject object{{QStringLiteral("hop"), double(hopIndex)},
                       {QStringLiteral("connectionId"), QString::number(hop.connectionId)},
                       {QStringLiteral("connectionReused"), hop.connectionReused},
                       {QStringLiteral("callbacks"), callbacks},
                       {QStringLiteral("handles"), handles},
                       {QStringLiteral("options"), options}};
    if (!hop.decision.isEmpty())
        object.insert(QStringLiteral("redirectDecision"), hop.decision);
    if (!hop.droppedHeaders.isEmpty())
        object.insert(QStringLiteral("droppedHeaders"), QJsonArray::fromStringList(hop.droppedHeaders));
    if (last) {
        object.insert(QStringLiteral("finalUrl"), record.result.finalUrl);
        if (record.result.error != 0) {
            object.insert(QStringLiteral("error"), double(record.result.error));
            object.insert(QStringLiteral("failedCall"), record.result.failedCall);
        }
        if (!record.tlsProtocol.isEmpty()) {
            object.insert(QStringLiteral("tlsProtocol"), record.tlsProtocol);
            object.insert(QStringLiteral("tlsCipher"), record.tlsCipher);
        }
    }
    return object;
}

} // namespace

QJsonObject harLog(const QList<ExchangeRecord>& records, ExportReport* report)
{
    QJsonArray pages;
    QJsonArray entries;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const ExchangeRecord& record = records[r];
        const QString pageId = QStringLiteral("page_%1").arg(r + 1);
        pages.append(QJsonObject{
            {QStringLiteral("startedDateTime"), record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("id"), pageId},
            {QStringLiteral("title"), record.request.name.isEmpty() ? record.request.url : record.request.name},
            {QStringLiteral("pageTimings"), QJsonObject{}}});
        if (record.hops.isEmpty() && report != nullptr)
            report->add(pageId, Interchange::tr("no response was received; the exchange has no entry"));
        for (qsizetype h = 0; h < record.hops.size(); ++h) {
            const ExchangeHop& hop = record.hops[h];
            const bool final = h + 1 == record.hops.size();
            QJsonObject request{{QStringLiteral("method"), hop.method},
                                {QStringLiteral("url"), hop.url},
                                {QStringLiteral("httpVersion"), hop.httpVersion},
                                {QStringLiteral("cookies"), cookies(hop.requestHeaders, QStringLiteral("Cookie"))},
                                {QStringLiteral("headers"), nameValues(hop.requestHeaders)},
                                {QStringLiteral("queryString"), queryString(hop.url)},
                                {QStringLiteral("headersSize"), -1},
                                {QStringLiteral("bodySize"), double(hop.requestBodySize)}};
            if (hop.requestBodySize > 0)
                request.insert(QStringLiteral("postData"), postData(record.request, hop));
            const QJsonObject response{
                {QStringLiteral("status"), hop.status},
                {QStringLiteral("statusText"), hop.reason},
                {QStringLiteral("httpVersion"), hop.httpVersion},
                {QStringLiteral("cookies"), cookies(hop.responseHeaders, QStringLiteral("Set-Cookie"))},
                {QStringLiteral("headers"), nameValues(hop.responseHeaders)},
                {QStringLiteral("content"), content(record, hop, final)},
                {QStringLiteral("redirectURL"), hop.location},
                {QStringLiteral("headersSize"), -1},
                {QStringLiteral("bodySize"), -1}};
            QJsonObject entry{{QStringLiteral("pageref"), pageId},
                              {QStringLiteral("startedDateTime"),
                               record.startedAt.toUTC().addMSecs(qint64(hop.startMs)).toString(Qt::ISODateWithMs)},
                              {QStringLiteral("time"), totalTime(hop.timings)},
                              {QStringLiteral("request"), request},
                              {QStringLiteral("response"), response},
                              {QStringLiteral("cache"), QJsonObject{}},
                              {QStringLiteral("timings"), timings(hop.timings)},
                              {QStringLiteral("_winhttp"), winhttp(record, h)}};
            if (!hop.serverAddress.isEmpty())
                entry.insert(QStringLiteral("serverIPAddress"),
                             hop.serverAddress.left(hop.serverAddress.lastIndexOf(QLatin1Char(':')))
                                 .remove(QLatin1Char('['))
                                 .remove(QLatin1Char(']')));
            if (hop.connectionId != 0)
                entry.insert(QStringLiteral("connection"), QString::number(hop.connectionId));
            entries.append(entry);
        }
    }
    const QString version = QCoreApplication::applicationVersion();
    return {{QStringLiteral("version"), QStringLiteral("1.2")},
            {QStringLiteral("creator"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Hinterscope")},
                         {QStringLiteral("version"), version.isEmpty() ? QStringLiteral("dev") : version}}},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("entries"), entries}};
}

QByteArray exportHar(const QList<ExchangeRecord>& records, ExportReport* report)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), harLog(records, report)}}).toJson(QJsonDocument::Indented);
}

} // namespace hinterscope
