// br decoding with libbrotlidec, in bounded steps.
#include "body/decoding_stage.h"

#include <windows.h>
#include <winhttp.h>

#include <brotli/decode.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

namespace hinternet::body {
namespace {

constexpr std::size_t brotli_step = 64 * 1024;

struct BrotliStateDeleter {
    void operator()(BrotliDecoderState* state) const { BrotliDecoderDestroyInstance(state); }
};

class BrotliStage final : public DecodingStage {
public:
    // Not large-window: the ring buffer is at most 16 MiB (RFC 7932's limit), whatever the body size.
    BrotliStage()
        : state_(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr))
    {}

    DWORD decode(std::string_view& input, std::string& output, std::size_t max_output) override
    {
        if (!input.empty())
            started_ = true;
        if (!state_) {
            failure_reason_ = "br: cannot create decoder";
            return ERROR_NOT_ENOUGH_MEMORY;
        }
        std::size_t produced = 0;
        while (produced < max_output) {
            if (stream_ended_) {
                input = {}; // bytes after the end of the stream are ignored, as for gzip
                break;
            }
            const std::size_t step = std::min(brotli_step, max_output - produced);
            static constexpr std::uint8_t no_input = 0;
            std::size_t available_in = input.size();
            const auto* next_in = input.empty() ? &no_input : reinterpret_cast<const std::uint8_t*>(input.data());
            std::size_t available_out = step;
            std::uint8_t* next_out = scratch_.get();
            const BrotliDecoderResult result = BrotliDecoderDecompressStream(state_.get(), &available_in, &next_in,
                                                                             &available_out, &next_out, nullptr);
            const std::size_t consumed = input.size() - available_in;
            const std::size_t appended = step - available_out;
            input.remove_prefix(consumed);
            output.append(reinterpret_cast<const char*>(scratch_.get()), appended);
            produced += appended;
            switch (result) {
            case BROTLI_DECODER_RESULT_SUCCESS:
                stream_ended_ = true;
                pending_output_ = false;
                continue;
            case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
            case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
                pending_output_ = BrotliDecoderHasMoreOutput(state_.get()) == BROTLI_TRUE ||
                                  result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
                if ((input.empty() && !pending_output_) || (consumed == 0 && appended == 0))
                    return ERROR_SUCCESS;
                continue;
            case BROTLI_DECODER_RESULT_ERROR:
                break;
            }
            const BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(state_.get());
            failure_reason_ = std::string("br: ") + BrotliDecoderErrorString(code);
            const bool out_of_memory =
                code <= BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES && code >= BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES;
            return out_of_memory ? ERROR_NOT_ENOUGH_MEMORY : ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
        }
        return ERROR_SUCCESS;
    }

    bool has_pending_output() const override { return pending_output_; }
    bool complete() const override { return stream_ended_; }
    bool started() const override { return started_; }
    std::string_view failure_reason() const override { return failure_reason_; }

private:
    std::unique_ptr<BrotliDecoderState, BrotliStateDeleter> state_;
    // Decoding goes through a fixed buffer so that tiny inputs cost no large resize of the caller's string.
    std::unique_ptr<std::uint8_t[]> scratch_ = std::make_unique_for_overwrite<std::uint8_t[]>(brotli_step);
    bool stream_ended_ = false;
    bool pending_output_ = false;
    bool started_ = false;
    std::string failure_reason_;
};

} // namespace

std::unique_ptr<DecodingStage> make_brotli_stage()
{
    return std::make_unique<BrotliStage>();
}

} // namespace hinternet::body
