#pragma once

// Which value a {{name}} gets at send time (docs/environments.md). Layers, each winning over the one before:
//
//   1. the collection's variables (collection.json)
//   2. the application's (the playground's {{playground}} … in the GUI; --playground in the CLI)
//   3. the active environment's enabled variables, secrets included (their values from the SecretStore)
//
// The CLI's --var NAME=VALUE goes on top of the result. A secret the environment declares but the store has
// no value for is left out altogether (a lower layer's value of the same name is not used in its place), so
// a request that uses it is refused with the name, and it is listed in missingSecrets.
#include "collections/environment.h"
#include "collections/variables.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hinterscope {

struct ResolvedVariables {
    Variables variables;             // what resolveVariables() substitutes
    QHash<QString, QString> secrets; // name → value of every secret in `variables`: what history and logs redact
    QStringList missingSecrets;      // declared secret, no stored value

    friend bool operator==(const ResolvedVariables&, const ResolvedVariables&) = default;
};

// `environment` may be null (no environment active). `secretValues` are the store's values of its secrets.
ResolvedVariables resolveVariableLayers(const Variables& collection, const Variables& application,
                                        const Environment* environment, const QHash<QString, QString>& secretValues);

// `text` with every secret value replaced by "[secret NAME]" (longest values first, so one secret that
// contains another is hidden whole). Empty values are skipped: they would match everywhere.
QString redactSecrets(QString text, const QHash<QString, QString>& secrets);

} // namespace hinterscope
