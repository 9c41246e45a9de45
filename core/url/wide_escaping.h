#pragma once

// Escaping and decoding on the wide strings of WinHttpCrackUrl and WinHttpCreateUrl.
#include <string>
#include <string_view>

namespace hinternet::url {

enum class WideEscapes {
    // WinHttpCrackUrl's ICU_ESCAPE: what an HTTP request cannot carry raw — controls, space, DEL, non-ASCII
    // and " < > \ ^ ` { | }. '%' is kept so an already escaped URL is not escaped twice.
    crack,
    // WinHttpCreateUrl's ICU_ESCAPE, Windows' set: controls, space, DEL, non-ASCII and " # % < > [ \ ] ^ ` { | } ~.
    create,
    // ICU_ESCAPE_AUTHORITY for the user name and password: the create set and the delimiters : / ? @.
    authority,
};

// Each character of the set becomes %XX; a non-ASCII character becomes the %XX of each of its UTF-8 bytes.
std::wstring escape_wide(std::wstring_view text, WideEscapes set);

// ICU_DECODE: each %XX becomes the character U+00XX. Like Windows, this does not decode UTF-8 sequences.
std::wstring decode_wide(std::wstring_view text);

} // namespace hinternet::url
