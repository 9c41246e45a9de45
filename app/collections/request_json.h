#pragma once

// A RequestSpec as the JSON object of a request file (docs/collections.md). Keys come out sorted (QJsonObject
// keeps them so) and options equal to their defaults are left out, so a saved file diffs minimally.
#include "request/request_spec.h"

#include <QJsonObject>
#include <QStringList>

namespace hinterscope {

QJsonObject requestToJson(const RequestSpec& spec);
// Fields of the wrong type or with unknown values are reported in *problems and left at their defaults.
RequestSpec requestFromJson(const QJsonObject& object, QStringList* problems = nullptr);

} // namespace hinterscope
