#include "request_runner.h"

#include "option_table.h"
#include "redaction.h"
#include "support/text.h"
#include "watchdog.h"
#include "winhttp_names.h"

#include <hinternet/extensions.h>
#include <hinternet/library_versions.h>
#include <winhttp.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <format>
#include <mutex>
#include <vector>

namespace hinterscope::cli {
namespace {

namespace text = hinternet::text;

constexpr std::size_t read_buffer_size = 256 * 1024;
// Bodies up to this size are handed to WinHttpSendRequest whole (so redirects and auth can replay them);
// larger ones are streamed with WinHttpWriteData.
constexpr std::uint64_t whole_body_limit = 1024 * 1024;
constexpr std::size_t write_chunk_size = 64 * 1024;
// How long to wait for HANDLE_CLOSING once a handle was closed.
constexpr auto closing_grace = std::chrono::seconds(10);

std::string header_bytes(std::wstring_view wide)
{
    if (auto bytes = text::narrow_latin1(wide))
        return *bytes;
    return text::to_utf8(wide);
}

struct CrackedUrl {
    std::wstring host;
    INTERNET_PORT port = 0;
    std::wstring object; // path and query
    bool secure = false;
    std::string user;
    std::string password;
};

std::optional<CrackedUrl> crack_url(const std::wstring& url, DWORD& error)
{
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    // Non-zero lengths with null pointers: WinHttpCrackUrl points into `url`.
    parts.dwSchemeLength = parts.dwHostNameLength = parts.dwUserNameLength = parts.dwPasswordLength =
        parts.dwUrlPathLength = parts.dwExtraInfoLength = static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(url.c_str(), static_cast<DWORD>(url.size()), 0, &parts)) {
        error = GetLastError();
        return std::nullopt;
    }
    CrackedUrl cracked;
    cracked.host.assign(parts.lpszHostName, parts.dwHostNameLength);
    cracked.port = parts.nPort;
    cracked.object.assign(parts.lpszUrlPath, parts.dwUrlPathLength);
    cracked.object.append(parts.lpszExtraInfo, parts.dwExtraInfoLength);
    if (cracked.object.empty())
        cracked.object = L"/";
    // A fragment is not part of the request target.
    if (const auto hash = cracked.object.find(L'#'); hash != std::wstring::npos)
        cracked.object.erase(hash);
    cracked.secure = parts.nScheme == INTERNET_SCHEME_HTTPS;
    if (parts.lpszUserName != nullptr)
        cracked.user = text::to_utf8(std::wstring_view(parts.lpszUserName, parts.dwUserNameLength));
    if (parts.lpszPassword != nullptr)
        cracked.password = text::to_utf8(std::wstring_view(parts.lpszPassword, parts.dwPasswordLength));
    return cracked;
}

struct ProxyChoice {
    DWORD access_type = WINHTTP_ACCESS_TYPE_DEFAULT_PROXY;
    std::wstring servers;
    std::wstring bypass;
    std::string user;
    std::string password;
    std::string problem; // a usage error
};

std::string bypass_from_noproxy(const std::string& list)
{
    std::string bypass;
    for (const char c : list)
        bypass += c == ',' ? ';' : c;
    return bypass;
}

ProxyChoice choose_proxy(const SendOptions& options)
{
    ProxyChoice choice;
    if (options.no_proxy && text::trim(*options.no_proxy) == "*") {
        choice.access_type = WINHTTP_ACCESS_TYPE_NO_PROXY;
        return choice;
    }
    const std::string extra_bypass = options.no_proxy ? bypass_from_noproxy(*options.no_proxy) : std::string();
    if (options.proxy) {
        std::string value = *options.proxy;
        if (const auto scheme = value.find("://"); scheme != std::string::npos) {
            if (!text::iequals(value.substr(0, scheme), "http")) {
                choice.problem = std::format("--proxy: only http:// proxies are supported, not '{}'", value);
                return choice;
            }
            value.erase(0, scheme + 3);
        }
        while (value.ends_with('/'))
            value.pop_back();
        if (const auto at = value.rfind('@'); at != std::string::npos) {
            const auto userinfo = value.substr(0, at);
            value.erase(0, at + 1);
            const auto colon = userinfo.find(':');
            choice.user = userinfo.substr(0, colon);
            choice.password = colon == std::string::npos ? std::string() : userinfo.substr(colon + 1);
        }
        if (value.empty()) {
            choice.problem = "--proxy needs host:port";
            return choice;
        }
        choice.access_type = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
        choice.servers = text::from_utf8(value);
        choice.bypass = text::from_utf8(extra_bypass);
        return choice;
    }
    if (!extra_bypass.empty()) {
        // The environment's proxy, with the extra exceptions: what DEFAULT_PROXY would use, made explicit.
        WINHTTP_CURRENT_USER_IE_PROXY_CONFIG environment{};
        if (WinHttpGetIEProxyConfigForCurrentUser(&environment) && environment.lpszProxy != nullptr) {
            choice.access_type = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
            choice.servers = environment.lpszProxy;
            std::wstring bypass = environment.lpszProxyBypass != nullptr ? environment.lpszProxyBypass : L"";
            choice.bypass = bypass + (bypass.empty() ? L"" : L";") + text::from_utf8(extra_bypass);
        }
        if (environment.lpszProxy != nullptr)
            GlobalFree(environment.lpszProxy);
        if (environment.lpszProxyBypass != nullptr)
            GlobalFree(environment.lpszProxyBypass);
        if (environment.lpszAutoConfigUrl != nullptr)
            GlobalFree(environment.lpszAutoConfigUrl);
    }
    return choice;
}

std::string access_type_name(DWORD access_type)
{
    switch (access_type) {
    case WINHTTP_ACCESS_TYPE_NO_PROXY:
        return "WINHTTP_ACCESS_TYPE_NO_PROXY";
    case WINHTTP_ACCESS_TYPE_NAMED_PROXY:
        return "WINHTTP_ACCESS_TYPE_NAMED_PROXY";
    default:
        return "WINHTTP_ACCESS_TYPE_DEFAULT_PROXY";
    }
}

class Runner {
public:
    Runner(const SendOptions& options, const RequestBody& body, RunEnvironment& environment)
        : options_(options)
        , body_(body)
        , environment_(environment)
        , observer_(*environment.observer)
        , reader_(body)
    {}

