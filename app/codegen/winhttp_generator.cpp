#include "codegen/winhttp_generator.h"

#include "codegen/cpp_literals.h"
#include "codegen/winhttp_code_parts.h"

namespace hinterscope::codegen {
namespace {

const char* const kBinaryStdout = "#ifdef _WIN32\n"
                                  "    _setmode(_fileno(stdout), _O_BINARY); // the body's bytes unchanged, no CRLF "
                                  "translation\n"
                                  "#endif\n";

// Connect and open the request: shared by both flavours, after the session and its options.
QString connectAndOpenCode(const WinHttpRequestPlan& plan)
{
    return targetCode(plan) +
           QStringLiteral("    Handle connect(WinHttpConnect(session.get(), host.c_str(), port, 0));\n"
                          "    if (!connect)\n"
                          "        return fail(\"WinHttpConnect\", GetLastError());\n"
                          "    Handle request(WinHttpOpenRequest(connect.get(), %1, path.c_str(), nullptr, "
                          "WINHTTP_NO_REFERER,\n"
                          "                                      WINHTTP_DEFAULT_ACCEPT_TYPES, requestFlags));\n"
                          "    if (!request)\n"
                          "        return fail(\"WinHttpOpenRequest\", GetLastError());\n")
               .arg(wideLiteral(plan.method));
}

QString joinSections(const QStringList& sections)
{
    QStringList present;
    for (const auto& section : sections) {
        if (!section.isEmpty())
            present.append(section);
    }
    return present.join(QLatin1Char('\n'));
}

QString syncMain(const WinHttpRequestPlan& plan)
{
    const bool auth = plan.credentials != AuthMode::None;
    QString send;
    if (auth) {
        send = QStringLiteral(
                   "    // Send, and answer one authentication challenge the way WinHTTP expects: on a 401, ask which\n"
                   "    // schemes the server offers, set the credentials for ours and send the request again.\n"
                   "    for (bool answered = false;; answered = true) {\n"
                   "        if (!%1)\n"
                   "            return fail(\"WinHttpSendRequest\", GetLastError());\n"
                   "        if (!WinHttpReceiveResponse(request.get(), nullptr))\n"
                   "            return fail(\"WinHttpReceiveResponse\", GetLastError());\n"
                   "        if (answered || statusCode(request.get()) != HTTP_STATUS_DENIED ||\n"
                   "            !answerChallenge(request.get(), authScheme, user, password))\n"
                   "            break; // this response is the one to show, a 401 included\n"
                   "    }\n")
                   .arg(sendRequestCall(plan, QStringLiteral("request.get()"), QStringLiteral("body"),
                                        QStringLiteral("0"), 13));
    } else {
        send =
            QStringLiteral(
                "    // Send the request, then wait for the response's headers (redirects are followed on the way).\n"
                "    if (!%1)\n"
                "        return fail(\"WinHttpSendRequest\", GetLastError());\n"
                "    if (!WinHttpReceiveResponse(request.get(), nullptr))\n"
                "        return fail(\"WinHttpReceiveResponse\", GetLastError());\n")
                .arg(sendRequestCall(plan, QStringLiteral("request.get()"), QStringLiteral("body"), QStringLiteral("0"),
                                     9));
    }
    const QString receive = QStringLiteral(
        "    if (!printResponseHead(request.get()))\n"
        "        return fail(\"WinHttpQueryHeaders\", GetLastError());\n"
        "\n"
        "    // The body: ask how much is ready and read it, until WinHTTP reports 0 bytes (the end).\n"
        "    std::vector<char> buffer(64 * 1024);\n"
        "    for (;;) {\n"
        "        DWORD available = 0;\n"
        "        if (!WinHttpQueryDataAvailable(request.get(), &available))\n"
        "            return fail(\"WinHttpQueryDataAvailable\", GetLastError());\n"
        "        if (available == 0)\n"
        "            break;\n"
        "        const DWORD wanted = available < buffer.size() ? available : static_cast<DWORD>(buffer.size());\n"
        "        DWORD read = 0;\n"
        "        if (!WinHttpReadData(request.get(), buffer.data(), wanted, &read))\n"
        "            return fail(\"WinHttpReadData\", GetLastError());\n"
        "        if (read == 0)\n"
        "            break;\n"
        "        std::fwrite(buffer.data(), 1, read, stdout);\n"
        "    }\n"
        "    return 0;\n");
    return QStringLiteral("int main()\n{\n") + QLatin1String(kBinaryStdout) +
           joinSections({variablesCheckCode(plan), sessionOpenCode(plan.spec.options, false),
                         sessionOptionCode(plan.spec.options), connectAndOpenCode(plan),
                         requestOptionCode(plan.spec.options), headersCode(plan), credentialCode(plan),
                         bodyCode(plan, QStringLiteral("body")), send, receive}) +
           QStringLiteral("}\n");
}

QString asyncCallbackCode(const WinHttpRequestPlan& plan)
{
    const bool auth = plan.credentials != AuthMode::None;
    QString context = QStringLiteral(R"cpp(
// What main() and the status callback share. WinHTTP calls the callback on its own threads, one call at a
// time for a request.
struct RequestContext {
    HINTERNET session = nullptr;
    HINTERNET request = nullptr;
    std::string body;                                         // read by WinHTTP until SENDREQUEST_COMPLETE
    std::vector<char> buffer = std::vector<char>(64 * 1024); // WinHttpReadData fills it, READ_COMPLETE says how much
    DWORD certificateProblems = 0;                            // WINHTTP_CALLBACK_STATUS_FLAG_* of a refused certificate
    bool closing = false;
)cpp");
    if (auth)
        context += QStringLiteral("    DWORD authScheme = 0; // the credentials answering a 401\n"
                                  "    std::wstring user;\n"
                                  "    std::wstring password;\n"
                                  "    bool challengeAnswered = false;\n");
    context += QStringLiteral(R"cpp(
    std::mutex mutex; // guards what follows: main() waits on it
    std::condition_variable changed;
    int exitCode = 0;
    bool requestClosed = false;
    bool sessionClosed = false;
};

// Ends the request with this exit status; its HANDLE_CLOSING callback follows.
void finish(RequestContext& context, int exitCode)
{
    if (context.closing)
        return;
    context.closing = true;
    {
        std::lock_guard<std::mutex> lock(context.mutex);
        context.exitCode = exitCode;
    }
    WinHttpCloseHandle(context.request);
}

// The call an asynchronous failure belongs to (WINHTTP_ASYNC_RESULT::dwResult).
const char* asyncCallName(DWORD_PTR api)
{
    switch (api) {
    case API_RECEIVE_RESPONSE: return "WinHttpReceiveResponse";
    case API_QUERY_DATA_AVAILABLE: return "WinHttpQueryDataAvailable";
    case API_READ_DATA: return "WinHttpReadData";
    case API_WRITE_DATA: return "WinHttpWriteData";
    case API_SEND_REQUEST: return "WinHttpSendRequest";
    default: return "WinHTTP";
    }
}

// The final response's headers are in: show them and start on the body.
void onHeadersAvailable(RequestContext& context)
{
)cpp");
    if (auth) {
        context +=
            QStringLiteral(
                "    // A 401: answer the challenge the way WinHTTP expects (the schemes the server offers, the\n"
                "    // credentials for ours) and send again; SENDREQUEST_COMPLETE carries on from there.\n"
                "    if (!context.challengeAnswered && statusCode(context.request) == HTTP_STATUS_DENIED) {\n"
                "        context.challengeAnswered = true;\n"
                "        if (answerChallenge(context.request, context.authScheme, context.user, context.password)) {\n"
                "            if (!%1)\n"
                "                finish(context, fail(\"WinHttpSendRequest\", GetLastError()));\n"
                "            return;\n"
                "        }\n"
                "    }\n")
                .arg(sendRequestCall(plan, QStringLiteral("context.request"), QStringLiteral("context.body"),
                                     QStringLiteral("reinterpret_cast<DWORD_PTR>(&context)"), 17));
    }
    context += QStringLiteral(R"cpp(    if (!printResponseHead(context.request))
        return finish(context, fail("WinHttpQueryHeaders", GetLastError()));
    if (!WinHttpQueryDataAvailable(context.request, nullptr))
        finish(context, fail("WinHttpQueryDataAvailable", GetLastError()));
}

// The status callback: each completion starts the next step, until the body ends or something fails.
void CALLBACK onStatus(HINTERNET handle, DWORD_PTR contextValue, DWORD status, LPVOID information, DWORD length)
{
    RequestContext* context = reinterpret_cast<RequestContext*>(contextValue);
    if (context == nullptr)
        return; // a handle main() did not give the context to (the connection)
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) { // always a handle's last callback
        std::lock_guard<std::mutex> lock(context->mutex);
        if (handle == context->request)
            context->requestClosed = true;
        if (handle == context->session)
            context->sessionClosed = true;
        context->changed.notify_all();
        return;
    }
    if (handle != context->request)
        return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SECURE_FAILURE: // comes before the REQUEST_ERROR it explains
        context->certificateProblems = *static_cast<DWORD*>(information);
        break;
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE: // the request and its body are sent
        if (!WinHttpReceiveResponse(handle, nullptr))
            finish(*context, fail("WinHttpReceiveResponse", GetLastError()));
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE: // after every redirect WinHTTP followed
        onHeadersAvailable(*context);
        break;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE: {
        const DWORD available = *static_cast<DWORD*>(information);
        if (available == 0) { // the end of the body
            finish(*context, 0);
            break;
        }
        const DWORD wanted = available < context->buffer.size() ? available : static_cast<DWORD>(context->buffer.size());
        if (!WinHttpReadData(handle, context->buffer.data(), wanted, nullptr))
            finish(*context, fail("WinHttpReadData", GetLastError()));
        break;
    }
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE: // `length` bytes are in the buffer; 0 is the end
        if (length == 0) {
            finish(*context, 0);
            break;
        }
        std::fwrite(context->buffer.data(), 1, length, stdout);
        if (!WinHttpQueryDataAvailable(handle, nullptr))
            finish(*context, fail("WinHttpQueryDataAvailable", GetLastError()));
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        const WINHTTP_ASYNC_RESULT* result = static_cast<WINHTTP_ASYNC_RESULT*>(information);
        if (context->certificateProblems != 0)
            std::fprintf(stderr, "The server's certificate was refused (WINHTTP_CALLBACK_STATUS_FLAG_* 0x%08lx).\n",
                         static_cast<unsigned long>(context->certificateProblems));
        finish(*context, fail(asyncCallName(result->dwResult), result->dwError));
        break;
    }
    default:
        break;
    }
}
)cpp");
    return context;
}

