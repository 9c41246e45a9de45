#include "widgets/documents/tab_session.h"

#include "collections/request_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hinterscope {
namespace {

constexpr int kVersion = 1;

} // namespace

QByteArray TabSession::toJson() const
{
    QJsonArray array;
    for (const Tab& tab : tabs) {
        QJsonObject object;
        if (!tab.filePath.isEmpty())
            object.insert(QStringLiteral("file"), tab.filePath);
        if (!tab.sourcePath.isEmpty())
            object.insert(QStringLiteral("source"), tab.sourcePath);
        if (tab.spec)
            object.insert(QStringLiteral("request"), requestToJson(*tab.spec));
        if (tab.savedSpec)
            object.insert(QStringLiteral("saved"), requestToJson(*tab.savedSpec));
        array.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("version"), kVersion}, {QStringLiteral("current"), current}, {QStringLiteral("tabs"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

TabSession TabSession::fromJson(const QByteArray& json)
{
    TabSession session;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return session;
    const QJsonArray array = root.value(QStringLiteral("tabs")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Tab tab;
        tab.filePath = object.value(QStringLiteral("file")).toString();
        tab.sourcePath = object.value(QStringLiteral("source")).toString();
        if (object.value(QStringLiteral("request")).isObject())
            tab.spec = requestFromJson(object.value(QStringLiteral("request")).toObject());
        if (object.value(QStringLiteral("saved")).isObject())
            tab.savedSpec = requestFromJson(object.value(QStringLiteral("saved")).toObject());
        if (tab.filePath.isEmpty() && !tab.spec)
            continue; // nothing to reopen
        session.tabs.append(tab);
    }
    session.current = std::clamp(root.value(QStringLiteral("current")).toInt(-1), -1, int(session.tabs.size()) - 1);
    return session;
}

} // namespace hinterscope
