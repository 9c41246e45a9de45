#pragma once

// The two versions of a large request file the kill-during-save child writes in turn; the test knows them
// too, so it can tell that what survived a kill is exactly one of them.
#include "request/request_spec.h"

#include <QString>

namespace hs::test {

inline hinterscope::RequestSpec largeRequest(char version)
{
    hinterscope::RequestSpec spec;
    spec.name = QStringLiteral("large %1").arg(QLatin1Char(version));
    spec.method = QStringLiteral("POST");
    spec.url = QStringLiteral("http://127.0.0.1:1/upload?version=%1").arg(QLatin1Char(version));
    for (int i = 0; i < 200; ++i)
        spec.headers.append(
            {QStringLiteral("X-Header-%1").arg(i), QStringLiteral("%1-%2").arg(QLatin1Char(version)).arg(i)});
    spec.body.mode = hinterscope::BodyMode::Raw;
    // About 4 MiB of JSON-escaped text, so a save takes long enough to be killed in the middle.
    spec.body.text = QString(4 * 1024 * 1024, QLatin1Char(version)) + QStringLiteral("\n\"quoted\"\t") +
                     QString(1024, QChar(0x00e9));
    spec.notes = QStringLiteral("version %1").arg(QLatin1Char(version));
    return spec;
}

} // namespace hs::test
