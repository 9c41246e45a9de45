#pragma once

// The request body built from -d, --data-binary and -F: a list of segments, each either bytes in memory
// or a whole file, so a large upload is streamed from disk with WinHttpWriteData instead of being loaded.
#include "send_options.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hinterscope::cli {

struct BodySegment {
    std::string bytes;               // used when file is empty
    std::optional<std::string> file; // the whole file, size measured when the body was built
    std::uint64_t size = 0;
};

class RequestBody {
public:
    bool empty() const { return segments_.empty(); }
    std::uint64_t size() const;
    // The Content-Type the body implies ("application/x-www-form-urlencoded" for -d, multipart with its
    // boundary for -F), empty for --data-binary alone.
    const std::string& content_type() const { return content_type_; }

    // Reads the segments in order. A file that changed size since the body was built is an error.
    class Reader {
    public:
        explicit Reader(const RequestBody& body);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;
        // Fills `buffer` with up to `capacity` bytes; 0 at the end. -1 on error (see error()).
        long long read(char* buffer, std::size_t capacity);
        const std::string& error() const { return error_; }

    private:
        const RequestBody& body_;
        std::size_t segment_ = 0;
        std::uint64_t offset_ = 0; // within the segment
        std::FILE* file_ = nullptr;
        std::string error_;
    };

    // The whole body in memory (for small bodies), or nullopt with `error` set.
    std::optional<std::string> load(std::string& error) const;

private:
    friend std::variant<RequestBody, std::string> build_request_body(const SendOptions& options);
    std::vector<BodySegment> segments_;
    std::string content_type_;
};

// Builds the body of `options`; the error names the file that could not be read.
std::variant<RequestBody, std::string> build_request_body(const SendOptions& options);

// The method a request is sent with: -X, else POST when there is a body, else GET.
std::string effective_method(const SendOptions& options);

} // namespace hinterscope::cli
