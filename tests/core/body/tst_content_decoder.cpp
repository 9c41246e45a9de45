#include "body/content_decoder.h"

#include <windows.h>
#include <winhttp.h>

#include <brotli/encode.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>

namespace {

using hinternet::body::ContentDecoder;
using hinternet::body::DecoderLimits;

constexpr DWORD all_codings =
    WINHTTP_DECOMPRESSION_FLAG_GZIP | WINHTTP_DECOMPRESSION_FLAG_DEFLATE | HINTERNET_DECOMPRESSION_FLAG_BROTLI;

// ---- encoders, run at test time ----------------------------------------------------------------------

std::string zlib_compress(std::string_view data, int window_bits)
{
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

std::string gzip(std::string_view data)
{
    return zlib_compress(data, 16 + MAX_WBITS);
}
std::string zlib_wrapped(std::string_view data)
{
    return zlib_compress(data, MAX_WBITS);
}
std::string raw_deflate(std::string_view data)
{
    return zlib_compress(data, -MAX_WBITS);
}

std::string brotli(std::string_view data)
{
    std::size_t size = BrotliEncoderMaxCompressedSize(data.size()) + 16;
    std::string out(size, '\0');
    EXPECT_EQ(BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, data.size(),
                                    reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                                    reinterpret_cast<std::uint8_t*>(out.data())),
              BROTLI_TRUE);
    out.resize(size);
    return out;
}

std::string encode(std::string_view coding, std::string_view data)
{
    if (coding == "gzip")
        return gzip(data);
    if (coding == "deflate")
        return zlib_wrapped(data);
    if (coding == "raw-deflate")
        return raw_deflate(data);
    return brotli(data);
}

std::string text_sample(std::size_t size)
{
    std::mt19937 random(42);
    static constexpr std::string_view words[] = {"alpha ", "beta ", "gamma ", "delta\n", "epsilon ", "zeta, "};
    std::string out;
    while (out.size() < size)
        out += words[random() % std::size(words)];
    out.resize(size);
    return out;
}

std::string random_bytes(std::size_t size)
{
    std::mt19937 random(7);
    std::string out(size, '\0');
    for (auto& c : out)
        c = static_cast<char>(random());
    return out;
}

struct Decoded {
    DWORD feed_error = ERROR_SUCCESS;
    DWORD finish_error = ERROR_SUCCESS;
    std::string output;
};

// Feeds input in pieces of split bytes (0: all at once), then finishes.
Decoded decode(std::string_view header, std::string_view input, std::size_t split = 0, const DecoderLimits& limits = {},
               DWORD flags = all_codings)
{
    Decoded result;
    DWORD create_error = 0;
    auto decoder = ContentDecoder::create(header, flags, limits, create_error);
    EXPECT_EQ(create_error, static_cast<DWORD>(ERROR_SUCCESS));
    if (!decoder)
        return result;
    const std::size_t piece = split == 0 ? std::max<std::size_t>(input.size(), 1) : split;
    for (std::size_t at = 0; at < input.size() && result.feed_error == ERROR_SUCCESS; at += piece) {
        const std::string_view chunk = input.substr(at, piece);
        result.feed_error = decoder->feed(std::span(chunk.data(), chunk.size()), result.output);
    }
    if (result.feed_error == ERROR_SUCCESS)
        result.finish_error = decoder->finish(result.output);
    return result;
}

// ---- round trips ---------------------------------------------------------------------------------------

struct RoundTripCase {
    std::string header;
    std::string coding;
};

class RoundTrip : public testing::TestWithParam<RoundTripCase> {};

TEST_P(RoundTrip, SmallInputEverySplit)
{
    const std::string plain = "Hello, hinternet! Hello, hinternet! Hello again.";
    const std::string compressed = encode(GetParam().coding, plain);
    for (std::size_t split = 1; split <= compressed.size(); ++split) {
        SCOPED_TRACE("split " + std::to_string(split));
        const Decoded decoded = decode(GetParam().header, compressed, split);
        EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.output, plain);
    }
}

