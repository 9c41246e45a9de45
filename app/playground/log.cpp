#include "log.h"

namespace hinterscope::playground {
Q_LOGGING_CATEGORY(lcPlayground, "hinterscope.playground")
} // namespace hinterscope::playground
