#include "run_command.h"

#include "exit_codes.h"
#include "usage_text.h"
#include "winhttp_names.h"

#include "collections/collection.h"
#include "collections/secret_store.h"
#include "collections/variable_layers.h"
#include "collections/variables.h"
#include "request/request_runner.h"

#ifdef HINTERSCOPE_HAVE_PLAYGROUND
#include "playground/playground.h"
#endif

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>

namespace hinterscope::cli {
namespace {

// How long one request may take before the run gives up on it (it is cancelled, and counts as failed).
constexpr auto kRequestLimit = std::chrono::minutes(5);

struct RunArguments {
    QString collection;
    QString folder;      // empty: the whole collection
    QString environment; // empty: none
    Variables variables;
    bool playground = false;
    bool json = false;
    bool failFast = false;
};

struct Outcome {
    QString path; // "folder/name"
    QString method;
    QString url;
    RunResult result;
    std::optional<int> expected;
    bool passed = false;
    QString verdict;
};

int usage_error(const std::string& message)
{
    std::fprintf(stderr, "hinterscope-cli: run: %s\n", message.c_str());
    return ExitUsage;
}

void collect(const QList<CollectionItem>& items, const QString& prefix, QList<std::pair<QString, RequestSpec>>& out)
{
    for (const auto& item : items) {
        const QString path = prefix.isEmpty() ? item.name : prefix + QLatin1Char('/') + item.name;
        if (item.isFolder)
            collect(item.children, path, out);
        else
            out.append({path, item.request});
    }
}

const CollectionItem* findFolder(const QList<CollectionItem>& items, const QString& name)
{
    for (const auto& item : items) {
        if (!item.isFolder)
            continue;
        if (item.name == name)
            return &item;
        if (const auto* inner = findFolder(item.children, name))
            return inner;
    }
    return nullptr;
}

// The environment called `name`, or null with the reason (naming the ones there are) in *problem.
const Environment* findEnvironment(const Collection& collection, const QString& name, std::string* problem)
{
    QStringList available;
    for (const auto& environment : collection.environments) {
        if (environment.name == name)
            return &environment;
        available.append(environment.name);
    }
    if (QFileInfo::exists(environmentFilePath(collection.rootPath, name)))
        *problem = "--env " + name.toStdString() + ": its file is broken (see above)";
    else if (available.isEmpty())
        *problem = "--env " + name.toStdString() + ": the collection has no environments (" +
                   kEnvironmentFolder.toStdString() + "/NAME" + kEnvironmentFileSuffix.toStdString() + ")";
    else
        *problem = "--env " + name.toStdString() +
                   ": no such environment; available: " + available.join(QLatin1String(", ")).toStdString();
    return nullptr;
}

RunResult runOne(const RequestSpec& spec)
{
    RequestRun run(spec);
    RunResult result;
    if (!run.openSession(&result) || !run.prepare(&result))
        return result;
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunResult> finished;
    run.start([&](const RunResult& outcome) {
        std::lock_guard lock(mutex);
        finished = outcome;
        done.notify_all();
    });
    std::unique_lock lock(mutex);
    if (!done.wait_for(lock, kRequestLimit, [&] { return finished.has_value(); })) {
        run.cancel();
        done.wait(lock, [&] { return finished.has_value(); });
    }
    return *finished;
}

QString describe(const RunResult& result)
{
    if (!result.problem.isEmpty())
        return result.problem;
    if (result.cancelled)
        return QStringLiteral("cancelled");
    if (result.error != 0)
        return QStringLiteral("%1 failed: %2").arg(result.failedCall, QString::fromStdString(error_name(result.error)));
    return QStringLiteral("%1 %2").arg(result.status).arg(result.reason);
}

std::optional<RunArguments> parse(const std::vector<std::string>& arguments, std::string* problem)
{
    RunArguments parsed;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= arguments.size()) {
                *problem = argument + " needs a value";
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (argument == "--var") {
            const auto text = value();
            if (!text)
                return std::nullopt;
            const auto equals = text->find('=');
            if (equals == std::string::npos || equals == 0) {
                *problem = "--var needs NAME=VALUE, not '" + *text + "'";
                return std::nullopt;
            }
            parsed.variables.insert(QString::fromStdString(text->substr(0, equals)),
                                    QString::fromStdString(text->substr(equals + 1)));
        } else if (argument == "--env") {
            const auto text = value();
            if (!text)
                return std::nullopt;
            parsed.environment = QString::fromStdString(*text);
            if (parsed.environment.isEmpty()) {
                *problem = "--env needs an environment's name";
                return std::nullopt;
            }
        } else if (argument == "--folder") {
            const auto text = value();
            if (!text)
                return std::nullopt;
            parsed.folder = QString::fromStdString(*text);
        } else if (argument == "--playground") {
            parsed.playground = true;
        } else if (argument == "--json") {
            parsed.json = true;
        } else if (argument == "--fail-fast") {
            parsed.failFast = true;
        } else if (argument.starts_with("-")) {
            *problem = "unknown option " + argument + " (try hinterscope-cli help run)";
            return std::nullopt;
        } else if (parsed.collection.isEmpty()) {
            parsed.collection = QString::fromStdString(argument);
        } else {
            *problem = "one collection at a time (got '" + argument + "' too)";
            return std::nullopt;
        }
    }
    if (parsed.collection.isEmpty()) {
        *problem = "which collection? (a folder with collection.json and *.request.json files)";
        return std::nullopt;
    }
    return parsed;
}

} // namespace

