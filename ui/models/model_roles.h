#pragma once

// Every model's columns and custom roles, in one place, so views, delegates and proxies agree on them.
// Roles start at distinct offsets per model so a value read through a stack of proxies is unambiguous.
#include <QFlags>
#include <Qt>

namespace hinterscope {

// ---- HandleTreeModel: session → connect → request -----------------------------------------------------

enum class HandleState : int { Open, Sending, Receiving, Closed };

namespace HandleTreeColumn {
enum : int { Handle, Type, State, Created, Closed, Description, Count };
}

namespace HandleTreeRole {
enum : int {
    Handle = Qt::UserRole + 100, // qulonglong: the HINTERNET value
    ParentHandle,                // qulonglong, 0 for none
    HandleType,                  // uint: WINHTTP_HANDLE_TYPE_*
    State,                       // int: HandleState
    Closed,                      // bool: views grey the row out
    CreatedNs,                   // qlonglong: ns since the trace's origin
    ClosedNs,                    // qlonglong, or invalid while open
    RowKind,                     // int: HandleTreeRowKind
    OptionId,                    // uint: WINHTTP_OPTION_* of an option row set with WinHttpSetOption, else invalid
    OptionSource,                // int: HandleOptionSource of an option row
};
}

// With option rows shown, a handle's first child is an "Options" group listing the options in effect.
enum class HandleTreeRowKind : int { Handle, OptionGroup, Option };
// Where an option row's value comes from.
enum class HandleOptionSource : int { Opened, Set, Inherited };

// ---- TimelineModel: every event, flat --------------------------------------------------------------------

namespace TimelineColumn {
enum : int { Time, Thread, Handle, Event, Information, Delivered, Count };
}

namespace TimelineRole {
enum : int {
    Handle = Qt::UserRole + 200, // qulonglong
    Kind,                        // int: hinternet::trace::EventKind
    Status,                      // uint: WINHTTP_CALLBACK_STATUS_* for callbacks, HTTP status otherwise
    Category,                    // int: one TimelineCategory bit
    TimeNs,                      // qlonglong: ns since the trace's origin
    ThreadId,                    // qulonglong
    Number,                      // qulonglong: Event::number
    Offset,                      // qulonglong: Event::offset
    Delivered,                   // bool for callbacks, invalid for engine events
    IsError,                     // bool: REQUEST_ERROR or SECURE_FAILURE
};
}

// What the timeline's filter offers. Every row belongs to exactly one category.
enum class TimelineCategory : int {
    Progress = 0x01,    // callbacks on the way (resolving, connecting, sending, receiving, redirects), marks
    Completions = 0x02, // SENDREQUEST_COMPLETE, HEADERS_AVAILABLE, DATA_AVAILABLE, READ/WRITE_COMPLETE
    Errors = 0x04,      // REQUEST_ERROR, SECURE_FAILURE
    Handles = 0x08,     // handles created and closed, HANDLE_CREATED/HANDLE_CLOSING, options set
    Wire = 0x10,        // bytes, connections, TLS, cookies
};
Q_DECLARE_FLAGS(TimelineCategories, TimelineCategory)
inline constexpr TimelineCategories kAllTimelineCategories = TimelineCategories::fromInt(0x1f);

// ---- HeadersModel: one message head ----------------------------------------------------------------------

namespace HeadersColumn {
enum : int { Name, Value, Count };
}

namespace HeadersRole {
enum : int {
    Name = Qt::UserRole + 300, // QString as received
    Value,                     // QString, folded lines joined with a space
    Malformed,                 // bool: a line without a colon (shown whole in the name column)
};
}

// ---- HopLedgerModel: one request's redirect decisions ---------------------------------------------------

namespace HopLedgerColumn {
enum : int { Hop, Status, Decision, Location, UrlAfter, Method, Url, DroppedHeaders, Cookies, Time, Count };
}

namespace HopLedgerRole {
enum : int {
    Hop = Qt::UserRole + 400, // int, from 1
    Status,                   // int: the HTTP status of that hop's response
    Decision,                 // QString: "followed", "final", "refused by policy: https to http", …
    Location,                 // QString, empty when the response had none
    UrlAfter,                 // QString: the request's URL once this hop was handled
    IsFinal,                  // bool: the decision that ended the request (no hop follows)
    Method,                   // QString: the method this hop was sent with
    Url,                      // QString: the URL this hop was sent to
    DroppedHeaders,           // QStringList: "Authorization (cross-origin)", "Content-Type (body dropped)", …
    Cookies,                  // QStringList: the Set-Cookie values this hop's response carried
    DurationNs,               // qlonglong: from the hop's first activity to its decision, or invalid
};
}

} // namespace hinterscope

Q_DECLARE_OPERATORS_FOR_FLAGS(hinterscope::TimelineCategories)
