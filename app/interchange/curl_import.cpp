#include "interchange/curl_import.h"

#include "interchange/mapping.h"
#include "interchange/shell_words.h"
#include "request/url_query.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace hinterscope {
namespace {

using interchange::Interchange;

// Short options that take a value, and the long name each short option stands for.
const QHash<QChar, QString>& shortOptions()
{
    static const QHash<QChar, QString> options{{u'X', QStringLiteral("request")},
                                               {u'H', QStringLiteral("header")},
                                               {u'd', QStringLiteral("data")},
                                               {u'F', QStringLiteral("form")},
                                               {u'u', QStringLiteral("user")},
                                               {u'L', QStringLiteral("location")},
                                               {u'k', QStringLiteral("insecure")},
                                               {u'A', QStringLiteral("user-agent")},
                                               {u'e', QStringLiteral("referer")},
                                               {u'b', QStringLiteral("cookie")},
                                               {u'G', QStringLiteral("get")},
                                               {u'I', QStringLiteral("head")},
                                               {u'x', QStringLiteral("proxy")},
                                               {u'm', QStringLiteral("max-time")},
                                               {u's', QStringLiteral("silent")},
                                               {u'S', QStringLiteral("show-error")},
                                               {u'v', QStringLiteral("verbose")},
                                               {u'o', QStringLiteral("output")},
                                               {u'O', QStringLiteral("remote-name")},
                                               {u'i', QStringLiteral("include")},
                                               {u'f', QStringLiteral("fail")},
                                               {u'c', QStringLiteral("cookie-jar")},
                                               {u'E', QStringLiteral("cert")},
                                               {u'T', QStringLiteral("upload-file")},
                                               {u'w', QStringLiteral("write-out")},
                                               {u'D', QStringLiteral("dump-header")},
                                               {u'r', QStringLiteral("range")},
                                               {u'U', QStringLiteral("proxy-user")},
                                               {u'0', QStringLiteral("http1.0")},
                                               {u'4', QStringLiteral("ipv4")},
                                               {u'6', QStringLiteral("ipv6")},
                                               {u'N', QStringLiteral("no-buffer")},
                                               {u'#', QStringLiteral("progress-bar")},
                                               {u'g', QStringLiteral("globoff")},
                                               {u'J', QStringLiteral("remote-header-name")},
                                               {u'C', QStringLiteral("continue-at")},
                                               {u'z', QStringLiteral("time-cond")},
                                               {u'K', QStringLiteral("config")},
                                               {u'n', QStringLiteral("netrc")},
                                               {u'p', QStringLiteral("proxytunnel")},
                                               {u'q', QStringLiteral("disable")},
                                               {u'y', QStringLiteral("speed-time")},
                                               {u'Y', QStringLiteral("speed-limit")},
                                               {u'Q', QStringLiteral("quote")},
                                               {u'P', QStringLiteral("ftp-port")},
                                               {u't', QStringLiteral("telnet-option")},
                                               {u'j', QStringLiteral("junk-session-cookies")},
                                               {u'Z', QStringLiteral("parallel")},
                                               {u'R', QStringLiteral("remote-time")},
                                               {u'a', QStringLiteral("append")},
                                               {u'l', QStringLiteral("list-only")},
                                               {u'B', QStringLiteral("use-ascii")},
                                               {u'M', QStringLiteral("manual")},
                                               {u'V', QStringLiteral("version")},
                                               {u'h', QStringLiteral("help")},
                                               {u'2', QStringLiteral("sslv2")},
                                               {u'3', QStringLiteral("sslv3")},
                                               {u'1', QStringLiteral("tlsv1")}};
    return options;
}

bool takesValue(const QString& name)
{
    static const QStringList names{QStringLiteral("request"),
                                   QStringLiteral("header"),
                                   QStringLiteral("data"),
                                   QStringLiteral("data-raw"),
                                   QStringLiteral("data-binary"),
                                   QStringLiteral("data-ascii"),
                                   QStringLiteral("data-urlencode"),
                                   QStringLiteral("json"),
                                   QStringLiteral("form"),
                                   QStringLiteral("form-string"),
                                   QStringLiteral("user"),
                                   QStringLiteral("user-agent"),
                                   QStringLiteral("referer"),
                                   QStringLiteral("cookie"),
                                   QStringLiteral("proxy"),
                                   QStringLiteral("max-time"),
                                   QStringLiteral("output"),
                                   QStringLiteral("cookie-jar"),
                                   QStringLiteral("cert"),
                                   QStringLiteral("upload-file"),
                                   QStringLiteral("write-out"),
                                   QStringLiteral("dump-header"),
                                   QStringLiteral("range"),
                                   QStringLiteral("proxy-user"),
                                   QStringLiteral("url"),
                                   QStringLiteral("max-redirs"),
                                   QStringLiteral("noproxy"),
                                   QStringLiteral("connect-timeout"),
                                   QStringLiteral("cacert"),
                                   QStringLiteral("capath"),
                                   QStringLiteral("oauth2-bearer"),
                                   QStringLiteral("continue-at"),
                                   QStringLiteral("time-cond"),
                                   QStringLiteral("config"),
                                   QStringLiteral("speed-time"),
                                   QStringLiteral("speed-limit"),
                                   QStringLiteral("quote"),
                                   QStringLiteral("ftp-port"),
                                   QStringLiteral("telnet-option"),
                                   QStringLiteral("retry"),
                                   QStringLiteral("retry-delay"),
                                   QStringLiteral("retry-max-time"),
                                   QStringLiteral("limit-rate"),
                                   QStringLiteral("resolve"),
                                   QStringLiteral("connect-to"),
                                   QStringLiteral("interface"),
                                   QStringLiteral("key"),
                                   QStringLiteral("key-type"),
                                   QStringLiteral("cert-type"),
                                   QStringLiteral("pass"),
                                   QStringLiteral("ciphers"),
                                   QStringLiteral("tls-max"),
                                   QStringLiteral("trace"),
                                   QStringLiteral("trace-ascii"),
                                   QStringLiteral("stderr"),
                                   QStringLiteral("proto"),
                                   QStringLiteral("proto-redir"),
                                   QStringLiteral("aws-sigv4"),
                                   QStringLiteral("variable"),
                                   QStringLiteral("expand-url"),
                                   QStringLiteral("unix-socket"),
                                   QStringLiteral("abstract-unix-socket"),
                                   QStringLiteral("dns-servers"),
                                   QStringLiteral("max-filesize"),
                                   QStringLiteral("keepalive-time"),
                                   QStringLiteral("expect100-timeout"),
                                   QStringLiteral("happy-eyeballs-timeout-ms"),
                                   QStringLiteral("proxy-header"),
                                   QStringLiteral("preproxy"),
                                   QStringLiteral("socks5"),
                                   QStringLiteral("socks5-hostname"),
                                   QStringLiteral("output-dir"),
                                   QStringLiteral("url-query"),
                                   QStringLiteral("mail-from"),
                                   QStringLiteral("mail-rcpt")};
    return names.contains(name);
}

// Flags that change only what curl prints or where it writes: nothing to import.
bool isOutputOnly(const QString& name)
{
    static const QStringList names{QStringLiteral("silent"),
                                   QStringLiteral("show-error"),
                                   QStringLiteral("verbose"),
                                   QStringLiteral("output"),
                                   QStringLiteral("remote-name"),
                                   QStringLiteral("include"),
                                   QStringLiteral("fail"),
                                   QStringLiteral("fail-with-body"),
                                   QStringLiteral("write-out"),
                                   QStringLiteral("dump-header"),
                                   QStringLiteral("progress-bar"),
                                   QStringLiteral("no-progress-meter"),
                                   QStringLiteral("no-buffer"),
                                   QStringLiteral("trace"),
                                   QStringLiteral("trace-ascii"),
                                   QStringLiteral("trace-time"),
                                   QStringLiteral("stderr"),
                                   QStringLiteral("create-dirs"),
                                   QStringLiteral("remote-header-name"),
                                   QStringLiteral("globoff"),
                                   QStringLiteral("output-dir"),
                                   QStringLiteral("styled-output"),
                                   QStringLiteral("no-styled-output"),
                                   QStringLiteral("remote-time")};
    return names.contains(name);
}

struct DataPiece {
    QString text;     // literal (already url-encoded for --data-urlencode)
    QString filePath; // @file
    QString flag;
    bool stripsNewlines = false; // -d @file drops CR and LF from the file
};

class CurlParser {
public:
    explicit CurlParser(const QString& text)
        : text_(text)
    {}

