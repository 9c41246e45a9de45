#pragma once

// `hinterscope-cli serve`: the offline playground in the foreground until SIGINT or SIGTERM.
#include <string>
#include <vector>

namespace hinterscope::cli {

int run_serve_command(const std::vector<std::string>& arguments);

} // namespace hinterscope::cli