QString asyncRun(const WinHttpRequestPlan& plan)
{
    const bool auth = plan.credentials != AuthMode::None;
    const QString callback = QStringLiteral(
        "    // The callback for every handle made from this session: completions, failures, certificate problems\n"
        "    // and handles closing. Set before the connection and request exist, so they get it too.\n"
        "    if (WinHttpSetStatusCallback(session.get(), onStatus,\n"
        "                                 WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS | WINHTTP_CALLBACK_FLAG_SECURE_FAILURE "
        "|\n"
        "                                     WINHTTP_CALLBACK_FLAG_HANDLES,\n"
        "                                 0) == WINHTTP_INVALID_STATUS_CALLBACK)\n"
        "        return fail(\"WinHttpSetStatusCallback\", GetLastError());\n");
    QString credentials = credentialCode(plan);
    if (auth)
        credentials += QStringLiteral("    context.authScheme = authScheme;\n"
                                      "    context.user = user;\n"
                                      "    context.password = password;\n");
    const QString send =
        QStringLiteral(
            "    // From the send on, the callback drives the request and closes it at the end. The context value "
            "tells it\n"
            "    // which request it is called for; the session's HANDLE_CLOSING, the last callback, tells main().\n"
            "    RequestContext* contextPointer = &context;\n"
            "    context.request = request.get();\n"
            "    context.session = session.get();\n"
            "    if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_CONTEXT_VALUE, &contextPointer, sizeof "
            "contextPointer) ||\n"
            "        !WinHttpSetOption(session.get(), WINHTTP_OPTION_CONTEXT_VALUE, &contextPointer, sizeof "
            "contextPointer))\n"
            "        return fail(\"WinHttpSetOption(WINHTTP_OPTION_CONTEXT_VALUE)\", GetLastError());\n"
            "    if (!%1)\n"
            "        return fail(\"WinHttpSendRequest\", GetLastError());\n"
            "    request.release();\n"
            "\n"
            "    // Wait for the callback to finish. WinHTTP's timeouts (WinHttpSetTimeouts) bound every step.\n"
            "    std::unique_lock<std::mutex> lock(context.mutex);\n"
            "    context.changed.wait(lock, [&context] { return context.requestClosed; });\n"
            "    return context.exitCode;\n")
            .arg(sendRequestCall(plan, QStringLiteral("request.get()"), QStringLiteral("context.body"),
                                 QStringLiteral("reinterpret_cast<DWORD_PTR>(&context)"), 9));
    return QStringLiteral(
               "\n// Sets the request up and sends it; returns once the callback has closed it. Leaving closes the\n"
               "// connection and the session.\n"
               "int run(RequestContext& context)\n{\n") +
           joinSections({sessionOpenCode(plan.spec.options, true), callback, sessionOptionCode(plan.spec.options),
                         connectAndOpenCode(plan), requestOptionCode(plan.spec.options), headersCode(plan), credentials,
                         bodyCode(plan, QStringLiteral("context.body")), send}) +
           QStringLiteral("}\n");
}

