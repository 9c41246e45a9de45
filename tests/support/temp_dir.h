#pragma once

#include <filesystem>
#include <string_view>

namespace hs::test {

// A fresh directory under $TMPDIR that is removed with everything in it when this goes away.
class TempDir {
public:
    explicit TempDir(std::string_view prefix = "hinterscope-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, std::string_view contents);
std::string read_file(const std::filesystem::path& path);

} // namespace hs::test
