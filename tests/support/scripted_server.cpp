#include "support/scripted_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace hs::test {
namespace {

thread_local ScriptedServer* current_server = nullptr;

std::size_t content_length_of(const std::string& head)
{
    std::size_t position = 0;
    while ((position = head.find('\n', position)) != std::string::npos) {
        ++position;
        static constexpr std::string_view name = "content-length:";
        if (head.size() - position < name.size())
            break;
        bool matches = true;
        for (std::size_t i = 0; i < name.size() && matches; ++i)
            matches = static_cast<char>(std::tolower(static_cast<unsigned char>(head[position + i]))) == name[i];
        if (matches)
            return static_cast<std::size_t>(std::strtoull(head.c_str() + position + name.size(), nullptr, 10));
    }
    return 0;
}

} // namespace

ScriptedConnection::ScriptedConnection(int fd)
    : fd_(fd)
{}

ScriptedConnection::~ScriptedConnection()
{
    close();
}

std::string ScriptedConnection::read_request(std::chrono::milliseconds timeout)
{
    std::string request;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t wanted = std::string::npos;
    char buffer[16384];
    while (fd_ >= 0) {
        if (wanted == std::string::npos) {
            if (const auto end = request.find("\r\n\r\n"); end != std::string::npos)
                wanted = end + 4 + content_length_of(request.substr(0, end + 2));
        }
        if (wanted != std::string::npos && request.size() >= wanted)
            break;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0)
            return {};
        pollfd waiting{fd_, POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left)) <= 0)
            return {};
        const auto received = ::recv(fd_, buffer, sizeof buffer, 0);
        if (received <= 0)
            return {};
        request.append(buffer, static_cast<std::size_t>(received));
    }
    if (current_server != nullptr)
        current_server->record_request(request);
    return request;
}

void ScriptedConnection::send(std::string_view bytes)
{
    std::size_t sent = 0;
    while (fd_ >= 0 && sent < bytes.size()) {
        const auto written = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (written <= 0)
            return; // the client went away; the test's assertions say whether that was expected
        sent += static_cast<std::size_t>(written);
    }
}

void ScriptedConnection::send_slowly(std::string_view bytes, std::chrono::milliseconds pause)
{
    for (const char byte : bytes) {
        send(std::string_view(&byte, 1));
        std::this_thread::sleep_for(pause);
    }
}

void ScriptedConnection::reset()
{
    if (fd_ < 0)
        return;
    linger abort_on_close{1, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
    close();
}

void ScriptedConnection::close()
{
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

bool ScriptedConnection::wait_for_client_close(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[4096];
    while (fd_ >= 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0)
            return false;
        pollfd waiting{fd_, POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left)) <= 0)
            return false;
        if (::recv(fd_, buffer, sizeof buffer, 0) <= 0)
            return true;
    }
    return true;
}

ScriptedServer::ScriptedServer(Script script)
    : script_(std::move(script))
{
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::pipe2(stop_pipe_, O_CLOEXEC) != 0)
        throw std::runtime_error("ScriptedServer: cannot listen on 127.0.0.1");
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

ScriptedServer::~ScriptedServer()
{
    const char stop = 1;
    [[maybe_unused]] const auto written = ::write(stop_pipe_[1], &stop, 1);
    thread_.join();
    ::close(listener_);
    ::close(stop_pipe_[0]);
    ::close(stop_pipe_[1]);
}

std::vector<std::string> ScriptedServer::requests() const
{
    std::lock_guard lock(mutex_);
    return requests_;
}

void ScriptedServer::record_request(std::string request)
{
    std::lock_guard lock(mutex_);
    requests_.push_back(std::move(request));
}

void ScriptedServer::serve()
{
    current_server = this;
    for (;;) {
        pollfd waiting[2] = {{listener_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(waiting, 2, -1) < 0)
            continue;
        if (waiting[1].revents != 0)
            return;
        const int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ScriptedConnection connection(fd);
        script_(connection, connections_.fetch_add(1));
    }
}

} // namespace hs::test
