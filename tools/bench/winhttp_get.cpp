// winhttp_get: downloads a URL with hinternet through the WinHTTP C API alone, synchronously, the way a
// Windows program would, so tools/bench/run can hold it against curl.
//
//   winhttp_get [--cacert FILE] [--repeat N] [--buffer BYTES] URL
//
// Prints one line of key=value pairs. With --repeat N it makes N sequential GETs over one session (the
// connection is kept alive) and adds per-request latency percentiles and the number of requests slower
// than 40 ms: a Nagle/delayed-ACK stall costs about 40 ms on Linux, so that count is its signature.
#include <hinternet/extensions.h>
#include <windows.h>
#include <winhttp.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <clocale>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr DWORD default_buffer_bytes = 64 * 1024;
constexpr double stall_threshold_ms = 40.0;

struct Arguments {
    std::wstring url;
    std::wstring ca_file;
    unsigned long repeat = 1;
    DWORD buffer_bytes = default_buffer_bytes;
};

struct Target {
    std::wstring host;
    INTERNET_PORT port = 0;
    std::wstring path_and_query;
    bool secure = false;
};

struct Totals {
    std::uint64_t bytes = 0;
    std::uint64_t checksum = 0;
};

// Closes a handle on every path out of a scope.
class Handle {
public:
    explicit Handle(HINTERNET handle)
        : handle_(handle)
    {}
    ~Handle()
    {
        if (handle_ != nullptr)
            WinHttpCloseHandle(handle_);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    HINTERNET get() const { return handle_; }
    explicit operator bool() const { return handle_ != nullptr; }

private:
    HINTERNET handle_;
};

int usage()
{
    std::fputs("usage: winhttp_get [--cacert FILE] [--repeat N] [--buffer BYTES] URL\n", stderr);
    return 2;
}

bool fail(const char* call)
{
    std::fprintf(stderr, "winhttp_get: %s failed: error %lu\n", call, static_cast<unsigned long>(GetLastError()));
    return false;
}

int exit_failure(const char* call)
{
    fail(call);
    return 1;
}

// Command-line text is in the locale's multibyte encoding (UTF-8 here); WinHTTP wants wide strings.
std::optional<std::wstring> widen(const char* text)
{
    std::mbstate_t state{};
    const char* source = text;
    const std::size_t length = std::mbsrtowcs(nullptr, &source, 0, &state);
    if (length == static_cast<std::size_t>(-1))
        return std::nullopt;
    std::wstring wide(length, L'\0');
    source = text;
    state = {};
    std::mbsrtowcs(wide.data(), &source, length, &state);
    return wide;
}

template <typename Number>
std::optional<Number> parse_positive(std::string_view text, Number limit)
{
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0 || value > limit)
        return std::nullopt;
    return value;
}

std::optional<Arguments> parse_arguments(int argc, char** argv)
{
    Arguments arguments;
    for (int index = 1; index < argc; ++index) {
        const std::string_view argument = argv[index];
        const bool has_value = index + 1 < argc;
        if (argument == "--cacert" && has_value) {
            auto path = widen(argv[++index]);
            if (!path)
                return std::nullopt;
            arguments.ca_file = *path;
        } else if (argument == "--repeat" && has_value) {
            auto repeat = parse_positive<unsigned long>(argv[++index], 100'000'000UL);
            if (!repeat)
                return std::nullopt;
            arguments.repeat = *repeat;
        } else if (argument == "--buffer" && has_value) {
            auto bytes = parse_positive<DWORD>(argv[++index], 64U * 1024 * 1024);
            if (!bytes)
                return std::nullopt;
            arguments.buffer_bytes = *bytes;
        } else if (argument.starts_with("--") || !arguments.url.empty()) {
            return std::nullopt;
        } else {
            auto url = widen(argv[index]);
            if (!url || url->empty())
                return std::nullopt;
            arguments.url = *url;
        }
    }
    if (arguments.url.empty())
        return std::nullopt;
    return arguments;
}

std::optional<Target> crack(const std::wstring& url)
{
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    // Non-zero lengths with null buffers ask for pointers into `url` rather than copies.
    parts.dwHostNameLength = static_cast<DWORD>(-1);
    parts.dwUrlPathLength = static_cast<DWORD>(-1);
    parts.dwExtraInfoLength = static_cast<DWORD>(-1);
    if (!WinHttpCrackUrl(url.c_str(), static_cast<DWORD>(url.size()), 0, &parts)) {
        fail("WinHttpCrackUrl");
        return std::nullopt;
    }
    Target target;
    target.host.assign(parts.lpszHostName, parts.dwHostNameLength);
    target.port = parts.nPort;
    target.secure = parts.nScheme == INTERNET_SCHEME_HTTPS;
    if (parts.dwUrlPathLength > 0)
        target.path_and_query.assign(parts.lpszUrlPath, parts.dwUrlPathLength);
    if (parts.dwExtraInfoLength > 0)
        target.path_and_query.append(parts.lpszExtraInfo, parts.dwExtraInfoLength);
    if (target.path_and_query.empty())
        target.path_and_query = L"/";
    return target;
}

