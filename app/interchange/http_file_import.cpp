#include "interchange/http_file_import.h"

#include "interchange/mapping.h"
#include "request/url_query.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace hinterscope {
namespace {

using interchange::Interchange;

struct Line {
    QString text;
    int number = 0;
};

bool isSeparator(const QString& line)
{
    return line.startsWith(QLatin1String("###"));
}

bool isComment(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1String("//"));
}

// The comment's text without "#" or "//" and one following space.
QString commentText(const QString& line)
{
    QString text = line.trimmed();
    text.remove(0, text.startsWith(QLatin1Char('#')) ? 1 : 2);
    if (text.startsWith(QLatin1Char(' ')))
        text.remove(0, 1);
    return text;
}

std::optional<int> durationMs(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)\s*(ms|s|m)?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int value = match.captured(1).toInt();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return value;
    if (unit == QLatin1String("m"))
        return value * 60000;
    return value * 1000;
}

class HttpFileReader {
public:
    HttpFileReader(const QString& text, const QString& source)
        : source_(source)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            lines_.append({line, int(i + 1)});
        }
    }

    ImportResult read();

private:
    void fail(const QString& message, int line, int column)
    {
        if (!error_.message.isEmpty())
            return;
        error_ = {message, line, column, source_};
    }
    // Reads the block [begin, end): nothing when it holds no request (only comments or variables).
    std::optional<RequestSpec> readBlock(qsizetype begin, qsizetype end, const QString& separatorName);
    void directive(const QString& text, const Line& line, RequestSpec& spec, QString& name);
    void readBody(const QList<Line>& lines, RequestSpec& spec);
    bool readMultipart(const QString& text, const QString& contentType, RequestSpec& spec);
    void readAuthorization(RequestSpec& spec);

    QString source_;
    QList<Line> lines_;
    ImportError error_;
    ImportReport report_;
    Variables variables_;
};

void HttpFileReader::directive(const QString& text, const Line& line, RequestSpec& spec, QString& name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^@([\w-]+)\s*=?\s*(.*)$)"));
    const auto match = pattern.match(text);
    const QString key = match.captured(1);
    const QString value = match.captured(2).trimmed();
    const QString where = Interchange::tr("line %1").arg(line.number);
    if (key == QLatin1String("name")) {
        name = value;
    } else if (key == QLatin1String("no-redirect")) {
        spec.options.redirectPolicy = RedirectPolicy::Never;
    } else if (key == QLatin1String("no-cookie-jar")) {
        spec.options.disableFeatures |= interchange::kDisableCookies;
    } else if (key == QLatin1String("timeout") || key == QLatin1String("connection-timeout")) {
        const auto ms = durationMs(value);
        if (!ms) {
            fail(Interchange::tr("@%1 takes a duration such as 30, 500 ms or 2 m, not \"%2\"").arg(key, value),
                 line.number, 1);
            return;
        }
        (key == QLatin1String("timeout") ? spec.options.receiveTimeoutMs : spec.options.connectTimeoutMs) = *ms;
    } else {
        report_.add(where, Interchange::tr("directive @%1 not mapped; ignored").arg(key));
    }
}

void HttpFileReader::readAuthorization(RequestSpec& spec)
{
    const auto value = interchange::headerValue(spec.headers, QStringLiteral("Authorization"));
    if (!value)
        return;
    const QString scheme = value->section(QLatin1Char(' '), 0, 0);
    const QString rest = value->section(QLatin1Char(' '), 1).trimmed();
    AuthSpec auth;
    if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0 ||
        scheme.compare(QLatin1String("Digest"), Qt::CaseInsensitive) == 0) {
        const bool digest = scheme.compare(QLatin1String("Digest"), Qt::CaseInsensitive) == 0;
        // "user password" and "user:password" are credentials; a single token is an encoded Basic value. A
        // Basic user name cannot hold ':', so a colon before the first space splits user and password.
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const bool colonFirst = colon > 0 && (space < 0 || colon < space);
        if (!digest && colonFirst) {
            auth = {AuthMode::Basic, rest.left(colon), rest.mid(colon + 1), {}};
        } else if (space > 0) {
            auth = {digest ? AuthMode::Digest : AuthMode::Basic, rest.left(space), rest.mid(space + 1), {}};
        } else if (colon > 0) {
            auth = {digest ? AuthMode::Digest : AuthMode::Basic, rest.left(colon), rest.mid(colon + 1), {}};
        } else {
            return;
        }
    } else if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0 && !rest.isEmpty()) {
        auth = {AuthMode::Bearer, {}, {}, rest};
    } else {
        return;
    }
    interchange::takeHeader(spec.headers, QStringLiteral("Authorization"));
    spec.auth = auth;
}

