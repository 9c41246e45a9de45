#pragma once

// C++ source text for values: string literals that reproduce a value exactly, whatever it contains, and
// comment text that cannot end the comment or swallow the next line. Used by every C++ generator.
#include <QByteArray>
#include <QString>

namespace hinterscope::codegen {

// L"…" holding exactly `text`: quotes, backslashes and control characters escaped, non-ASCII as \u / \U
// escapes (so the source stays ASCII and the compiler's input charset does not matter).
QString wideLiteral(const QString& text);

// "…" holding exactly `bytes`, embedded NULs included (pair it with its length, see byteStringExpression):
// non-printable and non-ASCII bytes as \x escapes. Longer values are split into adjacent literals after each
// line feed and every `lineWidth` bytes, each piece on its own line indented by `indent`.
QString byteLiteral(const QByteArray& bytes, const QString& indent = QString(), int lineWidth = 96);

// std::string(…) of `bytes` with their exact length, so NUL bytes and everything after them survive.
QString byteStringExpression(const QByteArray& bytes, const QString& indent = QString());

// Text for a // comment: one line, never ending in a backslash (which would continue the comment).
QString commentText(const QString& text);

} // namespace hinterscope::codegen
