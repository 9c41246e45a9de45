#pragma once

// Columns and roles of the composer's table models (ui/widgets/composer). Kept apart from model_roles.h so the
// composer does not edit a header every pane shares; roles start at their own offset (900) for the same reason.
#include <Qt>

namespace hinterscope {

// KeyValueModel: params, headers and form-urlencoded rows. The last row is always an empty placeholder:
// typing into it appends a row.
namespace KeyValueColumn {
enum : int { Enabled, Name, Value, Count };
}

// MultipartModel: the parts of a multipart/form-data body, with the same placeholder row.
namespace MultipartColumn {
enum : int { Enabled, Name, Kind, Value, ContentType, FileName, Count };
}

namespace ComposerRole {
enum : int {
    Problem = Qt::UserRole + 900, // QString: why this cell cannot be sent; empty when it can
    Placeholder,                  // bool: the trailing "add a row" row
};
}

} // namespace hinterscope
