#pragma once

// An imported collection written as our collection folder (docs/collections.md): collection.json with the
// name and variables, one *.request.json per request, a sub-folder per folder. All or nothing: the files
// are written into a staging folder next to the target, which is renamed into place at the end.
#include "interchange/imported_collection.h"

#include <QString>

namespace hinterscope {

// `folder` must not exist or be empty. False with the reason in *error, and nothing left behind.
bool writeCollectionFolder(const ImportedCollection& collection, const QString& folder, QString* error);

// A file or folder name from `name`: no path separators, control or reserved characters, no reserved
// Windows device names, not empty, at most 80 characters.
QString safeFileName(const QString& name);

} // namespace hinterscope
