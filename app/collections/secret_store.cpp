#include "collections/secret_store.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <optional>

namespace hinterscope {
namespace {

const QString kProbeKey = QStringLiteral("hinterscope-keyring-probe");

bool fileOnlyByEnvironment()
{
    return qEnvironmentVariable("HINTERSCOPE_SECRETS").compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
}

} // namespace

struct SecretStore::Operation {
    enum class Kind { Read, Write, Remove } kind = Kind::Read;
    QString collectionId;
    QString environment;
    QStringList names;
    QHash<QString, QString> values;
    Callback done;
    SecretResult result;
    int pending = 0;
};

SecretStore::SecretStore(QObject* parent)
    : SecretStore(Options{}, parent)
{}

SecretStore::SecretStore(Options options, QObject* parent)
    : QObject(parent)
    , options_(std::move(options))
    , file_(options_.fallbackFile)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::backendDescription() const
{
    switch (backend_) {
    case Backend::Undecided:
        return tr("Secrets: asking the system keyring…");
    case Backend::Keyring:
        return tr("Secrets: system keyring");
    case Backend::File:
        return tr("Secrets: %1 (mode 0600; %2)").arg(file_.path(), fallbackReason_);
    }
    return {};
}

void SecretStore::probe()
{
    if (backend_ != Backend::Undecided || probing_)
        return;
    probing_ = true;
    if (options_.fileOnly || fileOnlyByEnvironment()) {
        const QString reason = options_.fileOnly ? tr("the keyring is switched off") : tr("HINTERSCOPE_SECRETS=file");
        QMetaObject::invokeMethod(this, [this, reason] { decide(Backend::File, reason); }, Qt::QueuedConnection);
        return;
    }
    // Every keyring QtKeychain knows on Linux is reached over the session bus: without one, do not ask it.
    if (!QDBusConnection::sessionBus().isConnected()) {
        const QString why = QDBusConnection::sessionBus().lastError().message();
        const QString reason = why.isEmpty() ? tr("no keyring service: no D-Bus session bus")
                                             : tr("no keyring service: no D-Bus session bus (%1)").arg(why);
        QMetaObject::invokeMethod(this, [this, reason] { decide(Backend::File, reason); }, Qt::QueuedConnection);
        return;
    }
    // A read of an entry that need not exist: an answer, even "not found", means a keyring service runs.
    auto* job = new QKeychain::ReadPasswordJob(options_.service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            decide(Backend::Keyring, QString());
        else if (error == QKeychain::AccessDenied)
            decide(Backend::Keyring, QString()); // it runs but is locked: each call reports that, no fallback
        else
            decide(Backend::File,
                   tr("no keyring service: %1")
                       .arg(finished->errorString().isEmpty() ? tr("no answer") : finished->errorString()));
    });
    job->start();
}

void SecretStore::decide(Backend backend, const QString& reason)
{
    backend_ = backend;
    fallbackReason_ = reason;
    probing_ = false;
    emit backendChanged(backend_, backendDescription());
    const auto steps = std::exchange(waiting_, {});
    for (const auto& step : steps)
        step();
}

void SecretStore::whenDecided(std::function<void()> step)
{
    if (backend_ != Backend::Undecided) {
        // Never from inside the caller's call: answers always come later, whatever the backend.
        QMetaObject::invokeMethod(this, std::move(step), Qt::QueuedConnection);
        return;
    }
    waiting_.append(std::move(step));
    probe();
}

QString SecretStore::keyFor(const QString& collectionId, const QString& environment, const QString& name) const
{
    // An environment's name has no '/', a collection id is a UUID: the key splits back unambiguously.
    return collectionId + QLatin1Char('/') + environment + QLatin1Char('/') + name;
}

void SecretStore::start(std::shared_ptr<Operation> operation)
{
    if (operation->collectionId.isEmpty()) {
        operation->result.error = tr("the collection has no id to keep secrets under");
        QMetaObject::invokeMethod(this, [operation] { operation->done(operation->result); }, Qt::QueuedConnection);
        return;
    }
    whenDecided([this, operation] {
        if (backend_ == Backend::File)
            runFile(operation);
        else
            runKeyring(operation);
    });
}

void SecretStore::runFile(const std::shared_ptr<Operation>& operation)
{
    auto& result = operation->result;
    switch (operation->kind) {
    case Operation::Kind::Read:
        file_.read(operation->collectionId, operation->environment, operation->names, &result.values, &result.missing,
                   &result.error);
        break;
    case Operation::Kind::Write:
        file_.write(operation->collectionId, operation->environment, operation->values, &result.error);
        break;
    case Operation::Kind::Remove:
        file_.remove(operation->collectionId, operation->environment, operation->names, &result.error);
        break;
    }
    operation->done(result);
}