    RunOutcome run();

private:
    static void CALLBACK status_callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                                         DWORD length);
    void on_status(HINTERNET handle, DWORD status, LPVOID information, DWORD length);

    bool set_up();
    bool setup_failure(const std::string& call, DWORD error, const std::string& detail = {});
    bool set_dword(HINTERNET handle, DWORD option, DWORD value);
    // The --option settings meant for this kind of handle.
    bool apply_option_settings(HINTERNET handle, OptionTarget target);
    bool set_string(HINTERNET handle, DWORD option, const std::string& value);
    void call(const std::string& text, BOOL result);

    void run_sync();
    void run_async();
    // Reads the response's status, headers and URL and prepares the output. False when the output failed.
    bool on_headers();
    bool deliver(const char* data, std::size_t size);
    void fail(const std::string& call, DWORD error);
    void close_request();
    // Async: the next WinHttpWriteData of a streamed body, or WinHttpReceiveResponse after the last.
    void write_next_async();
    void receive_async();

    const SendOptions& options_;
    const RequestBody& body_;
    RunEnvironment& environment_;
    TraceObserver& observer_;
    RunOutcome outcome_;

    HINTERNET session_ = nullptr;
    HINTERNET connect_ = nullptr;
    HINTERNET request_ = nullptr;
    std::atomic<bool> request_closed_{false};
    std::atomic<bool> finished_{false};
    std::chrono::steady_clock::time_point closed_at_;

    std::string whole_body_;
    bool streaming_ = false;
    RequestBody::Reader reader_;
    std::vector<char> write_buffer_;
    std::vector<char> read_buffer_ = std::vector<char>(read_buffer_size);
    std::uint64_t delivered_ = 0;

    std::mutex mutex_;
    std::condition_variable changed_;
};

void CALLBACK Runner::status_callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                                      DWORD length)
{
    if (context != 0)
        reinterpret_cast<Runner*>(context)->on_status(handle, status, information, length);
}

