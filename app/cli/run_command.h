#pragma once

// `hinterscope-cli run COLLECTION`: every request of a saved collection (or of one folder of it), in order,
// through the same runner as the GUI; expected statuses checked; a summary table (docs/cli.md).
#include <string>
#include <vector>

namespace hinterscope::cli {

int run_run_command(const std::vector<std::string>& arguments);

} // namespace hinterscope::cli
