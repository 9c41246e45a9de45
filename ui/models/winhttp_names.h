#pragma once

#include <hinternet/trace.h>

#include <QString>
#include <QtGlobal>

// Names for the numbers the trace carries, as the WinHTTP reference spells them (prefixes dropped where the
// column already says what the number is). Unknown values come back as numbers, never as an empty string.
namespace hinterscope::names {

QString callbackStatus(quint32 status);              // "RESOLVING_NAME" for WINHTTP_CALLBACK_STATUS_RESOLVING_NAME
QString error(quint32 code);                         // "ERROR_WINHTTP_CANNOT_CONNECT"
QString asyncApi(quint64 api);                       // "API_SEND_REQUEST" (WINHTTP_ASYNC_RESULT::dwResult)
QString eventKind(hinternet::trace::EventKind kind); // "BytesReceived"
QString handleType(quint32 type);                    // "session", "connect", "request"
QString secureFailureFlags(quint32 flags);           // "INVALID_CA | CERT_CN_INVALID"
QString option(quint32 option);                      // "WINHTTP_OPTION_REDIRECT_POLICY" (whole constant)

// One translated line each that explains what the value means, for tooltips. Empty for unknown values.
QString callbackStatusDescription(quint32 status);
QString eventKindDescription(hinternet::trace::EventKind kind);
QString optionDescription(quint32 option);

} // namespace hinterscope::names
