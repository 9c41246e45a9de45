#include "body/content_decoder.h"

#include "body/decoding_stage.h"
#include "support/text.h"

#include <windows.h>
#include <winhttp.h>

#include <algorithm>
#include <utility>

namespace hinternet::body {
namespace {

struct KnownCoding {
    std::string_view name;
    DWORD flag;
    std::unique_ptr<DecodingStage> (*make)();
};

// x-gzip is gzip (RFC 9110 §8.4.1.3).
constexpr KnownCoding known_codings[] = {
    {"gzip", WINHTTP_DECOMPRESSION_FLAG_GZIP, make_gzip_stage},
    {"x-gzip", WINHTTP_DECOMPRESSION_FLAG_GZIP, make_gzip_stage},
    {"deflate", WINHTTP_DECOMPRESSION_FLAG_DEFLATE, make_deflate_stage},
    {"br", HINTERNET_DECOMPRESSION_FLAG_BROTLI, make_brotli_stage},
};

const KnownCoding* find_coding(std::string_view name)
{
    for (const auto& coding : known_codings) {
        if (coding.name == name)
            return &coding;
    }
    return nullptr;
}

// The codings in the order they were applied, lower-case, without "identity" and empty list elements.
std::vector<std::string> split_codings(std::string_view header)
{
    std::vector<std::string> codings;
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        const std::string_view element = text::trim(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        if (!element.empty() && !text::iequals(element, "identity"))
            codings.push_back(text::ascii_lowercase(element));
    }
    return codings;
}

std::uint64_t saturating_multiply(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t product = 0;
    return __builtin_mul_overflow(a, b, &product) ? UINT64_MAX : product;
}

} // namespace

ContentDecoder::Layer::Layer(std::unique_ptr<DecodingStage> decoding_stage)
    : stage(std::move(decoding_stage))
{}
ContentDecoder::Layer::Layer(Layer&&) noexcept = default;
ContentDecoder::Layer::~Layer() = default;

ContentDecoder::ContentDecoder(const DecoderLimits& limits)
    : limits_(limits)
{}

ContentDecoder::~ContentDecoder() = default;

std::unique_ptr<ContentDecoder> ContentDecoder::create(std::string_view content_encoding_header, DWORD enabled_flags,
                                                       const DecoderLimits& limits, DWORD& error)
{
    error = ERROR_SUCCESS;
    std::unique_ptr<ContentDecoder> decoder(new ContentDecoder(limits));
    if (enabled_flags == 0)
        return decoder; // decompression off: the header is not even looked at, as in WinHTTP

    const std::vector<std::string> applied = split_codings(content_encoding_header);
    std::vector<const KnownCoding*> known;
    for (const auto& name : applied) {
        const KnownCoding* coding = find_coding(name);
        if (!coding || (coding->flag & enabled_flags) == 0)
            return decoder; // one coding we may not undo makes the whole body opaque: pass it through
        known.push_back(coding);
    }
    if (known.size() > limits.max_chain) {
        error = ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
        return nullptr;
    }
    for (auto it = known.rbegin(); it != known.rend(); ++it) {
        decoder->layers_.emplace_back((*it)->make());
        decoder->coding_names_.emplace_back((*it)->name == "x-gzip" ? "gzip" : (*it)->name);
    }
    return decoder;
}

DWORD ContentDecoder::feed(std::span<const char> compressed, std::string& decoded_out)
{
    return feed(compressed, decoded_out, unlimited);
}

DWORD ContentDecoder::feed(std::span<const char> compressed, std::string& decoded_out, std::size_t max_output)
{
    if (error_ != ERROR_SUCCESS)
        return error_;
    if (finished_)
        return fail(ERROR_WINHTTP_INTERNAL_ERROR, "feed after finish");
    bytes_in_ += compressed.size();
    queued_input_.append(compressed.data(), compressed.size());
    return passthrough() ? pump_passthrough(decoded_out, max_output) : pump(decoded_out, max_output);
}

bool ContentDecoder::needs_input() const
{
    if (queued_offset_ < queued_input_.size())
        return false;
    return std::none_of(layers_.begin(), layers_.end(), [](const Layer& layer) {
        return layer.input_offset < layer.input.size() || layer.stage->has_pending_output();
    });
}

DWORD ContentDecoder::finish(std::string& decoded_out)
{
    if (error_ != ERROR_SUCCESS)
        return error_;
    if (finished_)
        return ERROR_SUCCESS;
    const DWORD error = passthrough() ? pump_passthrough(decoded_out, unlimited) : pump(decoded_out, unlimited);
    if (error != ERROR_SUCCESS)
        return error;
    finished_ = true;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const DecodingStage& stage = *layers_[i].stage;
        if (stage.started() && !stage.complete())
            return fail(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, coding_names_[i] + ": truncated stream");
    }
    return ERROR_SUCCESS;
}

