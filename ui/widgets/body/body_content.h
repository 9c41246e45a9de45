#pragma once

#include <QByteArrayView>
#include <QString>

namespace hinterscope::body_content {

enum class Kind { Text, Json, Xml, Html, Image, Svg, Binary };
enum class Encoding { Utf8, Latin1 };

// What a body is, from its Content-Type first, then from its first bytes (a server saying text/plain about
// JSON, or nothing at all, still gets a Pretty view and an image a preview).
Kind kindOf(const QString& contentType, QByteArrayView head);
// Latin-1 when the Content-Type's charset says so (ISO-8859-1, US-ASCII, windows-1252), UTF-8 otherwise.
Encoding encodingOf(const QString& contentType);

bool isPrettyPrintable(Kind kind);
bool isImage(Kind kind);

// Text for one row of bytes: invalid UTF-8 becomes U+FFFD, control characters (not tabs) their visible
// pictures. One QChar per original character, so positions map back.
QString decodeRow(QByteArrayView bytes, Encoding encoding);
// How many bytes of `bytes` make up the first `characters` characters of decodeRow(bytes), and the reverse.
qsizetype byteForCharacter(QByteArrayView bytes, qsizetype characters, Encoding encoding);
qsizetype characterForByte(QByteArrayView bytes, qsizetype byteCount, Encoding encoding);
// Moves `position` forward past UTF-8 continuation bytes (at most 3), so a slice never starts inside a sequence.
qsizetype sequenceStart(QByteArrayView bytes, qsizetype position);

} // namespace hinterscope::body_content