void SecretStore::runKeyring(const std::shared_ptr<Operation>& operation)
{
    const QStringList names = operation->kind == Operation::Kind::Write ? operation->values.keys() : operation->names;
    if (names.isEmpty()) {
        operation->done(operation->result);
        return;
    }
    operation->pending = int(names.size());
    for (const QString& name : names) {
        QKeychain::Job* job = nullptr;
        switch (operation->kind) {
        case Operation::Kind::Read:
            job = new QKeychain::ReadPasswordJob(options_.service, this);
            break;
        case Operation::Kind::Write: {
            auto* write = new QKeychain::WritePasswordJob(options_.service, this);
            write->setTextData(operation->values.value(name));
            job = write;
            break;
        }
        case Operation::Kind::Remove:
            job = new QKeychain::DeletePasswordJob(options_.service, this);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // QtKeychain's own fallback is a plain-text QSettings file
        job->setKey(keyFor(operation->collectionId, operation->environment, name));
        connect(job, &QKeychain::Job::finished, this, [operation, name](QKeychain::Job* finished) {
            auto& result = operation->result;
            const auto error = finished->error();
            if (error == QKeychain::NoError) {
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                    result.values.insert(name, read->textData());
            } else if (error == QKeychain::EntryNotFound) {
                if (operation->kind == Operation::Kind::Read)
                    result.missing.append(name);
            } else if (result.error.isEmpty()) {
                result.error = tr("keyring: %1: %2").arg(name, finished->errorString());
            }
            if (--operation->pending == 0) {
                result.missing.sort();
                operation->done(result);
            }
        });
        job->start();
    }
}

void SecretStore::read(const QString& collectionId, const QString& environment, const QStringList& names, Callback done)
{
    auto operation = std::make_shared<Operation>();
    operation->kind = Operation::Kind::Read;
    operation->collectionId = collectionId;
    operation->environment = environment;
    operation->names = names;
    operation->done = std::move(done);
    start(std::move(operation));
}

void SecretStore::write(const QString& collectionId, const QString& environment, const QHash<QString, QString>& values,
                        Callback done)
{
    auto operation = std::make_shared<Operation>();
    operation->kind = Operation::Kind::Write;
    operation->collectionId = collectionId;
    operation->environment = environment;
    operation->values = values;
    operation->done = std::move(done);
    start(std::move(operation));
}

void SecretStore::remove(const QString& collectionId, const QString& environment, const QStringList& names,
                         Callback done)
{
    auto operation = std::make_shared<Operation>();
    operation->kind = Operation::Kind::Remove;
    operation->collectionId = collectionId;
    operation->environment = environment;
    operation->names = names;
    operation->done = std::move(done);
    start(std::move(operation));
}

void SecretStore::move(const QString& collectionId, const QString& from, const QString& to, const QStringList& names,
                       Callback done)
{
    read(collectionId, from, names, [this, collectionId, from, to, done](const SecretResult& found) {
        if (!found.ok()) {
            done(found);
            return;
        }
        write(collectionId, to, found.values, [this, collectionId, from, found, done](const SecretResult& written) {
            if (!written.ok()) {
                done(written); // the old entries stay: nothing is lost
                return;
            }
            remove(collectionId, from, found.values.keys(), done);
        });
    });
}

SecretResult SecretStore::wait(const std::function<void(Callback)>& call, int timeoutMs)
{
    // The answer may come after a timeout gave up on it: it lands in shared state, not on this stack.
    struct State {
        std::optional<SecretResult> result;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    call([state](const SecretResult& result) {
        state->result = result;
        state->loop.quit();
    });
    if (!state->result) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (state->result)
        return *state->result;
    SecretResult timedOut;
    timedOut.error = tr("the keyring did not answer within %1 s").arg(timeoutMs / 1000);
    return timedOut;
}

SecretResult SecretStore::readBlocking(const QString& collectionId, const QString& environment,
                                       const QStringList& names, int timeoutMs)
{
    return wait([&](Callback done) { read(collectionId, environment, names, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::writeBlocking(const QString& collectionId, const QString& environment,
                                        const QHash<QString, QString>& values, int timeoutMs)
{
    return wait([&](Callback done) { write(collectionId, environment, values, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::removeBlocking(const QString& collectionId, const QString& environment,
                                         const QStringList& names, int timeoutMs)
{
    return wait([&](Callback done) { remove(collectionId, environment, names, std::move(done)); }, timeoutMs);
}

} // namespace hinterscope
