#pragma once

// A curl command line into a RequestSpec (docs/import-export.md#curl), for the import dialog and for pasting
// into the composer's URL bar.
#include "interchange/imported_collection.h"

#include <QString>

namespace hinterscope {

// True when `text` reads as a curl command ("curl …", "$ curl …", "curl.exe …"): the URL bar then imports it
// instead of taking it as a URL.
bool looksLikeCurlCommand(const QString& text);

CurlImport importCurlCommand(const QString& text);

// The same as a one-request collection, for the import dialog.
ImportResult importCurl(const QString& text, const QString& source = {});

} // namespace hinterscope
