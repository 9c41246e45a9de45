#pragma once

// Columns and roles of the environment editor's variables table (ui/widgets/environments).
#include <Qt>

namespace hinterscope {

namespace EnvironmentVariableColumn {
enum : int {
    Name,   // checkable: the variable is enabled
    Value,  // masked for secrets unless revealed
    Secret, // checkable: the value goes to the keyring, never to the file
    Count
};
}

namespace EnvironmentVariableRole {
enum : int {
    IsSecret = Qt::UserRole + 1500, // bool
    PlainValue,                     // QString: the value unmasked (for the editor's own delegate)
    SecretPending,                  // bool: the secret's value is still being read from the store
};
}

} // namespace hinterscope
