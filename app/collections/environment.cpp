#include "collections/environment.h"

#include "collections/request_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hinterscope {
namespace {

const QString kNameKey = QStringLiteral("name");
const QString kValueKey = QStringLiteral("value");
const QString kSecretKey = QStringLiteral("secret");
const QString kEnabledKey = QStringLiteral("enabled");
const QString kVariablesKey = QStringLiteral("variables");

constexpr qsizetype kLongestName = 100;

// Messages in the "hinterscope" translation context, through a class because lupdate only collects tr() calls
// made through a class that declares them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope)
};

QJsonObject variableToJson(const EnvironmentVariable& variable)
{
    QJsonObject object = variable.unknownFields;
    object.insert(kNameKey, variable.name);
    object.remove(kValueKey);
    if (variable.secret)
        object.insert(kSecretKey, true); // and never the value
    else
        object.insert(kValueKey, variable.value);
    if (!variable.enabled)
        object.insert(kEnabledKey, false);
    return object;
}

std::optional<EnvironmentVariable> variableFromJson(const QJsonValue& json, qsizetype index, QStringList* problems)
{
    const auto problem = [&](const QString& text) {
        problems->append(Texts::tr("\"variables[%1]\" %2").arg(index).arg(text));
        return std::nullopt;
    };
    if (!json.isObject())
        return problem(Texts::tr("must be an object with \"name\" and \"value\""));
    const QJsonObject object = json.toObject();
    EnvironmentVariable variable;
    static const QStringList known{kNameKey, kValueKey, kSecretKey, kEnabledKey};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            variable.unknownFields.insert(it.key(), it.value());
    if (!object.value(kNameKey).isString() || object.value(kNameKey).toString().isEmpty())
        return problem(Texts::tr("has no \"name\""));
    variable.name = object.value(kNameKey).toString();
    variable.secret = object.value(kSecretKey).toBool(false);
    variable.enabled = object.value(kEnabledKey).toBool(true);
    const QJsonValue value = object.value(kValueKey);
    if (variable.secret) {
        // A value next to "secret": true was put there by hand; it is not used, and the next save drops it.
        if (!value.isUndefined())
            problems->append(Texts::tr("\"variables[%1]\" (%2) is secret: its value in the file is ignored; it belongs "
                                       "in the keyring")
                                 .arg(index)
                                 .arg(variable.name));
    } else if (value.isString()) {
        variable.value = value.toString();
    } else if (value.isDouble() || value.isBool()) {
        variable.value = value.toVariant().toString();
    } else if (!value.isUndefined() && !value.isNull()) {
        return problem(Texts::tr("(%1) must have a string \"value\"").arg(variable.name));
    }
    return variable;
}

} // namespace

QStringList Environment::secretNames() const
{
    QStringList names;
    for (const auto& variable : variables)
        if (variable.secret)
            names.append(variable.name);
    return names;
}

QString environmentNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Texts::tr("an environment needs a name");
    if (name != name.trimmed())
        return Texts::tr("an environment's name cannot start or end with spaces");
    if (name.size() > kLongestName)
        return Texts::tr("an environment's name has at most %1 characters").arg(kLongestName);
    if (name.startsWith(QLatin1Char('.')))
        return Texts::tr("an environment's name cannot start with a dot");
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return Texts::tr("an environment's name cannot contain \"%1\"")
                .arg(c.isPrint() ? QString(c) : Texts::tr("control"));
        if (QStringLiteral(":*?\"<>|").contains(c)) // the same name must work on Windows checkouts too
            return Texts::tr("an environment's name cannot contain \"%1\"").arg(c);
    }
    return {};
}

QString environmentsFolder(const QString& collectionRoot)
{
    return QDir(collectionRoot).filePath(kEnvironmentFolder);
}

QString environmentFilePath(const QString& collectionRoot, const QString& name)
{
    return QDir(environmentsFolder(collectionRoot)).filePath(name + kEnvironmentFileSuffix);
}

QByteArray environmentFileBytes(const Environment& environment)
{
    QJsonObject object = environment.unknownFields;
    object.remove(kNameKey); // the file's name is the environment's name: one truth
    QJsonArray variables;
    for (const auto& variable : environment.variables)
        variables.append(variableToJson(variable));
    object.insert(kVariablesKey, variables);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Environment> readEnvironmentFile(const QString& path, QString* error, QStringList* problems)
{
    const auto object = readJsonObjectFile(path, error);
    if (!object)
        return std::nullopt;
    Environment environment;
    const QString fileName = QFileInfo(path).fileName();
    environment.name =
        fileName.endsWith(kEnvironmentFileSuffix) ? fileName.chopped(kEnvironmentFileSuffix.size()) : fileName;
    for (auto it = object->begin(); it != object->end(); ++it)
        if (it.key() != kVariablesKey)
            environment.unknownFields.insert(it.key(), it.value());
    QStringList found;
    const QJsonValue variables = object->value(kVariablesKey);
    if (!variables.isUndefined() && !variables.isArray())
        found.append(Texts::tr("\"variables\" must be an array of {\"name\", \"value\"} objects"));
    const QJsonArray rows = variables.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (auto variable = variableFromJson(rows[i], i, &found))
            environment.variables.append(std::move(*variable));
    if (problems != nullptr)
        for (const QString& problem : std::as_const(found))
            problems->append(QStringLiteral("%1: %2").arg(path, problem));
    return environment;
}

QList<Environment> loadEnvironments(const QString& collectionRoot, QStringList* errors)
{
    QList<Environment> environments;
    const QDir folder(environmentsFolder(collectionRoot));
    if (!folder.exists())
        return environments;
    const auto entries =
        folder.entryInfoList({QStringLiteral("*") + kEnvironmentFileSuffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& entry : entries) {
        QString error;
        if (auto environment = readEnvironmentFile(entry.filePath(), &error, errors))
            environments.append(std::move(*environment));
        else
            errors->append(error);
    }
    return environments;
}

bool saveEnvironment(const QString& collectionRoot, const Environment& environment, QString* error)
{
    if (const QString problem = environmentNameProblem(environment.name); !problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(environmentFilePath(collectionRoot, environment.name), problem);
        return false;
    }
    if (!QDir().mkpath(environmentsFolder(collectionRoot))) {
        *error = Texts::tr("%1: the folder could not be created").arg(environmentsFolder(collectionRoot));
        return false;
    }
    return saveFileAtomically(environmentFilePath(collectionRoot, environment.name), environmentFileBytes(environment),
                              error);
}

bool removeEnvironmentFile(const QString& collectionRoot, const QString& name, QString* error)
{
    QFile file(environmentFilePath(collectionRoot, name));
    if (!file.exists() || file.remove())
        return true;
    *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool renameEnvironmentFile(const QString& collectionRoot, const QString& from, const QString& to, QString* error)
{
    const QString target = environmentFilePath(collectionRoot, to);
    if (const QString problem = environmentNameProblem(to); !problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(target, problem);
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = Texts::tr("%1: an environment called \"%2\" exists already").arg(target, to);
        return false;
    }
    QFile file(environmentFilePath(collectionRoot, from));
    if (!file.rename(target)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace hinterscope
