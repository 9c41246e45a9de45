#pragma once

// Where the values of secret environment variables live (docs/environments.md): the system keyring through
// QtKeychain (Secret Service, KWallet), keyed by collection id + environment + variable; when no keyring
// service answers, a per-user 0600 file (SecretFile). Which one is in use is decided once, by a first read
// of a probe entry, and told through backendChanged() and backendDescription() (for the status bar).
//
// The asynchronous calls are for the GUI: they return at once and call `done` later on the store's thread.
// The blocking ones run a local event loop until the answer arrives: for the CLI and tests, never for the
// GUI thread. Use a store from the thread it lives on.
#include "collections/secret_file.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hinterscope {

struct SecretResult {
    QHash<QString, QString> values; // read: name → value
    QStringList missing;            // read: names with no stored value
    QString error;                  // empty on success

    bool ok() const { return error.isEmpty(); }
};

class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Undecided, Keyring, File };
    Q_ENUM(Backend)

    struct Options {
        QString fallbackFile = SecretFile::defaultPath();
        QString service = QStringLiteral("Hinterscope"); // the keyring's service name
        // Skip the keyring (also when the environment has HINTERSCOPE_SECRETS=file).
        bool fileOnly = false;
    };
    using Callback = std::function<void(const SecretResult&)>;

    explicit SecretStore(QObject* parent = nullptr);
    explicit SecretStore(Options options, QObject* parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return backend_; }
    // "Secrets: system keyring", "Secrets: ~/.local/share/…/secrets.json (no keyring service: …)".
    QString backendDescription() const;
    QString fallbackFilePath() const { return file_.path(); }

    // Starts deciding the backend now instead of at the first call (for an early status bar text).
    void probe();

    void read(const QString& collectionId, const QString& environment, const QStringList& names, Callback done);
    void write(const QString& collectionId, const QString& environment, const QHash<QString, QString>& values,
               Callback done);
    void remove(const QString& collectionId, const QString& environment, const QStringList& names, Callback done);
    // Moves the values of `names` to another environment's keys (an environment was renamed).
    void move(const QString& collectionId, const QString& from, const QString& to, const QStringList& names,
              Callback done);

    static constexpr int kBlockingTimeoutMs = 120000;
    SecretResult readBlocking(const QString& collectionId, const QString& environment, const QStringList& names,
                              int timeoutMs = kBlockingTimeoutMs);
    SecretResult writeBlocking(const QString& collectionId, const QString& environment,
                               const QHash<QString, QString>& values, int timeoutMs = kBlockingTimeoutMs);
    SecretResult removeBlocking(const QString& collectionId, const QString& environment, const QStringList& names,
                                int timeoutMs = kBlockingTimeoutMs);

signals:
    void backendChanged(hinterscope::SecretStore::Backend backend, const QString& description);

private:
    struct Operation;
    void whenDecided(std::function<void()> step);
    void decide(Backend backend, const QString& reason);
    void runKeyring(const std::shared_ptr<Operation>& operation);
    void runFile(const std::shared_ptr<Operation>& operation);
    void start(std::shared_ptr<Operation> operation);
    SecretResult wait(const std::function<void(Callback)>& call, int timeoutMs);
    QString keyFor(const QString& collectionId, const QString& environment, const QString& name) const;

    Options options_;
    SecretFile file_;
    Backend backend_ = Backend::Undecided;
    QString fallbackReason_;
    bool probing_ = false;
    QList<std::function<void()>> waiting_;
};

} // namespace hinterscope
