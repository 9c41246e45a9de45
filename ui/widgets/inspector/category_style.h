#pragma once

#include "models/model_roles.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How the timeline's categories look, the same in the lane view and the filter buttons.
namespace hinterscope::category_style {

inline constexpr TimelineCategory kAll[] = {TimelineCategory::Progress, TimelineCategory::Completions,
                                            TimelineCategory::Errors, TimelineCategory::Handles,
                                            TimelineCategory::Wire};

QColor color(TimelineCategory category);
QString name(TimelineCategory category);       // "Progress"
QString toolTip(TimelineCategory category);    // what the category holds, one line
QString objectName(TimelineCategory category); // "filterProgress"
QIcon swatch(TimelineCategory category);       // a small square of its colour

} // namespace hinterscope::category_style
