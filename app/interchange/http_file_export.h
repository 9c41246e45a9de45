#pragma once

// Requests as a .http file (JetBrains HTTP Client / VS Code REST Client; docs/import-export.md#http-files).
#include "collections/collection.h"
#include "interchange/imported_collection.h"

#include <QString>

namespace hinterscope {

// Folders are flattened in order (the .http format has none); each request starts with "### name".
QString exportHttpFile(const QList<RequestSpec>& requests, const Variables& variables = {},
                       ExportReport* report = nullptr);
QString exportHttpFile(const Collection& collection, ExportReport* report = nullptr);

} // namespace hinterscope
