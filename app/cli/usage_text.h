#pragma once

// The --help texts of hinterscope-cli and its commands.
#include <string>

namespace hinterscope::cli {

std::string main_usage();
std::string send_usage();
std::string serve_usage();
std::string run_usage();

} // namespace hinterscope::cli
