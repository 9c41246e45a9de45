#pragma once

// `hinterscope-cli send`: parses the arguments, runs the request, writes the body and the report, and
// turns the outcome into an exit code (exit_codes.h).
#include <string>
#include <vector>

namespace hinterscope::cli {

int run_send_command(const std::vector<std::string>& arguments);

} // namespace hinterscope::cli
