#include "codegen/winhttp_code_parts.h"

#include "codegen/cpp_literals.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace hinterscope::codegen {
namespace {

// Where a byte literal continues when it is split over lines inside a call's arguments.
const QString kArgumentIndent = QStringLiteral("        ");

using FlagNames = std::initializer_list<std::pair<quint32, const char*>>;

QString flagsExpression(quint32 value, FlagNames names)
{
    QStringList parts;
    for (const auto& [bit, name] : names) {
        if ((value & bit) == bit) {
            parts.append(QLatin1String(name));
            value &= ~bit;
        }
    }
    if (value != 0)
        parts.append(QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0')));
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1String(" | "));
}

QString setOptionLine(const char* handle, const char* option, const QString& value)
{
    return QStringLiteral("    if (!setOption(%1, %2, %3, \"%2\"))\n        return 1;\n")
        .arg(QLatin1String(handle), QLatin1String(option), value);
}

QString redirectPolicyName(RedirectPolicy policy)
{
    switch (policy) {
    case RedirectPolicy::Never:
        return QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY_NEVER");
    case RedirectPolicy::Always:
        return QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS");
    case RedirectPolicy::DisallowHttpsToHttp:
        break;
    }
    return QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP");
}

QString proxyServer(const QString& proxy)
{
    QString server = proxy.trimmed();
    if (server.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        server = server.mid(7);
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return server;
}

bool needsFileReader(const WinHttpRequestPlan& plan)
{
    if (plan.body.mode == BodyMode::BinaryFile)
        return true;
    for (const auto& part : plan.body.parts) {
        if (part.isFile)
            return true;
    }
    return false;
}

QString methodComment(const WinHttpRequestPlan& plan)
{
    return commentText(plan.method + QLatin1Char(' ') + plan.target.url);
}

} // namespace

QString wideArgument(const QString& text)
{
    return hasPlaceholder(text) ? QStringLiteral("expand(%1).c_str()").arg(wideLiteral(text)) : wideLiteral(text);
}

QString wideString(const QString& text)
{
    return hasPlaceholder(text) ? QStringLiteral("expand(%1)").arg(wideLiteral(text))
                                : QStringLiteral("std::wstring(%1)").arg(wideLiteral(text));
}

QString narrowString(const QString& text)
{
    return hasPlaceholder(text) ? QStringLiteral("toUtf8(expand(%1))").arg(wideLiteral(text))
                                : QStringLiteral("std::string(%1)").arg(byteLiteral(text.toUtf8()));
}

QString narrowArgument(const QString& text, const QString& indent)
{
    if (hasPlaceholder(text))
        return QStringLiteral("toUtf8(expand(%1))").arg(wideLiteral(text));
    const QByteArray bytes = text.toUtf8();
    return bytes.contains('\0') ? byteStringExpression(bytes, indent) : byteLiteral(bytes, indent);
}

QString securityFlagsExpression(quint32 flags)
{
    return flagsExpression(flags, {{0x00000100, "SECURITY_FLAG_IGNORE_UNKNOWN_CA"},
                                   {0x00000200, "SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE"},
                                   {0x00001000, "SECURITY_FLAG_IGNORE_CERT_CN_INVALID"},
                                   {0x00002000, "SECURITY_FLAG_IGNORE_CERT_DATE_INVALID"},
                                   {0x00010000, "SECURITY_FLAG_IGNORE_WEAK_SIGNATURE"}});
}

QString disableFeatureExpression(quint32 flags)
{
    return flagsExpression(flags, {{0x00000001, "WINHTTP_DISABLE_COOKIES"},
                                   {0x00000002, "WINHTTP_DISABLE_REDIRECTS"},
                                   {0x00000004, "WINHTTP_DISABLE_AUTHENTICATION"},
                                   {0x00000008, "WINHTTP_DISABLE_KEEP_ALIVE"}});
}

QString secureProtocolsExpression(quint32 flags)
{
    return flagsExpression(flags, {{0x00000008, "WINHTTP_FLAG_SECURE_PROTOCOL_SSL2"},
                                   {0x00000020, "WINHTTP_FLAG_SECURE_PROTOCOL_SSL3"},
                                   {0x00000080, "WINHTTP_FLAG_SECURE_PROTOCOL_TLS1"},
                                   {0x00000200, "WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1"},
                                   {0x00000800, "WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2"},
                                   {0x00002000, "WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3"}});
}

QString sessionOpenCode(const WinHttpOptionsSpec& options, bool async)
{
    const QString agent = options.userAgent.isEmpty() ? defaultUserAgent() : options.userAgent;
    QString access = QStringLiteral("WINHTTP_ACCESS_TYPE_NO_PROXY");
    QString proxy = QStringLiteral("WINHTTP_NO_PROXY_NAME");
    QString bypass = QStringLiteral("WINHTTP_NO_PROXY_BYPASS");
    QString comment =
        QStringLiteral("    // The session: the User-Agent header and how to reach servers (directly, no proxy).\n");
    if (options.proxyMode == ProxyMode::Environment) {
        access = QStringLiteral("WINHTTP_ACCESS_TYPE_DEFAULT_PROXY");
        comment = QStringLiteral(
            "    // The session: the User-Agent header and the default proxy (on Windows the WinHTTP setting of\n"
            "    // `netsh winhttp set proxy`; with hinternet http_proxy, https_proxy and no_proxy).\n");
    } else if (options.proxyMode == ProxyMode::Named) {
        access = QStringLiteral("WINHTTP_ACCESS_TYPE_NAMED_PROXY");
        proxy = wideArgument(normalizedPlaceholders(proxyServer(options.proxy)));
        const QString bypassList = normalizedPlaceholders(options.proxyBypass.trimmed());
        if (!bypassList.isEmpty())
            bypass = wideArgument(bypassList);
        comment = QStringLiteral(
            "    // The session: the User-Agent header and the proxy every request goes through (hosts in the\n"
            "    // bypass list, separated by ';' or spaces, are reached directly).\n");
    }
    return comment + QStringLiteral("    Handle session(WinHttpOpen(%1, %2,\n"
                                    "                               %3, %4, %5));\n"
                                    "    if (!session)\n"
                                    "        return fail(\"WinHttpOpen\", GetLastError());\n")
                         .arg(wideLiteral(agent), access, proxy, bypass,
                              async ? QStringLiteral("WINHTTP_FLAG_ASYNC") : QStringLiteral("0"));
}

QString sessionOptionCode(const WinHttpOptionsSpec& options)
{
    QString code;
    const WinHttpOptionsSpec defaults;
    if (options.resolveTimeoutMs != defaults.resolveTimeoutMs ||
        options.connectTimeoutMs != defaults.connectTimeoutMs || options.sendTimeoutMs != defaults.sendTimeoutMs ||
        options.receiveTimeoutMs != defaults.receiveTimeoutMs) {
        code +=
            QStringLiteral("    // Timeouts in milliseconds: name resolution, connect, send, receive (0: no limit).\n"
                           "    if (!WinHttpSetTimeouts(session.get(), %1, %2, %3, %4))\n"
                           "        return fail(\"WinHttpSetTimeouts\", GetLastError());\n")
                .arg(options.resolveTimeoutMs)
                .arg(options.connectTimeoutMs)
                .arg(options.sendTimeoutMs)
                .arg(options.receiveTimeoutMs);
    }
    if (options.secureProtocols != 0) {
        code += QStringLiteral("    // The TLS versions the session may negotiate.\n");
        code += setOptionLine("session.get()", "WINHTTP_OPTION_SECURE_PROTOCOLS",
                              secureProtocolsExpression(options.secureProtocols));
    }
    const QString caFile = normalizedPlaceholders(options.caFile);
    if (!caFile.isEmpty()) {
        code += QStringLiteral(
                    "#ifdef HINTERNET_OPTION_CA_FILE\n"
                    "    // hinternet's extension: trust the CA certificates of this PEM file besides the system's.\n"
                    "    {\n"
                    "        std::wstring caFile = %1;\n"
                    "        if (!WinHttpSetOption(session.get(), HINTERNET_OPTION_CA_FILE, &caFile[0],\n"
                    "                              static_cast<DWORD>(caFile.size())))\n"
                    "            return fail(\"WinHttpSetOption(HINTERNET_OPTION_CA_FILE)\", GetLastError());\n"
                    "    }\n"
                    "#else\n"
                    "    // The request trusted the CA certificates in %2 (hinternet's\n"
                    "    // HINTERNET_OPTION_CA_FILE). WinHTTP on Windows trusts its certificate store only: import "
                    "that CA\n"
                    "    // into \"Trusted Root Certification Authorities\" instead.\n"
                    "#endif\n")
                    .arg(wideString(caFile), commentText(caFile));
    }
    return code;
}

QString requestOptionCode(const WinHttpOptionsSpec& options)
{
    QString code;
    const WinHttpOptionsSpec defaults;
    if (options.securityIgnoreFlags != 0) {
        code += QStringLiteral(
            "    // Certificate problems to accept anyway (only for testing: this defeats TLS's protection).\n");
        code += setOptionLine("request.get()", "WINHTTP_OPTION_SECURITY_FLAGS",
                              securityFlagsExpression(options.securityIgnoreFlags));
    }
    if (options.disableFeatures != 0) {
        code += QStringLiteral("    // WinHTTP features turned off for this request.\n");
        code += setOptionLine("request.get()", "WINHTTP_OPTION_DISABLE_FEATURE",
                              disableFeatureExpression(options.disableFeatures));
    }
    if (options.redirectPolicy != defaults.redirectPolicy) {
        code +=
            QStringLiteral("    // Which redirects WinHTTP follows by itself (the default refuses https to http).\n");
        code += setOptionLine("request.get()", "WINHTTP_OPTION_REDIRECT_POLICY",
                              redirectPolicyName(options.redirectPolicy));
    }
    if (options.maxRedirects != defaults.maxRedirects) {
        code +=
            QStringLiteral("    // At most this many redirects; one more fails with ERROR_WINHTTP_REDIRECT_FAILED.\n");
        code += setOptionLine("request.get()", "WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS",
                              QString::number(std::max(0, options.maxRedirects)));
    }
    if (options.decompression != 0) {
        // WinHTTP decodes nothing unless asked; Brotli is hinternet's addition, so it is guarded.
        const quint32 standard = options.decompression & 0x3;
        const bool brotli = (options.decompression & 0x100) != 0;
        const QString flags = flagsExpression(
            standard, {{0x1, "WINHTTP_DECOMPRESSION_FLAG_GZIP"}, {0x2, "WINHTTP_DECOMPRESSION_FLAG_DEFLATE"}});
        code += QStringLiteral("    // Ask for compressed responses (Accept-Encoding) and read them decoded.\n"
                               "    DWORD decompression = %1;\n")
                    .arg(flags);
        if (brotli)
            code += QStringLiteral(
                "#ifdef HINTERNET_DECOMPRESSION_FLAG_BROTLI\n"
                "    decompression |= HINTERNET_DECOMPRESSION_FLAG_BROTLI; // hinternet decodes Brotli too\n"
                "#endif\n");
        code += QStringLiteral("    if (decompression != 0 && !setOption(request.get(), WINHTTP_OPTION_DECOMPRESSION, "
                               "decompression,\n"
                               "                                         \"WINHTTP_OPTION_DECOMPRESSION\"))\n"
                               "        return 1;\n");
    }
    return code;
}

QString credentialCode(const WinHttpRequestPlan& plan)
{
    if (plan.credentials == AuthMode::None)
        return {};
    const bool digest = plan.credentials == AuthMode::Digest;
    return QStringLiteral(
               "    // Credentials for the server's challenge (401), given with WinHttpSetCredentials (%1).\n"
               "    const DWORD authScheme = %2;\n"
               "    const std::wstring user = %3;\n"
               "    const std::wstring password = %4;\n")
        .arg(digest ? QStringLiteral("Digest") : QStringLiteral("Basic"),
             digest ? QStringLiteral("WINHTTP_AUTH_SCHEME_DIGEST") : QStringLiteral("WINHTTP_AUTH_SCHEME_BASIC"),
             wideString(plan.user), wideString(plan.password));
}

QString targetCode(const WinHttpRequestPlan& plan)
{
    const CrackedTarget& target = plan.target;
    if (target.cracked) {
        return QStringLiteral("    // %1, cracked into its parts.\n"
                              "    const std::wstring host = %2;\n"
                              "    const INTERNET_PORT port = %3;\n"
                              "    const std::wstring path = %4; // path and query\n"
                              "    const DWORD requestFlags = %5\n")
            .arg(commentText(target.url), wideLiteral(target.host), QString::number(target.port),
                 wideLiteral(target.object),
                 target.secure ? QStringLiteral("WINHTTP_FLAG_SECURE; // https") : QStringLiteral("0; // http"));
    }
    return QStringLiteral("    // The URL, cracked into host, port and path when its placeholders have values.\n"
                          "    std::wstring url = %1;\n"
                          "    if (url.find(L\"://\") == std::wstring::npos)\n"
                          "        url = L\"http://\" + url; // no scheme: http, as curl does\n"
                          "    Target target;\n"
                          "    if (!crackUrl(url, target))\n"
                          "        return fail(\"WinHttpCrackUrl\", GetLastError());\n"
                          "    const std::wstring& host = target.host;\n"
                          "    const INTERNET_PORT port = target.port;\n"
                          "    const std::wstring& path = target.path;\n"
                          "    const DWORD requestFlags = target.secure ? WINHTTP_FLAG_SECURE : 0;\n")
        .arg(wideString(target.url));
}

QString headersCode(const WinHttpRequestPlan& plan)
{
    if (plan.headerLines.isEmpty())
        return {};
    QString code = QStringLiteral("    // Request headers, one line each (the composer's disabled rows are left out).\n"
                                  "    const std::wstring headers[] = {\n");
    for (const auto& line : plan.headerLines)
        code += QStringLiteral("        %1,\n").arg(wideString(line));
    code += QStringLiteral("    };\n"
                           "    for (const std::wstring& header : headers) {\n"
                           "        if (!WinHttpAddRequestHeaders(request.get(), header.c_str(), "
                           "static_cast<DWORD>(header.size()),\n"
                           "                                      WINHTTP_ADDREQ_FLAG_ADD))\n"
                           "            return fail(\"WinHttpAddRequestHeaders\", GetLastError());\n"
                           "    }\n");
    return code;
}

QString bodyCode(const WinHttpRequestPlan& plan, const QString& target)
{
    const BodyPlan& body = plan.body;
    const QString declaration = target == QLatin1String("body") ? QStringLiteral("std::string body") : target;
    QString code;
    switch (body.mode) {
    case BodyMode::None:
        return {};
    case BodyMode::Raw:
    case BodyMode::Json:
        code = QStringLiteral("    // The body (%1), sent whole with WinHttpSendRequest, so WinHTTP can send it again\n"
                              "    // after a redirect (307, 308) or an authentication challenge.\n")
                   .arg(body.contentType.isEmpty() ? QStringLiteral("no Content-Type") : commentText(body.contentType));
        if (hasPlaceholder(body.text))
            code += QStringLiteral("    %1 = %2;\n").arg(declaration, narrowString(body.text));
        else
            code += QStringLiteral("    %1 = %2;\n")
                        .arg(declaration, byteStringExpression(body.bytes, QStringLiteral("    ")));
        return code;
    case BodyMode::FormUrlEncoded:
        code = QStringLiteral("    // The form, application/x-www-form-urlencoded.\n");
        if (target == QLatin1String("body"))
            code += QStringLiteral("    std::string body;\n");
        for (const auto& row : body.form)
            code += QStringLiteral("    appendFormField(%1, %2, %3);\n")
                        .arg(target, narrowArgument(normalizedPlaceholders(row.name), kArgumentIndent),
                             narrowArgument(normalizedPlaceholders(row.value), kArgumentIndent));
        return code;
    case BodyMode::Multipart:
        code = QStringLiteral(
                   "    // The form, multipart/form-data: one part per field, files read when the program runs.\n"
                   "    const std::string boundary = \"%1\";\n")
                   .arg(QString::fromLatin1(body.boundary));
        if (target == QLatin1String("body"))
            code += QStringLiteral("    std::string body;\n");
        for (const auto& part : body.parts) {
            const QString name = narrowArgument(normalizedPlaceholders(part.name), kArgumentIndent);
            const QString value = narrowArgument(normalizedPlaceholders(part.value), kArgumentIndent);
            if (part.isFile)
                code += QStringLiteral("    if (!appendFilePart(%1, boundary, %2, %3, %4, %5))\n        return 1;\n")
                            .arg(target, name, value, narrowArgument(part.fileName, kArgumentIndent),
                                 narrowArgument(part.contentType, kArgumentIndent));
            else
                code += QStringLiteral("    appendTextPart(%1, boundary, %2, %3, %4);\n")
                            .arg(target, name, value, narrowArgument(part.contentType, kArgumentIndent));
        }
        code += QStringLiteral("    %1 += \"--\" + boundary + \"--\\r\\n\";\n").arg(target);
        return code;
    case BodyMode::BinaryFile:
        code = QStringLiteral(
            "    // The body: the file's bytes, read now and sent whole (for very large files, pass the\n"
            "    // total length to WinHttpSendRequest and stream the file with WinHttpWriteData).\n");
        if (target == QLatin1String("body"))
            code += QStringLiteral("    std::string body;\n");
        code += QStringLiteral("    if (!readFile(%1, %2))\n        return 1;\n")
                    .arg(narrowArgument(normalizedPlaceholders(body.filePath), kArgumentIndent), target);
        return code;
    }
    return code;
}

QString sendRequestCall(const WinHttpRequestPlan& plan, const QString& handle, const QString& body,
                        const QString& context, int column)
{
    const QString continuation = QString(column + 19, QLatin1Char(' ')); // under the first argument
    if (plan.body.mode == BodyMode::None)
        return QStringLiteral(
                   "WinHttpSendRequest(%1, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0,\n"
                   "%2%3)")
            .arg(handle, continuation, context);
    return QStringLiteral("WinHttpSendRequest(%1, WINHTTP_NO_ADDITIONAL_HEADERS, 0,\n"
                          "%2%3.empty() ? WINHTTP_NO_REQUEST_DATA : const_cast<char*>(%3.data()),\n"
                          "%2static_cast<DWORD>(%3.size()), static_cast<DWORD>(%3.size()), %4)")
        .arg(handle, continuation, body, context);
}

QString prologueCode(const WinHttpRequestPlan& plan, bool async)
{
    QString code = QStringLiteral("// %1\n").arg(methodComment(plan));
    if (!plan.spec.name.trimmed().isEmpty())
        code += QStringLiteral("// \"%1\", as Hinterscope sends it.\n").arg(commentText(plan.spec.name.trimmed()));
    code +=
        async
            ? QStringLiteral("//\n// A complete WinHTTP program in asynchronous mode (WINHTTP_FLAG_ASYNC): a status "
                             "callback drives\n"
                             "// the request from WinHTTP's threads while main() waits for it to end.\n")
            : QStringLiteral(
                  "//\n// A complete WinHTTP program in synchronous mode: each call returns when its step is done.\n");
    code += QStringLiteral(
        "//\n"
        "// Windows:                 cl /EHsc /std:c++17 request.cpp winhttp.lib\n"
        "// Linux, with hinternet:   g++ -std=c++17 request.cpp $(pkg-config --cflags --libs hinternet)\n"
        "//\n"
        "// It writes the status line and the response headers, a blank line, then the body's bytes to stdout.\n"
        "// A failed call is reported on stderr with its GetLastError() code, and the exit status is then 1.\n"
        "#include <windows.h>\n"
        "#include <winhttp.h>\n"
        "#if defined(__has_include)\n"
        "#if __has_include(<hinternet/extensions.h>)\n"
        "#include <hinternet/extensions.h> // hinternet's own options (HINTERNET_OPTION_CA_FILE, Brotli decoding)\n"
        "#endif\n"
        "#endif\n"
        "\n");
    QStringList includes = {QStringLiteral("cstdio"), QStringLiteral("string"), QStringLiteral("vector")};
    if (async)
        includes << QStringLiteral("condition_variable") << QStringLiteral("mutex") << QStringLiteral("chrono");
    if (needsFileReader(plan))
        includes << QStringLiteral("fstream") << QStringLiteral("iterator");
    includes.sort();
    for (const auto& header : includes)
        code += QStringLiteral("#include <%1>\n").arg(header);
    code += QStringLiteral("#ifdef _WIN32\n#include <fcntl.h>\n#include <io.h>\n#endif\n");
    return code;
}

QString variablesCheckCode(const WinHttpRequestPlan& plan)
{
    if (plan.placeholders.isEmpty())
        return {};
    return QStringLiteral("    if (!variablesAreSet())\n        return 2;\n");
}

QString helpersCode(const WinHttpRequestPlan& plan, bool async)
{
    Q_UNUSED(async)
    QString code;
    if (!plan.placeholders.isEmpty()) {
        code += QStringLiteral(
            "// ===================================== FILL IN =====================================\n"
            "// This request uses {{variables}} that had no value when the code was generated. Replace\n"
            "// each nullptr with the value, as L\"...\"; every {{name}} below is replaced before sending.\n"
            "struct Variable {\n"
            "    const wchar_t* name;\n"
            "    const wchar_t* value;\n"
            "};\n"
            "const Variable kVariables[] = {\n");
        for (const auto& name : plan.placeholders)
            code += QStringLiteral("    {%1, nullptr},\n").arg(wideLiteral(name));
        code +=
            QStringLiteral("};\n"
                           "// ==================================================================================\n\n");
    }
    code += QStringLiteral(
        R"cpp(// Closes a WinHTTP handle when it goes out of scope: the request before its connection before the
// session, as they are declared in that order.
class Handle {
public:
    explicit Handle(HINTERNET handle = nullptr) : handle_(handle) {}
    ~Handle()
    {
        if (handle_ != nullptr)
            WinHttpCloseHandle(handle_);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    HINTERNET get() const { return handle_; }
    HINTERNET release()
    {
        HINTERNET handle = handle_;
        handle_ = nullptr;
        return handle;
    }
    explicit operator bool() const { return handle_ != nullptr; }

private:
    HINTERNET handle_;
};

// The names of the errors WinHTTP programs meet most.
const char* errorName(DWORD error)
{
    switch (error) {
    case ERROR_WINHTTP_TIMEOUT: return "ERROR_WINHTTP_TIMEOUT";
    case ERROR_WINHTTP_INVALID_URL: return "ERROR_WINHTTP_INVALID_URL";
    case ERROR_WINHTTP_UNRECOGNIZED_SCHEME: return "ERROR_WINHTTP_UNRECOGNIZED_SCHEME";
    case ERROR_WINHTTP_NAME_NOT_RESOLVED: return "ERROR_WINHTTP_NAME_NOT_RESOLVED";
    case ERROR_WINHTTP_LOGIN_FAILURE: return "ERROR_WINHTTP_LOGIN_FAILURE";
    case ERROR_WINHTTP_OPERATION_CANCELLED: return "ERROR_WINHTTP_OPERATION_CANCELLED";
    case ERROR_WINHTTP_CANNOT_CONNECT: return "ERROR_WINHTTP_CANNOT_CONNECT";
    case ERROR_WINHTTP_CONNECTION_ERROR: return "ERROR_WINHTTP_CONNECTION_ERROR";
    case ERROR_WINHTTP_HEADER_NOT_FOUND: return "ERROR_WINHTTP_HEADER_NOT_FOUND";
    case ERROR_WINHTTP_INVALID_SERVER_RESPONSE: return "ERROR_WINHTTP_INVALID_SERVER_RESPONSE";
    case ERROR_WINHTTP_REDIRECT_FAILED: return "ERROR_WINHTTP_REDIRECT_FAILED";
    case ERROR_WINHTTP_SECURE_FAILURE: return "ERROR_WINHTTP_SECURE_FAILURE";
    default: return "";
    }
}

// Reports a failed call on stderr; returns the exit status for it.
int fail(const char* call, DWORD error)
{
    std::fprintf(stderr, "%s failed: error %lu %s\n", call, static_cast<unsigned long>(error), errorName(error));
    return 1;
}

// UTF-8 of WinHTTP's wide text (wchar_t holds UTF-16 on Windows, UTF-32 elsewhere).
std::string toUtf8(const std::wstring& text)
{
    std::string utf8;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned long c = static_cast<unsigned long>(text[i]);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size()) {
            const unsigned long low = static_cast<unsigned long>(text[i + 1]);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            }
        }
        if (c < 0x80) {
            utf8 += static_cast<char>(c);
        } else if (c < 0x800) {
            utf8 += static_cast<char>(0xC0 | (c >> 6));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            utf8 += static_cast<char>(0xE0 | (c >> 12));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            utf8 += static_cast<char>(0xF0 | (c >> 18));
            utf8 += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            utf8 += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return utf8;
}

// Writes the status line and every response header, CRLF-terminated, with the blank line after them.
bool printResponseHead(HINTERNET request)
{
    DWORD size = 0;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX,
                        WINHTTP_NO_OUTPUT_BUFFER, &size, WINHTTP_NO_HEADER_INDEX);
    if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
        return false;
    std::wstring headers(size / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX, &headers[0],
                             &size, WINHTTP_NO_HEADER_INDEX))
        return false;
    headers.resize(size / sizeof(wchar_t));
    const std::string text = toUtf8(headers);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return true;
}
)cpp");
    if (!plan.placeholders.isEmpty()) {
        code += QStringLiteral(R"cpp(
// The text with every {{name}} of kVariables replaced by its value.
std::wstring expand(std::wstring text)
{
    for (const Variable& variable : kVariables) {
        const std::wstring placeholder = L"{{" + std::wstring(variable.name) + L"}}";
        const std::wstring value = variable.value != nullptr ? variable.value : L"";
        for (std::size_t at = text.find(placeholder); at != std::wstring::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

bool variablesAreSet()
{
    bool set = true;
    for (const Variable& variable : kVariables) {
        if (variable.value == nullptr) {
            std::fprintf(stderr, "Give {{%s}} a value in kVariables first.\n", toUtf8(variable.name).c_str());
            set = false;
        }
    }
    return set;
}
)cpp");
    }
    if (!plan.target.cracked) {
        code += QStringLiteral(R"cpp(
// Where a URL goes: WinHttpCrackUrl splits it into host, port, and path with query (no fragment).
struct Target {
    std::wstring host;
    INTERNET_PORT port = 0;
    std::wstring path;
    bool secure = false;
};

bool crackUrl(const std::wstring& url, Target& target)
{
    URL_COMPONENTS parts = {};
    parts.dwStructSize = sizeof parts;
    parts.dwSchemeLength = parts.dwHostNameLength = parts.dwUrlPathLength = parts.dwExtraInfoLength =
        static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(url.c_str(), static_cast<DWORD>(url.size()), 0, &parts))
        return false;
    target.host.assign(parts.lpszHostName, parts.dwHostNameLength);
    target.path.assign(parts.lpszUrlPath, parts.dwUrlPathLength);
    target.path.append(parts.lpszExtraInfo, parts.dwExtraInfoLength);
    const std::size_t hash = target.path.find(L'#');
    if (hash != std::wstring::npos)
        target.path.erase(hash);
    if (target.path.empty())
        target.path = L"/";
    target.port = parts.nPort;
    target.secure = parts.nScheme == INTERNET_SCHEME_HTTPS;
    return true;
}
)cpp");
    }
    return code;
}

} // namespace hinterscope::codegen
