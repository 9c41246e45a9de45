#include "tst_tls_matrix_client.h"

#include <hinternet/extensions.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <format>
#include <memory>
#include <mutex>

namespace hs::test {
namespace {

constexpr std::size_t body_limit = 1u << 20;
constexpr auto async_limit = std::chrono::seconds(15);

std::wstring wide(const std::string& text)
{
    return std::wstring(text.begin(), text.end()); // ASCII only: paths under $TMPDIR
}

std::string narrow(const wchar_t* text)
{
    std::string out;
    for (; text != nullptr && *text != L'\0'; ++text)
        out.push_back(static_cast<char>(*text));
    return out;
}

struct HandleCloser {
    void operator()(void* handle) const { WinHttpCloseHandle(handle); }
};
using Handle = std::unique_ptr<void, HandleCloser>;

const char* api_name(DWORD_PTR api)
{
    switch (api) {
    case API_RECEIVE_RESPONSE:
        return "WinHttpReceiveResponse";
    case API_QUERY_DATA_AVAILABLE:
        return "WinHttpQueryDataAvailable";
    case API_READ_DATA:
        return "WinHttpReadData";
    case API_WRITE_DATA:
        return "WinHttpWriteData";
    case API_SEND_REQUEST:
        return "WinHttpSendRequest";
    default:
        return "(unknown API)";
    }
}

// Everything the callback touches; the request's context value points here. In synchronous mode the
// callback runs on the calling thread, in asynchronous mode on the engine's workers.
struct RequestState {
    std::mutex mutex;
    std::condition_variable changed;
    TlsOutcome outcome;
    bool finished = false;
    bool closed = false;
    bool async = false; // only then does the callback drive the request
    char buffer[4096];

    void finish(const char* call, DWORD error)
    {
        std::lock_guard lock(mutex);
        if (finished)
            return;
        outcome.failed_call = call;
        outcome.error = error;
        finished = true;
        changed.notify_all();
    }
};

void read_next(HINTERNET request, RequestState& state)
{
    if (!WinHttpReadData(request, state.buffer, sizeof state.buffer, nullptr))
        state.finish("WinHttpReadData", GetLastError());
}

void CALLBACK on_status(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
{
    auto* state = reinterpret_cast<RequestState*>(context);
    if (state == nullptr)
        return; // session and connect handles carry no context
    {
        std::lock_guard lock(state->mutex);
        state->outcome.callbacks.push_back(status);
        if (status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE) {
            DWORD flags = 0;
            if (information != nullptr && length == sizeof flags)
                std::memcpy(&flags, information, sizeof flags);
            state->outcome.secure_failures.push_back(flags);
        }
        if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) {
            state->closed = true;
            state->changed.notify_all();
            return;
        }
        if (!state->async)
            return;
    }
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (!WinHttpReceiveResponse(handle, nullptr))
            state->finish("WinHttpReceiveResponse", GetLastError());
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE: {
        DWORD code = 0;
        DWORD size = sizeof code;
        if (!WinHttpQueryHeaders(handle, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &code, &size, WINHTTP_NO_HEADER_INDEX)) {
            state->finish("WinHttpQueryHeaders", GetLastError());
            break;
        }
        {
            std::lock_guard lock(state->mutex);
            state->outcome.status = code;
        }
        read_next(handle, *state);
        break;
    }
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE: {
        if (length == 0) {
            state->finish("", ERROR_SUCCESS);
            break;
        }
        bool too_long = false;
        {
            std::lock_guard lock(state->mutex);
            state->outcome.body.append(static_cast<const char*>(information), length);
            too_long = state->outcome.body.size() > body_limit;
        }
        if (too_long)
            state->finish("WinHttpReadData (more than 1 MiB)", ERROR_SUCCESS);
        else
            read_next(handle, *state);
        break;
    }
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        WINHTTP_ASYNC_RESULT result{};
        if (information != nullptr && length >= sizeof result)
            std::memcpy(&result, information, sizeof result);
        state->finish(api_name(result.dwResult), result.dwError);
        break;
    }
    default:
        break;
    }
}

bool set_path_option(HINTERNET handle, DWORD option, const std::filesystem::path& value)
{
    auto text = wide(value.string());
    return WinHttpSetOption(handle, option, text.data(), static_cast<DWORD>(text.size())) != FALSE;
}

// Reads what a successful exchange reports about the connection once the body is in.
void query_security(HINTERNET request, TlsOutcome& outcome)
{
    DWORD length = sizeof outcome.security_flags;
    WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &outcome.security_flags, &length);
    WINHTTP_CERTIFICATE_INFO certificate{};
    length = sizeof certificate;
    if (!WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT, &certificate, &length))
        return;
    outcome.protocol = narrow(certificate.lpszProtocolName);
    for (LPWSTR text : {certificate.lpszSubjectInfo, certificate.lpszIssuerInfo, certificate.lpszProtocolName,
                        certificate.lpszSignatureAlgName, certificate.lpszEncryptionAlgName})
        if (text != nullptr)
            LocalFree(text);
}

void run_sync(HINTERNET request, RequestState& state)
{
    auto fail = [&](const char* call) { state.finish(call, GetLastError()); };
    if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        return fail("WinHttpSendRequest");
    if (!WinHttpReceiveResponse(request, nullptr))
        return fail("WinHttpReceiveResponse");
    DWORD code = 0;
    DWORD length = sizeof code;
    if (!WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                             WINHTTP_HEADER_NAME_BY_INDEX, &code, &length, WINHTTP_NO_HEADER_INDEX))
        return fail("WinHttpQueryHeaders");
    std::string body;
    for (;;) {
        DWORD received = 0;
        if (!WinHttpReadData(request, state.buffer, sizeof state.buffer, &received))
            return fail("WinHttpReadData");
        if (received == 0)
            break;
        body.append(state.buffer, received);
        if (body.size() > body_limit)
            return state.finish("WinHttpReadData (more than 1 MiB)", ERROR_SUCCESS);
    }
    std::lock_guard lock(state.mutex);
    state.outcome.status = code;
    state.outcome.body = std::move(body);
    state.finished = true;
}