    CurlImport run();

private:
    void fail(const QString& message, const ShellWord& at)
    {
        if (!error_.message.isEmpty())
            return;
        error_.message = message;
        error_.line = at.line;
        error_.column = at.column;
    }
    void apply(const QString& name, const QString& value, const ShellWord& at, const QString& spelled);
    void addForm(const QString& value, bool literal, const QString& where);
    void finish();

    QString text_;
    ImportError error_;
    ImportReport report_;
    RequestSpec spec_;
    QString url_;
    std::optional<QString> method_;
    bool head_ = false;
    bool get_ = false;
    bool location_ = false;
    std::optional<int> maxRedirects_;
    bool compressed_ = false;
    bool digest_ = false;
    std::optional<QString> user_;
    QList<DataPiece> data_;
    bool jsonFlag_ = false;
    QString uploadFile_;
};

void CurlParser::addForm(const QString& value, bool literal, const QString& where)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        report_.add(where, Interchange::tr("form part \"%1\" has no name=value; not imported").arg(value));
        return;
    }
    MultipartPart part;
    part.name = value.left(equals);
    QString content = value.mid(equals + 1);
    if (literal) {
        part.value = content;
        spec_.body.parts.append(part);
        return;
    }
    // name=@file;type=…;filename=…  /  name=<file  /  name=text;type=…
    const bool file = content.startsWith(QLatin1Char('@'));
    const bool fileAsText = content.startsWith(QLatin1Char('<'));
    if (file || fileAsText)
        content.remove(0, 1);
    QString main;
    if (content.startsWith(QLatin1Char('"'))) { // a quoted file name may hold ';'
        qsizetype close = 1;
        while (close < content.size() && content[close] != QLatin1Char('"'))
            close += content[close] == QLatin1Char('\\') ? 2 : 1;
        main = content.mid(1, close - 1).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        content = content.mid(close + 1);
    } else {
        const qsizetype semicolon = file || fileAsText ? content.indexOf(QLatin1Char(';')) : -1;
        static const QRegularExpression textParameter(QStringLiteral(";\\s*(type|filename|headers|encoder)="));
        const qsizetype cut = file || fileAsText ? semicolon : content.indexOf(textParameter);
        main = cut < 0 ? content : content.left(cut);
        content = cut < 0 ? QString() : content.mid(cut);
    }
    for (const QString& parameter : content.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = parameter.trimmed();
        if (trimmed.startsWith(QLatin1String("type=")))
            part.contentType = trimmed.mid(5);
        else if (trimmed.startsWith(QLatin1String("filename=")))
            part.fileName = trimmed.mid(9).remove(QLatin1Char('"'));
        else
            report_.add(where, Interchange::tr("form part parameter \"%1\" not imported").arg(trimmed));
    }
    part.value = main;
    part.isFile = file || fileAsText;
    if (fileAsText)
        report_.add(where,
                    Interchange::tr("\"%1=<%2\" sends the file's content as a text field; imported as a file part")
                        .arg(part.name, main));
    spec_.body.parts.append(part);
}

