#include "request/request_runner.h"

#include "request/request_payload.h"

#include <hinternet/extensions.h>
#include <hinternet/library_versions.h>

#include <QUrl>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

namespace hinterscope {
namespace {

constexpr qint64 kReadBufferSize = 256 * 1024;
// Bodies up to this size go to WinHttpSendRequest whole, so redirects and auth retries can replay them;
// larger ones are streamed with WinHttpWriteData.
constexpr qint64 kWholeBodyLimit = 1024 * 1024;
constexpr qint64 kWriteChunkSize = 64 * 1024;
// How long to wait for HANDLE_CLOSING once the request handle was closed: never expected to run out.
constexpr auto kClosingGrace = std::chrono::seconds(10);

std::wstring wide(const QString& text)
{
    return text.toStdWString();
}

QString fromWide(const std::wstring& text)
{
    return QString::fromStdWString(text);
}

DWORD redirectPolicyValue(RedirectPolicy policy)
{
    switch (policy) {
    case RedirectPolicy::Never:
        return WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
    case RedirectPolicy::Always:
        return WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
    case RedirectPolicy::DisallowHttpsToHttp:
        break;
    }
    return WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP;
}

QString queryText(HINTERNET request, DWORD level)
{
    DWORD length = 0;
    WinHttpQueryHeaders(request, level, WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER, &length,
                        WINHTTP_NO_HEADER_INDEX);
    if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
        return {};
    std::wstring value(length / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryHeaders(request, level, WINHTTP_HEADER_NAME_BY_INDEX, value.data(), &length,
                             WINHTTP_NO_HEADER_INDEX))
        return {};
    value.resize(length / sizeof(wchar_t));
    return fromWide(value);
}

QString queryUrl(HINTERNET request)
{
    DWORD length = 0;
    WinHttpQueryOption(request, WINHTTP_OPTION_URL, nullptr, &length);
    std::wstring url(length / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryOption(request, WINHTTP_OPTION_URL, url.data(), &length))
        return {};
    url.resize(length / sizeof(wchar_t));
    return fromWide(url);
}

} // namespace

QString effectiveUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    return trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed;
}

QString effectiveMethod(const RequestSpec& spec)
{
    const QString method = spec.method.trimmed();
    return method.isEmpty() ? QStringLiteral("GET") : method;
}

struct RequestRun::State {
    explicit State(RequestSpec requestSpec)
        : spec(std::move(requestSpec))
    {}

    static void CALLBACK statusCallback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                                        DWORD length);
    void onStatus(HINTERNET handle, DWORD status, LPVOID information, DWORD length);

    bool setup(RunResult* failure, const QString& call, DWORD error, const QString& detail = QString());
    bool setDword(HINTERNET handle, DWORD option, DWORD value, RunResult* failure, const char* name);
    bool addHeader(const QString& line, RunResult* failure);

    bool sendRequest();
    void runSync();
    void runAsync();
    void sendBodyChunkAsync();
    void receiveAsync();
    void onHeaders();
    void fail(const QString& call, DWORD error);
    void closeRequest();
    void waitForRequestClosed();
    void waitForSessionClosing();
    void finish();

    const RequestSpec spec;
    std::unique_ptr<RequestPayload> payload;
    std::unique_ptr<RequestPayload::Reader> reader;
    QByteArray wholeBody;
    bool streamingBody = false;

    HINTERNET sessionHandle = nullptr;
    HINTERNET connectHandle = nullptr;
    HINTERNET requestHandle = nullptr;

    std::mutex mutex; // guards result's fields written by several threads, and the flags below
    std::condition_variable changed;
    RunResult result;
    bool requestClosing = false; // HANDLE_CLOSING of the request was delivered
    bool sessionClosing = false; // … and of the session: no callback reaches this state after it
    bool callbackInstalled = false;
    std::atomic<bool> requestClosed{false};
    std::atomic<bool> cancelled{false};
    bool handedToCallbacks = false; // the runner's thread only

    std::vector<char> readBuffer;
    std::vector<char> writeBuffer;
    std::chrono::steady_clock::time_point startedAt;
    Finished finished;
    HeadersAvailable headersAvailable;
    std::thread thread;
};

