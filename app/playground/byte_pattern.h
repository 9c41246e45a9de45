#pragma once

#include <cstddef>
#include <cstdint>

namespace hinterscope::playground {

// The content of /large/{size} and /slow/{rate}: the byte at offset i is (i % 251 + i / 65536) % 256.
// Any client can recompute it to check a download (a prime period catches shifted or repeated blocks, the
// second term catches whole 64 KiB blocks out of place).
constexpr std::uint8_t patternByte(std::uint64_t offset)
{
    return static_cast<std::uint8_t>((offset % 251 + offset / 65536) % 256);
}

void fillPattern(std::uint64_t offset, unsigned char* out, std::size_t size);

} // namespace hinterscope::playground
