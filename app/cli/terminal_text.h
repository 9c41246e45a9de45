#pragma once

// Text from the network shown on a terminal: control bytes and broken UTF-8 are escaped, so a server
// cannot move the cursor or rewrite what the user sees. Also the hex dump of --trace-wire.
#include <cstdint>
#include <string>
#include <string_view>

namespace hinterscope::cli {

// Printable text: valid UTF-8 kept; C0/C1 controls, DEL and invalid bytes as \xNN; tab kept.
std::string printable(std::string_view bytes);
// "0000: 47 45 54 20 ... GET /..." lines (16 bytes each), each ending in '\n', offsets from `offset`.
std::string hex_dump(std::string_view bytes, std::uint64_t offset, std::string_view line_prefix);
// 1536 → "1.5 KiB"; below 1 KiB in bytes.
std::string human_bytes(double bytes);
// Valid UTF-8 (JSON can carry it as a string as is).
bool is_valid_utf8(std::string_view bytes);

} // namespace hinterscope::cli
