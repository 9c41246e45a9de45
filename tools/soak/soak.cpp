// Soak (issue 8): mixed requests (sync and async; Content-Length, gzip, redirects, TLS, POST, parallel
// batches) against a local nginx for a given time, printing RSS and open descriptors every interval, and
// failing when either grew beyond a tolerance after the warm-up. Built and run by tools/soak/run.
#include "core/handles/async_client.h"
#include "core/handles/winhttp_client.h"
#include "hinternet/extensions.h"
#include "support/nginx_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace std::chrono_literals;

namespace {

long rss_kib()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

long open_descriptors()
{
    long count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd"))
        ++count;
    return count;
}

double option(int argc, char** argv, const std::string& name, double fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == "--" + name)
            return std::atof(argv[i + 1]);
    return fallback;
}

struct Target {
    const wchar_t* verb;
    const wchar_t* path;
    bool tls;
    std::string body;
};

} // namespace

int main(int argc, char** argv)
{
    const double minutes = option(argc, argv, "minutes", 30);
    const double interval = option(argc, argv, "interval", 60);
    const int warmup_intervals = static_cast<int>(option(argc, argv, "warmup", 2));
    const long rss_tolerance_kib = static_cast<long>(option(argc, argv, "rss-tolerance-mib", 16) * 1024);
    const long fd_tolerance = static_cast<long>(option(argc, argv, "fd-tolerance", 4));

    hs::test::TempDir directory("hinterscope-soak");
    hs::test::TestPki pki(directory.path());
    hs::test::CertificateSpec spec;
    spec.dns_names = {"localhost"};
    const auto certificate = pki.issue("server", spec);
    hs::test::NginxOptions options;
    options.tls_certificate_chain = certificate.chain;
    options.tls_private_key = certificate.key;
    options.extra_server_directives = "gzip on; gzip_min_length 0; gzip_types text/plain;\n"
                                      "location = /redirect { return 302 /text.txt; }\n"
                                      "location = /post { return 200 \"posted\\n\"; }\n";
    hs::test::NginxServer nginx(options);
    std::string text;
    while (text.size() < 200 * 1024)
        text += "a line of text that compresses well enough for gzip\n";
    hs::test::write_file(nginx.document_root() / "text.txt", text);
    hs::test::write_file(nginx.document_root() / "small.txt", "small\n");
    hs::test::write_file(nginx.document_root() / "big.bin", std::string(1024 * 1024, 'b'));
    auto root = hs::test::widen(pki.root_certificate().string());

    const std::vector<Target> targets = {
        {L"GET", L"/small.txt", false, {}}, {L"GET", L"/big.bin", false, {}},  {L"GET", L"/text.txt", false, {}},
        {L"GET", L"/redirect", false, {}},  {L"GET", L"/text.txt", true, {}},  {L"POST", L"/post", false, "k=v"},
        {L"GET", L"/missing", false, {}},   {L"GET", L"/small.txt", true, {}},
    };
    auto configure = [&](HINTERNET request, const Target& target) {
        if (target.tls)
            WinHttpSetOption(request, HINTERNET_OPTION_CA_FILE, root.data(), static_cast<DWORD>(root.size()));
        DWORD flags = WINHTTP_DECOMPRESSION_FLAG_ALL;
        WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &flags, sizeof flags);
    };

    std::printf("soak: %.1f min, a sample every %.0f s, warm-up %d samples, tolerance %ld KiB RSS, %ld fds\n", minutes,
                interval, warmup_intervals, rss_tolerance_kib, fd_tolerance);
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(minutes * 60);
    auto next_sample = start + std::chrono::duration<double>(interval);
    long baseline_rss = -1;
    long baseline_fds = -1;
    long requests = 0;
    long failures = 0;
    int sample = 0;
    bool grew = false;
    for (unsigned round = 0; std::chrono::steady_clock::now() < end; ++round) {
        { // sync: a session per round, so sessions, pools and TLS contexts are made and freed again
            hs::test::Session session;
            for (const auto& target : targets) {
                hs::test::RequestSpec request;
                request.host = target.tls ? L"localhost" : L"127.0.0.1";
                request.port = target.tls ? nginx.https_port() : nginx.http_port();
                request.verb = target.verb;
                request.path = target.path;
                request.body = target.body;
                request.open_request_flags = target.tls ? WINHTTP_FLAG_SECURE : 0;
                request.configure = [&](HINTERNET, HINTERNET handle) { configure(handle, target); };
                const auto outcome = session.perform(request);
                ++requests;
                failures += outcome.first_error() != ERROR_SUCCESS ? 1 : 0;
            }
        }
        { // async: a parallel batch, every tenth one closed early
            // No hs::test::Session here: its recorder is destroyed before the async HANDLE_CLOSING
            // of the session arrives from a worker after the scope ended.
            struct AsyncSession {
                HINTERNET handle =
                    WinHttpOpen(L"soak", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, WINHTTP_FLAG_ASYNC);
                ~AsyncSession() { WinHttpCloseHandle(handle); }
            } session;
            std::vector<std::unique_ptr<hs::test::AsyncExchange>> batch;
            for (int i = 0; i < 16; ++i) {
                const auto& target = targets[(round + static_cast<unsigned>(i)) % targets.size()];
                hs::test::AsyncExchange::Spec spec;
                spec.host = target.tls ? L"localhost" : L"127.0.0.1";
                spec.port = target.tls ? nginx.https_port() : nginx.http_port();
                spec.verb = target.verb;
                spec.path = target.path;
                spec.flags = target.tls ? WINHTTP_FLAG_SECURE : 0;
                if (!target.body.empty())
                    spec.write_parts = {target.body};
                spec.configure = [&, target](HINTERNET handle) { configure(handle, target); };
                batch.push_back(std::make_unique<hs::test::AsyncExchange>(session.handle, spec));
                batch.back()->start();
                if (i % 10 == 9)
                    batch.back()->close();
            }
            for (auto& exchange : batch) {
                if (!exchange->wait(30s))
                    ++failures;
                ++requests;
            }
        }
        if (std::chrono::steady_clock::now() >= next_sample) {
            next_sample += std::chrono::duration<double>(interval);
            ++sample;
            const long rss = rss_kib();
            const long fds = open_descriptors();
            std::printf("t=%5.1f min  rss=%ld KiB  fds=%ld  requests=%ld  failed=%ld\n",
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 60, rss, fds,
                        requests, failures);
            std::fflush(stdout);
            if (sample == warmup_intervals) {
                baseline_rss = rss;
                baseline_fds = fds;
            } else if (sample > warmup_intervals &&
                       (rss > baseline_rss + rss_tolerance_kib || fds > baseline_fds + fd_tolerance)) {
                grew = true;
                std::printf("  grew beyond the tolerance since the warm-up (rss %ld KiB, fds %ld)\n", baseline_rss,
                            baseline_fds);
            }
        }
    }
    std::printf("soak: %ld requests, %ld without an answer or with an error (404s count as answers)\n", requests,
                failures);
    if (baseline_rss < 0)
        std::printf("soak: too short for a verdict (needs more than %d samples)\n", warmup_intervals);
    std::printf("soak: %s\n", grew ? "FAILED: RSS or descriptors grew" : "flat");
    return grew ? 1 : 0;
}