TEST_P(RoundTrip, LargeInputs)
{
    for (const std::string& plain : {text_sample(300'000), random_bytes(100'000), std::string()}) {
        const std::string compressed = encode(GetParam().coding, plain);
        for (const std::size_t split : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
            SCOPED_TRACE("size " + std::to_string(plain.size()) + " split " + std::to_string(split));
            const Decoded decoded = decode(GetParam().header, compressed, split);
            EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_SUCCESS));
            EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
            EXPECT_TRUE(decoded.output == plain);
        }
    }
}

TEST_P(RoundTrip, TruncatedStreamFailsAtFinish)
{
    const std::string compressed = encode(GetParam().coding, text_sample(5000));
    for (const std::size_t keep : {std::size_t{1}, compressed.size() / 2, compressed.size() - 1}) {
        SCOPED_TRACE("kept " + std::to_string(keep));
        const Decoded decoded = decode(GetParam().header, std::string_view(compressed).substr(0, keep));
        EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    }
}

TEST_P(RoundTrip, BoundedOutputPerCall)
{
    const std::string plain = text_sample(200'000);
    const std::string compressed = encode(GetParam().coding, plain);
    DWORD error = 0;
    auto decoder = ContentDecoder::create(GetParam().header, all_codings, {}, error);
    ASSERT_TRUE(decoder);
    std::string output;
    for (std::size_t at = 0; at < compressed.size(); at += 1000) {
        const std::string_view chunk = std::string_view(compressed).substr(at, 1000);
        std::span<const char> input(chunk.data(), chunk.size());
        do {
            const std::size_t before = output.size();
            ASSERT_EQ(decoder->feed(input, output, 777), static_cast<DWORD>(ERROR_SUCCESS));
            ASSERT_LE(output.size() - before, 777u);
            input = {};
        } while (!decoder->needs_input());
    }
    const std::size_t before_finish = output.size();
    ASSERT_EQ(decoder->finish(output), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(output.size(), before_finish); // everything was drained by the bounded calls
    EXPECT_TRUE(output == plain);
    EXPECT_EQ(decoder->bytes_in(), compressed.size());
    EXPECT_EQ(decoder->bytes_out(), plain.size());
}

INSTANTIATE_TEST_SUITE_P(Codings, RoundTrip,
                         testing::Values(RoundTripCase{"gzip", "gzip"}, RoundTripCase{"x-gzip", "gzip"},
                                         RoundTripCase{"deflate", "deflate"}, RoundTripCase{"deflate", "raw-deflate"},
                                         RoundTripCase{"br", "br"}),
                         [](const auto& test_info) {
                             std::string name = test_info.param.header + "_" + test_info.param.coding;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// ---- gzip and deflate details ----------------------------------------------------------------------------

TEST(ContentDecoder, ConcatenatedGzipMembersEverySplit)
{
    const std::string compressed = gzip("first member, ") + gzip("second member, ") + gzip("") + gzip("third");
    for (std::size_t split = 1; split <= compressed.size(); ++split) {
        SCOPED_TRACE("split " + std::to_string(split));
        const Decoded decoded = decode("gzip", compressed, split);
        EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.output, "first member, second member, third");
    }
}

TEST(ContentDecoder, TruncatedSecondGzipMemberFails)
{
    const std::string second = gzip("second");
    const Decoded decoded = decode("gzip", gzip("first") + second.substr(0, 12));
    EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_EQ(decoded.output.substr(0, 5), "first");
}

TEST(ContentDecoder, TrailingBytesAfterTheStreamAreIgnored)
{
    for (const auto& [header, compressed] : {std::pair<std::string, std::string>{"gzip", gzip("body")},
                                             {"deflate", zlib_wrapped("body")},
                                             {"deflate", raw_deflate("body")},
                                             {"br", brotli("body")}}) {
        SCOPED_TRACE(header);
        const Decoded decoded = decode(header, compressed + std::string("\0\0\n junk", 9), 3);
        EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(decoded.output, "body");
    }
}

TEST(ContentDecoder, GarbageThatLooksLikeAnotherGzipMemberFails)
{
    const Decoded decoded = decode("gzip", gzip("body") + "\x1f\x8c garbage");
    EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
}

TEST(ContentDecoder, EmptyBodyIsAccepted)
{
    for (const char* header : {"gzip", "deflate", "br", "gzip, br"}) {
        SCOPED_TRACE(header);
        const Decoded decoded = decode(header, "");
        EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_TRUE(decoded.output.empty());
    }
}

TEST(ContentDecoder, CorruptDataFails)
{
    const std::string plain = text_sample(20'000);
    std::string bad_gzip_magic = gzip(plain);
    bad_gzip_magic[1] = 'x';
    std::string bad_gzip_crc = gzip(plain);
    bad_gzip_crc[bad_gzip_crc.size() - 6] ^= 0x55;
    std::string bad_zlib_checksum = zlib_wrapped(plain);
    bad_zlib_checksum.back() ^= 0x01;
    std::string bad_brotli = brotli(plain);
    bad_brotli[bad_brotli.size() / 2] ^= 0x5a;
    const std::pair<std::string, std::string> cases[] = {
        {"gzip", bad_gzip_magic},
        {"gzip", bad_gzip_crc},
        {"gzip", "this is not gzip at all"},
        {"deflate", bad_zlib_checksum},
        {"deflate", "\xff\xff\xff\xff not deflate"},
        {"br", bad_brotli},
        {"br", "\xff\xff\xff\xff not brotli"},
    };
    for (const auto& [header, input] : cases) {
        for (const std::size_t split : {std::size_t{0}, std::size_t{1}}) {
            SCOPED_TRACE(header + " split " + std::to_string(split));
            const Decoded decoded = decode(header, input, split);
            const DWORD error = decoded.feed_error != ERROR_SUCCESS ? decoded.feed_error : decoded.finish_error;
            EXPECT_EQ(error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
        }
    }
}

TEST(ContentDecoder, ErrorsAreSticky)
{
    DWORD error = 0;
    auto decoder = ContentDecoder::create("gzip", all_codings, {}, error);
    ASSERT_TRUE(decoder);
    std::string output;
    const std::string junk = "garbage!";
    EXPECT_EQ(decoder->feed(std::span(junk.data(), junk.size()), output),
              static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_FALSE(decoder->failure_reason().empty());
    const std::string good = gzip("x");
    EXPECT_EQ(decoder->feed(std::span(good.data(), good.size()), output),
              static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_EQ(decoder->finish(output), static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
}

TEST(ContentDecoder, FeedAfterFinishIsAnInternalError)
{
    DWORD error = 0;
    auto decoder = ContentDecoder::create("gzip", all_codings, {}, error);
    ASSERT_TRUE(decoder);
    std::string output;
    ASSERT_EQ(decoder->finish(output), static_cast<DWORD>(ERROR_SUCCESS));
    const std::string more = "x";
    EXPECT_EQ(decoder->feed(std::span(more.data(), more.size()), output),
              static_cast<DWORD>(ERROR_WINHTTP_INTERNAL_ERROR));
}

// ---- chains and the header ------------------------------------------------------------------------------

TEST(ContentDecoder, ChainsDecodeInReverseOrderOfApplication)
{
    const std::string plain = text_sample(50'000);
    const std::string gzip_then_br = brotli(gzip(plain));
    const std::string three = gzip(brotli(zlib_wrapped(plain)));
    for (const std::size_t split : {std::size_t{0}, std::size_t{1}, std::size_t{333}}) {
        SCOPED_TRACE("split " + std::to_string(split));
        const Decoded two_codings = decode("gzip, br", gzip_then_br, split);
        EXPECT_EQ(two_codings.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_TRUE(two_codings.output == plain);
        const Decoded three_codings = decode("deflate,br ,  GZIP", three, split);
        EXPECT_EQ(three_codings.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_TRUE(three_codings.output == plain);
    }
}

TEST(ContentDecoder, ChainReportsCodingsInDecodingOrder)
{
    DWORD error = 1;
    auto decoder = ContentDecoder::create("identity, x-gzip,, br", all_codings, {}, error);
    ASSERT_TRUE(decoder);
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_FALSE(decoder->passthrough());
    EXPECT_EQ(decoder->codings(), (std::vector<std::string>{"br", "gzip"}));
}

TEST(ContentDecoder, ChainLongerThanTheLimitIsRejected)
{
    DWORD error = 0;
    EXPECT_FALSE(ContentDecoder::create("gzip, gzip, br, deflate", all_codings, {}, error));
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));

    DecoderLimits one;
    one.max_chain = 1;
    EXPECT_FALSE(ContentDecoder::create("gzip, br", all_codings, one, error));
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_TRUE(ContentDecoder::create("identity, gzip, identity", all_codings, one, error));
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_SUCCESS));
}

struct PassthroughCase {
    const char* header;
    DWORD flags;
};

class Passthrough : public testing::TestWithParam<PassthroughCase> {};

TEST_P(Passthrough, BodyIsHandedOutUnchanged)
{
    const std::string body = gzip("still compressed");
    DWORD error = 1;
    auto decoder = ContentDecoder::create(GetParam().header, GetParam().flags, {}, error);
    ASSERT_TRUE(decoder);
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(decoder->passthrough());
    EXPECT_TRUE(decoder->codings().empty());
    std::string output;
    std::span<const char> input(body.data(), body.size());
    do {
        const std::size_t before = output.size();
        ASSERT_EQ(decoder->feed(input, output, 5), static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_LE(output.size() - before, 5u);
        input = {};
    } while (!decoder->needs_input());
    ASSERT_EQ(decoder->finish(output), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(output, body);
    EXPECT_EQ(decoder->bytes_in(), body.size());
    EXPECT_EQ(decoder->bytes_out(), body.size());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Passthrough,
    testing::Values(PassthroughCase{"", all_codings}, PassthroughCase{"identity", all_codings},
                    PassthroughCase{"compress", all_codings}, PassthroughCase{"zstd", all_codings},
                    PassthroughCase{"gzip, zstd", all_codings}, PassthroughCase{"gzip;q=1", all_codings},
                    PassthroughCase{"gzip", 0}, PassthroughCase{"gzip", WINHTTP_DECOMPRESSION_FLAG_DEFLATE},
                    PassthroughCase{"br", WINHTTP_DECOMPRESSION_FLAG_GZIP | WINHTTP_DECOMPRESSION_FLAG_DEFLATE},
                    PassthroughCase{"gzip, gzip, gzip, gzip, zstd", all_codings},
                    PassthroughCase{"gzip, gzip, gzip, gzip, gzip", 0}));

// ---- caps ------------------------------------------------------------------------------------------------

std::string zeros_gzip(std::size_t size)
{
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
    const std::string zeros(1 << 20, '\0');
    std::string out;
    std::string buffer(1 << 16, '\0');
    for (std::size_t left = size; left > 0 || stream.avail_in > 0;) {
        if (stream.avail_in == 0) {
            const std::size_t take = std::min(left, zeros.size());
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
            stream.avail_in = static_cast<uInt>(take);
            left -= take;
        }
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
            stream.avail_out = static_cast<uInt>(buffer.size());
            deflate(&stream, Z_NO_FLUSH);
            out.append(buffer.data(), buffer.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
        stream.avail_out = static_cast<uInt>(buffer.size());
        rc = deflate(&stream, Z_FINISH);
        out.append(buffer.data(), buffer.size() - stream.avail_out);
    } while (rc == Z_OK);
    EXPECT_EQ(rc, Z_STREAM_END);
    deflateEnd(&stream);
    return out;
}

TEST(ContentDecoder, BombIsRejectedWithBoundedOutput)
{
    const std::string bomb = zeros_gzip(10 << 20);
    DecoderLimits limits;
    limits.max_ratio = 20;
    limits.ratio_floor_bytes = 64 * 1024;
    const std::uint64_t allowance_for_everything = std::max<std::uint64_t>(64 * 1024, 20 * bomb.size());

    // All at once: the decoder stops a byte past what the input consumed so far allows.
    DWORD error = 0;
    auto decoder = ContentDecoder::create("gzip", all_codings, limits, error);
    ASSERT_TRUE(decoder);
    std::string output;
    EXPECT_EQ(decoder->feed(std::span(bomb.data(), bomb.size()), output),
              static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_LE(output.size(), allowance_for_everything + 1);
    EXPECT_EQ(decoder->failure_reason(), "decompression ratio limit exceeded");

    // One byte at a time.
    const Decoded byte_by_byte = decode("gzip", bomb, 1, limits);
    EXPECT_EQ(byte_by_byte.feed_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_LE(byte_by_byte.output.size(), allowance_for_everything + 1);
}

TEST(ContentDecoder, BombInsideAChainIsRejected)
{
    // The outer gzip layer is small; the inner one expands. The inner coding's output is capped as well.
    const std::string nested = gzip(zeros_gzip(10 << 20));
    DecoderLimits limits;
    limits.max_ratio = 50;
    limits.ratio_floor_bytes = 64 * 1024;
    const Decoded decoded = decode("gzip, gzip", nested, 0, limits);
    EXPECT_EQ(decoded.feed_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    EXPECT_LE(decoded.output.size(), std::max<std::size_t>(64 * 1024, 50 * nested.size()) + 1);
}

TEST(ContentDecoder, DefaultLimitsAcceptOrdinaryCompression)
{
    const std::string plain = text_sample(3 << 20);
    const Decoded decoded = decode("br", brotli(plain), 16 * 1024);
    EXPECT_EQ(decoded.finish_error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(decoded.output == plain);
}

TEST(ContentDecoder, HugeStreamDecodesInBoundedPieces)
{
    // 128 MiB of zeros (about 128 KiB compressed) pulled 64 KiB at a time: no call holds more than that.
    constexpr std::size_t plain_size = std::size_t{128} << 20;
    const std::string compressed = zeros_gzip(plain_size);
    DecoderLimits limits;
    limits.max_ratio = 2000; // zeros compress beyond deflate's usual 1000:1
    DWORD error = 0;
    auto decoder = ContentDecoder::create("gzip", all_codings, limits, error);
    ASSERT_TRUE(decoder);
    std::uint64_t total = 0;
    std::string output;
    constexpr std::size_t socket_read = 16 * 1024;
    for (std::size_t at = 0; at < compressed.size(); at += socket_read) {
        std::span<const char> input(compressed.data() + at, std::min(socket_read, compressed.size() - at));
        do {
            output.clear();
            ASSERT_EQ(decoder->feed(input, output, ContentDecoder::step_bytes), static_cast<DWORD>(ERROR_SUCCESS));
            ASSERT_LE(output.size(), ContentDecoder::step_bytes);
            ASSERT_TRUE(std::all_of(output.begin(), output.end(), [](char c) { return c == 0; }));
            total += output.size();
            input = {};
        } while (!decoder->needs_input());
    }
    output.clear();
    ASSERT_EQ(decoder->finish(output), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(output.empty());
    EXPECT_EQ(total, plain_size);
    EXPECT_EQ(decoder->bytes_out(), plain_size);
}

} // namespace
