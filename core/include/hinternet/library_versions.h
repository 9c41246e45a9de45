#pragma once

#include <hinternet/export.h>

#include <string>

namespace hinternet {

// What the engine was built with and runs against, for --version output and bug reports.
struct LibraryVersions {
    std::string hinternet;
    std::string openssl;
    std::string llhttp;
    std::string zlib;
    std::string brotli;
};

HINTERNET_EXPORT LibraryVersions library_versions();

} // namespace hinternet
