#pragma once

// The options `--option NAME=VALUE` can set: WinHTTP's settable options (and hinternet's extensions) by
// name, with the kind of value each takes and the handle it is set on.
#include <windows.h>

#include <winhttp.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hinterscope::cli {

enum class OptionValueKind { Dword, String };
enum class OptionTarget { Session, Request };

struct OptionInfo {
    std::string_view name; // without the WINHTTP_OPTION_ / HINTERNET_OPTION_ prefix
    DWORD id;
    OptionValueKind kind;
    OptionTarget target; // the request when the request handle accepts it, else the session
    bool secret = false; // credentials: shown redacted
};

// A parsed `--option NAME=VALUE`.
struct OptionSetting {
    const OptionInfo* option = nullptr;
    DWORD number = 0;   // Dword options
    std::string text;   // String options (UTF-8)
    std::string source; // the argument as given, for messages
};

const std::vector<OptionInfo>& settable_options();
// Accepts "REDIRECT_POLICY", "WINHTTP_OPTION_REDIRECT_POLICY" or "HINTERNET_OPTION_CA_FILE", any case.
const OptionInfo* find_option(std::string_view name);
// The full constant name ("WINHTTP_OPTION_REDIRECT_POLICY"), or "option N" for an id not in the table.
std::string option_constant_name(DWORD id);
// Up to five known names close to `name` (edit distance or substring), for a "did you mean" message.
std::vector<std::string> close_option_names(std::string_view name);

// Parses NAME=VALUE. Numbers are decimal or 0x hex; flag options also take their constants' names
// joined with '|' (e.g. DISABLE_FEATURE=REDIRECTS|COOKIES). Returns the setting or an error message.
std::variant<OptionSetting, std::string> parse_option_setting(std::string_view argument);

} // namespace hinterscope::cli
