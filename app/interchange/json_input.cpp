#include "interchange/json_input.h"

#include "collections/collection.h"
#include "interchange/mapping.h"

#include <QJsonDocument>

namespace hinterscope {

using interchange::Interchange;

JsonInput::JsonInput(const QByteArray& text, const QString& source)
    : text_(text)
    , source_(source)
{
    error_.source = source;
}

std::optional<QJsonObject> JsonInput::parse()
{
    if (text_.trimmed().isEmpty()) {
        error_.message = Interchange::tr("the input is empty");
        failed_ = true;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text_, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text_, parseError.offset);
        error_.line = line;
        error_.column = column;
        error_.message = Interchange::tr("not valid JSON: %1").arg(parseError.errorString());
        failed_ = true;
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(QString(), Interchange::tr("expected a JSON object at the top"));
        return std::nullopt;
    }
    return document.object();
}

void JsonInput::fail(const QString& path, const QString& message)
{
    if (failed_)
        return;
    failed_ = true;
    const auto [line, column] = interchange::locateJsonPath(text_, path);
    error_.line = line;
    error_.column = column;
    error_.message = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

QString JsonInput::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QJsonObject JsonInput::object(const QJsonValue& value, const QString& path)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        fail(path, Interchange::tr("expected an object"));
    return {};
}

QJsonObject JsonInput::object(const QJsonObject& parent, const QString& key, const QString& parentPath)
{
    return object(parent.value(key), join(parentPath, key));
}

QJsonArray JsonInput::array(const QJsonValue& value, const QString& path)
{
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        fail(path, Interchange::tr("expected an array"));
    return {};
}

QString JsonInput::string(const QJsonValue& value, const QString& path)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toVariant().toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!value.isUndefined() && !value.isNull())
        fail(path, Interchange::tr("expected a string"));
    return {};
}

QString JsonInput::string(const QJsonObject& parent, const QString& key, const QString& parentPath)
{
    return string(parent.value(key), join(parentPath, key));
}

} // namespace hinterscope
