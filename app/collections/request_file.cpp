#include "collections/request_file.h"

#include "collections/collection.h"
#include "collections/request_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace hinterscope {

QByteArray requestFileBytes(const RequestSpec& spec)
{
    return QJsonDocument(requestToJson(spec)).toJson(QJsonDocument::Indented);
}

std::optional<QJsonObject> readJsonObjectFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        *error = QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("hinterscope", "%1:1:1: expected a JSON object").arg(path);
        return std::nullopt;
    }
    return document.object();
}

std::optional<RequestSpec> readRequestFile(const QString& path, QString* error, QStringList* problems)
{
    const auto object = readJsonObjectFile(path, error);
    if (!object)
        return std::nullopt;
    QStringList found;
    RequestSpec spec = requestFromJson(*object, &found);
    if (problems) {
        for (const QString& problem : std::as_const(found))
            problems->append(QStringLiteral("%1: %2").arg(path, problem));
    }
    return spec;
}

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveRequestFile(const QString& path, const RequestSpec& spec, QString* error)
{
    return saveFileAtomically(path, requestFileBytes(spec), error);
}

} // namespace hinterscope