void Runner::call(const std::string& text, BOOL result)
{
    if (!observer_.verbose())
        return;
    if (result)
        observer_.api_call(text + " = TRUE");
    else {
        const DWORD error = GetLastError();
        observer_.api_call(std::format("{} = FALSE, {} ({})", text, error_name(error), error));
        SetLastError(error);
    }
}

bool Runner::setup_failure(const std::string& call, DWORD error, const std::string& detail)
{
    outcome_.setup_failed = true;
    outcome_.error = error;
    outcome_.failed_call = detail.empty() ? call : call + " " + detail;
    return false;
}

bool Runner::apply_option_settings(HINTERNET handle, OptionTarget target)
{
    for (const auto& setting : options_.options) {
        if (setting.option->target != target)
            continue;
        const bool ok = setting.option->kind == OptionValueKind::Dword
                            ? set_dword(handle, setting.option->id, setting.number)
                            : set_string(handle, setting.option->id, setting.text);
        if (!ok)
            return false;
    }
    return true;
}

bool Runner::set_dword(HINTERNET handle, DWORD option, DWORD value)
{
    const BOOL ok = WinHttpSetOption(handle, option, &value, sizeof value);
    call(std::format("WinHttpSetOption({:#x}, {}, {})", reinterpret_cast<std::uintptr_t>(handle),
                     option_constant_name(option), value),
         ok);
    return ok ? true : setup_failure("WinHttpSetOption", GetLastError(), option_constant_name(option));
}

bool Runner::set_string(HINTERNET handle, DWORD option, const std::string& value)
{
    auto wide = text::from_utf8(value);
    const BOOL ok = WinHttpSetOption(handle, option, wide.data(), static_cast<DWORD>(wide.size()));
    const auto* info = [&]() -> const OptionInfo* {
        for (const auto& candidate : settable_options())
            if (candidate.id == option)
                return &candidate;
        return nullptr;
    }();
    const bool secret = info != nullptr && info->secret && !options_.reveal_secrets;
    call(std::format("WinHttpSetOption({:#x}, {}, \"{}\")", reinterpret_cast<std::uintptr_t>(handle),
                     option_constant_name(option), secret ? std::string(redacted_marker) : value),
         ok);
    return ok ? true : setup_failure("WinHttpSetOption", GetLastError(), option_constant_name(option));
}

