#pragma once

// HAR 1.2 (a browser's or our own network log) into an ImportedCollection (docs/import-export.md#har): one
// request per entry, redirect hops folded into the request that started them.
#include "interchange/imported_collection.h"

#include <QByteArray>
#include <QString>

namespace hinterscope {

ImportResult importHar(const QByteArray& text, const QString& source = {});

} // namespace hinterscope