bool HttpFileReader::readMultipart(const QString& text, const QString& contentType, RequestSpec& spec)
{
    static const QRegularExpression boundaryPattern(QStringLiteral(R"re(boundary\s*=\s*"?([^";]+)"?)re"));
    const QString boundary = boundaryPattern.match(contentType).captured(1);
    if (boundary.isEmpty())
        return false;
    const QString delimiter = QStringLiteral("--") + boundary;
    QList<MultipartPart> parts;
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < lines.size() && lines[i].trimmed() != delimiter)
        ++i;
    if (i == lines.size())
        return false;
    ++i;
    bool closed = false;
    while (i < lines.size() && !closed) {
        MultipartPart part;
        static const QRegularExpression namePattern(QStringLiteral(R"(\bname\s*=\s*"([^"]*)\")"));
        static const QRegularExpression filePattern(QStringLiteral(R"(\bfilename\s*=\s*"([^"]*)\")"));
        QString fileName;
        for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
            const QString header = lines[i];
            const qsizetype colon = header.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return false;
            const QString headerName = header.left(colon).trimmed();
            const QString headerValue = header.mid(colon + 1).trimmed();
            if (headerName.compare(QLatin1String("Content-Disposition"), Qt::CaseInsensitive) == 0) {
                part.name = namePattern.match(headerValue).captured(1);
                fileName = filePattern.match(headerValue).captured(1);
            } else if (headerName.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
                part.contentType = headerValue;
            } else {
                report_.add(QStringLiteral("multipart"),
                            Interchange::tr("part header %1 not imported").arg(headerName));
            }
        }
        ++i; // the blank line
        QStringList content;
        for (; i < lines.size(); ++i) {
            const QString trimmed = lines[i].trimmed();
            if (trimmed == delimiter)
                break;
            if (trimmed == delimiter + QStringLiteral("--")) {
                closed = true;
                break;
            }
            content.append(lines[i]);
        }
        if (i == lines.size())
            return false;
        ++i;
        const QString value = content.join(QLatin1Char('\n'));
        if (content.size() == 1 && value.startsWith(QLatin1String("< "))) {
            part.isFile = true;
            part.value = value.mid(2).trimmed();
            if (fileName != QFileInfo(part.value).fileName())
                part.fileName = fileName;
        } else {
            part.value = value;
            if (!fileName.isEmpty())
                report_.add(QStringLiteral("multipart"),
                            Interchange::tr("inline file content of part \"%1\" became a text part").arg(part.name));
        }
        parts.append(part);
    }
    spec.body.mode = BodyMode::Multipart;
    spec.body.parts = parts;
    return true;
}

void HttpFileReader::readBody(const QList<Line>& lines, RequestSpec& spec)
{
    QStringList text;
    bool inHandler = false;
    for (const Line& line : lines) {
        const QString trimmed = line.text.trimmed();
        const QString where = Interchange::tr("line %1").arg(line.number);
        if (inHandler) {
            if (trimmed.contains(QLatin1String("%}")))
                inHandler = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("> {%"))) {
            report_.add(where, Interchange::tr("response handler script not imported (Hinterscope runs no scripts)"));
            inHandler = !trimmed.contains(QLatin1String("%}"));
            continue;
        }
        if (trimmed.startsWith(QLatin1String(">>")) || trimmed.startsWith(QLatin1String("<>"))) {
            report_.add(where, Interchange::tr("response output redirection not imported"));
            continue;
        }
        if (trimmed.startsWith(QLatin1String("> "))) {
            report_.add(where,
                        Interchange::tr("response handler script %1 not imported").arg(trimmed.mid(2).trimmed()));
            continue;
        }
        text.append(line.text);
    }
    while (!text.isEmpty() && text.last().trimmed().isEmpty())
        text.removeLast();
    const QString body = text.join(QLatin1Char('\n'));
    const QString contentType =
        interchange::takeHeader(spec.headers, QStringLiteral("Content-Type")).value_or(QString());
    if (body.isEmpty()) {
        if (!contentType.isEmpty())
            spec.headers.append({QStringLiteral("Content-Type"), contentType, true});
        return;
    }
    if (text.size() == 1 && (body.startsWith(QLatin1String("< ")) || body.startsWith(QLatin1String("<@ ")))) {
        spec.body.mode = BodyMode::BinaryFile;
        spec.body.filePath = body.mid(body.indexOf(QLatin1Char(' ')) + 1).trimmed();
        spec.body.contentType = contentType;
        if (body.startsWith(QLatin1String("<@")))
            report_.add(
                Interchange::tr("line %1").arg(lines.first().number),
                Interchange::tr("{{variables}} inside the file %1 are not substituted").arg(spec.body.filePath));
        return;
    }
    if (interchange::mediaType(contentType) == QLatin1String("multipart/form-data") &&
        readMultipart(body, contentType, spec))
        return;
    interchange::setTextBody(spec, body, contentType);
}

std::optional<RequestSpec> HttpFileReader::readBlock(qsizetype begin, qsizetype end, const QString& separatorName)
{
    RequestSpec spec;
    QString name = separatorName;
    QStringList notes;
    qsizetype i = begin;
    // Before the request line: comments (notes and @directives) and @variable = value definitions.
    static const QRegularExpression variable(QStringLiteral(R"(^@([\w.-]+)\s*=\s*(.*)$)"));
    for (; i < end; ++i) {
        const Line& line = lines_[i];
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (isComment(line.text)) {
            const QString text = commentText(line.text);
            if (text.startsWith(QLatin1Char('@')))
                directive(text, line, spec, name);
            else
                notes.append(text);
            continue;
        }
        if (const auto match = variable.match(trimmed); match.hasMatch()) {
            variables_.insert(match.captured(1), match.captured(2).trimmed());
            continue;
        }
        break;
    }
    if (i == end)
        return std::nullopt;

    const Line& requestLine = lines_[i];
    const QStringList tokens = requestLine.text.trimmed().split(QRegularExpression(QStringLiteral("\\s+")));
    static const QRegularExpression methodPattern(QStringLiteral("^[A-Z][A-Z-]*$"));
    static const QRegularExpression versionPattern(QStringLiteral("^HTTP/\\d(\\.\\d)?$"));
    QStringList parts = tokens;
    if (parts.size() > 1 && versionPattern.match(parts.last()).hasMatch()) {
        if (parts.last() != QLatin1String("HTTP/1.1"))
            report_.add(Interchange::tr("line %1").arg(requestLine.number),
                        Interchange::tr("%1 requested; Hinterscope's WinHTTP speaks HTTP/1.1").arg(parts.last()));
        parts.removeLast();
    }
    const int column = int(requestLine.text.indexOf(requestLine.text.trimmed())) + 1;
    if (parts.size() == 2 && methodPattern.match(parts.first()).hasMatch()) {
        spec.method = parts.first();
        spec.url = parts.last();
    } else if (parts.size() == 1 && !methodPattern.match(parts.first()).hasMatch()) {
        spec.url = parts.first();
    } else if (parts.size() == 1) {
        fail(Interchange::tr("the request line has a method but no URL"), requestLine.number,
             column + int(parts.first().size()));
        return std::nullopt;
    } else {
        fail(Interchange::tr("expected a request line \"METHOD URL [HTTP/1.1]\""), requestLine.number, column);
        return std::nullopt;
    }
    if (spec.url.endsWith(QLatin1Char(':'))) {
        fail(Interchange::tr("expected a request line \"METHOD URL [HTTP/1.1]\", not a header"), requestLine.number,
             column);
        return std::nullopt;
    }
    ++i;

    // The query may continue on indented "?a=1" / "&b=2" lines; "# &c=3" is a disabled params row.
    QList<KeyValueRow> params;
    QStringList enabledPieces;
    bool anyDisabled = false;
    static const QRegularExpression queryLine(QStringLiteral(R"(^\s+([?&])(.*)$)"));
    static const QRegularExpression disabledQueryLine(QStringLiteral(R"(^\s*(#|//)\s*([?&])(.*)$)"));
    for (; i < end; ++i) {
        const QString& text = lines_[i].text;
        if (const auto match = queryLine.match(text); match.hasMatch()) {
            enabledPieces.append(match.captured(2).trimmed());
            params.append(url_query::decodePiece(match.captured(2).trimmed()));
        } else if (const auto disabled = disabledQueryLine.match(text); disabled.hasMatch()) {
            KeyValueRow row = url_query::decodePiece(disabled.captured(3).trimmed());
            row.enabled = false;
            params.append(row);
            anyDisabled = true;
        } else {
            break;
        }
    }
    if (!params.isEmpty()) {
        const url_query::UrlParts url = url_query::split(spec.url);
        QStringList pieces = url_query::pieces(url.query);
        if (!pieces.isEmpty() && anyDisabled) {
            // Pairs already on the request line come first in the table.
            QList<KeyValueRow> leading;
            for (const QString& piece : std::as_const(pieces))
                leading.append(url_query::decodePiece(piece));
            params = leading + params;
        }
        pieces += enabledPieces;
        spec.url = url.prefix + (pieces.isEmpty() ? QString() : QLatin1Char('?') + pieces.join(QLatin1Char('&'))) +
                   url.fragment;
        if (anyDisabled)
            spec.params = params;
    }

    // Headers up to the first blank line; "# Name: value" is a disabled header.
    static const QRegularExpression headerPattern(QStringLiteral(R"(^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s?(.*)$)"));
    for (; i < end; ++i) {
        const Line& line = lines_[i];
        if (line.text.trimmed().isEmpty()) {
            ++i;
            break;
        }
        if (isComment(line.text)) {
            if (const auto match = headerPattern.match(commentText(line.text)); match.hasMatch())
                spec.headers.append({match.captured(1), match.captured(2).trimmed(), false});
            else
                report_.add(Interchange::tr("line %1").arg(line.number),
                            Interchange::tr("comment among the headers not kept"));
            continue;
        }
        const auto match = headerPattern.match(line.text.trimmed());
        if (!match.hasMatch()) {
            fail(Interchange::tr("expected a header \"Name: value\" (or a blank line before the body)"), line.number,
                 int(line.text.indexOf(line.text.trimmed())) + 1);
            return std::nullopt;
        }
        spec.headers.append({match.captured(1), match.captured(2).trimmed(), true});
    }
    readAuthorization(spec);
    readBody(lines_.mid(i, end - i), spec);
    spec.name = name.isEmpty() ? spec.method + QLatin1Char(' ') + url_query::split(spec.url).prefix : name;
    spec.notes = notes.join(QLatin1Char('\n')).trimmed();
    return spec;
}

ImportResult HttpFileReader::read()
{
    ImportResult result;
    ImportedCollection collection;
    collection.name = source_.isEmpty() ? Interchange::tr("Imported requests") : QFileInfo(source_).completeBaseName();
    qsizetype begin = 0;
    QString separatorName;
    const auto flush = [&](qsizetype end) {
        if (auto spec = readBlock(begin, end, separatorName))
            collection.items.append({spec->name, false, *spec, {}});
    };
    for (qsizetype i = 0; i < lines_.size() && error_.message.isEmpty(); ++i) {
        if (!isSeparator(lines_[i].text))
            continue;
        flush(i);
        begin = i + 1;
        separatorName = lines_[i].text.mid(3).trimmed();
    }
    if (error_.message.isEmpty())
        flush(lines_.size());
    if (error_.message.isEmpty() && collection.items.isEmpty())
        error_ = {Interchange::tr("no request found (expected a line such as \"GET https://example.com\")"),
                  lines_.isEmpty() ? 0 : 1, lines_.isEmpty() ? 0 : 1, source_};
    if (!error_.message.isEmpty()) {
        result.error = error_;
        return result;
    }
    collection.variables = variables_;
    result.collection = collection;
    result.report = report_;
    return result;
}

} // namespace

ImportResult importHttpFile(const QString& text, const QString& source)
{
    return HttpFileReader(text, source).read();
}

} // namespace hinterscope
