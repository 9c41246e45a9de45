#include "support/child_process.h"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>

extern char** environ;

namespace hs::test {

ChildProcess::~ChildProcess()
{
    stop();
}

void ChildProcess::start(const std::vector<std::string>& argv, const std::filesystem::path& log_file,
                         const std::vector<std::string>& extra_environment)
{
    if (pid_ > 0)
        throw std::logic_error("ChildProcess already started");
    // Everything the child needs is prepared before fork: only async-signal-safe calls after it.
    std::vector<char*> arguments;
    for (const auto& argument : argv)
        arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    std::vector<std::string> environment_strings(extra_environment);
    for (char** variable = environ; *variable != nullptr; ++variable)
        environment_strings.emplace_back(*variable);
    std::vector<char*> environment;
    for (auto& variable : environment_strings)
        environment.push_back(variable.data());
    environment.push_back(nullptr);
    const std::string log_path = log_file.string();
    const pid_t parent = ::getpid();

    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error("fork failed");
    if (child == 0) {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        const int null_input = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (log >= 0) {
            ::dup2(log, STDOUT_FILENO);
            ::dup2(log, STDERR_FILENO);
        }
        if (null_input >= 0)
            ::dup2(null_input, STDIN_FILENO);
        ::execve(arguments[0], arguments.data(), environment.data());
        ::_exit(127);
    }
    ::setpgid(child, child); // also here, so the group exists before stop() could race the child
    pid_ = child;
}

bool ChildProcess::running()
{
    if (pid_ <= 0)
        return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
    }
    return true;
}

void ChildProcess::stop(int stop_signal, std::chrono::milliseconds grace)
{
    if (pid_ <= 0)
        return;
    ::kill(-pid_, stop_signal);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            ::kill(-pid_, SIGKILL); // leftovers of the group, such as workers
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
}

} // namespace hs::test