bool Runner::set_up()
{
    outcome_.request_url = with_scheme(options_.url);
    DWORD error = ERROR_SUCCESS;
    const auto url = crack_url(text::from_utf8(outcome_.request_url), error);
    if (!url)
        return setup_failure("WinHttpCrackUrl", error);

    const auto proxy = choose_proxy(options_);
    if (!proxy.problem.empty()) {
        outcome_.usage_message = proxy.problem;
        outcome_.setup_failed = true;
        return false;
    }
    const std::string agent = options_.user_agent.empty() ? "hinterscope-cli/" + hinternet::library_versions().hinternet
                                                          : options_.user_agent;
    const auto agent_wide = text::from_utf8(agent);
    session_ = WinHttpOpen(
        agent_wide.c_str(), proxy.access_type, proxy.servers.empty() ? WINHTTP_NO_PROXY_NAME : proxy.servers.c_str(),
        proxy.bypass.empty() ? WINHTTP_NO_PROXY_BYPASS : proxy.bypass.c_str(), options_.async ? WINHTTP_FLAG_ASYNC : 0);
    if (session_ == nullptr)
        return setup_failure("WinHttpOpen", GetLastError());
    observer_.set_reveal_secrets(options_.reveal_secrets);
    hinternet::trace::add_session_observer(session_, environment_.observer);
    if (observer_.verbose())
        observer_.api_call(
            std::format("WinHttpOpen(\"{}\", {}{}{}, {}) = session {:#x}", agent, access_type_name(proxy.access_type),
                        proxy.servers.empty() ? "" : ", " + text::to_utf8(proxy.servers),
                        proxy.bypass.empty() ? "" : ", bypass " + text::to_utf8(proxy.bypass),
                        options_.async ? "WINHTTP_FLAG_ASYNC" : "0", reinterpret_cast<std::uintptr_t>(session_)));

    // Every handle shares the context, so the callback sees HANDLE_CLOSING of all three.
    auto* self = this;
    if (!WinHttpSetOption(session_, WINHTTP_OPTION_CONTEXT_VALUE, &self, sizeof self))
        return setup_failure("WinHttpSetOption", GetLastError(), "WINHTTP_OPTION_CONTEXT_VALUE");
    DWORD notify = options_.notify_flags.value_or(WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS);
    if (options_.async) // the runner is driven by these; a narrower --notify cannot take them away
        notify |= WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS | WINHTTP_CALLBACK_FLAG_HANDLES;
    const auto previous = WinHttpSetStatusCallback(session_, &Runner::status_callback, notify, 0);
    call(std::format("WinHttpSetStatusCallback(session, callback, {:#010x})", notify),
         previous != WINHTTP_INVALID_STATUS_CALLBACK);
    if (previous == WINHTTP_INVALID_STATUS_CALLBACK)
        return setup_failure("WinHttpSetStatusCallback", GetLastError());

    if (options_.max_time_seconds) {
        const int milliseconds = static_cast<int>(std::min(*options_.max_time_seconds * 1000.0, 2147483647.0));
        const BOOL ok = WinHttpSetTimeouts(session_, milliseconds, milliseconds, milliseconds, milliseconds);
        call(std::format("WinHttpSetTimeouts(session, {0}, {0}, {0}, {0})", milliseconds), ok);
        if (!ok)
            return setup_failure("WinHttpSetTimeouts", GetLastError());
    }
    if (options_.ca_file && !set_string(session_, HINTERNET_OPTION_CA_FILE, *options_.ca_file))
        return false;
    if (!apply_option_settings(session_, OptionTarget::Session))
        return false;

    connect_ = WinHttpConnect(session_, url->host.c_str(), url->port, 0);
    if (connect_ == nullptr) {
        call(std::format("WinHttpConnect(\"{}\", {})", text::to_utf8(url->host), url->port), FALSE);
        return setup_failure("WinHttpConnect", GetLastError());
    }
    if (observer_.verbose())
        observer_.api_call(std::format("WinHttpConnect(session, \"{}\", {}) = connect {:#x}", text::to_utf8(url->host),
                                       url->port, reinterpret_cast<std::uintptr_t>(connect_)));

    const std::string method = effective_method(options_);
    const auto method_wide = text::from_utf8(method);
    request_ = WinHttpOpenRequest(connect_, method_wide.c_str(), url->object.c_str(), nullptr, WINHTTP_NO_REFERER,
                                  WINHTTP_DEFAULT_ACCEPT_TYPES, url->secure ? WINHTTP_FLAG_SECURE : 0);
    if (request_ == nullptr) {
        call(std::format("WinHttpOpenRequest(\"{}\", \"{}\")", method, text::to_utf8(url->object)), FALSE);
        return setup_failure("WinHttpOpenRequest", GetLastError());
    }
    if (observer_.verbose())
        observer_.api_call(std::format("WinHttpOpenRequest(connect, \"{}\", \"{}\", {}) = request {:#x}", method,
                                       text::to_utf8(url->object), url->secure ? "WINHTTP_FLAG_SECURE" : "0",
                                       reinterpret_cast<std::uintptr_t>(request_)));

    if (options_.insecure &&
        !set_dword(request_, WINHTTP_OPTION_SECURITY_FLAGS,
                   SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_DATE_INVALID |
                       SECURITY_FLAG_IGNORE_CERT_CN_INVALID | SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE))
        return false;
    if (options_.no_redirects && !set_dword(request_, WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_REDIRECTS))
        return false;
    if (options_.redirect_policy && !set_dword(request_, WINHTTP_OPTION_REDIRECT_POLICY, *options_.redirect_policy))
        return false;
    if (options_.max_redirects &&
        !set_dword(request_, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, *options_.max_redirects))
        return false;
    if (options_.decompression && !set_dword(request_, WINHTTP_OPTION_DECOMPRESSION, *options_.decompression))
        return false;
    if (!apply_option_settings(request_, OptionTarget::Request))
        return false;

    std::string user;
    std::string password;
    if (options_.user) {
        const auto colon = options_.user->find(':');
        user = options_.user->substr(0, colon);
        password = options_.user->substr(colon + 1);
    } else if (!url->user.empty()) {
        user = url->user;
        password = url->password;
    }
    if (!user.empty() || options_.user) {
        const DWORD scheme =
            options_.auth_scheme == AuthScheme::Digest ? WINHTTP_AUTH_SCHEME_DIGEST : WINHTTP_AUTH_SCHEME_BASIC;
        const auto user_wide = text::from_utf8(user);
        const auto password_wide = text::from_utf8(password);
        const BOOL ok = WinHttpSetCredentials(request_, WINHTTP_AUTH_TARGET_SERVER, scheme, user_wide.c_str(),
                                              password_wide.c_str(), nullptr);
        call(std::format("WinHttpSetCredentials(request, SERVER, {}, \"{}\", \"{}\")",
                         scheme == WINHTTP_AUTH_SCHEME_DIGEST ? "DIGEST" : "BASIC", user,
                         options_.reveal_secrets ? password : std::string(redacted_marker)),
             ok);
        if (!ok)
            return setup_failure("WinHttpSetCredentials", GetLastError());
    }
    if (!proxy.user.empty()) {
        const auto user_wide = text::from_utf8(proxy.user);
        const auto password_wide = text::from_utf8(proxy.password);
        const BOOL ok = WinHttpSetCredentials(request_, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC,
                                              user_wide.c_str(), password_wide.c_str(), nullptr);
        call(std::format("WinHttpSetCredentials(request, PROXY, BASIC, \"{}\", \"{}\")", proxy.user,
                         options_.reveal_secrets ? proxy.password : std::string(redacted_marker)),
             ok);
        if (!ok)
            return setup_failure("WinHttpSetCredentials", GetLastError());
    }

    bool has_content_type = false;
    for (const auto& header : options_.headers) {
        has_content_type = has_content_type || text::iequals(header.name, "Content-Type");
        const std::string line = header.name + ":" + (header.remove ? "" : " " + header.value);
        const auto wide = text::from_utf8(line);
        const DWORD modifiers = header.remove ? WINHTTP_ADDREQ_FLAG_REPLACE : WINHTTP_ADDREQ_FLAG_ADD;
        const BOOL ok = WinHttpAddRequestHeaders(request_, wide.c_str(), static_cast<DWORD>(wide.size()), modifiers);
        call(std::format("WinHttpAddRequestHeaders(\"{}: {}\", {})", header.name,
                         redact_header_value(header.name, header.value, options_.reveal_secrets),
                         header.remove ? "REPLACE" : "ADD"),
             ok);
        // Removing a header that is not there is fine (curl's "Name:" on a header WinHTTP adds itself).
        if (!ok && !(header.remove && GetLastError() == ERROR_WINHTTP_HEADER_NOT_FOUND))
            return setup_failure("WinHttpAddRequestHeaders", GetLastError(), header.name);
    }
    if (!has_content_type && !body_.content_type().empty() && (!options_.data.empty() || !options_.form.empty())) {
        const auto wide = text::from_utf8("Content-Type: " + body_.content_type());
        const BOOL ok =
            WinHttpAddRequestHeaders(request_, wide.c_str(), static_cast<DWORD>(wide.size()), WINHTTP_ADDREQ_FLAG_ADD);
        call("WinHttpAddRequestHeaders(\"Content-Type: " + body_.content_type() + "\", ADD)", ok);
        if (!ok)
            return setup_failure("WinHttpAddRequestHeaders", GetLastError(), "Content-Type");
    }

    if (body_.size() <= whole_body_limit) {
        std::string error_text;
        auto whole = body_.load(error_text);
        if (!whole) {
            outcome_.upload_error = error_text;
            outcome_.setup_failed = true;
            return false;
        }
        whole_body_ = std::move(*whole);
    } else {
        streaming_ = true;
    }
    return true;
}

