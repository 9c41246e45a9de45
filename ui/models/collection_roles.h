#pragma once

// Roles of CollectionTreeModel (one column). Offsets continue after the other models' roles, so a value read
// through a proxy stays unambiguous.
#include <Qt>

namespace hinterscope {

enum class CollectionNodeKind { Collection, Folder, Request };

namespace CollectionRole {
enum : int {
    Kind = Qt::UserRole + 1000, // int: CollectionNodeKind
    Path,                       // QString: the request file, the folder, or the collection's root folder
    CollectionRoot,             // QString: the root folder of the collection the row belongs to
    Method,                     // QString: requests only ("GET"), for the method badge
    Url,                        // QString: requests only, as written ({{variables}} unresolved)
    Spec,                       // RequestSpec: requests only
    Errors,                     // QStringList: collection rows, "path:line:column: message" each
    ReadOnly,                   // bool: the collection cannot be edited (the Tour, from the resources)
    Loading,                    // bool: collection rows whose first load has not arrived
};
}

// The drag and drop format: a QStringList of paths (QDataStream).
inline constexpr char kCollectionPathsMimeType[] = "application/x-hinterscope-collection-paths";

} // namespace hinterscope
