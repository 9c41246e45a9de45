#include "request/url_query.h"

#include <QByteArray>
#include <QHash>
#include <QStringConverter>

namespace hinterscope::url_query {

namespace {

struct RawPair {
    QString name;
    QString value;
    bool hasEquals = false;
};

QList<RawPair> rawPairs(const QString& query)
{
    QList<RawPair> pairs;
    for (const auto& piece : query.split(QLatin1Char('&'))) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf(QLatin1Char('='));
        if (equals < 0)
            pairs.append({piece, QString(), false});
        else
            pairs.append({piece.left(equals), piece.mid(equals + 1), true});
    }
    return pairs;
}

QString decode(const QString& raw)
{
    if (!raw.contains(QLatin1Char('%')))
        return raw;
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw.toUtf8());
    auto toUtf16 = QStringDecoder(QStringDecoder::Utf8);
    QString text = toUtf16(bytes);
    return toUtf16.hasError() ? raw : text;
}

bool mustEncode(char32_t c, bool inName)
{
    if (c < 0x20 || c == 0x7f || c >= 0x80)
        return true;
    switch (c) {
    case ' ':
    case '"':
    case '#':
    case '%':
    case '&':
    case '+':
    case '<':
    case '>':
    case '\\':
    case '^':
    case '`':
    case '|':
        return true;
    case '=':
        return inName;
    default:
        return false;
    }
}

QString encode(const QString& text, bool inName)
{
    QString out;
    out.reserve(text.size());
    const QByteArray utf8 = text.toUtf8();
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (mustEncode(c, inName)) {
            out += QLatin1Char('%');
            out += QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        } else {
            out += QLatin1Char(static_cast<char>(c));
        }
    }
    return out;
}

QString joinPieces(const QString& prefix, const QStringList& pieces, const QString& fragment)
{
    if (pieces.isEmpty())
        return prefix + fragment;
    return prefix + QLatin1Char('?') + pieces.join(QLatin1Char('&')) + fragment;
}

} // namespace

UrlParts split(const QString& url)
{
    UrlParts parts;
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    const QString beforeFragment = hash < 0 ? url : url.left(hash);
    if (hash >= 0)
        parts.fragment = url.mid(hash);
    const qsizetype question = beforeFragment.indexOf(QLatin1Char('?'));
    if (question < 0) {
        parts.prefix = beforeFragment;
    } else {
        parts.prefix = beforeFragment.left(question);
        parts.hasQuery = true;
        parts.query = beforeFragment.mid(question + 1);
    }
    return parts;
}

QStringList pieces(const QString& query)
{
    return query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
}

KeyValueRow decodePiece(const QString& piece)
{
    const qsizetype equals = piece.indexOf(QLatin1Char('='));
    return {decode(equals < 0 ? piece : piece.left(equals)), equals < 0 ? QString() : decode(piece.mid(equals + 1)),
            true};
}

QString piece(const KeyValueRow& row)
{
    return encodeName(row.name) + QLatin1Char('=') + encodeValue(row.value);
}

QList<KeyValueRow> parse(const QString& query)
{
    QList<KeyValueRow> rows;
    for (const auto& pair : rawPairs(query))
        rows.append({decode(pair.name), decode(pair.value), true});
    return rows;
}

QString encodeName(const QString& name)
{
    return encode(name, true);
}

QString encodeValue(const QString& value)
{
    return encode(value, false);
}

QString withParams(const QString& url, const QList<KeyValueRow>& rows)
{
    const UrlParts parts = split(url);
    // The spelling each decoded pair has in the URL now, in order, so duplicates are reused one by one.
    QHash<QPair<QString, QString>, QList<QString>> spelled;
    for (const auto& pair : rawPairs(parts.query)) {
        QString text = pair.name;
        if (pair.hasEquals)
            text += QLatin1Char('=') + pair.value;
        spelled[{decode(pair.name), decode(pair.value)}].append(text);
    }
    QStringList pieces;
    for (const auto& row : rows) {
        if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty()))
            continue;
        auto it = spelled.find({row.name, row.value});
        if (it != spelled.end() && !it->isEmpty()) {
            pieces.append(it->takeFirst());
            continue;
        }
        QString piece = encodeName(row.name);
        if (!row.value.isEmpty())
            piece += QLatin1Char('=') + encodeValue(row.value);
        pieces.append(piece);
    }
    return joinPieces(parts.prefix, pieces, parts.fragment);
}

QList<KeyValueRow> mergeIntoTable(const QList<KeyValueRow>& table, const QString& url)
{
    const QList<KeyValueRow> fromUrl = parse(split(url).query);
    QList<KeyValueRow> merged;
    merged.reserve(qMax(table.size(), fromUrl.size()));
    qsizetype next = 0;
    for (const auto& row : table) {
        // Empty rows never reach the URL, so like disabled ones they keep their place.
        if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty())) {
            merged.append(row);
        } else if (next < fromUrl.size()) {
            merged.append(fromUrl.at(next++));
        }
        // else: the user deleted this pair from the URL.
    }
    while (next < fromUrl.size())
        merged.append(fromUrl.at(next++));
    return merged;
}

} // namespace hinterscope::url_query
