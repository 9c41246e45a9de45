#pragma once

#include <QString>
#include <QtGlobal>

namespace hinterscope {

// What WinHttpCrackUrl makes of the URL in the composer, before anything is sent.
struct UrlCheck {
    bool ok = false;
    bool empty = false;   // nothing typed: not an error while editing, but nothing to send
    QString effectiveUrl; // trimmed, with "http://" when no scheme was typed; placeholders kept
    quint32 errorCode = 0;
    QString errorName; // "ERROR_WINHTTP_INVALID_URL"
    QString message;   // one plain sentence

    // "ERROR_WINHTTP_INVALID_URL: The port must be a number from 0 to 65535."
    QString text() const;
};

// Checks the URL as the runner will crack it. `{{placeholders}}` are replaced by stand-ins first (a host
// name, "80" where a port goes, "http://placeholder" for a leading one such as `{{baseUrl}}/users`), so a
// URL is judged by what the user typed around them.
UrlCheck checkUrl(const QString& url);

// The URL with "http://" in front when it names no scheme ("localhost:8080/x"), as curl does. A URL that
// starts with a placeholder is left alone: `{{baseUrl}}` normally carries its scheme. Whoever resolves the
// placeholders applies this again to the result.
QString withDefaultScheme(const QString& url);

} // namespace hinterscope
