#include "interchange/mapping.h"

#include "collections/collection.h"

#include <QRegularExpression>
#include <QUrl>

namespace hinterscope::interchange {

QString encodeFormComponent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, " ").replace(' ', '+'));
}

std::optional<QList<KeyValueRow>> formRowsFromEncoded(const QString& text)
{
    QList<KeyValueRow> rows;
    QString joined = text;
    joined.remove(QLatin1Char('\r'));
    joined.replace(QStringLiteral("\n&"), QStringLiteral("&"));
    if (joined.contains(QLatin1Char('\n')))
        return std::nullopt;
    for (const QString& piece : joined.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = piece.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const auto decode = [](QString part) {
            return QUrl::fromPercentEncoding(part.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        rows.append({decode(piece.left(equals)), decode(piece.mid(equals + 1)), true});
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows;
}

std::optional<QString> headerValue(const QList<KeyValueRow>& headers, const QString& name)
{
    for (const KeyValueRow& header : headers)
        if (header.enabled && header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    return std::nullopt;
}

std::optional<QString> takeHeader(QList<KeyValueRow>& headers, const QString& name)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers[i].enabled && headers[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return headers.takeAt(i).value;
    }
    return std::nullopt;
}

QString mediaType(const QString& contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

bool isJsonMediaType(const QString& contentType)
{
    const QString type = mediaType(contentType);
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

void setTextBody(RequestSpec& spec, const QString& text, const QString& contentType)
{
    RequestBodySpec& body = spec.body;
    body = {};
    if (isJsonMediaType(contentType)) {
        body.mode = BodyMode::Json;
        body.text = text;
        if (contentType.trimmed() != QLatin1String("application/json"))
            body.contentType = contentType.trimmed();
        return;
    }
    if (mediaType(contentType) == QLatin1String("application/x-www-form-urlencoded")) {
        if (auto rows = formRowsFromEncoded(text)) {
            body.mode = BodyMode::FormUrlEncoded;
            body.form = *rows;
            return;
        }
    }
    if (text.isEmpty() && contentType.isEmpty())
        return;
    body.mode = BodyMode::Raw;
    body.text = text;
    body.contentType = contentType.trimmed();
}

QString bodyContentType(const RequestBodySpec& body)
{
    switch (body.mode) {
    case BodyMode::None:
        return {};
    case BodyMode::Json:
        return body.contentType.isEmpty() ? QStringLiteral("application/json") : body.contentType;
    case BodyMode::FormUrlEncoded:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyMode::Multipart:
        return QStringLiteral("multipart/form-data");
    case BodyMode::Raw:
    case BodyMode::BinaryFile:
        return body.contentType;
    }
    return {};
}

namespace {

// A small scanner over JSON text that is already known to be valid: it only finds where values start.
class JsonScanner {
public:
    explicit JsonScanner(const QByteArray& text)
        : text_(text)
    {}

    qsizetype locate(const QStringList& steps)
    {
        qsizetype pos = skipSpace(0);
        for (const QString& step : steps) {
            const auto next = enter(pos, step);
            if (!next)
                return pos;
            pos = *next;
        }
        return pos;
    }

private:
    qsizetype skipSpace(qsizetype pos) const
    {
        while (pos < text_.size() &&
               (text_[pos] == ' ' || text_[pos] == '\n' || text_[pos] == '\r' || text_[pos] == '\t'))
            ++pos;
        return pos;
    }

    // The end of the string starting at pos (its opening quote); *decoded gets its text (escapes kept simple).
    qsizetype skipString(qsizetype pos, QByteArray* decoded = nullptr) const
    {
        ++pos;
        while (pos < text_.size() && text_[pos] != '"') {
            if (text_[pos] == '\\') {
                if (decoded != nullptr)
                    decoded->append(text_[pos + 1] == 'n' ? '\n' : text_[pos + 1] == 't' ? '\t' : text_[pos + 1]);
                pos += 2;
                continue;
            }
            if (decoded != nullptr)
                decoded->append(text_[pos]);
            ++pos;
        }
        return pos + 1;
    }

    qsizetype skipValue(qsizetype pos) const
    {
        pos = skipSpace(pos);
        if (pos >= text_.size())
            return pos;
        if (text_[pos] == '"')
            return skipString(pos);
        if (text_[pos] == '{' || text_[pos] == '[') {
            int depth = 0;
            while (pos < text_.size()) {
                const char c = text_[pos];
                if (c == '"') {
                    pos = skipString(pos);
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return pos + 1;
                ++pos;
            }
            return pos;
        }
        while (pos < text_.size() && text_[pos] != ',' && text_[pos] != '}' && text_[pos] != ']')
            ++pos;
        return pos;
    }

    std::optional<qsizetype> enter(qsizetype pos, const QString& step) const
    {
        pos = skipSpace(pos);
        if (pos >= text_.size())
            return std::nullopt;
        if (step.startsWith(QLatin1Char('['))) {
            if (text_[pos] != '[')
                return std::nullopt;
            const int wanted = step.mid(1, step.size() - 2).toInt();
            pos = skipSpace(pos + 1);
            for (int index = 0; pos < text_.size() && text_[pos] != ']'; ++index) {
                if (index == wanted)
                    return pos;
                pos = skipSpace(skipValue(pos));
                if (pos < text_.size() && text_[pos] == ',')
                    pos = skipSpace(pos + 1);
            }
            return std::nullopt;
        }
        if (text_[pos] != '{')
            return std::nullopt;
        pos = skipSpace(pos + 1);
        const QByteArray wanted = step.toUtf8();
        while (pos < text_.size() && text_[pos] == '"') {
            QByteArray key;
            pos = skipSpace(skipString(pos, &key));
            pos = skipSpace(pos + 1); // ':'
            if (key == wanted)
                return pos;
            pos = skipSpace(skipValue(pos));
            if (pos < text_.size() && text_[pos] == ',')
                pos = skipSpace(pos + 1);
        }
        return std::nullopt;
    }

    const QByteArray& text_;
};

QStringList pathSteps(const QString& path)
{
    static const QRegularExpression step(QStringLiteral(R"(\[\d+\]|[^.\[]+)"));
    QStringList steps;
    auto matches = step.globalMatch(path);
    while (matches.hasNext())
        steps.append(matches.next().captured());
    return steps;
}

} // namespace

std::pair<int, int> locateJsonPath(const QByteArray& text, const QString& path)
{
    JsonScanner scanner(text);
    return lineAndColumn(text, scanner.locate(pathSteps(path)));
}

} // namespace hinterscope::interchange