QString asyncMain(const WinHttpRequestPlan& plan)
{
    return QStringLiteral("int main()\n{\n") + QLatin1String(kBinaryStdout) + variablesCheckCode(plan) +
           QStringLiteral("    RequestContext context;\n"
                          "    const int exitCode = run(context);\n"
                          "    // The session's HANDLE_CLOSING is the last callback that uses the context: wait for it "
                          "before the\n"
                          "    // context goes away.\n"
                          "    std::unique_lock<std::mutex> lock(context.mutex);\n"
                          "    if (context.session != nullptr)\n"
                          "        context.changed.wait_for(lock, std::chrono::seconds(10), [&context] { return "
                          "context.sessionClosed; });\n"
                          "    return exitCode;\n"
                          "}\n");
}

QString program(const WinHttpRequestPlan& plan, bool async)
{
    // Async: run() sets up and sends; it lives with the helpers, main() only waits.
    const QString runCode = async ? asyncRun(plan) : QString();
    const QString mainCode = async ? asyncMain(plan) : syncMain(plan);
    QString helpers = helpersCode(plan, async) + callHelpersCode(plan, runCode + mainCode);
    if (async)
        helpers += asyncCallbackCode(plan) + runCode;
    return prologueCode(plan, async) + QStringLiteral("\nnamespace {\n\n") + helpers +
           QStringLiteral("\n} // namespace\n\n") + mainCode;
}

} // namespace

QString generateWinHttpSync(const RequestSpec& spec, const CodegenOptions& options)
{
    return program(planRequest(spec, options), false);
}

QString generateWinHttpAsync(const RequestSpec& spec, const CodegenOptions& options)
{
    return program(planRequest(spec, options), true);
}

} // namespace hinterscope::codegen
