#include "misbehaviour_runner.h"

#include "async_client.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"
#include "winhttp_client.h"

#include <hinternet/extensions.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>
#include <thread>

extern char** environ;

using namespace std::chrono_literals;

namespace hs::test::misbehaviour {
namespace {

// One test CA and one server certificate (for 127.0.0.1) per process, made when a TLS case first runs.
struct TlsFiles {
    TempDir directory{"hinterscope-misbehaviour-pki"};
    std::filesystem::path root;
    IssuedCertificate server;
};

const TlsFiles& tls_files()
{
    static std::once_flag once;
    static std::unique_ptr<TlsFiles> files;
    std::call_once(once, [] {
        files = std::make_unique<TlsFiles>();
        TestPki pki(files->directory.path());
        CertificateSpec spec;
        spec.common_name = "127.0.0.1";
        spec.ip_addresses = {"127.0.0.1"};
        files->server = pki.issue("scripted", spec);
        files->root = pki.root_certificate();
    });
    return *files;
}

// The case's servers, alive for one client run; the main server records what it read.
class CaseServers {
public:
    explicit CaseServers(const Case& c)
    {
        if (c.other_server) {
            other_ = std::make_unique<ScriptedServer>([](ScriptedConnection& connection, int) {
                while (!connection.read_request(2s).empty())
                    connection.send("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nlanded");
            });
            ports_.other = other_->port();
        }
        std::optional<ScriptedTls> tls;
        if (c.tls)
            tls = ScriptedTls{tls_files().server.chain, tls_files().server.key};
        main_ = std::make_unique<ScriptedServer>(
            [&c, this](ScriptedConnection& connection, int index) { c.script(connection, index, ports_); }, tls);
        ports_.main = main_->port();
    }
    ~CaseServers()
    {
        main_.reset(); // before the ports its script reads go away
        other_.reset();
    }
    CaseServers(const CaseServers&) = delete;
    CaseServers& operator=(const CaseServers&) = delete;

