#pragma once

#include <cstdint>
#include <random>

namespace hinterscope::playground {

// The byte stream of CPython's random.seed(n) followed by random.randint(0, 255) calls, so /bytes/{n}?seed=s
// and /stream-bytes/{n}?seed=s return exactly what httpbin returns for the same seed.
class PythonRandom {
public:
    // CPython seeds with the absolute value of the integer.
    explicit PythonRandom(std::int64_t seed);
    // Unpredictable, for requests without a seed.
    PythonRandom();

    std::uint8_t nextByte();

private:
    std::mt19937 engine_;
};

} // namespace hinterscope::playground
