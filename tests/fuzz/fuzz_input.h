#pragma once

// One fuzz input read as the choices a target makes (flags, sizes, split points) followed by the payload, so
// the fuzzer mutates both. Reading past the end yields zeros: every input is a valid test case.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace hsfuzz {

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size)
        : data_(reinterpret_cast<const char*>(data))
        , size_(size)
    {}

    std::uint8_t byte() { return offset_ < size_ ? static_cast<std::uint8_t>(data_[offset_++]) : 0; }
    std::uint16_t u16() { return static_cast<std::uint16_t>(byte() | (byte() << 8)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(u16()) | (static_cast<std::uint32_t>(u16()) << 16); }
    bool flag() { return (byte() & 1) != 0; }
    template <typename T, std::size_t N>
    const T& pick(const T (&choices)[N])
    {
        return choices[byte() % N];
    }

    // A piece of at most max bytes, its length in the byte before it.
    std::string_view piece(std::size_t max)
    {
        const std::size_t wanted = byte() % (max + 1);
        const std::size_t length = wanted < size_ - offset_ ? wanted : size_ - offset_;
        std::string_view result(data_ + offset_, length);
        offset_ += length;
        return result;
    }
    // A piece up to the next `separator` byte (which is skipped), or the rest.
    std::string_view until(char separator)
    {
        std::string_view rest(data_ + offset_, size_ - offset_);
        const auto end = rest.find(separator);
        const auto length = end == std::string_view::npos ? rest.size() : end;
        offset_ += end == std::string_view::npos ? length : length + 1;
        return rest.substr(0, length);
    }
    std::string_view rest()
    {
        std::string_view result(data_ + offset_, size_ - offset_);
        offset_ = size_;
        return result;
    }
    bool empty() const { return offset_ >= size_; }

    // Split points: count (0..max_points) and a size for each; the payload is cut in these sizes, cycled.
    std::vector<std::size_t> split_sizes(std::size_t max_points)
    {
        std::vector<std::size_t> sizes(byte() % (max_points + 1));
        for (auto& size : sizes)
            size = 1 + (byte() % 64 == 0 ? u16() : byte() % 32);
        return sizes;
    }

private:
    const char* data_;
    std::size_t size_;
    std::size_t offset_ = 0;
};

// Cuts text into pieces of the given sizes (cycled); no sizes: one piece.
inline std::vector<std::string_view> split(std::string_view text, const std::vector<std::size_t>& sizes)
{
    std::vector<std::string_view> pieces;
    std::size_t next = 0;
    while (!text.empty()) {
        const std::size_t size = sizes.empty() ? text.size() : sizes[next++ % sizes.size()];
        pieces.push_back(text.substr(0, size));
        text.remove_prefix(pieces.back().size());
    }
    return pieces;
}

// Bytes as wide text: one character per byte (Latin-1, what the dictionaries and seeds are written in), or
// two bytes per UTF-16 unit (surrogates, unassigned and non-Latin-1 characters included).
inline std::wstring widen(std::string_view bytes, bool utf16_units)
{
    std::wstring text;
    if (!utf16_units) {
        for (const char c : bytes)
            text.push_back(static_cast<wchar_t>(static_cast<unsigned char>(c)));
        return text;
    }
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
        text.push_back(static_cast<wchar_t>(static_cast<unsigned char>(bytes[i]) |
                                            (static_cast<unsigned char>(bytes[i + 1]) << 8)));
    return text;
}

// A broken invariant: report it and abort, so libFuzzer saves the input as a crash.
[[noreturn]] inline void invariant_failed(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

} // namespace hsfuzz

#define HSFUZZ_CHECK(condition)                                                                                        \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::hsfuzz::invariant_failed(#condition, __FILE__, __LINE__);                                                \
    } while (false)
