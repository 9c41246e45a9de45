#include "python_random.h"

#include <algorithm>
#include <array>
#include <vector>

namespace hinterscope::playground {

namespace {

// A seed sequence that produces CPython's MT19937 state for an integer seed (init_by_array over the
// integer's 32-bit words, least significant first). std::mt19937::seed(Sseq&) copies those 624 words
// into its state unchanged, so both generators then produce the same outputs.
class CPythonSeedSequence {
public:
    using result_type = std::uint32_t;

    explicit CPythonSeedSequence(std::uint64_t magnitude)
    {
        key_.push_back(static_cast<std::uint32_t>(magnitude));
        if (magnitude >> 32)
            key_.push_back(static_cast<std::uint32_t>(magnitude >> 32));
    }

    template <class Iterator>
    void generate(Iterator begin, Iterator end) const
    {
        constexpr std::size_t n = 624;
        std::array<std::uint32_t, n> state{};
        state[0] = 19650218U;
        for (std::size_t i = 1; i < n; ++i)
            state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<std::uint32_t>(i);

        std::size_t i = 1;
        std::size_t j = 0;
        for (std::size_t k = std::max(n, key_.size()); k > 0; --k) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key_[j] +
                       static_cast<std::uint32_t>(j);
            ++i;
            ++j;
            if (i >= n) {
                state[0] = state[n - 1];
                i = 1;
            }
            if (j >= key_.size())
                j = 0;
        }
        for (std::size_t k = n - 1; k > 0; --k) {
            state[i] =
                (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
            ++i;
            if (i >= n) {
                state[0] = state[n - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000U;

        std::size_t index = 0;
        for (auto it = begin; it != end; ++it)
            *it = state[index++ % n];
    }

private:
    std::vector<std::uint32_t> key_;
};

} // namespace

PythonRandom::PythonRandom(std::int64_t seed)
{
    const std::uint64_t magnitude =
        seed < 0 ? static_cast<std::uint64_t>(-(seed + 1)) + 1 : static_cast<std::uint64_t>(seed);
    CPythonSeedSequence sequence(magnitude);
    engine_.seed(sequence);
}

PythonRandom::PythonRandom()
{
    std::random_device device;
    std::seed_seq sequence{device(), device(), device(), device()};
    engine_.seed(sequence);
}

std::uint8_t PythonRandom::nextByte()
{
    // randint(0, 255) is _randbelow(256): getrandbits(9), the top 9 bits of one output, until it is below 256.
    while (true) {
        const auto candidate = static_cast<std::uint32_t>(engine_()) >> 23;
        if (candidate < 256)
            return static_cast<std::uint8_t>(candidate);
    }
}

} // namespace hinterscope::playground