void CALLBACK RequestRun::State::statusCallback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                                                DWORD length)
{
    if (context != 0)
        reinterpret_cast<State*>(context)->onStatus(handle, status, information, length);
}

bool RequestRun::State::setup(RunResult* failure, const QString& call, DWORD error, const QString& detail)
{
    if (failure != nullptr) {
        failure->error = error;
        failure->failedCall = detail.isEmpty() ? call : call + QLatin1Char(' ') + detail;
    }
    return false;
}

bool RequestRun::State::setDword(HINTERNET handle, DWORD option, DWORD value, RunResult* failure, const char* name)
{
    if (WinHttpSetOption(handle, option, &value, sizeof value))
        return true;
    return setup(failure, QStringLiteral("WinHttpSetOption"), GetLastError(), QString::fromLatin1(name));
}

bool RequestRun::State::addHeader(const QString& line, RunResult* failure)
{
    // One row is one field. WinHttpAddRequestHeaders reads CRLF as its own line separator, so a line break in a
    // row (an imported collection, a pasted value, a {{variable}}) would smuggle in a second header.
    if (line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\n')) || line.contains(QChar(u'\0')))
        return setup(failure, QStringLiteral("WinHttpAddRequestHeaders"), ERROR_INVALID_PARAMETER,
                     line.section(QLatin1Char(':'), 0, 0));
    const auto text = wide(line);
    if (WinHttpAddRequestHeaders(requestHandle, text.c_str(), static_cast<DWORD>(text.size()), WINHTTP_ADDREQ_FLAG_ADD))
        return true;
    return setup(failure, QStringLiteral("WinHttpAddRequestHeaders"), GetLastError(),
                 line.section(QLatin1Char(':'), 0, 0));
}

void RequestRun::State::onStatus(HINTERNET handle, DWORD status, LPVOID information, DWORD length)
{
    if (status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE && information != nullptr && length >= sizeof(DWORD)) {
        std::lock_guard lock(mutex);
        result.secureFailureFlags |= *static_cast<const DWORD*>(information);
        return;
    }
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && handle == sessionHandle) {
        // The last callback this run gets: the session closes after its children.
        std::lock_guard lock(mutex);
        sessionClosing = true;
        changed.notify_all();
        return;
    }
    if (handle != requestHandle)
        return;
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) {
        std::lock_guard lock(mutex);
        requestClosing = true;
        changed.notify_all();
        return;
    }
    if (!spec.options.async)
        return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
        if (streamingBody)
            sendBodyChunkAsync();
        else
            receiveAsync();
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
        onHeaders();
        if (!WinHttpQueryDataAvailable(requestHandle, nullptr))
            fail(QStringLiteral("WinHttpQueryDataAvailable"), GetLastError());
        break;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE: {
        const DWORD available = information != nullptr ? *static_cast<const DWORD*>(information) : 0;
        if (available == 0) {
            {
                std::lock_guard lock(mutex);
                result.bodyComplete = true;
            }
            closeRequest();
            break;
        }
        const DWORD wanted = std::min<DWORD>(available, static_cast<DWORD>(readBuffer.size()));
        if (!WinHttpReadData(requestHandle, readBuffer.data(), wanted, nullptr))
            fail(QStringLiteral("WinHttpReadData"), GetLastError());
        break;
    }
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        if (length == 0) {
            {
                std::lock_guard lock(mutex);
                result.bodyComplete = true;
            }
            closeRequest();
            break;
        }
        {
            std::lock_guard lock(mutex);
            result.bodyBytes += length;
        }
        if (!WinHttpQueryDataAvailable(requestHandle, nullptr))
            fail(QStringLiteral("WinHttpQueryDataAvailable"), GetLastError());
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        const auto* asyncResult = static_cast<const WINHTTP_ASYNC_RESULT*>(information);
        static const char* const apiNames[] = {"",
                                               "WinHttpReceiveResponse",
                                               "WinHttpQueryDataAvailable",
                                               "WinHttpReadData",
                                               "WinHttpWriteData",
                                               "WinHttpSendRequest"};
        const auto api = static_cast<std::size_t>(asyncResult->dwResult);
        fail(QString::fromLatin1(api < std::size(apiNames) ? apiNames[api] : "WinHttp"), asyncResult->dwError);
        break;
    }
    default:
        break;
    }
}

