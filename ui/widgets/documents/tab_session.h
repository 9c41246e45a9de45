#pragma once

#include "request/request_spec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hinterscope {

// The open tabs as they are kept between runs (one JSON value in QSettings). Files are kept by path and read
// again at start; requests without a file keep their request, and the one they started from, as request-file
// JSON, so an unsaved request is still there (and still marked) after a restart.
struct TabSession {
    struct Tab {
        QString filePath;                     // a writable request file, or empty
        QString sourcePath;                   // without a file: where it came from (":/tour/…"), may be empty
        std::optional<RequestSpec> spec;      // without a file: the request; with one: unsaved edits, if any
        std::optional<RequestSpec> savedSpec; // without a file: what it was opened as
    };

    QList<Tab> tabs;
    int current = -1;

    QByteArray toJson() const;
    // Unreadable input gives an empty session (a session is a convenience, not a document).
    static TabSession fromJson(const QByteArray& json);
};

} // namespace hinterscope
