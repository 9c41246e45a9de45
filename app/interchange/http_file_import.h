#pragma once

// .http files (JetBrains HTTP Client, VS Code REST Client) into an ImportedCollection
// (docs/import-export.md#http-files).
#include "interchange/imported_collection.h"

#include <QString>

namespace hinterscope {

ImportResult importHttpFile(const QString& text, const QString& source = {});

} // namespace hinterscope