void RequestRun::State::fail(const QString& call, DWORD error)
{
    {
        std::lock_guard lock(mutex);
        if (result.error == 0 && result.problem.isEmpty()) {
            // After cancel() a call may fail on the closed handle; what happened is the cancellation.
            result.error = cancelled ? DWORD(ERROR_WINHTTP_OPERATION_CANCELLED) : error;
            result.failedCall = call;
        }
    }
    closeRequest();
}

void RequestRun::State::closeRequest()
{
    if (requestClosed.exchange(true))
        return;
    WinHttpCloseHandle(requestHandle);
}

void RequestRun::State::onHeaders()
{
    DWORD status = 0;
    DWORD size = sizeof status;
    const bool haveStatus = WinHttpQueryHeaders(requestHandle, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                                WINHTTP_HEADER_NAME_BY_INDEX, &status, &size, WINHTTP_NO_HEADER_INDEX);
    const QString reason = queryText(requestHandle, WINHTTP_QUERY_STATUS_TEXT);
    const QString url = queryUrl(requestHandle);
    const QString contentType = queryText(requestHandle, WINHTTP_QUERY_CONTENT_TYPE);
    RunResult snapshot;
    {
        std::lock_guard lock(mutex);
        result.responseReceived = true;
        if (haveStatus)
            result.status = static_cast<int>(status);
        result.reason = reason;
        result.finalUrl = url;
        result.contentType = contentType;
        snapshot = result;
    }
    if (headersAvailable)
        headersAvailable(snapshot);
}

bool RequestRun::State::sendRequest()
{
    // A body up to the whole-body limit goes with the request (replayable on redirects and auth retries);
    // a larger one follows with WinHttpWriteData, announced by its total length.
    return WinHttpSendRequest(requestHandle, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
                              wholeBody.isEmpty() ? WINHTTP_NO_REQUEST_DATA : static_cast<LPVOID>(wholeBody.data()),
                              static_cast<DWORD>(wholeBody.size()),
                              static_cast<DWORD>(std::min<qint64>(payload->size(), 0xFFFFFFFF)),
                              reinterpret_cast<DWORD_PTR>(this));
}

void RequestRun::State::runSync()
{
    const bool sent = sendRequest();
    if (!sent)
        return fail(QStringLiteral("WinHttpSendRequest"), GetLastError());
    if (streamingBody) {
        std::vector<char> buffer(kWriteChunkSize);
        for (;;) {
            const qint64 got = reader->read(buffer.data(), kWriteChunkSize);
            if (got < 0) {
                {
                    std::lock_guard lock(mutex);
                    result.problem = reader->error();
                }
                return closeRequest();
            }
            if (got == 0)
                break;
            DWORD written = 0;
            if (!WinHttpWriteData(requestHandle, buffer.data(), static_cast<DWORD>(got), &written))
                return fail(QStringLiteral("WinHttpWriteData"), GetLastError());
        }
    }
    if (!WinHttpReceiveResponse(requestHandle, nullptr))
        return fail(QStringLiteral("WinHttpReceiveResponse"), GetLastError());
    onHeaders();
    for (;;) {
        DWORD available = 0;
        if (!WinHttpQueryDataAvailable(requestHandle, &available))
            return fail(QStringLiteral("WinHttpQueryDataAvailable"), GetLastError());
        if (available == 0)
            break;
        DWORD read = 0;
        const DWORD wanted = std::min<DWORD>(available, static_cast<DWORD>(readBuffer.size()));
        if (!WinHttpReadData(requestHandle, readBuffer.data(), wanted, &read))
            return fail(QStringLiteral("WinHttpReadData"), GetLastError());
        if (read == 0)
            break;
        std::lock_guard lock(mutex);
        result.bodyBytes += read;
    }
    {
        std::lock_guard lock(mutex);
        result.bodyComplete = true;
    }
    closeRequest();
}

void RequestRun::State::runAsync()
{
    const bool sent = sendRequest();
    if (!sent)
        fail(QStringLiteral("WinHttpSendRequest"), GetLastError());
    else
        handedToCallbacks = true;
}

