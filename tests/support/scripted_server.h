#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace hs::test {

// One accepted connection of a ScriptedServer, driven by the test's script.
class ScriptedConnection {
public:
    explicit ScriptedConnection(int fd);
    ~ScriptedConnection();
    ScriptedConnection(const ScriptedConnection&) = delete;
    ScriptedConnection& operator=(const ScriptedConnection&) = delete;

    // Reads one request: the head up to the blank line and a Content-Length body. Empty when the peer
    // closed first or the timeout passed.
    std::string read_request(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void send(std::string_view bytes);
    // Sends one byte at a time with a pause between bytes (a trickling server).
    void send_slowly(std::string_view bytes, std::chrono::milliseconds pause);
    // Closes with RST instead of FIN (SO_LINGER 0).
    void reset();
    void close();
    // Waits until the client closes its side (or the timeout passes).
    bool wait_for_client_close(std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    int fd_;
};

// A TCP server on 127.0.0.1 that runs a script per accepted connection, for byte-exact misbehaviour
// that no real server produces. Connections are handled one after another on one thread, in order.
class ScriptedServer {
public:
    using Script = std::function<void(ScriptedConnection&, int connection_index)>;
    explicit ScriptedServer(Script script);
    ~ScriptedServer();
    ScriptedServer(const ScriptedServer&) = delete;
    ScriptedServer& operator=(const ScriptedServer&) = delete;

    std::uint16_t port() const { return port_; }
    int connections() const { return connections_.load(); }
    std::vector<std::string> requests() const; // every request read_request() returned, in order
    void record_request(std::string request);

private:
    void serve();

    Script script_;
    int listener_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::uint16_t port_ = 0;
    std::atomic<int> connections_{0};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

} // namespace hs::test
