#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct ssl_st;
struct ssl_ctx_st;

namespace hs::test {

// One accepted connection of a ScriptedServer, driven by the test's script.
class ScriptedConnection {
public:
    explicit ScriptedConnection(int fd, ssl_st* tls = nullptr); // takes ownership of both
    ~ScriptedConnection();
    ScriptedConnection(const ScriptedConnection&) = delete;
    ScriptedConnection& operator=(const ScriptedConnection&) = delete;

    // Reads one request: the head up to the blank line and a Content-Length body. Empty when the peer
    // closed first or the timeout passed.
    std::string read_request(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // False when the client went away before everything was written.
    bool send(std::string_view bytes);
    // Sends one byte at a time with a pause between bytes (a trickling server); stops early, returning
    // false, once the client has gone, so a trickle never outlives its test by much.
    bool send_slowly(std::string_view bytes, std::chrono::milliseconds pause);
    // Closes with RST instead of FIN (SO_LINGER 0).
    void reset();
    void close();
    // Waits until the client closes its side (or the timeout passes).
    bool wait_for_client_close(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The same without reading anything, so what the client sends piles up unread (a server that
    // never reads: the client's writes block once the socket buffers are full).
    bool wait_for_hangup_without_reading(std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    long receive_some(char* buffer, std::size_t size, int timeout_ms);

    int fd_;
    ssl_st* tls_;
};

// Makes a ScriptedServer speak TLS with this certificate (e.g. one issued by TestPki).
struct ScriptedTls {
    std::filesystem::path certificate_chain; // PEM
    std::filesystem::path private_key;       // PEM
};

// A TCP server on 127.0.0.1 that runs a script per accepted connection, for byte-exact misbehaviour
// that no real server produces. Connections are handled one after another on one thread, in order.
class ScriptedServer {
public:
    using Script = std::function<void(ScriptedConnection&, int connection_index)>;
    explicit ScriptedServer(Script script, const std::optional<ScriptedTls>& tls = std::nullopt);
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
    ssl_ctx_st* tls_context_ = nullptr;
    int listener_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::uint16_t port_ = 0;
    std::atomic<int> connections_{0};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

} // namespace hs::test
