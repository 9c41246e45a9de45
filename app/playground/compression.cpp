#include "compression.h"

#include <brotli/encode.h>
#include <zlib.h>

namespace hinterscope::playground {

namespace {

std::optional<std::string> compressWithZlib(std::string_view data, int windowBits)
{
    z_stream stream{};
    // windowBits 15 writes the zlib wrapper, 15 + 16 the gzip one.
    if (deflateInit2(&stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<std::string> compress(std::string_view data, Coding coding)
{
    switch (coding) {
    case Coding::Gzip:
        return compressWithZlib(data, 15 + 16);
    case Coding::Deflate:
        return compressWithZlib(data, 15);
    case Coding::Brotli: {
        std::size_t size = BrotliEncoderMaxCompressedSize(data.size());
        if (size == 0)
            return std::nullopt;
        std::string out(size, '\0');
        if (!BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                                   reinterpret_cast<const uint8_t*>(data.data()), &size,
                                   reinterpret_cast<uint8_t*>(out.data())))
            return std::nullopt;
        out.resize(size);
        return out;
    }
    }
    return std::nullopt;
}

} // namespace hinterscope::playground
