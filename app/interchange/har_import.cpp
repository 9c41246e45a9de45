#include "interchange/har_import.h"

#include "interchange/json_input.h"
#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace hinterscope {
namespace {

using interchange::Interchange;

// Headers WinHTTP writes itself (or that only HTTP/2 has); copying them would send them twice or wrongly.
bool setByWinHttp(const QString& name)
{
    static const QSet<QString> names{QStringLiteral("host"),
                                     QStringLiteral("connection"),
                                     QStringLiteral("content-length"),
                                     QStringLiteral("transfer-encoding"),
                                     QStringLiteral("keep-alive"),
                                     QStringLiteral("proxy-connection"),
                                     QStringLiteral("te"),
                                     QStringLiteral("upgrade"),
                                     QStringLiteral("accept-encoding"),
                                     QStringLiteral("http2-settings")};
    return name.startsWith(QLatin1Char(':')) || names.contains(name.toLower());
}

struct Entry {
    QString path;
    QString method;
    QString url;
    int status = 0;
    QString redirectUrl;
    QJsonObject request;
};

QString resolved(const QString& base, const QString& location)
{
    return QUrl(base).resolved(QUrl(location)).toString();
}

} // namespace

ImportResult importHar(const QByteArray& text, const QString& source)
{
    ImportResult result;
    JsonInput input(text, source);
    const auto root = input.parse();
    if (!root) {
        result.error = input.error();
        return result;
    }
    if (!root->contains(QStringLiteral("log")))
        input.fail(QString(), Interchange::tr("not a HAR file: \"log\" is required"));
    const QJsonObject log = input.object(*root, QStringLiteral("log"), QString());
    const QString version = input.string(log, QStringLiteral("version"), QStringLiteral("log"));
    ImportReport report;
    if (!version.isEmpty() && version != QLatin1String("1.2") && version != QLatin1String("1.1"))
        report.add(QStringLiteral("log.version"), Interchange::tr("HAR version %1 read as 1.2").arg(version));
    if (!log.contains(QStringLiteral("entries")))
        input.fail(QStringLiteral("log"), Interchange::tr("\"entries\" is required"));
    const QJsonArray entries = input.array(log.value(QStringLiteral("entries")), QStringLiteral("log.entries"));

    QList<Entry> list;
    for (qsizetype i = 0; i < entries.size() && !input.failed(); ++i) {
        Entry entry;
        entry.path = QStringLiteral("log.entries[%1]").arg(i);
        const QJsonObject object = input.object(entries[i], entry.path);
        if (!object.contains(QStringLiteral("request")))
            input.fail(entry.path, Interchange::tr("\"request\" is required"));
        entry.request = input.object(object, QStringLiteral("request"), entry.path);
        const QString requestPath = entry.path + QStringLiteral(".request");
        entry.method = input.string(entry.request, QStringLiteral("method"), requestPath);
        entry.url = input.string(entry.request, QStringLiteral("url"), requestPath);
        if (!input.failed() && entry.url.isEmpty())
            input.fail(requestPath, Interchange::tr("the request has no \"url\""));
        const QJsonObject response = input.object(object, QStringLiteral("response"), entry.path);
        const QJsonValue status = response.value(QStringLiteral("status"));
        if (!status.isUndefined() && !status.isDouble())
            input.fail(entry.path + QStringLiteral(".response.status"), Interchange::tr("expected a number"));
        entry.status = status.toInt();
        entry.redirectUrl =
            input.string(response, QStringLiteral("redirectURL"), entry.path + QStringLiteral(".response"));
        if (entry.redirectUrl.isEmpty() && entry.status >= 300 && entry.status < 400) {
            for (const auto& header : response.value(QStringLiteral("headers")).toArray())
                if (header.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .compare(QLatin1String("location"), Qt::CaseInsensitive) == 0)
                    entry.redirectUrl = header.toObject().value(QStringLiteral("value")).toString();
        }
        list.append(entry);
    }

    // Which entry is a redirect hop of which: a 3xx whose target is requested by a later entry.
    QList<qsizetype> hopOf(list.size(), -1);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].status < 300 || list[i].status >= 400 || list[i].redirectUrl.isEmpty())
            continue;
        const QString target = resolved(list[i].url, list[i].redirectUrl);
        for (qsizetype j = i + 1; j < list.size(); ++j) {
            if (hopOf[j] < 0 && QUrl(list[j].url) == QUrl(target)) {
                hopOf[j] = hopOf[i] >= 0 ? hopOf[i] : i;
                break;
            }
        }
    }

    ImportedCollection collection;
    const QJsonArray pages = log.value(QStringLiteral("pages")).toArray();
    collection.name = pages.isEmpty() ? QString() : pages.first().toObject().value(QStringLiteral("title")).toString();
    if (collection.name.isEmpty())
        collection.name = source.isEmpty() ? Interchange::tr("HAR import") : QFileInfo(source).completeBaseName();
    for (qsizetype i = 0; i < list.size() && !input.failed(); ++i) {
        const Entry& entry = list[i];
        if (hopOf[i] >= 0) {
            report.add(entry.path, Interchange::tr("redirect hop of %1 (%2 %3); folded into its request")
                                       .arg(list[hopOf[i]].path, entry.method, entry.url));
            continue;
        }
        RequestSpec spec;
        spec.method = entry.method.isEmpty() ? QStringLiteral("GET") : entry.method;
        spec.url = entry.url;
        spec.name = spec.method + QLatin1Char(' ') + url_query::split(entry.url).prefix;
        const QString requestPath = entry.path + QStringLiteral(".request");
        QStringList dropped;
        const QJsonArray headers =
            input.array(entry.request.value(QStringLiteral("headers")), requestPath + QStringLiteral(".headers"));
        for (qsizetype h = 0; h < headers.size(); ++h) {
            const QString where = QStringLiteral("%1.headers[%2]").arg(requestPath).arg(h);
            const QJsonObject header = input.object(headers[h], where);
            const QString name = input.string(header, QStringLiteral("name"), where);
            if (setByWinHttp(name)) {
                dropped.append(name);
                continue;
            }
            spec.headers.append({name, input.string(header, QStringLiteral("value"), where), true});
        }
        if (!dropped.isEmpty())
            report.add(
                requestPath + QStringLiteral(".headers"),
                Interchange::tr("left out, WinHTTP sets them itself: %1").arg(dropped.join(QStringLiteral(", "))));
        const QJsonObject postData = input.object(entry.request, QStringLiteral("postData"), requestPath);
        if (!postData.isEmpty()) {
            const QString where = requestPath + QStringLiteral(".postData");
            QString contentType =
                interchange::takeHeader(spec.headers, QStringLiteral("Content-Type")).value_or(QString());
            if (contentType.isEmpty())
                contentType = input.string(postData, QStringLiteral("mimeType"), where);
            const QJsonArray params =
                input.array(postData.value(QStringLiteral("params")), where + QStringLiteral(".params"));
            const QString bodyText = input.string(postData, QStringLiteral("text"), where);
            if (!params.isEmpty() && bodyText.isEmpty()) {
                const bool multipart = interchange::mediaType(contentType) == QLatin1String("multipart/form-data");
                spec.body.mode = multipart ? BodyMode::Multipart : BodyMode::FormUrlEncoded;
                for (qsizetype p = 0; p < params.size(); ++p) {
                    const QString paramPath = QStringLiteral("%1.params[%2]").arg(where).arg(p);
                    const QJsonObject param = input.object(params[p], paramPath);
                    const QString name = input.string(param, QStringLiteral("name"), paramPath);
                    const QString value = input.string(param, QStringLiteral("value"), paramPath);
                    const QString fileName = input.string(param, QStringLiteral("fileName"), paramPath);
                    if (!multipart) {
                        spec.body.form.append({name, value, true});
                        continue;
                    }
                    MultipartPart part{
                        name, value, false, input.string(param, QStringLiteral("contentType"), paramPath), {}, true};
                    if (!fileName.isEmpty()) {
                        part.isFile = true;
                        part.value = fileName;
                        report.add(paramPath,
                                   Interchange::tr("the HAR holds no file content; part \"%1\" points at the file name "
                                                   "%2, choose the file before sending")
                                       .arg(name, fileName));
                    }
                    spec.body.parts.append(part);
                }
            } else if (interchange::mediaType(contentType) == QLatin1String("multipart/form-data")) {
                spec.body.mode = BodyMode::Raw;
                spec.body.text = bodyText;
                spec.body.contentType = contentType;
                report.add(where, Interchange::tr("the multipart body is kept as raw text with its boundary"));
            } else {
                interchange::setTextBody(spec, bodyText, contentType);
            }
        }
        QStringList hops;
        for (qsizetype j = i + 1; j < list.size(); ++j)
            if (hopOf[j] == i)
                hops.append(QStringLiteral("%1 → %2 %3").arg(list[j - 1].status).arg(list[j].method, list[j].url));
        if (!hops.isEmpty())
            spec.notes =
                Interchange::tr("Redirects recorded in the HAR:") + QLatin1Char('\n') + hops.join(QLatin1Char('\n'));
        collection.items.append({spec.name, false, spec, {}});
    }
    if (!input.failed() && collection.items.isEmpty())
        input.fail(QStringLiteral("log.entries"), Interchange::tr("the HAR has no entries"));
    if (input.failed()) {
        result.error = input.error();
        return result;
    }
    result.collection = collection;
    result.report = report;
    return result;
}

} // namespace hinterscope