// One GET on `connection`; the body is counted and folded into a checksum, then dropped.
bool get_once(HINTERNET connection, const Target& target, std::vector<char>& buffer, Totals& totals)
{
    Handle request(WinHttpOpenRequest(connection, L"GET", target.path_and_query.c_str(), nullptr, WINHTTP_NO_REFERER,
                                      WINHTTP_DEFAULT_ACCEPT_TYPES, target.secure ? WINHTTP_FLAG_SECURE : 0));
    if (!request)
        return fail("WinHttpOpenRequest");
    if (!WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        return fail("WinHttpSendRequest");
    if (!WinHttpReceiveResponse(request.get(), nullptr))
        return fail("WinHttpReceiveResponse");

    DWORD status = 0;
    DWORD status_size = sizeof status;
    if (!WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                             WINHTTP_HEADER_NAME_BY_INDEX, &status, &status_size, WINHTTP_NO_HEADER_INDEX))
        return fail("WinHttpQueryHeaders(WINHTTP_QUERY_STATUS_CODE)");
    if (status != 200) {
        std::fprintf(stderr, "winhttp_get: HTTP status %lu\n", static_cast<unsigned long>(status));
        return false;
    }

    for (;;) {
        DWORD read = 0;
        if (!WinHttpReadData(request.get(), buffer.data(), static_cast<DWORD>(buffer.size()), &read))
            return fail("WinHttpReadData");
        if (read == 0)
            return true;
        totals.bytes += read;
        // Touches each chunk's ends: enough that the reads cannot be optimised away, too little to cost.
        totals.checksum = totals.checksum * 31 + static_cast<unsigned char>(buffer[0]) +
                          (static_cast<std::uint64_t>(static_cast<unsigned char>(buffer[read - 1])) << 8) + read;
    }
}

double percentile(const std::vector<double>& sorted, double fraction)
{
    // Nearest rank: the smallest sample with at least `fraction` of all samples at or below it.
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size()) + 0.999999);
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

int run(const Arguments& arguments)
{
    const auto target = crack(arguments.url);
    if (!target)
        return 1;

    Handle session(WinHttpOpen(L"hinterscope-bench/1.0", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    if (!session)
        return exit_failure("WinHttpOpen");
    if (!arguments.ca_file.empty() &&
        !WinHttpSetOption(session.get(), HINTERNET_OPTION_CA_FILE, const_cast<wchar_t*>(arguments.ca_file.c_str()),
                          static_cast<DWORD>(arguments.ca_file.size())))
        return exit_failure("WinHttpSetOption(HINTERNET_OPTION_CA_FILE)");
    Handle connection(WinHttpConnect(session.get(), target->host.c_str(), target->port, 0));
    if (!connection)
        return exit_failure("WinHttpConnect");

    std::vector<char> buffer(arguments.buffer_bytes);
    std::vector<double> latencies_ms;
    latencies_ms.reserve(arguments.repeat);
    Totals totals;
    const auto started = std::chrono::steady_clock::now();
    for (unsigned long index = 0; index < arguments.repeat; ++index) {
        const auto request_started = std::chrono::steady_clock::now();
        if (!get_once(connection.get(), *target, buffer, totals)) {
            std::fprintf(stderr, "winhttp_get: request %lu of %lu failed\n", index + 1, arguments.repeat);
            return 1;
        }
        latencies_ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_started).count());
    }
    const double total_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::sort(latencies_ms.begin(), latencies_ms.end());
    const auto stalls = std::count_if(latencies_ms.begin(), latencies_ms.end(),
                                      [](double latency) { return latency > stall_threshold_ms; });
    std::printf("requests=%lu bytes=%llu checksum=%016llx seconds=%.6f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f "
                "max_ms=%.3f over_40ms=%ld\n",
                arguments.repeat, static_cast<unsigned long long>(totals.bytes),
                static_cast<unsigned long long>(totals.checksum), total_seconds, percentile(latencies_ms, 0.50),
                percentile(latencies_ms, 0.90), percentile(latencies_ms, 0.99), latencies_ms.back(),
                static_cast<long>(stalls));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::setlocale(LC_CTYPE, "");
    const auto arguments = parse_arguments(argc, argv);
    if (!arguments)
        return usage();
    return run(*arguments);
}