void Runner::on_status(HINTERNET handle, DWORD status, LPVOID information, DWORD length)
{
    if (status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE && information != nullptr && length >= sizeof(DWORD)) {
        outcome_.secure_failure_flags |= *static_cast<const DWORD*>(information);
        return;
    }
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && handle == request_) {
        std::lock_guard lock(mutex_);
        finished_ = true;
        changed_.notify_all();
        return;
    }
    if (!options_.async || handle != request_)
        return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
        if (streaming_)
            write_next_async();
        else
            receive_async();
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
        if (!on_headers()) {
            close_request();
            break;
        }
        if (!WinHttpQueryDataAvailable(request_, nullptr))
            fail("WinHttpQueryDataAvailable", GetLastError());
        break;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE: {
        const DWORD available = information != nullptr ? *static_cast<const DWORD*>(information) : 0;
        if (available == 0) {
            outcome_.body_complete = true;
            close_request();
            break;
        }
        const DWORD wanted = std::min<DWORD>(available, static_cast<DWORD>(read_buffer_.size()));
        if (!WinHttpReadData(request_, read_buffer_.data(), wanted, nullptr))
            fail("WinHttpReadData", GetLastError());
        break;
    }
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        if (length == 0) {
            outcome_.body_complete = true;
            close_request();
            break;
        }
        if (!deliver(static_cast<const char*>(information), length)) {
            close_request();
            break;
        }
        if (!WinHttpQueryDataAvailable(request_, nullptr))
            fail("WinHttpQueryDataAvailable", GetLastError());
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        const auto* result = static_cast<const WINHTTP_ASYNC_RESULT*>(information);
        fail(api_name(result->dwResult), result->dwError);
        break;
    }
    default:
        break;
    }
}

