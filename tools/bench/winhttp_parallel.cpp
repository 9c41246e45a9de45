// winhttp_parallel: many small GETs with a fixed number in flight, through WinHTTP's asynchronous mode,
// the way an async WinHTTP program drives them (each completion starts the next step from its callback).
//
//   winhttp_parallel --count N --parallel P [--sessions S] URL   N GETs, P at a time, over S sessions
//   winhttp_parallel --hold N                                    N requests parked on a silent local server:
//                                                                prints threads and memory per in-flight request
#include <windows.h>
#include <winhttp.h>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

long status_field(const char* name)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(name, 0) == 0)
            return std::strtol(line.c_str() + std::strlen(name), nullptr, 10);
    return -1;
}

struct Run {
    std::mutex mutex;
    std::condition_variable changed;
    int started = 0;
    int finished = 0;
    int failed = 0;
    int waiting = 0; // --hold: requests whose ReceiveResponse is pending
    int total = 0;
    std::vector<HINTERNET> sessions;
    std::wstring host;
    INTERNET_PORT port = 0;
    std::wstring path;
    bool hold = false;
};

struct Exchange {
    Run* run;
    HINTERNET connect = nullptr;
    HINTERNET request = nullptr;
    char buffer[16384];
};

void start_next(Run& run);

void finish(Exchange* exchange, bool ok)
{
    Run& run = *exchange->run;
    WinHttpCloseHandle(exchange->request); // HANDLE_CLOSING frees the exchange
    {
        std::lock_guard lock(run.mutex);
        ++run.finished;
        if (!ok)
            ++run.failed;
    }
    run.changed.notify_all();
    start_next(run);
}

void CALLBACK on_status(HINTERNET, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
{
    auto* exchange = reinterpret_cast<Exchange*>(context);
    if (exchange == nullptr)
        return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (exchange->run->hold) {
            std::lock_guard lock(exchange->run->mutex);
            ++exchange->run->waiting;
            exchange->run->changed.notify_all();
        }
        if (!WinHttpReceiveResponse(exchange->request, nullptr))
            finish(exchange, false);
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        if (status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE && length == 0) {
            finish(exchange, true);
            break;
        }
        if (!WinHttpReadData(exchange->request, exchange->buffer, sizeof exchange->buffer, nullptr))
            finish(exchange, false);
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        finish(exchange, false);
        break;
    case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
        WinHttpCloseHandle(exchange->connect);
        delete exchange;
        break;
    default:
        (void)information;
        break;
    }
}

void start_next(Run& run)
{
    int index = 0;
    {
        std::lock_guard lock(run.mutex);
        if (run.started >= run.total)
            return;
        index = run.started++;
    }
    auto* exchange = new Exchange{&run, nullptr, nullptr, {}};
    HINTERNET session = run.sessions[static_cast<std::size_t>(index) % run.sessions.size()];
    exchange->connect = WinHttpConnect(session, run.host.c_str(), run.port, 0);
    exchange->request = WinHttpOpenRequest(exchange->connect, L"GET", run.path.c_str(), nullptr, WINHTTP_NO_REFERER,
                                           WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    WinHttpSetStatusCallback(exchange->request, on_status,
                             WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS | WINHTTP_CALLBACK_FLAG_HANDLES, 0);
    if (!WinHttpSendRequest(exchange->request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0,
                            reinterpret_cast<DWORD_PTR>(exchange)))
        finish(exchange, false);
}

// A loopback server that accepts and reads but never answers, so requests stay in flight.
class SilentServer {
public:
    SilentServer()
    {
        listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::listen(listener_, 4096);
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] {
            while (!stop_) {
                const int fd = ::accept(listener_, nullptr, nullptr);
                if (fd >= 0)
                    accepted_.push_back(fd);
            }
        });
    }
    ~SilentServer()
    {
        stop_ = true;
        ::shutdown(listener_, SHUT_RDWR);
        ::close(listener_);
        thread_.join();
        for (const int fd : accepted_)
            ::close(fd);
    }
    INTERNET_PORT port() const { return port_; }

private:
    int listener_ = -1;
    INTERNET_PORT port_ = 0;
    std::atomic<bool> stop_{false};
    std::vector<int> accepted_;
    std::thread thread_;
};

int usage()
{
    std::fprintf(stderr, "usage: winhttp_parallel --count N --parallel P [--sessions S] URL | --hold N\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    int count = 1000, parallel = 50, sessions = 50, hold = 0;
    std::string url;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--count" && i + 1 < argc)
            count = std::atoi(argv[++i]);
        else if (argument == "--parallel" && i + 1 < argc)
            parallel = std::atoi(argv[++i]);
        else if (argument == "--sessions" && i + 1 < argc)
            sessions = std::atoi(argv[++i]);
        else if (argument == "--hold" && i + 1 < argc)
            hold = std::atoi(argv[++i]);
        else if (argument.rfind("http://", 0) == 0)
            url = argument;
        else
            return usage();
    }
    Run run;
    std::unique_ptr<SilentServer> silent;
    if (hold > 0) {
        silent = std::make_unique<SilentServer>();
        run.host = L"127.0.0.1";
        run.port = silent->port();
        run.path = L"/";
        run.hold = true;
        count = parallel = hold;
    } else {
        if (url.empty() || count <= 0 || parallel <= 0 || sessions <= 0)
            return usage();
        URL_COMPONENTS parts{};
        parts.dwStructSize = sizeof parts;
        parts.dwHostNameLength = parts.dwUrlPathLength = parts.dwExtraInfoLength = static_cast<DWORD>(-1);
        const std::wstring wide(url.begin(), url.end());
        if (!WinHttpCrackUrl(wide.c_str(), 0, 0, &parts))
            return usage();
        run.host.assign(parts.lpszHostName, parts.dwHostNameLength);
        run.port = parts.nPort;
        run.path.assign(parts.lpszUrlPath, parts.dwUrlPathLength + parts.dwExtraInfoLength);
    }
    run.total = count;
    for (int i = 0; i < (hold > 0 ? 1 : sessions); ++i)
        run.sessions.push_back(
            WinHttpOpen(L"winhttp_parallel", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, WINHTTP_FLAG_ASYNC));

    const long rss_before = status_field("VmRSS:");
    const long threads_before = status_field("Threads:");
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < parallel; ++i)
        start_next(run);
    if (hold > 0) {
        std::unique_lock lock(run.mutex);
        run.changed.wait_for(lock, std::chrono::seconds(60), [&] { return run.waiting >= hold; });
        const long rss = status_field("VmRSS:");
        std::printf("in flight %d; threads %ld (before %ld); RSS %ld KiB (before %ld KiB): %.1f KiB per request\n",
                    run.waiting, status_field("Threads:"), threads_before, rss, rss_before,
                    static_cast<double>(rss - rss_before) / hold);
        lock.unlock();
        silent.reset(); // the server closes: every parked request ends with an error
    }
    std::unique_lock lock(run.mutex);
    run.changed.wait_for(lock, std::chrono::seconds(120), [&] { return run.finished >= run.total; });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (hold == 0)
        std::printf("%d requests, %d in flight, %d failed, %.3f s, %.0f requests/s, threads %ld\n", run.finished,
                    parallel, run.failed, seconds, run.finished / seconds, status_field("Threads:"));
    const int failed = run.failed;
    lock.unlock();
    for (HINTERNET session : run.sessions)
        WinHttpCloseHandle(session);
    return hold == 0 && failed > 0 ? 1 : 0;
}
