// body::ContentDecoder, the content-decoding stage the exchange feeds: any Content-Encoding value, any body, cut
// at input-chosen points, with bounded output steps and (sometimes) tight ratio caps. Half of the inputs are
// first encoded here with the real encoders (zlib, brotli), so valid streams reach the end of every coding;
// those must decode to exactly the original bytes unless the harness truncated or flipped them on purpose.
#include "fuzz_input.h"

#include "body/content_decoder.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

namespace body = hinternet::body;

std::string zlib_encode(std::string_view data, int window_bits)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : std::string();
}

std::string brotli_encode(std::string_view data)
{
    std::string out(BrotliEncoderMaxCompressedSize(data.size()) + 16, '\0');
    std::size_t size = out.size();
    if (!BrotliEncoderCompress(1, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, data.size(),
                               reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                               reinterpret_cast<std::uint8_t*>(out.data())))
        return {};
    out.resize(size);
    return out;
}

std::string encode(std::string_view coding, std::string_view data)
{
    if (coding == "gzip")
        return zlib_encode(data, 15 + 16);
    if (coding == "deflate")
        return zlib_encode(data, 15);
    if (coding == "raw-deflate")
        return zlib_encode(data, -15);
    return brotli_encode(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    const std::uint8_t mode = input.byte();
    const bool encode_here = (mode & 0x01) != 0;
    const bool truncate = (mode & 0x02) != 0;
    const bool flip = (mode & 0x04) != 0;
    const bool tight_caps = (mode & 0x08) != 0;
    const bool push_style = (mode & 0x10) != 0;
    const std::uint8_t enabled_bits = input.byte();
    const DWORD enabled = (enabled_bits & 1 ? WINHTTP_DECOMPRESSION_FLAG_GZIP : 0) |
                          (enabled_bits & 2 ? WINHTTP_DECOMPRESSION_FLAG_DEFLATE : 0) |
                          (enabled_bits & 4 ? HINTERNET_DECOMPRESSION_FLAG_BROTLI : 0);
    static constexpr std::size_t output_steps[] = {1, 3, 4096, 64 * 1024, 1 << 20};
    const std::size_t max_output = input.pick(output_steps);
    const auto sizes = input.split_sizes(8);

    body::DecoderLimits limits;
    if (tight_caps) {
        limits.max_chain = input.byte() % 5;
        limits.max_ratio = 1 + input.byte() % 8;
        limits.ratio_floor_bytes = input.u16() % 8192;
    }

    std::string header;
    std::string payload;
    std::string body;
    bool all_enabled = true;
    if (encode_here) {
        static constexpr std::string_view codings[] = {"gzip", "deflate", "br", "raw-deflate"};
        const std::size_t count = 1 + input.byte() % 3;
        std::vector<std::string_view> chain;
        for (std::size_t i = 0; i < count; ++i)
            chain.push_back(input.pick(codings));
        const std::uint16_t truncate_at = input.u16();
        const std::uint16_t flip_at = input.u16();
        payload = std::string(input.rest());
        body = payload;
        for (const auto coding : chain) { // listed in the order they were applied
            body = encode(coding, body);
            header += (header.empty() ? "" : ", ") + std::string(coding == "raw-deflate" ? "deflate" : coding);
        }
        if (truncate && !body.empty())
            body.resize(truncate_at % body.size());
        if (flip && !body.empty())
            body[flip_at % body.size()] ^= 0x5a;
    } else {
        header = std::string(input.until('\n').substr(0, 200));
        body = std::string(input.rest());
    }
    if ((enabled_bits & 0x80) != 0 || !encode_here)
        all_enabled = enabled == (WINHTTP_DECOMPRESSION_FLAG_GZIP | WINHTTP_DECOMPRESSION_FLAG_DEFLATE |
                                  HINTERNET_DECOMPRESSION_FLAG_BROTLI);
    const DWORD enabled_flags =
        all_enabled && encode_here
            ? WINHTTP_DECOMPRESSION_FLAG_GZIP | WINHTTP_DECOMPRESSION_FLAG_DEFLATE | HINTERNET_DECOMPRESSION_FLAG_BROTLI
            : enabled;

    DWORD error = ERROR_SUCCESS;
    auto decoder = body::ContentDecoder::create(header, enabled_flags, limits, error);
    if (!decoder) {
        HSFUZZ_CHECK(error != ERROR_SUCCESS);
        return 0;
    }
    HSFUZZ_CHECK(error == ERROR_SUCCESS);

    std::string decoded;
    for (const auto piece : hsfuzz::split(body, sizes)) {
        const std::span<const char> bytes(piece.data(), piece.size());
        if (push_style) {
            error = decoder->feed(bytes, decoded);
        } else {
            error = decoder->feed(bytes, decoded, max_output);
            while (error == ERROR_SUCCESS && !decoder->needs_input()) {
                const std::size_t before = decoded.size();
                error = decoder->feed({}, decoded, max_output);
                HSFUZZ_CHECK(error != ERROR_SUCCESS || decoded.size() > before || decoder->needs_input());
                HSFUZZ_CHECK(decoded.size() - before <= max_output);
            }
        }
        if (error != ERROR_SUCCESS)
            break;
    }
    if (error == ERROR_SUCCESS)
        error = decoder->finish(decoded);
    HSFUZZ_CHECK(decoder->bytes_out() <=
                 std::max<std::uint64_t>(limits.ratio_floor_bytes, limits.max_ratio * decoder->bytes_in()) + 1);
    if (encode_here && all_enabled && !truncate && !flip && !tight_caps && payload.size() <= (1u << 20) &&
        !decoder->passthrough()) {
        HSFUZZ_CHECK(error == ERROR_SUCCESS);
        HSFUZZ_CHECK(decoded == payload);
    }
    if (decoder->passthrough() && error == ERROR_SUCCESS)
        HSFUZZ_CHECK(decoded == body);
    return 0;
}
