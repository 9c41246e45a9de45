#include "widgets/body/body_content.h"

#include <QStringDecoder>
#include <QStringList>

namespace hinterscope::body_content {

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

Kind sniff(QByteArrayView head)
{
    if (startsWith(head, "\x89PNG\r\n\x1a\n") || startsWith(head, "\xff\xd8\xff") || startsWith(head, "GIF8") ||
        (startsWith(head, "RIFF") && head.size() >= 12 && head.sliced(8, 4) == "WEBP") || startsWith(head, "BM"))
        return Kind::Image;
    qsizetype first = 0;
    if (startsWith(head, "\xef\xbb\xbf"))
        first = 3;
    while (first < head.size() && QChar::isSpace(static_cast<uchar>(head[first])))
        ++first;
    const QByteArrayView rest = head.sliced(first);
    if (rest.isEmpty())
        return Kind::Text;
    if (rest.front() == '{' || rest.front() == '[')
        return Kind::Json;
    if (rest.front() == '<') {
        const QByteArray lower = rest.first(std::min<qsizetype>(rest.size(), 512)).toByteArray().toLower();
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html"))
            return Kind::Html;
        if (lower.contains("<svg"))
            return Kind::Svg;
        return Kind::Xml;
    }
    // Text is what decodes; many NULs or other controls say binary.
    int controls = 0;
    const qsizetype probe = std::min<qsizetype>(head.size(), 4096);
    for (qsizetype i = 0; i < probe; ++i) {
        const auto byte = static_cast<uchar>(head[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
            ++controls;
    }
    return controls * 20 > probe ? Kind::Binary : Kind::Text;
}

} // namespace

Kind kindOf(const QString& contentType, QByteArrayView head)
{
    const QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime == QLatin1String("image/svg+xml"))
        return Kind::Svg;
    if (mime.startsWith(QLatin1String("image/")))
        return Kind::Image;
    if (mime.endsWith(QLatin1String("json")) || mime == QLatin1String("application/x-ndjson"))
        return Kind::Json;
    if (mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml"))
        return Kind::Html;
    if (mime.endsWith(QLatin1String("xml")))
        return Kind::Xml;
    const Kind sniffed = sniff(head);
    // A declared text type is text even when it looks otherwise; only JSON/XML-looking text earns Pretty.
    if (mime.startsWith(QLatin1String("text/")) && (sniffed == Kind::Binary || sniffed == Kind::Image))
        return Kind::Text;
    return sniffed;
}

Encoding encodingOf(const QString& contentType)
{
    const auto parameters = contentType.split(QLatin1Char(';'));
    for (const QString& parameter : parameters) {
        const QString trimmed = parameter.trimmed().toLower();
        if (!trimmed.startsWith(QLatin1String("charset=")))
            continue;
        QString charset = trimmed.mid(8);
        charset.remove(QLatin1Char('"'));
        if (charset == QLatin1String("iso-8859-1") || charset == QLatin1String("latin1") ||
            charset == QLatin1String("latin-1") || charset == QLatin1String("us-ascii") ||
            charset == QLatin1String("windows-1252") || charset == QLatin1String("cp1252"))
            return Encoding::Latin1;
    }
    return Encoding::Utf8;
}

bool isPrettyPrintable(Kind kind)
{
    return kind == Kind::Json || kind == Kind::Xml || kind == Kind::Svg;
}

bool isImage(Kind kind)
{
    return kind == Kind::Image || kind == Kind::Svg;
}

QString decodeRow(QByteArrayView bytes, Encoding encoding)
{
    QString text;
    if (encoding == Encoding::Latin1) {
        text = QString::fromLatin1(bytes);
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(bytes);
    }
    for (QChar& character : text) {
        const char16_t code = character.unicode();
        if (code < 0x20 && code != u'\t')
            character = QChar(char16_t(0x2400 + code));
        else if (code == 0x7f)
            character = QChar(char16_t(0x2421));
    }
    return text;
}

qsizetype characterForByte(QByteArrayView bytes, qsizetype byteCount, Encoding encoding)
{
    byteCount = std::clamp<qsizetype>(byteCount, 0, bytes.size());
    if (encoding == Encoding::Latin1)
        return byteCount;
    QStringDecoder decoder(QStringDecoder::Utf8);
    return QString(decoder.decode(bytes.first(byteCount))).size();
}

qsizetype byteForCharacter(QByteArrayView bytes, qsizetype characters, Encoding encoding)
{
    if (encoding == Encoding::Latin1)
        return std::clamp<qsizetype>(characters, 0, bytes.size());
    // Decoded length grows with the prefix, so the smallest prefix that reaches `characters` is found by halving.
    qsizetype low = 0;
    qsizetype high = bytes.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (characterForByte(bytes, middle, encoding) < characters)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

qsizetype sequenceStart(QByteArrayView bytes, qsizetype position)
{
    for (int step = 0; step < 3 && position < bytes.size(); ++step) {
        if ((static_cast<uchar>(bytes[position]) & 0xC0) != 0x80)
            break;
        ++position;
    }
    return position;
}

} // namespace hinterscope::body_content