void run_async(HINTERNET request, RequestState& state)
{
    if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0)) {
        state.finish("WinHttpSendRequest (returned FALSE)", GetLastError());
        return;
    }
    std::unique_lock lock(state.mutex);
    if (!state.changed.wait_for(lock, async_limit, [&] { return state.finished; })) {
        state.outcome.failed_call = "(no completion within 15 s)";
        state.finished = true;
    }
}

} // namespace

TlsOutcome tls_fetch(const TlsRequest& spec)
{
    // Kept alive past a lost HANDLE_CLOSING (see below), so a late callback never touches freed memory.
    auto state = std::make_unique<RequestState>();
    auto fail = [&](const char* call) {
        state->outcome.failed_call = call;
        state->outcome.error = GetLastError();
        return state->outcome;
    };
    const bool async = spec.mode == TlsMode::Async;
    state->async = async;
    const std::wstring proxy = spec.proxy_port ? std::format(L"127.0.0.1:{}", *spec.proxy_port) : L"";
    Handle session(WinHttpOpen(L"hinterscope-tls-matrix",
                               spec.proxy_port ? WINHTTP_ACCESS_TYPE_NAMED_PROXY : WINHTTP_ACCESS_TYPE_NO_PROXY,
                               spec.proxy_port ? proxy.c_str() : WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS,
                               async ? WINHTTP_FLAG_ASYNC : 0));
    if (!session)
        return fail("WinHttpOpen");
    if (!WinHttpSetTimeouts(session.get(), 5000, 5000, 5000, 5000))
        return fail("WinHttpSetTimeouts");
    if (spec.trusted_root && !set_path_option(session.get(), HINTERNET_OPTION_CA_FILE, *spec.trusted_root))
        return fail("WinHttpSetOption(HINTERNET_OPTION_CA_FILE)");
    if (spec.client_chain && !set_path_option(session.get(), HINTERNET_OPTION_CLIENT_CERT_FILE, *spec.client_chain))
        return fail("WinHttpSetOption(HINTERNET_OPTION_CLIENT_CERT_FILE)");
    if (spec.client_key && !set_path_option(session.get(), HINTERNET_OPTION_CLIENT_KEY_FILE, *spec.client_key))
        return fail("WinHttpSetOption(HINTERNET_OPTION_CLIENT_KEY_FILE)");
    if (spec.secure_protocols != 0) {
        DWORD protocols = spec.secure_protocols;
        if (!WinHttpSetOption(session.get(), WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof protocols))
            return fail("WinHttpSetOption(WINHTTP_OPTION_SECURE_PROTOCOLS)");
    }
    if (WinHttpSetStatusCallback(session.get(), on_status, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) ==
        WINHTTP_INVALID_STATUS_CALLBACK)
        return fail("WinHttpSetStatusCallback");
    Handle connect(WinHttpConnect(session.get(), spec.host.c_str(), spec.port, 0));
    if (!connect)
        return fail("WinHttpConnect");
    Handle request(WinHttpOpenRequest(connect.get(), L"GET", spec.path.c_str(), nullptr, WINHTTP_NO_REFERER,
                                      WINHTTP_DEFAULT_ACCEPT_TYPES, WINHTTP_FLAG_SECURE));
    if (!request)
        return fail("WinHttpOpenRequest");
    auto context = reinterpret_cast<DWORD_PTR>(state.get());
    if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context))
        return fail("WinHttpSetOption(WINHTTP_OPTION_CONTEXT_VALUE)");
    if (spec.no_client_certificate &&
        !WinHttpSetOption(request.get(), WINHTTP_OPTION_CLIENT_CERT_CONTEXT, WINHTTP_NO_CLIENT_CERT_CONTEXT, 0))
        return fail("WinHttpSetOption(WINHTTP_OPTION_CLIENT_CERT_CONTEXT)");
    if (spec.ignore_flags != 0) {
        DWORD flags = spec.ignore_flags;
        if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags))
            return fail("WinHttpSetOption(WINHTTP_OPTION_SECURITY_FLAGS)");
    }

    if (async)
        run_async(request.get(), *state);
    else
        run_sync(request.get(), *state);

    TlsOutcome outcome;
    {
        std::lock_guard lock(state->mutex);
        outcome = state->outcome;
    }
    if (outcome.failed_call.empty())
        query_security(request.get(), outcome);
    request.reset();
    {
        // The last callback a request handle gets; after it the state may go.
        std::unique_lock lock(state->mutex);
        if (!state->changed.wait_for(lock, std::chrono::seconds(5), [&] { return state->closed; })) {
            outcome.failed_call += " (no HANDLE_CLOSING within 5 s)";
            lock.unlock();
            (void)state.release(); // a late callback may still come: leak rather than use freed memory
        }
    }
    return outcome;
}

std::string describe(const TlsOutcome& outcome)
{
    std::string flags;
    for (DWORD value : outcome.secure_failures)
        flags += std::format(" 0x{:x}", value);
    return std::format("failed call '{}' error {} secure failures [{} ] status {} protocol '{}'", outcome.failed_call,
                       outcome.error, flags, outcome.status, outcome.protocol);
}

} // namespace hs::test
