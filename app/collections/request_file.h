#pragma once

// Reading and writing one *.request.json file (docs/collections.md). Writes are atomic (QSaveFile): a crash
// or kill -9 during a save leaves the previous file or the new one, never a mix.
#include "request/request_spec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hinterscope {

inline const QString kRequestFileSuffix = QStringLiteral(".request.json");

// The bytes a request file holds: four-space indented JSON, sorted keys, a final newline.
QByteArray requestFileBytes(const RequestSpec& spec);
// The file's request, or nothing with "path:line:column: message" in *error. Fields of the wrong kind are
// reported in *problems ("path: …") and left at their defaults; the request still loads.
std::optional<RequestSpec> readRequestFile(const QString& path, QString* error, QStringList* problems = nullptr);
bool saveRequestFile(const QString& path, const RequestSpec& spec, QString* error);

// The JSON object in `path`, or nothing with "path:line:column: message" in *error.
std::optional<QJsonObject> readJsonObjectFile(const QString& path, QString* error);
// Writes `bytes` to `path` through QSaveFile; false with the reason in *error.
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace hinterscope