void Runner::fail(const std::string& call, DWORD error)
{
    if (outcome_.error == ERROR_SUCCESS && !outcome_.output_failed) {
        outcome_.error = error;
        outcome_.failed_call = call;
    }
    close_request();
}

void Runner::close_request()
{
    if (request_closed_.exchange(true))
        return;
    {
        std::lock_guard lock(mutex_);
        closed_at_ = std::chrono::steady_clock::now();
    }
    const BOOL ok = WinHttpCloseHandle(request_);
    call("WinHttpCloseHandle(request)", ok);
}

void Runner::write_next_async()
{
    if (write_buffer_.empty())
        write_buffer_.resize(write_chunk_size);
    observer_.set_streaming_body(true);
    const long long got = reader_.read(write_buffer_.data(), write_buffer_.size());
    if (got < 0) {
        outcome_.upload_error = reader_.error();
        close_request();
        return;
    }
    if (got == 0) {
        receive_async();
        return;
    }
    if (!WinHttpWriteData(request_, write_buffer_.data(), static_cast<DWORD>(got), nullptr))
        fail("WinHttpWriteData", GetLastError());
}

void Runner::receive_async()
{
    observer_.set_streaming_body(false);
    const BOOL ok = WinHttpReceiveResponse(request_, nullptr);
    call("WinHttpReceiveResponse(request)", ok);
    if (!ok)
        fail("WinHttpReceiveResponse", GetLastError());
}

