#include <hinternet/library_versions.h>
#include <hinternet/version.h>

#include <brotli/decode.h>
#include <llhttp.h>
#include <openssl/crypto.h>
#include <zlib.h>

#include <format>

namespace hinternet {

LibraryVersions library_versions()
{
    const auto brotli = BrotliDecoderVersion(); // 0xMMMNNNPPP
    return LibraryVersions{
        .hinternet = HINTERNET_VERSION_STRING,
        .openssl = std::string("OpenSSL ") + OpenSSL_version(OPENSSL_VERSION_STRING),
        .llhttp = std::format("{}.{}.{}", LLHTTP_VERSION_MAJOR, LLHTTP_VERSION_MINOR, LLHTTP_VERSION_PATCH),
        .zlib = zlibVersion(),
        .brotli = std::format("{}.{}.{}", brotli >> 24, (brotli >> 12) & 0xFFF, brotli & 0xFFF),
    };
}

} // namespace hinternet
