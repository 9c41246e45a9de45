#include "terminal_text.h"

#include <format>

namespace hinterscope::cli {
namespace {

// Length of the UTF-8 sequence at `at` (1-4), or 0 when it is not a valid one.
std::size_t utf8_sequence(std::string_view bytes, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(bytes[at]);
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        code_point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        code_point = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > bytes.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(bytes[at + i]);
        if ((next & 0xC0) != 0x80)
            return 0;
        code_point = (code_point << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
                          (length == 4 && code_point < 0x10000);
    if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
        return 0;
    return length;
}

bool is_c1_control(std::string_view bytes, std::size_t at, std::size_t length)
{
    return length == 2 && static_cast<unsigned char>(bytes[at]) == 0xC2 &&
           static_cast<unsigned char>(bytes[at + 1]) < 0xA0;
}

} // namespace

std::string printable(std::string_view bytes)
{
    std::string result;
    result.reserve(bytes.size());
    for (std::size_t at = 0; at < bytes.size();) {
        const auto byte = static_cast<unsigned char>(bytes[at]);
        const std::size_t length = utf8_sequence(bytes, at);
        if (length == 1 && (byte >= 0x20 || byte == '\t') && byte != 0x7F) {
            result += static_cast<char>(byte);
            ++at;
        } else if (length > 1 && !is_c1_control(bytes, at, length)) {
            result.append(bytes.substr(at, length));
            at += length;
        } else {
            result += std::format("\\x{:02x}", byte);
            ++at;
        }
    }
    return result;
}

std::string hex_dump(std::string_view bytes, std::uint64_t offset, std::string_view line_prefix)
{
    std::string dump;
    for (std::size_t line = 0; line < bytes.size(); line += 16) {
        dump += line_prefix;
        dump += std::format("{:08x}: ", offset + line);
        std::string ascii;
        for (std::size_t i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto byte = static_cast<unsigned char>(bytes[line + i]);
                dump += std::format("{:02x} ", byte);
                ascii += byte >= 0x20 && byte < 0x7F ? static_cast<char>(byte) : '.';
            } else {
                dump += "   ";
            }
            if (i == 7)
                dump += ' ';
        }
        dump += ' ';
        dump += ascii;
        dump += '\n';
    }
    return dump;
}

std::string human_bytes(double bytes)
{
    static constexpr const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return std::format("{:.0f} B", bytes);
    int unit = -1;
    while (bytes >= 1024 && unit < 3) {
        bytes /= 1024;
        ++unit;
    }
    return std::format("{:.1f} {}", bytes, units[unit]);
}

bool is_valid_utf8(std::string_view bytes)
{
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t length = utf8_sequence(bytes, at);
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

} // namespace hinterscope::cli