bool Runner::on_headers()
{
    outcome_.response_received = true;
    DWORD status = 0;
    DWORD size = sizeof status;
    if (WinHttpQueryHeaders(request_, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                            WINHTTP_HEADER_NAME_BY_INDEX, &status, &size, WINHTTP_NO_HEADER_INDEX))
        outcome_.status = status;
    const auto query_text = [this](DWORD level) {
        DWORD length = 0;
        WinHttpQueryHeaders(request_, level, WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER, &length,
                            WINHTTP_NO_HEADER_INDEX);
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
            return std::string();
        std::wstring value(length / sizeof(wchar_t) + 1, L'\0');
        if (!WinHttpQueryHeaders(request_, level, WINHTTP_HEADER_NAME_BY_INDEX, value.data(), &length,
                                 WINHTTP_NO_HEADER_INDEX))
            return std::string();
        value.resize(length / sizeof(wchar_t));
        return header_bytes(value);
    };
    outcome_.reason = query_text(WINHTTP_QUERY_STATUS_TEXT);
    outcome_.version = query_text(WINHTTP_QUERY_VERSION);
    outcome_.raw_headers = query_text(WINHTTP_QUERY_RAW_HEADERS_CRLF);
    {
        DWORD length = 0;
        WinHttpQueryOption(request_, WINHTTP_OPTION_URL, nullptr, &length);
        std::wstring url(length / sizeof(wchar_t) + 1, L'\0');
        if (WinHttpQueryOption(request_, WINHTTP_OPTION_URL, url.data(), &length)) {
            url.resize(length / sizeof(wchar_t));
            outcome_.final_url = text::to_utf8(url);
        }
    }
    if (observer_.verbose())
        observer_.api_call(std::format("WinHttpQueryHeaders(request, STATUS_CODE) = {}; WINHTTP_OPTION_URL = {}",
                                       outcome_.status, redact_url(outcome_.final_url, options_.reveal_secrets)));

    std::optional<std::uint64_t> total;
    {
        ULONGLONG length = 0;
        DWORD length_size = sizeof length;
        DWORD encoding_length = 0;
        const bool decoded =
            options_.decompression.value_or(0) != 0 &&
            (WinHttpQueryHeaders(request_, WINHTTP_QUERY_CONTENT_ENCODING, WINHTTP_HEADER_NAME_BY_INDEX,
                                 WINHTTP_NO_OUTPUT_BUFFER, &encoding_length, WINHTTP_NO_HEADER_INDEX) ||
             GetLastError() == ERROR_INSUFFICIENT_BUFFER);
        if (!decoded &&
            WinHttpQueryHeaders(request_, WINHTTP_QUERY_CONTENT_LENGTH | WINHTTP_QUERY_FLAG_NUMBER64,
                                WINHTTP_HEADER_NAME_BY_INDEX, &length, &length_size, WINHTTP_NO_HEADER_INDEX))
            total = length;
    }

    auto& output = environment_.output;
    if (options_.fail && outcome_.status >= 400)
        output.discard();
    if (!output.open()) {
        outcome_.output_failed = true;
        return false;
    }
    if (options_.include && !output.write_head(outcome_.raw_headers)) {
        outcome_.output_failed = true;
        return false;
    }
    environment_.progress.start(total);
    return true;
}

bool Runner::deliver(const char* data, std::size_t size)
{
    if (!environment_.output.write(data, size)) {
        outcome_.output_failed = true;
        return false;
    }
    delivered_ += size;
    environment_.progress.update(delivered_);
    return true;
}

void Runner::run_sync()
{
    const BOOL sent = WinHttpSendRequest(
        request_, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
        whole_body_.empty() ? WINHTTP_NO_REQUEST_DATA : static_cast<LPVOID>(whole_body_.data()),
        static_cast<DWORD>(whole_body_.size()), static_cast<DWORD>(std::min<std::uint64_t>(body_.size(), 0xFFFFFFFFu)),
        reinterpret_cast<DWORD_PTR>(this));
    call(std::format("WinHttpSendRequest(request, {} bytes, total {})", whole_body_.size(), body_.size()), sent);
    if (!sent)
        return fail("WinHttpSendRequest", GetLastError());
    if (streaming_) {
        observer_.set_streaming_body(true);
        std::vector<char> buffer(write_chunk_size);
        for (;;) {
            const long long got = reader_.read(buffer.data(), buffer.size());
            if (got < 0) {
                outcome_.upload_error = reader_.error();
                return close_request();
            }
            if (got == 0)
                break;
            DWORD written = 0;
            if (!WinHttpWriteData(request_, buffer.data(), static_cast<DWORD>(got), &written))
                return fail("WinHttpWriteData", GetLastError());
        }
        observer_.set_streaming_body(false);
    }
    const BOOL received = WinHttpReceiveResponse(request_, nullptr);
    call("WinHttpReceiveResponse(request)", received);
    if (!received)
        return fail("WinHttpReceiveResponse", GetLastError());
    if (!on_headers())
        return close_request();
    for (;;) {
        DWORD available = 0;
        if (!WinHttpQueryDataAvailable(request_, &available))
            return fail("WinHttpQueryDataAvailable", GetLastError());
        if (available == 0)
            break;
        DWORD read = 0;
        const DWORD wanted = std::min<DWORD>(available, static_cast<DWORD>(read_buffer_.size()));
        if (!WinHttpReadData(request_, read_buffer_.data(), wanted, &read))
            return fail("WinHttpReadData", GetLastError());
        if (read == 0)
            break;
        if (!deliver(read_buffer_.data(), read))
            return close_request();
    }
    outcome_.body_complete = true;
    close_request();
}

