#include "byte_pattern.h"

namespace hinterscope::playground {

void fillPattern(std::uint64_t offset, unsigned char* out, std::size_t size)
{
    // Incremental form of patternByte(): no division per byte on multi-gigabyte streams.
    std::uint64_t cycle = offset % 251;
    std::uint64_t block = offset / 65536;
    std::uint64_t inBlock = offset % 65536;
    for (std::size_t i = 0; i < size; ++i) {
        out[i] = static_cast<unsigned char>((cycle + block) % 256);
        if (++cycle == 251)
            cycle = 0;
        if (++inBlock == 65536) {
            inBlock = 0;
            ++block;
        }
    }
}

} // namespace hinterscope::playground
