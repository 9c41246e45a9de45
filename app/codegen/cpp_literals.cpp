#include "codegen/cpp_literals.h"

#include <QList>

namespace hinterscope::codegen {
namespace {

bool isHexDigit(uint c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The escape for characters every literal writes the same way; empty when the character stands for itself
// or needs a numeric escape. `previous` catches "??", which was a trigraph before C++17.
QString simpleEscape(uint c, uint previous)
{
    switch (c) {
    case '\\':
        return QStringLiteral("\\\\");
    case '"':
        return QStringLiteral("\\\"");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    case '?':
        return previous == '?' ? QStringLiteral("\\?") : QString();
    default:
        return {};
    }
}

bool printableAscii(uint c)
{
    return c >= 0x20 && c < 0x7f;
}

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString wideLiteral(const QString& text)
{
    QString out = QStringLiteral("L\"");
    bool afterHexEscape = false;
    uint previous = 0;
    for (const uint c : text.toUcs4()) {
        QString piece = simpleEscape(c, previous);
        bool hexEscape = false;
        if (piece.isEmpty()) {
            if (printableAscii(c)) {
                // A hex escape takes every hex digit that follows it: close the literal and open the next.
                if (afterHexEscape && isHexDigit(c))
                    out += QStringLiteral("\" L\"");
                piece = QLatin1Char(static_cast<char>(c));
            } else if (c < 0xa0) {
                // C0/C1 controls and DEL: a \u escape may not name a control character, \x may.
                piece = QStringLiteral("\\x") + hex(c, 2);
                hexEscape = true;
            } else if (c <= 0xffff) {
                piece = QStringLiteral("\\u") + hex(c, 4);
            } else {
                piece = QStringLiteral("\\U") + hex(c, 8);
            }
        }
        out += piece;
        afterHexEscape = hexEscape;
        previous = c;
    }
    return out + QLatin1Char('"');
}

QString byteLiteral(const QByteArray& bytes, const QString& indent, int lineWidth)
{
    QString out = QStringLiteral("\"");
    bool afterHexEscape = false;
    uint previous = 0;
    int lineBytes = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uint c = static_cast<uchar>(bytes.at(i));
        QString piece = simpleEscape(c, previous);
        bool hexEscape = false;
        if (piece.isEmpty()) {
            if (printableAscii(c)) {
                if (afterHexEscape && isHexDigit(c))
                    out += QStringLiteral("\" \"");
                piece = QLatin1Char(static_cast<char>(c));
            } else {
                piece = QStringLiteral("\\x") + hex(c, 2);
                hexEscape = true;
            }
        }
        out += piece;
        afterHexEscape = hexEscape;
        previous = c;
        ++lineBytes;
        const bool more = i + 1 < bytes.size();
        if (more && (c == '\n' || lineBytes >= lineWidth)) {
            out += QStringLiteral("\"\n") + indent + QLatin1Char('"');
            afterHexEscape = false;
            previous = 0;
            lineBytes = 0;
        }
    }
    return out + QLatin1Char('"');
}

QString byteStringExpression(const QByteArray& bytes, const QString& indent)
{
    if (bytes.isEmpty())
        return QStringLiteral("std::string()");
    const QString literal = byteLiteral(bytes, indent + QStringLiteral("            "));
    return QStringLiteral("std::string(%1, %2)").arg(literal).arg(bytes.size());
}

QString commentText(const QString& text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (auto& c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    while (line.endsWith(QLatin1Char('\\')) || line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace hinterscope::codegen
