#pragma once

// One content coding's streaming decoder, as ContentDecoder chains them. Internal to core/body.
#include <windows.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace hinternet::body {

class DecodingStage {
public:
    virtual ~DecodingStage() = default;

    // Consumes from the front of input (advancing it) and appends at most max_output decoded bytes to output.
    // Returns ERROR_SUCCESS, or the error (corrupt data) after which the stage is unusable; failure_reason()
    // then says why.
    virtual DWORD decode(std::string_view& input, std::string& output, std::size_t max_output) = 0;
    // Output is ready without more input: the last decode() stopped at max_output.
    virtual bool has_pending_output() const = 0;
    // The coding's end-of-stream was seen (and no further member was started).
    virtual bool complete() const = 0;
    // Some input arrived; a stage that saw none accepts an empty body.
    virtual bool started() const = 0;
    virtual std::string_view failure_reason() const = 0;
};

// gzip (RFC 1952), with concatenated members.
std::unique_ptr<DecodingStage> make_gzip_stage();
// deflate: zlib-wrapped (RFC 1950) as specified, or raw deflate (RFC 1951) when the first two bytes are no zlib
// header, as browsers accept.
std::unique_ptr<DecodingStage> make_deflate_stage();
// br (RFC 7932).
std::unique_ptr<DecodingStage> make_brotli_stage();

} // namespace hinternet::body
