#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace hinterscope::response {

// Words and numbers the Response pane shows: error meanings, security flags, sizes and durations.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope::response::Texts)

public:
    // One sentence on what a WinHTTP error means for the request ("The server refused the connection …").
    static QString errorMeaning(quint32 error);
    // "ERROR_WINHTTP_TIMEOUT (12002)".
    static QString errorName(quint32 error);
    // SECURITY_FLAG_IGNORE_* bits as names joined with " | ", "none" for 0.
    static QString ignoreFlagNames(quint32 securityFlags);
    // The SECURITY_FLAG_IGNORE_* bits that waive these WINHTTP_CALLBACK_STATUS_FLAG_* failures.
    static quint32 ignoreFlagsFor(quint32 failureFlags);
    // One line per WINHTTP_CALLBACK_STATUS_FLAG_* bit set: "CERT_DATE_INVALID: the certificate has expired …".
    static QStringList failureFlagExplanations(quint32 failureFlags);
    // "512 B", "1.5 KiB", "3.20 MiB".
    static QString bytes(qint64 count);
    // "850 µs", "12.3 ms", "4.21 s".
    static QString duration(quint64 ns);
    // "1.2 MiB/s".
    static QString rate(double bytesPerSecond);
};

} // namespace hinterscope::response
