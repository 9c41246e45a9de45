#include "collections/variable_layers.h"

#include <algorithm>

namespace hinterscope {

ResolvedVariables resolveVariableLayers(const Variables& collection, const Variables& application,
                                        const Environment* environment, const QHash<QString, QString>& secretValues)
{
    ResolvedVariables resolved;
    resolved.variables = collection;
    resolved.variables.insert(application);
    if (environment == nullptr)
        return resolved;
    for (const EnvironmentVariable& variable : environment->variables) {
        if (!variable.enabled)
            continue;
        if (!variable.secret) {
            resolved.variables.insert(variable.name, variable.value);
            resolved.secrets.remove(variable.name); // a later row of the same name wins, as in the table
            resolved.missingSecrets.removeAll(variable.name);
            continue;
        }
        const auto found = secretValues.constFind(variable.name);
        if (found == secretValues.constEnd()) {
            resolved.variables.remove(variable.name);
            if (!resolved.missingSecrets.contains(variable.name))
                resolved.missingSecrets.append(variable.name);
            continue;
        }
        resolved.variables.insert(variable.name, *found);
        resolved.secrets.insert(variable.name, *found);
        resolved.missingSecrets.removeAll(variable.name);
    }
    return resolved;
}

QString redactSecrets(QString text, const QHash<QString, QString>& secrets)
{
    QList<std::pair<QString, QString>> byLength; // value, name
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        if (!it.value().isEmpty())
            byLength.append({it.value(), it.key()});
    std::sort(byLength.begin(), byLength.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [value, name] : std::as_const(byLength))
        text.replace(value, QStringLiteral("[secret %1]").arg(name));
    return text;
}

} // namespace hinterscope