DWORD ContentDecoder::pump_passthrough(std::string& decoded_out, std::size_t max_output)
{
    const std::size_t available = queued_input_.size() - queued_offset_;
    const std::size_t count = std::min(available, max_output);
    decoded_out.append(queued_input_, queued_offset_, count);
    bytes_out_ += count;
    queued_offset_ += count;
    if (queued_offset_ == queued_input_.size()) {
        queued_input_.clear();
        queued_offset_ = 0;
    }
    return ERROR_SUCCESS;
}

// Moves bytes through the chain, first coding to last, until the caller's allowance is used up or nothing moves.
// Each buffer between two codings is refilled only up to step_bytes, so a chain holds a bounded amount.
DWORD ContentDecoder::pump(std::string& decoded_out, std::size_t max_output)
{
    std::size_t produced = 0;
    bool progressed = true;
    while (progressed && produced < max_output) {
        progressed = false;
        for (std::size_t i = 0; i < layers_.size(); ++i) {
            Layer& layer = layers_[i];
            const bool last = i + 1 == layers_.size();
            std::string& input = i == 0 ? queued_input_ : layer.input;
            std::size_t& input_offset = i == 0 ? queued_offset_ : layer.input_offset;
            std::string& output = last ? decoded_out : layers_[i + 1].input;
            const std::size_t waiting_downstream = last ? 0 : output.size() - layers_[i + 1].input_offset;
            std::size_t room =
                last ? max_output - produced : (waiting_downstream < step_bytes ? step_bytes - waiting_downstream : 0);
            // One byte past the allowance is enough to tell a bomb; never decode more than that.
            const std::uint64_t allowed_more = output_allowance() - layer.produced;
            if (allowed_more < room)
                room = static_cast<std::size_t>(allowed_more) + 1;
            if (room == 0 || (input_offset == input.size() && !layer.stage->has_pending_output()))
                continue;

            std::string_view pending(input);
            pending.remove_prefix(input_offset);
            const std::size_t offered = pending.size();
            const std::size_t output_before = output.size();
            const DWORD error = layer.stage->decode(pending, output, room);
            const std::size_t consumed = offered - pending.size();
            const std::size_t appended = output.size() - output_before;
            input_offset += consumed;
            if (input_offset == input.size()) {
                input.clear();
                input_offset = 0;
            } else if (input_offset >= step_bytes && input_offset * 2 >= input.size()) {
                input.erase(0, input_offset);
                input_offset = 0;
            }
            if (i == 0)
                bytes_consumed_ += consumed;
            layer.produced += appended;
            if (last) {
                produced += appended;
                bytes_out_ += appended;
            }
            if (error != ERROR_SUCCESS)
                return fail(error, std::string(layer.stage->failure_reason()));
            // Every coding's output counts, so an inner bomb fails even when the outer coding's output is small.
            if (layer.produced > output_allowance())
                return fail(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "decompression ratio limit exceeded");
            progressed = progressed || consumed != 0 || appended != 0;
        }
    }
    return ERROR_SUCCESS;
}

std::uint64_t ContentDecoder::output_allowance() const
{
    return std::max(limits_.ratio_floor_bytes, saturating_multiply(limits_.max_ratio, bytes_consumed_));
}

DWORD ContentDecoder::fail(DWORD error, std::string reason)
{
    error_ = error;
    failure_reason_ = std::move(reason);
    return error;
}

} // namespace hinternet::body
