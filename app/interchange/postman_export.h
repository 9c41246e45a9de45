#pragma once

// A collection as a Postman Collection v2.1 file (docs/import-export.md#postman). Variables stay {{name}}
// placeholders; credentials are written as the requests hold them.
#include "collections/collection.h"
#include "interchange/imported_collection.h"

#include <QByteArray>

namespace hinterscope {

QByteArray exportPostmanCollection(const Collection& collection, ExportReport* report = nullptr);

} // namespace hinterscope
