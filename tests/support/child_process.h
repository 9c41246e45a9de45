#pragma once

#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace hs::test {

// A server started for a test. It runs in its own process group, dies with the test process even
// when the test crashes (PR_SET_PDEATHSIG), and is stopped by the pid we started, never by name.
class ChildProcess {
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Starts argv[0] (an absolute path) with stdout and stderr appended to log_file.
    void start(const std::vector<std::string>& argv, const std::filesystem::path& log_file,
               const std::vector<std::string>& extra_environment = {});
    bool running();
    // Sends stop_signal to the whole group, waits up to grace, then SIGKILLs what is left.
    void stop(int stop_signal = SIGTERM, std::chrono::milliseconds grace = std::chrono::seconds(5));
    pid_t pid() const { return pid_; }

private:
    pid_t pid_ = -1;
};

} // namespace hs::test
