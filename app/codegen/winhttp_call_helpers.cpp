#include "codegen/winhttp_code_parts.h"

namespace hinterscope::codegen {

QString callHelpersCode(const WinHttpRequestPlan& plan, const QString& mainCode)
{
    QString code;
    if (mainCode.contains(QLatin1String("setOption("))) {
        code += QStringLiteral(R"cpp(
// WinHttpSetOption for the options that take a DWORD.
bool setOption(HINTERNET handle, DWORD option, DWORD value, const char* name)
{
    if (WinHttpSetOption(handle, option, &value, sizeof value))
        return true;
    const DWORD error = GetLastError();
    std::fprintf(stderr, "WinHttpSetOption(%s) failed: error %lu %s\n", name, static_cast<unsigned long>(error),
                 errorName(error));
    return false;
}
)cpp");
    }
    if (mainCode.contains(QLatin1String("readFile(")) || mainCode.contains(QLatin1String("appendFilePart("))) {
        code += QStringLiteral(R"cpp(
// The whole file, for the request body.
bool readFile(const std::string& path, std::string& contents)
{
    std::ifstream file(path.c_str(), std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "Cannot read the body file %s\n", path.c_str());
        return false;
    }
    contents.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    return true;
}
)cpp");
    }
    if (plan.body.mode == BodyMode::FormUrlEncoded) {
        code += QStringLiteral(R"cpp(
// Appends name=value, application/x-www-form-urlencoded: letters, digits and -._~ stay, a space becomes '+',
// every other byte %XX.
void appendFormField(std::string& body, const std::string& name, const std::string& value)
{
    const auto append = [&body](const std::string& text) {
        static const char hex[] = "0123456789ABCDEF";
        for (const char byte : text) {
            const unsigned char c = static_cast<unsigned char>(byte);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~') {
                body += static_cast<char>(c);
            } else if (c == ' ') {
                body += '+';
            } else {
                body += '%';
                body += hex[c >> 4];
                body += hex[c & 0xF];
            }
        }
    };
    if (!body.empty())
        body += '&';
    append(name);
    body += '=';
    append(value);
}
)cpp");
    }
    if (plan.body.mode == BodyMode::Multipart) {
        code += QStringLiteral(R"cpp(
// A Content-Disposition parameter value: '"', CR and LF cannot stand inside its quotes.
std::string dispositionValue(const std::string& text)
{
    std::string value;
    for (const char c : text) {
        if (c == '"')
            value += "%22";
        else if (c == '\r')
            value += "%0D";
        else if (c == '\n')
            value += "%0A";
        else
            value += c;
    }
    return value;
}

// A text field of a multipart/form-data body.
void appendTextPart(std::string& body, const std::string& boundary, const std::string& name, const std::string& value,
                    const std::string& contentType)
{
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(name) + "\"";
    if (!contentType.empty())
        body += "\r\nContent-Type: " + contentType;
    body += "\r\n\r\n" + value + "\r\n";
}

// A file field of a multipart/form-data body, with the file's bytes.
bool appendFilePart(std::string& body, const std::string& boundary, const std::string& name, const std::string& path,
                    const std::string& fileName, const std::string& contentType)
{
    std::string contents;
    if (!readFile(path, contents))
        return false;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + dispositionValue(name) +
            "\"; filename=\"" + dispositionValue(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
    body += contents;
    body += "\r\n";
    return true;
}
)cpp");
    }
    if (plan.credentials != AuthMode::None) {
        code += QStringLiteral(R"cpp(
// The response's status code, 0 when there is none.
DWORD statusCode(HINTERNET request)
{
    DWORD status = 0;
    DWORD size = sizeof status;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX,
                        &status, &size, WINHTTP_NO_HEADER_INDEX);
    return status;
}

// The answer to a 401 as WinHTTP expects it: ask which schemes the server offers (WinHttpQueryAuthSchemes)
// and, when ours is among them, set the credentials for it. The caller then sends the request again.
bool answerChallenge(HINTERNET request, DWORD scheme, const std::wstring& user, const std::wstring& password)
{
    DWORD supported = 0;
    DWORD first = 0;
    DWORD target = 0;
    if (!WinHttpQueryAuthSchemes(request, &supported, &first, &target)) {
        fail("WinHttpQueryAuthSchemes", GetLastError());
        return false;
    }
    if ((supported & scheme) == 0) {
        std::fprintf(stderr, "The server does not offer %s authentication (its schemes: 0x%lx).\n",
                     scheme == WINHTTP_AUTH_SCHEME_DIGEST ? "Digest" : "Basic", static_cast<unsigned long>(supported));
        return false;
    }
    if (!WinHttpSetCredentials(request, target, scheme, user.c_str(), password.c_str(), nullptr)) {
        fail("WinHttpSetCredentials", GetLastError());
        return false;
    }
    return true;
}
)cpp");
    }
    return code;
}

} // namespace hinterscope::codegen
