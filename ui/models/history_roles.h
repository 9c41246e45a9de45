#pragma once

// Columns and roles of HistoryModel (the History pane's table). Offsets continue after the other models'
// ones (model_roles.h, response_roles.h, composer_roles.h, collection_roles.h).
#include <Qt>

namespace hinterscope {

namespace HistoryColumn {
enum : int { Time, Method, Url, Status, Duration, Size, Count };
}

namespace HistoryRole {
enum : int {
    EntryId = Qt::UserRole + 1300, // qlonglong: the exchange's id in the history database
    StartedAt,                     // QDateTime (UTC)
    StatusCode,                    // int; 0 without a response
    Outcome,                       // QString: "ok", "error", "cancelled", "problem"
    Error,                         // QString: what went wrong; empty when the outcome is "ok"
    ElapsedMs,                     // double
    BodySize,                      // qlonglong: bytes of the final body
    FinalUrl,                      // QString: WINHTTP_OPTION_URL after every redirect
    HopCount,                      // int
};
}

} // namespace hinterscope