int run_run_command(const std::vector<std::string>& arguments)
{
    for (const auto& argument : arguments) {
        if (argument == "-h" || argument == "--help") {
            std::fputs(run_usage().c_str(), stdout);
            return ExitSuccess;
        }
    }
    std::string problem;
    const auto options = parse(arguments, &problem);
    if (!options)
        return usage_error(problem);

    const Collection collection = loadCollection(options->collection);
    for (const auto& error : collection.errors)
        std::fprintf(stderr, "hinterscope-cli: run: %s\n", qPrintable(error));
    if (collection.items.isEmpty() && !collection.errors.isEmpty())
        return usage_error("nothing to run in " + options->collection.toStdString());

    QList<std::pair<QString, RequestSpec>> requests;
    if (options->folder.isEmpty()) {
        collect(collection.items, QString(), requests);
    } else {
        const auto* folder = findFolder(collection.items, options->folder);
        if (folder == nullptr)
            return usage_error("no folder '" + options->folder.toStdString() + "' in the collection");
        collect(folder->children, folder->name, requests);
    }

    const Environment* environment = nullptr;
    if (!options->environment.isEmpty()) {
        environment = findEnvironment(collection, options->environment, &problem);
        if (environment == nullptr)
            return usage_error(problem);
    }
    SecretResult secrets;
    QString secretSource;
    if (environment != nullptr && !environment->secretNames().isEmpty()) {
        SecretStore store;
        secrets = store.readBlocking(collection.id, environment->name, environment->secretNames());
        secretSource = store.backendDescription();
        std::fprintf(stderr, "hinterscope-cli: run: secrets of '%s': %s\n", qPrintable(environment->name),
                     qPrintable(secretSource));
        if (!secrets.ok())
            std::fprintf(stderr, "hinterscope-cli: run: %s\n", qPrintable(secrets.error));
        for (const QString& name : std::as_const(secrets.missing))
            std::fprintf(stderr, "hinterscope-cli: run: secret '%s' has no stored value\n", qPrintable(name));
    }

    Variables application;
#ifdef HINTERSCOPE_HAVE_PLAYGROUND
    QTemporaryDir playgroundData;
    std::unique_ptr<Playground> playground;
    if (options->playground) {
        PlaygroundOptions playgroundOptions;
        playgroundOptions.dataDirectory = playgroundData.path();
        playground = std::make_unique<Playground>(playgroundOptions);
        QString error;
        if (!playground->start(&error)) {
            std::fprintf(stderr, "hinterscope-cli: run: the playground did not start: %s\n", qPrintable(error));
            return ExitNetwork;
        }
        application.insert(playground->variables());
    }
#else
    if (options->playground)
        return usage_error("--playground: this build has no playground");
#endif
    // docs/environments.md: collection < application (playground) < environment; the command line wins.
    ResolvedVariables layers = resolveVariableLayers(collection.variables, application, environment, secrets.values);
    for (auto it = options->variables.begin(); it != options->variables.end(); ++it) {
        layers.variables.insert(it.key(), it.value());
        layers.secrets.remove(it.key());
        layers.missingSecrets.removeAll(it.key());
    }
    const Variables& variables = layers.variables;
    const auto hideSecrets = [&layers](const QString& text) { return redactSecrets(text, layers.secrets); };

    QList<Outcome> outcomes;
    int failed = 0;
    for (const auto& [path, spec] : requests) {
        Outcome outcome;
        outcome.path = path;
        outcome.expected = spec.expectedStatus;
        QStringList unknown;
        const RequestSpec resolved =
            resolveVariables(applyCollectionDefaults(spec, collection.defaults), variables, &unknown);
        outcome.method = effectiveMethod(resolved);
        outcome.url = hideSecrets(effectiveUrl(resolved.url));
        QStringList withoutValue;
        for (const QString& name : std::as_const(unknown))
            if (layers.missingSecrets.contains(name))
                withoutValue.append(name);
        for (const QString& name : std::as_const(withoutValue))
            unknown.removeAll(name);
        if (!withoutValue.isEmpty()) {
            outcome.result.problem =
                QStringLiteral("secret without a stored value: ") + withoutValue.join(QLatin1String(", ")) +
                (unknown.isEmpty() ? QString()
                                   : QStringLiteral("; unknown variable: ") + unknown.join(QLatin1String(", ")));
        } else if (!unknown.isEmpty()) {
            outcome.result.problem = QStringLiteral("unknown variable: ") + unknown.join(QLatin1String(", "));
        } else {
            outcome.result = runOne(resolved);
        }
        outcome.result.finalUrl = hideSecrets(outcome.result.finalUrl);
        outcome.result.problem = hideSecrets(outcome.result.problem);
        const RunResult& result = outcome.result;
        if (!result.succeeded()) {
            outcome.verdict = describe(result);
        } else if (outcome.expected && result.status != *outcome.expected) {
            outcome.verdict = QStringLiteral("%1, expected %2").arg(describe(result)).arg(*outcome.expected);
        } else {
            outcome.passed = true;
            outcome.verdict = describe(result);
        }
        failed += outcome.passed ? 0 : 1;
        if (!options->json)
            std::printf("%-4s %-44s %-7s %8.1f ms  %s\n", outcome.passed ? "ok" : "FAIL", qPrintable(path.left(44)),
                        qPrintable(outcome.method), result.elapsedMs, qPrintable(outcome.verdict));
        std::fflush(stdout);
        outcomes.append(outcome);
        if (failed > 0 && options->failFast)
            break;
    }

    if (options->json) {
        QJsonArray rows;
        for (const auto& outcome : outcomes) {
            QJsonObject row{{QStringLiteral("request"), outcome.path},
                            {QStringLiteral("method"), outcome.method},
                            {QStringLiteral("url"), outcome.url},
                            {QStringLiteral("passed"), outcome.passed},
                            {QStringLiteral("outcome"), outcome.verdict},
                            {QStringLiteral("elapsedMs"), outcome.result.elapsedMs},
                            {QStringLiteral("finalUrl"), outcome.result.finalUrl}};
            if (outcome.result.responseReceived)
                row.insert(QStringLiteral("status"), outcome.result.status);
            if (outcome.expected)
                row.insert(QStringLiteral("expectedStatus"), *outcome.expected);
            if (outcome.result.error != 0)
                row.insert(QStringLiteral("error"), QString::fromStdString(error_name(outcome.result.error)));
            rows.append(row);
        }
        QJsonArray errors;
        for (const auto& error : collection.errors)
            errors.append(error);
        const QJsonObject report{
            {QStringLiteral("collection"), collection.name},
            {QStringLiteral("environment"), environment != nullptr ? QJsonValue(environment->name) : QJsonValue()},
            {QStringLiteral("secrets"), secretSource.isEmpty() ? QJsonValue() : QJsonValue(secretSource)},
            {QStringLiteral("requests"), rows},
            {QStringLiteral("passed"), int(outcomes.size()) - failed},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("fileErrors"), errors}};
        std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        const QString title = environment != nullptr ? QStringLiteral("%1 (%2)").arg(collection.name, environment->name)
                                                     : collection.name;
        std::printf("\n%s: %lld passed, %d failed%s\n", qPrintable(title),
                    static_cast<long long>(outcomes.size()) - failed, failed,
                    collection.errors.isEmpty() ? "" : ", with broken files (above)");
    }
    return failed > 0 || !collection.errors.isEmpty() ? ExitRunFailed : ExitSuccess;
}

} // namespace hinterscope::cli
