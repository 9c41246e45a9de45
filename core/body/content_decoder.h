#pragma once

// The content-decoding stage of the response body pipeline (docs/body-pipeline.md):
// raw bytes -> transfer decoding (llhttp, in the response parser) -> ContentDecoder -> consumer.
// It undoes the codings named by Content-Encoding (gzip, deflate, br, in any chain up to a limit), streaming, with
// bounded memory and a cap on the decompression ratio.
#include <windows.h>
#include <winhttp.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// hinternet extension: WinHTTP's WINHTTP_OPTION_DECOMPRESSION knows only gzip and deflate.
#define HINTERNET_DECOMPRESSION_FLAG_BROTLI 0x00000100

namespace hinternet::body {

struct DecoderLimits {
    std::size_t max_chain = 3; // codings in one Content-Encoding; more is refused as hostile
    std::uint64_t max_ratio = 1000;
    std::uint64_t ratio_floor_bytes = 1 << 20; // output allowed = max(floor, max_ratio * compressed input consumed)
};

class DecodingStage;

class ContentDecoder {
public:
    // Output appended per internal decoder call; also the bound of each buffer between two codings of a chain.
    static constexpr std::size_t step_bytes = 64 * 1024;
    static constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();

    // Builds the decoder for a Content-Encoding value. Codings are listed in the order they were applied and are
    // undone in reverse; "identity" and empty list elements are ignored. When decompression is off
    // (enabled_flags == 0), or any coding is unknown or not enabled, the decoder passes the body through
    // unchanged (passthrough()). More than limits.max_chain codings: nullptr, error =
    // ERROR_WINHTTP_INVALID_SERVER_RESPONSE. Otherwise error = ERROR_SUCCESS.
    static std::unique_ptr<ContentDecoder> create(std::string_view content_encoding_header, DWORD enabled_flags,
                                                  const DecoderLimits& limits, DWORD& error);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder&) = delete;
    ContentDecoder& operator=(const ContentDecoder&) = delete;

    // Push style: decodes everything this input yields and appends it. The output of one call is bounded only by
    // the ratio cap, so prefer the bounded overload for large bodies.
    DWORD feed(std::span<const char> compressed, std::string& decoded_out);

    // Bounded style: queues the input (what is not consumed yet stays in the decoder) and appends at most
    // max_output decoded bytes. Call again with an empty span until needs_input() before giving more input:
    // then the decoder holds at most one input chunk plus step_bytes per coding, whatever the body size.
    DWORD feed(std::span<const char> compressed, std::string& decoded_out, std::size_t max_output);

    // True when all queued input is consumed and no decoded output is waiting.
    bool needs_input() const;

    // End of body: drains what is still queued (unbounded; drain with feed({}, out, n) first to bound it), then
    // checks that every coding reached its end. A truncated stream is ERROR_WINHTTP_INVALID_SERVER_RESPONSE.
    // An empty body is accepted (HEAD-like responses carry Content-Encoding without content).
    DWORD finish(std::string& decoded_out);

    std::uint64_t bytes_in() const { return bytes_in_; }   // compressed bytes given to feed()
    std::uint64_t bytes_out() const { return bytes_out_; } // decoded bytes handed out
    bool passthrough() const { return layers_.empty(); }
    // Codings in decoding order ("br", "gzip"), empty for passthrough: for the trace.
    const std::vector<std::string>& codings() const { return coding_names_; }
    // Why the last call failed ("gzip: invalid data", "decompression ratio limit exceeded"), for the trace.
    std::string_view failure_reason() const { return failure_reason_; }

private:
    struct Layer {
        std::unique_ptr<DecodingStage> stage;
        std::string input; // what the previous coding produced and this one has not consumed (not for the first)
        std::size_t input_offset = 0;
        std::uint64_t produced = 0;
        Layer(std::unique_ptr<DecodingStage> decoding_stage);
        Layer(Layer&&) noexcept;
        ~Layer();
    };
    ContentDecoder(const DecoderLimits& limits);
    DWORD pump(std::string& decoded_out, std::size_t max_output);
    DWORD pump_passthrough(std::string& decoded_out, std::size_t max_output);
    DWORD fail(DWORD error, std::string reason);
    std::uint64_t output_allowance() const;

    DecoderLimits limits_;
    std::vector<Layer> layers_;
    std::vector<std::string> coding_names_;
    std::string queued_input_; // compressed bytes given but not consumed yet
    std::size_t queued_offset_ = 0;
    std::uint64_t bytes_in_ = 0;
    std::uint64_t bytes_consumed_ = 0;
    std::uint64_t bytes_out_ = 0;
    DWORD error_ = ERROR_SUCCESS;
    bool finished_ = false;
    std::string failure_reason_;
};

} // namespace hinternet::body
