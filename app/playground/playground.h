#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace hinterscope {

struct PlaygroundOptions {
    // Where the local CA and the server certificate are kept between runs (created when missing).
    QString dataDirectory;
    // 0 picks a free port.
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    quint16 brokenTlsPort = 0;
    // A loopback address: 127.0.0.0/8, ::1 or "localhost" (which means 127.0.0.1).
    QString host = QStringLiteral("127.0.0.1");
};

// A local httpbin-compatible server (docs/playground.md): one HTTP port, one HTTPS port whose certificate
// chains to a local CA, and one HTTPS port with a deliberately broken certificate (expired, wrong host).
// Requests are served on cpp-httplib's own threads; the methods here may be called from any one thread.
class Playground {
public:
    explicit Playground(PlaygroundOptions options);
    ~Playground(); // stops
    Playground(const Playground&) = delete;
    Playground& operator=(const Playground&) = delete;

    // Prepares the TLS material and returns once every listener accepts connections. On failure nothing is
    // left listening and *error (when given) says why. Calling it while running changes nothing.
    bool start(QString* error = nullptr);
    // Stops listening, ends running requests (sleeps and streams end early) and joins every thread.
    void stop();
    bool isRunning() const;

    quint16 httpPort() const;
    quint16 httpsPort() const;
    quint16 brokenTlsPort() const;
    // Full URLs for a path such as "/get?x=1"; a missing leading '/' is added.
    QString httpUrl(const QString& path = QStringLiteral("/")) const;
    QString httpsUrl(const QString& path = QStringLiteral("/")) const;
    QString brokenTlsUrl(const QString& path = QStringLiteral("/")) const;

    // The PEM file of the local CA that signs both HTTPS certificates, and its SHA-256 fingerprint as
    // colon-separated upper-case hex. Empty until start() succeeded once.
    QString caCertificatePath() const;
    QString caFingerprintSha256() const;

    // Values for a collection's {{placeholders}}: playground, playground_https, playground_broken (base URLs
    // without a trailing slash, so "{{playground}}/get" is right) and playground_ca (the CA file).
    QHash<QString, QString> variables() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace hinterscope
