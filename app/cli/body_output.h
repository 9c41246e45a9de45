#pragma once

// Where the response body goes: standard output, a file (written to FILE.part and renamed into place only
// when the whole body arrived, so an error never leaves half a file behind), the JSON report (kept up to a
// limit), or nowhere (--fail on an HTTP error). Whatever the destination, size and SHA-256 are computed.
#include <QCryptographicHash>

#include <cstdint>
#include <string>

namespace hinterscope::cli {

class BodyOutput {
public:
    enum class Destination { Stdout, File, Json, Discard };

    BodyOutput(Destination destination, std::string path, std::size_t json_limit);
    ~BodyOutput(); // an output not committed is removed
    BodyOutput(const BodyOutput&) = delete;
    BodyOutput& operator=(const BodyOutput&) = delete;

    // Called once the response head is known; opens the file. False with error() set on failure.
    bool open();
    // The response head for -i: goes where the body goes, but is not part of its size or hash.
    bool write_head(const std::string& head);
    bool write(const char* data, std::size_t size);
    // File: flush, close and rename FILE.part to FILE. False with error() set when that fails.
    bool commit();
    // Removes FILE.part; nothing else to undo for the other destinations.
    void abort();
    // Drops the body from here on (--fail found an HTTP error).
    void discard();

    Destination destination() const { return destination_; }
    const std::string& path() const { return path_; }
    std::uint64_t size() const { return size_; }
    std::string sha256_hex() const;
    const std::string& captured() const { return captured_; }
    bool truncated() const { return truncated_; }
    const std::string& error() const { return error_; }
    bool opened() const { return opened_; }

private:
    bool write_all(int fd, const char* data, std::size_t size);

    Destination destination_;
    std::string path_;
    std::string part_path_;
    const std::string& written_path() const;
    std::size_t json_limit_;
    int fd_ = -1;
    bool opened_ = false;
    bool committed_ = false;
    bool direct_ = false; // the path is a device, FIFO or socket: written in place, never renamed over
    std::uint64_t size_ = 0;
    QCryptographicHash hash_{QCryptographicHash::Sha256};
    std::string captured_;
    bool truncated_ = false;
    std::string error_;
};

} // namespace hinterscope::cli
