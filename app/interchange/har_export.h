#pragma once

// Exchanges as HAR 1.2 (docs/import-export.md#har): one entry per hop, HAR's timing phases, the final body
// from the recorded prefix (base64 when it is not text), and a `_winhttp` object per entry with what only
// WinHTTP shows: the status callbacks of that hop, the handles and the options set.
#include "interchange/imported_collection.h"
#include "request/exchange_record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace hinterscope {

QJsonObject harLog(const QList<ExchangeRecord>& records, ExportReport* report = nullptr);
QByteArray exportHar(const QList<ExchangeRecord>& records, ExportReport* report = nullptr);

} // namespace hinterscope
