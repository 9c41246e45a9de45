#pragma once

// An ExchangeRecord as JSON, for the history's record column: everything but the body prefix (a BLOB of its
// own). The request is in the shape of a request file (request_json.h).
#include "request/exchange_record.h"

#include <QJsonObject>
#include <QStringList>

namespace hinterscope {

QJsonObject exchangeRecordToJson(const ExchangeRecord& record);
// Fields that are missing or of the wrong type keep their defaults and are named in *problems.
ExchangeRecord exchangeRecordFromJson(const QJsonObject& object, QStringList* problems = nullptr);

} // namespace hinterscope