void CurlParser::apply(const QString& name, const QString& value, const ShellWord& at, const QString& spelled)
{
    const QString where = spelled;
    if (name == QLatin1String("request")) {
        method_ = value;
    } else if (name == QLatin1String("header")) {
        if (value.startsWith(QLatin1Char('@'))) {
            report_.add(where, Interchange::tr("headers read from the file %1 are not imported").arg(value.mid(1)));
            return;
        }
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon < 0 && value.endsWith(QLatin1Char(';'))) {
            spec_.headers.append({value.chopped(1).trimmed(), QString(), true});
        } else if (colon <= 0) {
            fail(Interchange::tr("%1 needs \"Name: value\", not \"%2\"").arg(spelled, value), at);
        } else if (value.mid(colon + 1).trimmed().isEmpty()) {
            // "Content-Type:" sends a body without a type, which a Raw body without one does too.
            if (value.left(colon).trimmed().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                spec_.headers.append({QStringLiteral("Content-Type"), QString(), false});
            else
                report_.add(where,
                            Interchange::tr("\"%1\" removes a header curl would add; WinHTTP adds its own").arg(value));
        } else {
            spec_.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed(), true});
        }
    } else if (name == QLatin1String("data") || name == QLatin1String("data-ascii") ||
               name == QLatin1String("data-binary") || name == QLatin1String("data-raw")) {
        DataPiece piece;
        piece.flag = spelled;
        if (name != QLatin1String("data-raw") && value.startsWith(QLatin1Char('@'))) {
            piece.filePath = value.mid(1);
            piece.stripsNewlines = name != QLatin1String("data-binary");
        } else {
            piece.text = value;
        }
        data_.append(piece);
    } else if (name == QLatin1String("json")) {
        jsonFlag_ = true;
        DataPiece piece;
        piece.flag = spelled;
        if (value.startsWith(QLatin1Char('@')))
            piece.filePath = value.mid(1);
        else
            piece.text = value;
        data_.append(piece);
    } else if (name == QLatin1String("data-urlencode")) {
        DataPiece piece;
        piece.flag = spelled;
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const qsizetype atSign = value.indexOf(QLatin1Char('@'));
        if (atSign >= 0 && (equals < 0 || atSign < equals)) {
            report_.add(where,
                        Interchange::tr("\"%1\" encodes the content of a file, which is not imported").arg(value));
            return;
        }
        const auto encode = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
        if (equals < 0)
            piece.text = encode(value);
        else if (equals == 0)
            piece.text = encode(value.mid(1));
        else
            piece.text = value.left(equals) + QLatin1Char('=') + encode(value.mid(equals + 1));
        data_.append(piece);
    } else if (name == QLatin1String("form")) {
        spec_.body.mode = BodyMode::Multipart;
        addForm(value, false, where);
    } else if (name == QLatin1String("form-string")) {
        spec_.body.mode = BodyMode::Multipart;
        addForm(value, true, where);
    } else if (name == QLatin1String("user")) {
        user_ = value;
    } else if (name == QLatin1String("basic")) {
        digest_ = false;
    } else if (name == QLatin1String("digest")) {
        digest_ = true;
    } else if (name == QLatin1String("oauth2-bearer")) {
        spec_.auth.mode = AuthMode::Bearer;
        spec_.auth.token = value;
    } else if (name == QLatin1String("location")) {
        location_ = true;
    } else if (name == QLatin1String("location-trusted")) {
        location_ = true;
        report_.add(where, Interchange::tr("WinHTTP decides itself when credentials follow a redirect"));
    } else if (name == QLatin1String("max-redirs")) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok)
            fail(Interchange::tr("%1 takes a number, not \"%2\"").arg(spelled, value), at);
        maxRedirects_ = count < 0 ? 1000 : count;
    } else if (name == QLatin1String("insecure")) {
        spec_.options.securityIgnoreFlags |= interchange::kIgnoreAllCertErrors;
    } else if (name == QLatin1String("compressed")) {
        compressed_ = true;
    } else if (name == QLatin1String("user-agent")) {
        spec_.options.userAgent = value;
    } else if (name == QLatin1String("referer")) {
        QString referer = value;
        if (referer.endsWith(QLatin1String(";auto"))) {
            referer.chop(5);
            report_.add(where, Interchange::tr("\";auto\" (Referer on redirects) has no WinHTTP equivalent"));
        }
        if (!referer.isEmpty())
            spec_.headers.append({QStringLiteral("Referer"), referer, true});
    } else if (name == QLatin1String("cookie")) {
        if (value.contains(QLatin1Char('=')))
            spec_.headers.append({QStringLiteral("Cookie"), value, true});
        else
            report_.add(where, Interchange::tr("cookies read from the file %1 are not imported").arg(value));
    } else if (name == QLatin1String("get")) {
        get_ = true;
    } else if (name == QLatin1String("head")) {
        head_ = true;
    } else if (name == QLatin1String("url")) {
        if (url_.isEmpty())
            url_ = value;
        else
            report_.add(where, Interchange::tr("only the first URL is imported; %1 is not").arg(value));
    } else if (name == QLatin1String("proxy")) {
        spec_.options.proxyMode = value.isEmpty() ? ProxyMode::None : ProxyMode::Named;
        spec_.options.proxy = value;
    } else if (name == QLatin1String("noproxy")) {
        spec_.options.proxyBypass = value;
    } else if (name == QLatin1String("connect-timeout") || name == QLatin1String("max-time")) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (!ok || seconds < 0) {
            fail(Interchange::tr("%1 takes seconds, not \"%2\"").arg(spelled, value), at);
            return;
        }
        const int milliseconds = int(std::lround(seconds * 1000));
        if (name == QLatin1String("connect-timeout")) {
            spec_.options.connectTimeoutMs = milliseconds;
        } else {
            spec_.options.resolveTimeoutMs = milliseconds;
            spec_.options.connectTimeoutMs = milliseconds;
            spec_.options.sendTimeoutMs = milliseconds;
            spec_.options.receiveTimeoutMs = milliseconds;
            report_.add(where,
                        Interchange::tr("WinHTTP has no limit for the whole transfer; each of its timeouts (resolve, "
                                        "connect, send, receive) is set to %1 ms instead")
                            .arg(milliseconds));
        }
    } else if (name == QLatin1String("cacert")) {
        spec_.options.caFile = value;
    } else if (name == QLatin1String("http1.1")) {
        // What WinHTTP speaks here anyway.
    } else if (name == QLatin1String("tlsv1.2")) {
        spec_.options.secureProtocols = interchange::kTls12 | interchange::kTls13;
    } else if (name == QLatin1String("tlsv1.3")) {
        spec_.options.secureProtocols = interchange::kTls13;
    } else if (name == QLatin1String("upload-file")) {
        uploadFile_ = value;
    } else if (isOutputOnly(name)) {
        report_.add(where, Interchange::tr("only changes curl's output; ignored"));
    } else if (name == QLatin1String("http2") || name == QLatin1String("http2-prior-knowledge") ||
               name == QLatin1String("http3") || name == QLatin1String("http1.0")) {
        report_.add(where, Interchange::tr("Hinterscope's WinHTTP speaks HTTP/1.1; ignored"));
    } else {
        report_.add(where, value.isNull()
                               ? Interchange::tr("curl option not mapped; ignored")
                               : Interchange::tr("curl option not mapped; ignored (value \"%1\")").arg(value));
    }
}