void Runner::run_async()
{
    const BOOL sent = WinHttpSendRequest(
        request_, WINHTTP_NO_ADDITIONAL_HEADERS, 0,
        whole_body_.empty() ? WINHTTP_NO_REQUEST_DATA : static_cast<LPVOID>(whole_body_.data()),
        static_cast<DWORD>(whole_body_.size()), static_cast<DWORD>(std::min<std::uint64_t>(body_.size(), 0xFFFFFFFFu)),
        reinterpret_cast<DWORD_PTR>(this));
    call(std::format("WinHttpSendRequest(request, {} bytes, total {})", whole_body_.size(), body_.size()), sent);
    if (!sent)
        fail("WinHttpSendRequest", GetLastError());
    // The status callback drives the rest on the engine's threads; HANDLE_CLOSING of the request ends it.
    std::unique_lock lock(mutex_);
    for (;;) {
        if (changed_.wait_for(lock, std::chrono::milliseconds(200), [this] { return finished_.load(); }))
            break;
        if (request_closed_ && std::chrono::steady_clock::now() - closed_at_ > closing_grace)
            break; // never expected: the engine owes us HANDLE_CLOSING
    }
}

RunOutcome Runner::run()
{
    const auto started = std::chrono::steady_clock::now();
    if (set_up()) {
        std::optional<std::chrono::steady_clock::time_point> deadline;
        if (options_.max_time_seconds)
            deadline = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                     std::chrono::duration<double>(*options_.max_time_seconds));
        Watchdog watchdog(deadline, [this](Watchdog::Reason reason) {
            if (request_closed_)
                return;
            if (reason == Watchdog::Reason::Deadline)
                observer_.note(
                    std::format("--max-time {} s expired: closing the request handle", *options_.max_time_seconds));
            else
                observer_.note("interrupted: closing the request handle");
            close_request();
        });
        if (options_.async)
            run_async();
        else
            run_sync();
        watchdog.dismiss();
        const bool unfinished = !outcome_.body_complete;
        if (unfinished && watchdog.reason() == Watchdog::Reason::Deadline)
            outcome_.timed_out = true;
        if (unfinished && watchdog.reason() == Watchdog::Reason::Signal)
            outcome_.interrupted_by = watchdog.signal();
        environment_.progress.finish();
    }
    if (outcome_.final_url.empty() && request_ != nullptr && !request_closed_) {
        DWORD length = 0;
        WinHttpQueryOption(request_, WINHTTP_OPTION_URL, nullptr, &length);
        std::wstring url(length / sizeof(wchar_t) + 1, L'\0');
        if (WinHttpQueryOption(request_, WINHTTP_OPTION_URL, url.data(), &length)) {
            url.resize(length / sizeof(wchar_t));
            outcome_.final_url = text::to_utf8(url);
        }
    }
    if (request_ != nullptr && !request_closed_)
        close_request();
    if (request_ != nullptr && options_.async && !finished_) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, closing_grace, [this] { return finished_.load(); });
    }
    const auto session_value = reinterpret_cast<std::uintptr_t>(session_);
    if (connect_ != nullptr)
        call("WinHttpCloseHandle(connect)", WinHttpCloseHandle(connect_));
    if (session_ != nullptr) {
        call("WinHttpCloseHandle(session)", WinHttpCloseHandle(session_));
        // The last callbacks (HANDLE_CLOSING of connect and session) belong in the timeline and the report.
        observer_.wait_for_handle_closed(session_value, closing_grace);
    }
    observer_.finish();
    outcome_.elapsed_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return outcome_;
}

} // namespace

std::string with_scheme(const std::string& url)
{
    return url.find("://") == std::string::npos ? "http://" + url : url;
}

RunOutcome run_request(const SendOptions& options, const RequestBody& body, RunEnvironment& environment)
{
    Runner runner(options, body, environment);
    return runner.run();
}

} // namespace hinterscope::cli
