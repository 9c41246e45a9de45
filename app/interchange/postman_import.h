#pragma once

// Postman Collection v2.1 (and v2.0) into an ImportedCollection (docs/import-export.md#postman).
#include "interchange/imported_collection.h"

#include <QByteArray>
#include <QString>

namespace hinterscope {

// `source` names the input in errors (a file name); it may be empty.
ImportResult importPostmanCollection(const QByteArray& text, const QString& source = {});

} // namespace hinterscope