void CurlParser::finish()
{
    RequestSpec& spec = spec_;
    spec.url = url_;
    QString contentType;
    if (auto header = interchange::takeHeader(spec.headers, QStringLiteral("Content-Type")))
        contentType = *header;
    const bool removedContentType = std::any_of(spec.headers.begin(), spec.headers.end(), [](const KeyValueRow& row) {
        return !row.enabled && row.name == QLatin1String("Content-Type") && row.value.isEmpty();
    });
    spec.headers.removeIf([](const KeyValueRow& row) {
        return !row.enabled && row.name == QLatin1String("Content-Type") && row.value.isEmpty();
    });

    QString defaultMethod = QStringLiteral("GET");
    if (!data_.isEmpty()) {
        QStringList texts;
        QList<DataPiece> files;
        for (const DataPiece& piece : std::as_const(data_)) {
            if (piece.filePath.isEmpty())
                texts.append(piece.text);
            else
                files.append(piece);
        }
        if (jsonFlag_) {
            if (contentType.isEmpty())
                contentType = QStringLiteral("application/json");
            if (!interchange::headerValue(spec.headers, QStringLiteral("Accept")))
                spec.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json"), true});
        }
        const QString joined = texts.join(jsonFlag_ ? QString() : QStringLiteral("&"));
        if (get_) {
            if (!files.isEmpty())
                report_.add(files.first().flag,
                            Interchange::tr("-G cannot put a file into the URL; the file is not imported"));
            const url_query::UrlParts parts = url_query::split(spec.url);
            QString query = parts.query;
            if (!joined.isEmpty())
                query = query.isEmpty() ? joined : query + QLatin1Char('&') + joined;
            spec.url = parts.prefix + (query.isEmpty() ? QString() : QLatin1Char('?') + query) + parts.fragment;
        } else {
            defaultMethod = QStringLiteral("POST");
            const QString type = contentType.isEmpty() && !removedContentType
                                     ? QStringLiteral("application/x-www-form-urlencoded")
                                     : contentType;
            if (!files.isEmpty()) {
                spec.body.mode = BodyMode::BinaryFile;
                spec.body.filePath = files.first().filePath;
                spec.body.contentType = type;
                if (files.first().stripsNewlines)
                    report_.add(files.first().flag,
                                Interchange::tr(
                                    "curl drops CR and LF from %1 before sending; Hinterscope sends the file as it is "
                                    "(use --data-binary for the same bytes)")
                                    .arg(files.first().filePath));
                if (files.size() > 1 || !texts.isEmpty())
                    report_.add(
                        files.first().flag,
                        Interchange::tr("only the file %1 is imported as the body; the other data pieces are not")
                            .arg(files.first().filePath));
            } else {
                interchange::setTextBody(spec, joined, type);
                if (spec.body.mode == BodyMode::None && !joined.isEmpty())
                    spec.body.mode = BodyMode::Raw;
            }
        }
    } else if (spec.body.mode == BodyMode::Multipart) {
        defaultMethod = QStringLiteral("POST");
        if (!contentType.isEmpty() && interchange::mediaType(contentType) != QLatin1String("multipart/form-data"))
            report_.add(QStringLiteral("-H"),
                        Interchange::tr("Content-Type %1 replaced by multipart/form-data").arg(contentType));
    } else if (!uploadFile_.isEmpty()) {
        defaultMethod = QStringLiteral("PUT");
        spec.body.mode = BodyMode::BinaryFile;
        spec.body.filePath = uploadFile_;
        spec.body.contentType = contentType;
        if (spec.url.endsWith(QLatin1Char('/')))
            spec.url += QFileInfo(uploadFile_).fileName();
    } else if (!contentType.isEmpty()) {
        spec.headers.append({QStringLiteral("Content-Type"), contentType, true});
    }
    if (head_)
        defaultMethod = QStringLiteral("HEAD");
    spec.method = method_.value_or(defaultMethod);

    if (user_) {
        const qsizetype colon = user_->indexOf(QLatin1Char(':'));
        spec.auth.mode = digest_ ? AuthMode::Digest : AuthMode::Basic;
        spec.auth.user = colon < 0 ? *user_ : user_->left(colon);
        spec.auth.password = colon < 0 ? QString() : user_->mid(colon + 1);
        if (colon < 0)
            report_.add(QStringLiteral("-u"),
                        Interchange::tr("no password given (curl would ask for one); the password is empty"));
    } else if (digest_) {
        report_.add(QStringLiteral("--digest"), Interchange::tr("--digest without -u has no credentials; ignored"));
    }
    spec.options.redirectPolicy = location_ ? RedirectPolicy::Always : RedirectPolicy::Never;
    if (location_)
        spec.options.maxRedirects = maxRedirects_.value_or(50);
    else if (maxRedirects_)
        report_.add(QStringLiteral("--max-redirs"), Interchange::tr("without -L no redirect is followed; ignored"));
    spec.options.decompression = compressed_ ? interchange::kAllDecompression : 0;
    spec.name = url_query::split(spec.url).prefix;
}