void RequestRun::State::sendBodyChunkAsync()
{
    if (writeBuffer.empty())
        writeBuffer.resize(kWriteChunkSize);
    const qint64 got = reader->read(writeBuffer.data(), kWriteChunkSize);
    if (got < 0) {
        {
            std::lock_guard lock(mutex);
            result.problem = reader->error();
        }
        return closeRequest();
    }
    if (got == 0) {
        streamingBody = false;
        return receiveAsync();
    }
    if (!WinHttpWriteData(requestHandle, writeBuffer.data(), static_cast<DWORD>(got), nullptr))
        fail(QStringLiteral("WinHttpWriteData"), GetLastError());
}

void RequestRun::State::receiveAsync()
{
    if (!WinHttpReceiveResponse(requestHandle, nullptr))
        fail(QStringLiteral("WinHttpReceiveResponse"), GetLastError());
}

void RequestRun::State::waitForRequestClosed()
{
    std::unique_lock lock(mutex);
    // In async mode the callbacks drive the request; a cancel() closes it. Either way HANDLE_CLOSING of the
    // request ends the wait; the grace period only guards against an engine that owes us that callback.
    while (!requestClosing) {
        if (requestClosed) {
            changed.wait_for(lock, kClosingGrace, [this] { return requestClosing; });
            break;
        }
        changed.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void RequestRun::State::waitForSessionClosing()
{
    // The engine may deliver the connect's and the session's HANDLE_CLOSING on its own threads after
    // CloseHandle returned; this state is their callback context, so it must outlive them.
    if (!callbackInstalled)
        return;
    std::unique_lock lock(mutex);
    changed.wait_for(lock, kClosingGrace, [this] { return sessionClosing; });
}

void RequestRun::State::finish()
{
    // Async: once sent, the callbacks own the request until they (or cancel()) close it.
    if (!handedToCallbacks)
        closeRequest();
    waitForRequestClosed();
    if (connectHandle != nullptr)
        WinHttpCloseHandle(connectHandle);
    if (sessionHandle != nullptr) {
        WinHttpCloseHandle(sessionHandle);
        waitForSessionClosing();
    }
    RunResult copy;
    {
        std::lock_guard lock(mutex);
        result.cancelled = cancelled && !result.bodyComplete;
        result.elapsedMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - startedAt).count();
        copy = result;
    }
    if (finished)
        finished(copy);
}

RequestRun::RequestRun(RequestSpec spec)
    : state_(std::make_shared<State>(std::move(spec)))
{}

RequestRun::~RequestRun()
{
    auto& state = *state_;
    if (state.thread.joinable()) {
        cancel();
        state.thread.join();
    } else {
        // Prepared but never started (or setup failed): the handles are ours to close.
        if (state.requestHandle != nullptr && !state.requestClosed.exchange(true))
            WinHttpCloseHandle(state.requestHandle);
        if (state.connectHandle != nullptr)
            WinHttpCloseHandle(state.connectHandle);
        if (state.sessionHandle != nullptr) {
            WinHttpCloseHandle(state.sessionHandle);
            state.waitForSessionClosing();
        }
    }
}

const RequestSpec& RequestRun::spec() const
{
    return state_->spec;
}

HINTERNET RequestRun::session() const
{
    return state_->sessionHandle;
}

HINTERNET RequestRun::request() const
{
    return state_->requestHandle;
}

bool RequestRun::openSession(RunResult* failure)
{
    auto& state = *state_;
    const auto& options = state.spec.options;
    DWORD accessType = WINHTTP_ACCESS_TYPE_NO_PROXY;
    std::wstring proxy;
    std::wstring bypass;
    if (options.proxyMode == ProxyMode::Environment) {
        accessType = WINHTTP_ACCESS_TYPE_DEFAULT_PROXY;
    } else if (options.proxyMode == ProxyMode::Named) {
        accessType = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
        QString server = options.proxy.trimmed();
        if (server.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            server = server.mid(7);
        while (server.endsWith(QLatin1Char('/')))
            server.chop(1);
        proxy = wide(server);
        bypass = wide(options.proxyBypass.trimmed());
    }
    const QString agent =
        options.userAgent.isEmpty()
            ? QStringLiteral("Hinterscope/") + QString::fromStdString(hinternet::library_versions().hinternet)
            : options.userAgent;
    state.sessionHandle =
        WinHttpOpen(wide(agent).c_str(), accessType, proxy.empty() ? WINHTTP_NO_PROXY_NAME : proxy.c_str(),
                    bypass.empty() ? WINHTTP_NO_PROXY_BYPASS : bypass.c_str(), options.async ? WINHTTP_FLAG_ASYNC : 0);
    if (state.sessionHandle == nullptr)
        return state.setup(failure, QStringLiteral("WinHttpOpen"), GetLastError());
    return true;
}

bool RequestRun::prepare(RunResult* failure)
{
    auto& state = *state_;
    const auto& spec = state.spec;
    const auto& options = spec.options;
    if (state.sessionHandle == nullptr && !openSession(failure))
        return false;

    // Every handle inherits the context and callback, so HANDLE_CLOSING of each reaches us.
    State* self = &state;
    if (!WinHttpSetOption(state.sessionHandle, WINHTTP_OPTION_CONTEXT_VALUE, &self, sizeof self))
        return state.setup(failure, QStringLiteral("WinHttpSetOption"), GetLastError(),
                           QStringLiteral("WINHTTP_OPTION_CONTEXT_VALUE"));
    if (WinHttpSetStatusCallback(state.sessionHandle, &State::statusCallback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS,
                                 0) == WINHTTP_INVALID_STATUS_CALLBACK)
        return state.setup(failure, QStringLiteral("WinHttpSetStatusCallback"), GetLastError());
    state.callbackInstalled = true;
    if (!WinHttpSetTimeouts(state.sessionHandle, options.resolveTimeoutMs, options.connectTimeoutMs,
                            options.sendTimeoutMs, options.receiveTimeoutMs))
        return state.setup(failure, QStringLiteral("WinHttpSetTimeouts"), GetLastError());
    if (options.secureProtocols != 0 &&
        !state.setDword(state.sessionHandle, WINHTTP_OPTION_SECURE_PROTOCOLS, options.secureProtocols, failure,
                        "WINHTTP_OPTION_SECURE_PROTOCOLS"))
        return false;
    if (!options.caFile.isEmpty()) {
        auto path = wide(options.caFile);
        if (!WinHttpSetOption(state.sessionHandle, HINTERNET_OPTION_CA_FILE, path.data(),
                              static_cast<DWORD>(path.size())))
            return state.setup(failure, QStringLiteral("WinHttpSetOption"), GetLastError(),
                               QStringLiteral("HINTERNET_OPTION_CA_FILE"));
    }

    const auto url = wide(effectiveUrl(spec.url));
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    parts.dwSchemeLength = parts.dwHostNameLength = parts.dwUserNameLength = parts.dwPasswordLength =
        parts.dwUrlPathLength = parts.dwExtraInfoLength = static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(url.c_str(), static_cast<DWORD>(url.size()), 0, &parts))
        return state.setup(failure, QStringLiteral("WinHttpCrackUrl"), GetLastError());
    const std::wstring host(parts.lpszHostName, parts.dwHostNameLength);
    std::wstring object(parts.lpszUrlPath, parts.dwUrlPathLength);
    object.append(parts.lpszExtraInfo, parts.dwExtraInfoLength);
    if (const auto hash = object.find(L'#'); hash != std::wstring::npos)
        object.erase(hash); // a fragment is not part of the request target
    if (object.empty())
        object = L"/";
    const bool secure = parts.nScheme == INTERNET_SCHEME_HTTPS;
    const QString urlUser = QString::fromWCharArray(parts.lpszUserName, static_cast<int>(parts.dwUserNameLength));
    const QString urlPassword = QString::fromWCharArray(parts.lpszPassword, static_cast<int>(parts.dwPasswordLength));

    state.connectHandle = WinHttpConnect(state.sessionHandle, host.c_str(), parts.nPort, 0);
    if (state.connectHandle == nullptr)
        return state.setup(failure, QStringLiteral("WinHttpConnect"), GetLastError());
    state.requestHandle =
        WinHttpOpenRequest(state.connectHandle, wide(effectiveMethod(spec)).c_str(), object.c_str(), nullptr,
                           WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, secure ? WINHTTP_FLAG_SECURE : 0);
    if (state.requestHandle == nullptr)
        return state.setup(failure, QStringLiteral("WinHttpOpenRequest"), GetLastError());

    if (options.securityIgnoreFlags != 0 &&
        !state.setDword(state.requestHandle, WINHTTP_OPTION_SECURITY_FLAGS, options.securityIgnoreFlags, failure,
                        "WINHTTP_OPTION_SECURITY_FLAGS"))
        return false;
    if (options.disableFeatures != 0 &&
        !state.setDword(state.requestHandle, WINHTTP_OPTION_DISABLE_FEATURE, options.disableFeatures, failure,
                        "WINHTTP_OPTION_DISABLE_FEATURE"))
        return false;
    if (!state.setDword(state.requestHandle, WINHTTP_OPTION_REDIRECT_POLICY,
                        redirectPolicyValue(options.redirectPolicy), failure, "WINHTTP_OPTION_REDIRECT_POLICY"))
        return false;
    if (!state.setDword(state.requestHandle, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS,
                        static_cast<DWORD>(std::max(0, options.maxRedirects)), failure,
                        "WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS"))
        return false;
    if (options.decompression != 0 && !state.setDword(state.requestHandle, WINHTTP_OPTION_DECOMPRESSION,
                                                      options.decompression, failure, "WINHTTP_OPTION_DECOMPRESSION"))
        return false;

    const AuthSpec& auth = spec.auth;
    QString user = auth.user;
    QString password = auth.password;
    AuthMode mode = auth.mode;
    if (mode == AuthMode::None && !urlUser.isEmpty()) {
        mode = AuthMode::Basic; // credentials in the URL, as curl uses them
        user = QUrl::fromPercentEncoding(urlUser.toUtf8());
        password = QUrl::fromPercentEncoding(urlPassword.toUtf8());
    }
    if (mode == AuthMode::Basic || mode == AuthMode::Digest) {
        const DWORD scheme = mode == AuthMode::Digest ? WINHTTP_AUTH_SCHEME_DIGEST : WINHTTP_AUTH_SCHEME_BASIC;
        if (!WinHttpSetCredentials(state.requestHandle, WINHTTP_AUTH_TARGET_SERVER, scheme, wide(user).c_str(),
                                   wide(password).c_str(), nullptr))
            return state.setup(failure, QStringLiteral("WinHttpSetCredentials"), GetLastError());
    }

    bool hasContentType = false;
    bool hasAuthorization = false;
    for (const auto& header : spec.headers) {
        if (!header.enabled || header.name.trimmed().isEmpty())
            continue;
        hasContentType =
            hasContentType || header.name.trimmed().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        hasAuthorization =
            hasAuthorization || header.name.trimmed().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        if (!state.addHeader(header.name.trimmed() + QStringLiteral(": ") + header.value, failure))
            return false;
    }
    if (mode == AuthMode::Bearer && !hasAuthorization &&
        !state.addHeader(QStringLiteral("Authorization: Bearer ") + auth.token.trimmed(), failure))
        return false;

    QString problem;
    state.payload = RequestPayload::build(spec.body, &problem);
    if (!state.payload) {
        if (failure != nullptr)
            failure->problem = problem;
        return false;
    }
    if (!hasContentType && !state.payload->contentType().isEmpty() &&
        !state.addHeader(QStringLiteral("Content-Type: ") + state.payload->contentType(), failure))
        return false;
    return true;
}

void RequestRun::start(Finished finished, HeadersAvailable headersAvailable)
{
    auto& state = *state_;
    state.finished = std::move(finished);
    state.headersAvailable = std::move(headersAvailable);
    state.startedAt = std::chrono::steady_clock::now();
    state.readBuffer.resize(kReadBufferSize);
    state.thread = std::thread([&state] {
        state.reader = std::make_unique<RequestPayload::Reader>(*state.payload);
        if (state.payload->size() <= kWholeBodyLimit) {
            state.wholeBody.resize(state.payload->size());
            if (state.reader->read(state.wholeBody.data(), state.wholeBody.size()) != state.payload->size()) {
                {
                    std::lock_guard lock(state.mutex);
                    state.result.problem = state.reader->error();
                }
                state.finish();
                return;
            }
        } else {
            state.streamingBody = true;
        }
        if (!state.cancelled) {
            if (state.spec.options.async)
                state.runAsync();
            else
                state.runSync();
        }
        state.finish();
    });
}

void RequestRun::cancel()
{
    auto& state = *state_;
    state.cancelled = true;
    if (state.requestHandle != nullptr)
        state.closeRequest();
}

} // namespace hinterscope
