#include "playground.h"

#include "bounds.h"
#include "context.h"
#include "httplib_config.h"
#include "log.h"
#include "router.h"
#include "routes.h"
#include "tls_material.h"

#include <openssl/rand.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <thread>

namespace hinterscope {

namespace {

using namespace playground;

// cpp-httplib serves a keep-alive connection on one pool thread for its whole life, so the pool bounds how
// many connections are served at once; idle ones give their thread back after the keep-alive timeout. The
// broken-certificate port only ever sees handshakes that fail, unless a client waives the errors.
constexpr std::size_t workerThreads = 24;
constexpr std::size_t brokenTlsWorkerThreads = 4;
constexpr time_t keepAliveSeconds = 5;
// A client that stops reading ends its stream after this long; it also bounds how long stop() can take.
constexpr time_t readWriteTimeoutSeconds = 5;

// cpp-httplib listens with a compiled-in backlog of 5: a burst of parallel connections would wait for SYN
// retransmissions. Listening again on the bound socket widens it.
template <class Base>
class WideBacklog final : public Base {
public:
    using Base::Base;
    void widenBacklog() { ::listen(this->svr_sock_.load(), SOMAXCONN); }
};
using HttpServer = WideBacklog<httplib::Server>;
using HttpsServer = WideBacklog<httplib::SSLServer>;

struct Listener {
    const char* role;
    std::size_t threads;
    std::unique_ptr<httplib::Server> server;
    std::function<void()> widenBacklog;
    std::thread thread;
    std::atomic<bool> finished{false};
    quint16 port = 0;
};

// The address to bind, when host is a loopback address ("localhost" counts as 127.0.0.1).
std::optional<std::string> loopbackAddress(const QString& host)
{
    QString text = host.trimmed();
    if (text.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return "127.0.0.1";
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    const std::string address = text.toStdString();
    in_addr v4{};
    if (inet_pton(AF_INET, address.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127 ? std::optional(address) : std::nullopt;
    in6_addr v6{};
    if (inet_pton(AF_INET6, address.c_str(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6) ? std::optional(address) : std::nullopt;
    return std::nullopt;
}

bool useCredential(SSL_CTX& context, const Credential& credential, X509* authority)
{
    SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
    SSL_CTX_set_options(&context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    // The chain includes the CA, so a client that trusts it by fingerprint or by file sees the whole path.
    return SSL_CTX_use_certificate(&context, credential.certificate.get()) == 1 &&
           SSL_CTX_use_PrivateKey(&context, credential.key.get()) == 1 &&
           SSL_CTX_add1_chain_cert(&context, authority) == 1 && SSL_CTX_check_private_key(&context) == 1;
}

void configure(httplib::Server& server, std::size_t threads, Context& context)
{
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // Only SO_REUSEADDR: cpp-httplib's default adds SO_REUSEPORT, which would let a second playground bind the
    // same chosen port and silently share its connections.
    server.set_socket_options([](socket_t socket) {
        const int on = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    });
    server.set_tcp_nodelay(true);
    server.set_keep_alive_timeout(keepAliveSeconds);
    server.set_read_timeout(readWriteTimeoutSeconds);
    server.set_write_timeout(readWriteTimeoutSeconds);
    server.set_payload_max_length(limits::requestBody);
    installCommonBehaviour(server);
    Router router(server);
    addInspectionRoutes(router, context);
    addStatusRoutes(router, context);
    addRedirectRoutes(router, context);
    addCookieRoutes(router, context);
    addAuthRoutes(router, context);
    addFormatRoutes(router, context);
    addStreamRoutes(router, context);
    router.finish();
}

QString urlFor(const char* scheme, const std::string& host, quint16 port, const QString& path)
{
    const QString slash = path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/");
    return QStringLiteral("%1://%2:%3%4%5")
        .arg(QLatin1String(scheme), QString::fromStdString(host), QString::number(port), slash, path);
}

} // namespace

struct Playground::Impl {
    PlaygroundOptions options;
    Context context;
    std::vector<std::unique_ptr<Listener>> listeners; // HTTP, HTTPS, broken TLS
    bool running = false;
    QString caPath;
    QString caFingerprint;
    mutable std::mutex mutex;

    bool startLocked(QString* error);
    bool listen(Listener& listener, const std::string& address, quint16 requestedPort, QString* error);
    void stopLocked();
};

bool Playground::Impl::listen(Listener& listener, const std::string& address, quint16 requestedPort, QString* error)
{
    httplib::Server& server = *listener.server;
    errno = 0;
    const int port = requestedPort == 0 ? server.bind_to_any_port(address)
                                        : (server.bind_to_port(address, requestedPort) ? requestedPort : -1);
    if (port <= 0) {
        const int cause = errno;
        *error = QStringLiteral("cannot listen for %1 on %2 port %3%4")
                     .arg(QLatin1String(listener.role), QString::fromStdString(address), QString::number(requestedPort),
                          cause != 0 ? QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(cause)) : QString());
        return false;
    }
    listener.port = static_cast<quint16>(port);
    listener.widenBacklog();
    listener.thread = std::thread([&listener] {
        listener.server->listen_after_bind();
        listener.finished = true;
    });
    // The socket already accepts connections (bind_to_port listens); wait for the accept loop as well.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!server.is_running() && !listener.finished && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!server.is_running()) {
        *error = QStringLiteral("the %1 listener did not start").arg(QLatin1String(listener.role));
        return false;
    }
    return true;
}

bool Playground::Impl::startLocked(QString* error)
{
    const auto address = loopbackAddress(options.host);
    if (!address) {
        *error = QStringLiteral("the playground listens on loopback only; \"%1\" is not a loopback address")
                     .arg(options.host);
        return false;
    }
    auto tls = prepareTlsMaterial(options.dataDirectory, error);
    if (!tls)
        return false;
    if (RAND_bytes(context.nonceKey.data(), static_cast<int>(context.nonceKey.size())) != 1) {
        *error = QStringLiteral("no random bytes for the Digest nonce key");
        return false;
    }
    context.urlHost = address->find(':') != std::string::npos ? "[" + *address + "]" : *address;
    context.stop.reset();

    auto makeListener = [&]<class Server>(const char* role, std::size_t threads, std::unique_ptr<Server> server) {
        auto listener = std::make_unique<Listener>();
        listener->role = role;
        listener->threads = threads;
        listener->widenBacklog = [raw = server.get()] { raw->widenBacklog(); };
        listener->server = std::move(server);
        return listener;
    };
    // The TLS contexts take their own references to certificates and keys, so the material may go away when
    // this function returns.
    X509* authority = tls->authority.certificate.get();
    listeners.push_back(makeListener("HTTP", workerThreads, std::make_unique<HttpServer>()));
    listeners.push_back(makeListener("HTTPS", workerThreads, std::make_unique<HttpsServer>([&](SSL_CTX& ssl) {
                                         return useCredential(ssl, tls->server, authority);
                                     })));
    listeners.push_back(makeListener(
        "broken TLS", brokenTlsWorkerThreads,
        std::make_unique<HttpsServer>([&](SSL_CTX& ssl) { return useCredential(ssl, tls->broken, authority); })));
    const quint16 requested[] = {options.httpPort, options.httpsPort, options.brokenTlsPort};
    std::atomic<quint16>* ports[] = {&context.httpPort, &context.httpsPort, &context.brokenTlsPort};
    for (std::size_t i = 0; i < listeners.size(); ++i) {
        auto& listener = *listeners[i];
        if (!listener.server->is_valid()) {
            *error = QStringLiteral("cannot set up TLS for the %1 listener").arg(QLatin1String(listener.role));
            stopLocked();
            return false;
        }
        configure(*listener.server, listener.threads, context);
        if (!listen(listener, *address, requested[i], error)) {
            stopLocked();
            return false;
        }
        *ports[i] = listener.port;
    }
    caPath = tls->authorityPath;
    caFingerprint = tls->authorityFingerprint;
    running = true;
    qCInfo(lcPlayground).noquote() << "playground on" << QString::fromStdString(context.urlHost) << "HTTP"
                                   << context.httpPort.load() << "HTTPS" << context.httpsPort.load() << "broken TLS"
                                   << context.brokenTlsPort.load();
    return true;
}

void Playground::Impl::stopLocked()
{
    context.stop.raise();
    for (auto& listener : listeners) {
        if (!listener->thread.joinable())
            continue;
        // Stop exactly once, and only a running accept loop: cpp-httplib's stop() ignores a server that has
        // not started yet, which would leave the thread listening.
        while (!listener->server->is_running() && !listener->finished)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (!listener->finished)
            listener->server->stop();
        listener->thread.join();
    }
    listeners.clear();
    context.httpPort = 0;
    context.httpsPort = 0;
    context.brokenTlsPort = 0;
    running = false;
}

Playground::Playground(PlaygroundOptions options)
    : impl_(std::make_unique<Impl>())
{
    impl_->options = std::move(options);
}

Playground::~Playground()
{
    stop();
}

bool Playground::start(QString* error)
{
    std::lock_guard lock(impl_->mutex);
    if (impl_->running)
        return true;
    QString message;
    const bool started = impl_->startLocked(&message);
    if (!started) {
        qCWarning(lcPlayground).noquote() << "playground not started:" << message;
        if (error != nullptr)
            *error = message;
    }
    return started;
}

void Playground::stop()
{
    std::lock_guard lock(impl_->mutex);
    if (impl_->running)
        impl_->stopLocked();
}

bool Playground::isRunning() const
{
    std::lock_guard lock(impl_->mutex);
    return impl_->running;
}

quint16 Playground::httpPort() const
{
    return impl_->context.httpPort;
}

quint16 Playground::httpsPort() const
{
    return impl_->context.httpsPort;
}

quint16 Playground::brokenTlsPort() const
{
    return impl_->context.brokenTlsPort;
}

QString Playground::httpUrl(const QString& path) const
{
    return urlFor("http", impl_->context.urlHost, httpPort(), path);
}

QString Playground::httpsUrl(const QString& path) const
{
    return urlFor("https", impl_->context.urlHost, httpsPort(), path);
}

QString Playground::brokenTlsUrl(const QString& path) const
{
    return urlFor("https", impl_->context.urlHost, brokenTlsPort(), path);
}

QString Playground::caCertificatePath() const
{
    std::lock_guard lock(impl_->mutex);
    return impl_->caPath;
}

QHash<QString, QString> Playground::variables() const
{
    return {
        {QStringLiteral("playground"), httpUrl(QString()).chopped(1)},
        {QStringLiteral("playground_https"), httpsUrl(QString()).chopped(1)},
        {QStringLiteral("playground_broken"), brokenTlsUrl(QString()).chopped(1)},
        {QStringLiteral("playground_ca"), caCertificatePath()},
    };
}

QString Playground::caFingerprintSha256() const
{
    std::lock_guard lock(impl_->mutex);
    return impl_->caFingerprint;
}

} // namespace hinterscope
