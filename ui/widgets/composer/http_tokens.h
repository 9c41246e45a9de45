#pragma once

#include <QString>
#include <QStringList>

namespace hinterscope::http_tokens {

// RFC 9110 tchar: what a method or a header name may consist of.
bool isTokenChar(QChar c);
bool isToken(QStringView text);

// Why this cannot be a method / header name / header value on the wire, or an empty string. The name check
// treats an empty name as a problem only when the row has a value (an empty row is just unused).
QString methodProblem(const QString& method);
QString headerNameProblem(const QString& name, bool rowHasValue);
QString headerValueProblem(const QString& value);

// Request header names a user types often, for completion.
const QStringList& commonRequestHeaderNames();

// The methods the combo offers.
const QStringList& standardMethods();

} // namespace hinterscope::http_tokens