    std::uint16_t port() const { return ports_.main.load(); }
    Observed observed() const
    {
        Observed observed;
        observed.requests = main_->requests();
        observed.connections = main_->connections();
        return observed;
    }

private:
    Ports ports_;
    std::unique_ptr<ScriptedServer> other_;
    std::unique_ptr<ScriptedServer> main_;
};

void configure_session(HINTERNET session, const Case& c)
{
    if (!c.tls)
        return;
    auto path = widen(tls_files().root.string());
    WinHttpSetOption(session, HINTERNET_OPTION_CA_FILE, path.data(), static_cast<DWORD>(path.size()));
}

void configure_request(HINTERNET request, const Case& c)
{
    const auto& r = c.request;
    WinHttpSetTimeouts(request, 0, 5000, r.send_timeout_ms, r.receive_timeout_ms);
    if (r.receive_response_timeout_ms > 0) {
        DWORD value = static_cast<DWORD>(r.receive_response_timeout_ms);
        WinHttpSetOption(request, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, &value, sizeof value);
    }
    if (r.decompression != 0) {
        DWORD value = r.decompression;
        WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &value, sizeof value);
    }
    if (r.redirect_policy) {
        DWORD value = *r.redirect_policy;
        WinHttpSetOption(request, WINHTTP_OPTION_REDIRECT_POLICY, &value, sizeof value);
    }
}

ClientResult run_sync(const Case& c, const CaseServers& servers)
{
    Session session;
    configure_session(session.handle(), c);
    RequestSpec spec;
    spec.port = servers.port();
    spec.verb = widen(c.request.verb);
    spec.path = widen(c.request.path);
    spec.body = c.request.body;
    spec.open_request_flags = c.tls ? WINHTTP_FLAG_SECURE : 0;
    spec.configure = [&c](HINTERNET, HINTERNET request) { configure_request(request, c); };
    for (int i = 0; i < c.request.warmups; ++i)
        session.perform(spec);
    session.recorder().clear();
    const auto outcome = session.perform(spec);

    ClientResult result;
    result.error = outcome.first_error();
    result.phase = outcome.send_error != ERROR_SUCCESS      ? Phase::Send
                   : outcome.receive_error != ERROR_SUCCESS ? Phase::Receive
                   : outcome.read_error != ERROR_SUCCESS    ? Phase::Read
                                                            : Phase::None;
    result.status = outcome.status;
    result.body = outcome.body;
    for (const auto& notification : session.recorder().notifications())
        if (notification.status == WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE)
            result.observed.interim.push_back(notification.number);
    return result;
}

Phase phase_of_api(DWORD api)
{
    switch (api) {
    case API_SEND_REQUEST:
    case API_WRITE_DATA:
        return Phase::Send;
    case API_RECEIVE_RESPONSE:
        return Phase::Receive;
    default:
        return Phase::Read;
    }
}

ClientResult run_async_once(HINTERNET session, const Case& c, const CaseServers& servers)
{
    AsyncExchange::Spec spec;
    spec.port = servers.port();
    spec.verb = widen(c.request.verb);
    spec.path = widen(c.request.path);
    spec.flags = c.tls ? WINHTTP_FLAG_SECURE : 0;
    if (!c.request.body.empty())
        spec.write_parts = {c.request.body};
    spec.configure = [&c](HINTERNET request) { configure_request(request, c); };
    AsyncExchange exchange(session, std::move(spec));
    ClientResult result;
    if (!exchange.start()) {
        result.phase = Phase::Send;
        result.error = exchange.error();
        return result;
    }
    result.finished = exchange.wait(30s);
    for (const auto& event : exchange.events()) {
        if (event.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && result.phase == Phase::None) {
            result.phase = phase_of_api(event.api);
            result.error = event.number;
        }
        if (event.status == WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE)
            result.observed.interim.push_back(event.number);
    }
    if (result.phase == Phase::None) {
        result.status = exchange.status_code();
        result.body = exchange.body();
    }
    return result;
}

ClientResult run_async(const Case& c, const CaseServers& servers)
{
    // No status callback on the session: its HANDLE_CLOSING arrives after WinHttpCloseHandle returns, when a
    // recorder on this stack would be gone.
    struct SessionHandle {
        HINTERNET handle = WinHttpOpen(L"hinterscope-tests/1.0", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                       WINHTTP_NO_PROXY_BYPASS, WINHTTP_FLAG_ASYNC);
        ~SessionHandle() { WinHttpCloseHandle(handle); }
    } session;
    configure_session(session.handle, c);
    for (int i = 0; i < c.request.warmups; ++i)
        run_async_once(session.handle, c, servers);
    return run_async_once(session.handle, c, servers);
}

// Peak RSS ("high water mark") and current RSS from /proc, in bytes.
std::size_t status_bytes(std::string_view key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with(key))
            return static_cast<std::size_t>(std::stoull(line.substr(key.size() + 1))) * 1024;
    return 0;
}

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+), so the peak of one case is measured.
bool reset_peak_rss()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return static_cast<bool>(clear);
}

} // namespace

ClientResult run_client(const Case& c, Mode mode)
{
    const bool measure = c.memory_cap != 0;
    std::size_t baseline = 0;
    if (measure) {
        baseline = reset_peak_rss() ? status_bytes("VmRSS:") : status_bytes("VmHWM:");
    }
    ClientResult result;
    Observed observed;
    {
        CaseServers servers(c);
        result = mode == Mode::Sync ? run_sync(c, servers) : run_async(c, servers);
        observed = servers.observed();
    }
    observed.interim = std::move(result.observed.interim);
    result.observed = std::move(observed);
    if (measure) {
        const auto peak = status_bytes("VmHWM:");
        result.peak_growth = peak > baseline ? peak - baseline : 0;
    }
    return result;
}

std::filesystem::path curl_program()
{
    for (const char* candidate : {"/usr/bin/curl", "/usr/local/bin/curl", "/bin/curl"})
        if (::access(candidate, X_OK) == 0)
            return candidate;
    return {};
}

