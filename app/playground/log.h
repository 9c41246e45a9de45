#pragma once

#include <QLoggingCategory>

namespace hinterscope::playground {
Q_DECLARE_LOGGING_CATEGORY(lcPlayground)
} // namespace hinterscope::playground