CurlImport CurlParser::run()
{
    CurlImport result;
    const ShellWords split = splitShellWords(text_);
    if (!split.error.isEmpty()) {
        result.error = {split.error, split.errorLine, split.errorColumn, {}};
        return result;
    }
    QList<ShellWord> words = split.words;
    if (!words.isEmpty() && words.first().text == QLatin1String("$"))
        words.removeFirst();
    if (words.isEmpty()) {
        result.error = {Interchange::tr("the text holds no command"), 1, 1, {}};
        return result;
    }
    const QString program = QFileInfo(words.first().text).fileName();
    if (program != QLatin1String("curl") && program != QLatin1String("curl.exe")) {
        result.error = {Interchange::tr("expected a command starting with curl, not \"%1\"").arg(words.first().text),
                        words.first().line,
                        words.first().column,
                        {}};
        return result;
    }
    for (const QString& line : split.joinedLines)
        report_.add(line, Interchange::tr("a line break without a backslash was read as part of the command"));
    for (const QString& expansion : split.expansions)
        report_.add(expansion, Interchange::tr("shell expansion kept as written (not run)"));
    for (const QString& redirection : split.redirections)
        report_.add(redirection, Interchange::tr("shell redirection ignored"));
    if (!split.rest.isEmpty())
        report_.add(Interchange::tr("line %1").arg(split.restLine),
                    Interchange::tr("text after the command ignored: %1").arg(split.rest));

    for (qsizetype i = 1; i < words.size() && error_.message.isEmpty(); ++i) {
        const ShellWord& word = words[i];
        const QString& text = word.text;
        const auto valueFor = [&](const QString& name, const QString& spelled) -> std::optional<QString> {
            if (i + 1 >= words.size()) {
                fail(Interchange::tr("%1 needs a value").arg(spelled), word);
                return std::nullopt;
            }
            Q_UNUSED(name);
            return words[++i].text;
        };
        if (text.startsWith(QLatin1String("--")) && text.size() > 2) {
            QString name = text.mid(2);
            if (name.startsWith(QLatin1String("no-")) && !isOutputOnly(name) && name != QLatin1String("no-buffer")) {
                report_.add(text, Interchange::tr("curl option not mapped; ignored"));
                continue;
            }
            if (takesValue(name)) {
                const auto value = valueFor(name, text);
                if (value)
                    apply(name, *value, word, text);
            } else {
                apply(name, QString(), word, text);
            }
        } else if (text.startsWith(QLatin1Char('-')) && text.size() > 1) {
            for (qsizetype c = 1; c < text.size(); ++c) {
                const auto found = shortOptions().constFind(text[c]);
                const QString spelled = QStringLiteral("-") + text[c];
                if (found == shortOptions().constEnd()) {
                    report_.add(spelled, Interchange::tr("curl option not mapped; ignored"));
                    continue;
                }
                if (takesValue(*found)) {
                    if (c + 1 < text.size()) {
                        apply(*found, text.mid(c + 1), word, spelled);
                    } else if (const auto value = valueFor(*found, spelled)) {
                        apply(*found, *value, word, spelled);
                    }
                    break;
                }
                apply(*found, QString(), word, spelled);
            }
        } else if (url_.isEmpty()) {
            url_ = text;
        } else {
            report_.add(text, Interchange::tr("only the first URL is imported; this one is not"));
        }
    }
    if (error_.message.isEmpty() && url_.isEmpty())
        error_ = {Interchange::tr("the curl command has no URL"), words.first().line, words.first().column, {}};
    if (!error_.message.isEmpty()) {
        result.error = error_;
        return result;
    }
    finish();
    result.request = spec_;
    result.report = report_;
    return result;
}

} // namespace

bool looksLikeCurlCommand(const QString& text)
{
    static const QRegularExpression command(QStringLiteral(R"(^\s*(\$\s+)?(\S*/)?curl(\.exe)?\s+\S)"));
    return command.match(text).hasMatch();
}

CurlImport importCurlCommand(const QString& text)
{
    return CurlParser(text).run();
}

ImportResult importCurl(const QString& text, const QString& source)
{
    ImportResult result;
    CurlImport curl = importCurlCommand(text);
    result.report = curl.report;
    result.error = curl.error;
    result.error.source = source;
    if (!curl.request)
        return result;
    ImportedCollection collection;
    collection.name = curl.request->name;
    collection.items.append({curl.request->name, false, *curl.request, {}});
    result.collection = collection;
    return result;
}

} // namespace hinterscope
