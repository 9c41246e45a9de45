// bench_measure: runs a command and reports what /usr/bin/time -f "%e %U %S %M" would, which the Debian 13
// root lacks: wall seconds, user and system CPU seconds and peak RSS in KiB, from wait4's rusage.
//
//   bench_measure [--timeout SECONDS] [--output FILE] -- COMMAND [ARGS...]
//
// The numbers go to FILE (default: stderr) as one line, so the command's own stdout stays untouched.
// The child is started with posix_spawn (vfork semantics), so its peak RSS is its own, never a copy of
// ours. A child still running after the timeout is killed, and we exit 124 as timeout(1) does.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string_view>

extern char** environ;

namespace {

volatile sig_atomic_t child_pid = 0;
volatile sig_atomic_t timed_out = 0;

void on_alarm(int)
{
    timed_out = 1;
    if (child_pid > 0)
        kill(child_pid, SIGKILL);
}

double seconds(const timeval& time)
{
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

int usage()
{
    std::fputs("usage: bench_measure [--timeout SECONDS] [--output FILE] -- COMMAND [ARGS...]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    unsigned timeout_seconds = 600;
    const char* output_path = nullptr;
    int index = 1;
    for (; index < argc; ++index) {
        const std::string_view argument = argv[index];
        if (argument == "--") {
            ++index;
            break;
        }
        if (index + 1 >= argc)
            return usage();
        if (argument == "--timeout") {
            const std::string_view value = argv[++index];
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), timeout_seconds);
            if (error != std::errc() || end != value.data() + value.size() || timeout_seconds == 0)
                return usage();
        } else if (argument == "--output") {
            output_path = argv[++index];
        } else {
            return usage();
        }
    }
    if (index >= argc)
        return usage();

    struct sigaction action{};
    action.sa_handler = on_alarm;
    sigemptyset(&action.sa_mask);
    sigaction(SIGALRM, &action, nullptr);

    const auto started = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawn_error = posix_spawnp(&pid, argv[index], nullptr, nullptr, argv + index, environ);
    if (spawn_error != 0) {
        std::fprintf(stderr, "bench_measure: cannot start %s: %s\n", argv[index], std::strerror(spawn_error));
        return 127;
    }
    child_pid = pid;
    alarm(timeout_seconds);

    int status = 0;
    rusage usage_of_child{};
    while (wait4(pid, &status, 0, &usage_of_child) < 0) {
        if (errno != EINTR) {
            std::perror("bench_measure: wait4");
            return 125;
        }
    }
    alarm(0);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::FILE* output = output_path != nullptr ? std::fopen(output_path, "w") : stderr;
    if (output == nullptr) {
        std::fprintf(stderr, "bench_measure: cannot write %s: %s\n", output_path, std::strerror(errno));
        return 125;
    }
    std::fprintf(output, "%.3f %.3f %.3f %ld\n", wall, seconds(usage_of_child.ru_utime),
                 seconds(usage_of_child.ru_stime), usage_of_child.ru_maxrss);
    if (output != stderr)
        std::fclose(output);

    if (timed_out) {
        std::fprintf(stderr, "bench_measure: %s did not finish within %u s\n", argv[index], timeout_seconds);
        return 124;
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
