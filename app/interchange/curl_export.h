#pragma once

// A RequestSpec as a curl command ("Copy as curl", docs/import-export.md#curl). Variables stay {{name}}
// placeholders; credentials are written exactly as the request holds them.
#include "interchange/imported_collection.h"

#include <QString>

namespace hinterscope {

enum class CurlLayout {
    OneLine,
    MultiLine, // one option per line, joined by " \\\n  "
};

QString exportCurlCommand(const RequestSpec& spec, CurlLayout layout = CurlLayout::OneLine,
                          ExportReport* report = nullptr);

} // namespace hinterscope
