#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hinterscope::playground {

enum class Coding {
    Gzip,    // RFC 1952
    Deflate, // "deflate" as HTTP means it: the zlib format of RFC 1950, as httpbin sends it
    Brotli,  // RFC 7932
};

// The whole input compressed in one go; nothing if the library fails.
std::optional<std::string> compress(std::string_view data, Coding coding);

} // namespace hinterscope::playground