CurlResult run_curl(const Case& c)
{
    CurlResult result;
    const auto program = curl_program();
    if (program.empty())
        return result;
    TempDir directory("hinterscope-misbehaviour-curl");
    CaseServers servers(c);

    // curl has no per-read timeout; a total time twice our shortest timeout gives the same verdict class.
    int shortest_ms = 5000;
    for (const int ms :
         {c.request.send_timeout_ms, c.request.receive_timeout_ms, c.request.receive_response_timeout_ms})
        if (ms > 0)
            shortest_ms = std::min(shortest_ms, ms);
    const double max_time = shortest_ms < 5000 ? 2.0 * shortest_ms / 1000.0 : 15.0;

    std::vector<std::string> arguments = {
        program.string(),        "-sS", "--noproxy", "*", "-b", "", "-w", "%{http_code}\n", "--max-time",
        std::to_string(max_time)};
    // WinHTTP follows redirects unless the policy says never; curl only with -L.
    if (c.request.redirect_policy.value_or(WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP) !=
        WINHTTP_OPTION_REDIRECT_POLICY_NEVER)
        arguments.push_back("-L");
    if (c.request.decompression != 0)
        arguments.push_back("--compressed");
    if (c.tls) {
        arguments.push_back("--cacert");
        arguments.push_back(tls_files().root.string());
    }
    if (c.request.verb == "HEAD")
        arguments.push_back("-I");
    else if (!c.request.body.empty()) {
        write_file(directory / "request-body", c.request.body);
        arguments.push_back("--data-binary");
        arguments.push_back("@" + (directory / "request-body").string());
    } else if (c.request.verb != "GET") {
        arguments.push_back("-X");
        arguments.push_back(c.request.verb);
    }
    const std::string url =
        std::string(c.tls ? "https" : "http") + "://127.0.0.1:" + std::to_string(servers.port()) + c.request.path;
    const auto body_file = directory / "body";
    for (int i = 0; i <= c.request.warmups; ++i) {
        arguments.push_back("-o");
        arguments.push_back(i < c.request.warmups || c.curl.discard_body ? "/dev/null" : body_file.string());
        arguments.push_back(url);
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, (directory / "stdout").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, (directory / "stderr").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;

    // Bounded even if curl ignored --max-time: killed by the pid we started.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<int>(max_time * 1000)) + 10s;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(10ms);
    }
    result.ran = true;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::error_code ignored;
    result.body_size = std::filesystem::exists(body_file) ? std::filesystem::file_size(body_file, ignored) : 0;
    auto codes = read_file(directory / "stdout");
    while (!codes.empty() && codes.back() == '\n')
        codes.pop_back();
    result.http_code = codes.substr(codes.rfind('\n') == std::string::npos ? 0 : codes.rfind('\n') + 1);
    result.error_text = read_file(directory / "stderr");
    while (!result.error_text.empty() && result.error_text.back() == '\n')
        result.error_text.pop_back();
    result.observed = servers.observed();
    return result;
}

const char* phase_name(Phase phase)
{
    switch (phase) {
    case Phase::Send:
        return "send";
    case Phase::Receive:
        return "receive";
    case Phase::Read:
        return "read";
    case Phase::None:
        return "none";
    }
    return "?";
}

std::string error_name(DWORD error)
{
    switch (error) {
    case ERROR_SUCCESS:
        return "ERROR_SUCCESS";
    case ERROR_WINHTTP_INVALID_SERVER_RESPONSE:
        return "ERROR_WINHTTP_INVALID_SERVER_RESPONSE";
    case ERROR_WINHTTP_CONNECTION_ERROR:
        return "ERROR_WINHTTP_CONNECTION_ERROR";
    case ERROR_WINHTTP_TIMEOUT:
        return "ERROR_WINHTTP_TIMEOUT";
    case ERROR_WINHTTP_REDIRECT_FAILED:
        return "ERROR_WINHTTP_REDIRECT_FAILED";
    case ERROR_WINHTTP_HEADER_SIZE_OVERFLOW:
        return "ERROR_WINHTTP_HEADER_SIZE_OVERFLOW";
    case ERROR_WINHTTP_HEADER_COUNT_EXCEEDED:
        return "ERROR_WINHTTP_HEADER_COUNT_EXCEEDED";
    case ERROR_WINHTTP_SECURE_FAILURE:
        return "ERROR_WINHTTP_SECURE_FAILURE";
    case ERROR_WINHTTP_CANNOT_CONNECT:
        return "ERROR_WINHTTP_CANNOT_CONNECT";
    default:
        return std::to_string(error);
    }
}

} // namespace hs::test::misbehaviour
