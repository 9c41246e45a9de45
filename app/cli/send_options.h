#pragma once

// `hinterscope-cli send`'s command line: curl-like flags parsed into SendOptions. Parsing only checks
// what can be checked without touching the network or the file system (files are opened later).
#include "option_table.h"

#include <windows.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hinterscope::cli {

struct HeaderArgument {
    std::string name;
    std::string value;
    bool remove = false; // curl's "Name:" (no value): drop the header instead of sending it
};

// -d / --data-ascii / --data-raw / --data-binary.
struct DataArgument {
    enum class Kind {
        Text,   // -d: from a file, CR and LF are stripped (curl's rule)
        Binary, // --data-binary: exact bytes
    };
    Kind kind = Kind::Text;
    std::string text;                // the literal data, when not from a file
    std::optional<std::string> file; // "@path" (or "-" for stdin)
};

// -F name=value | name=@file[;type=...][;filename=...] | name=<file
struct FormArgument {
    enum class Kind { Text, FileUpload, FileContent };
    std::string name;
    Kind kind = Kind::Text;
    std::string value; // the text, or the path
    std::string content_type;
    std::optional<std::string> filename;
};

enum class AuthScheme { Basic, Digest };

struct SendOptions {
    bool help = false;

    std::string url;
    std::string method; // empty: GET, or POST with a body
    std::vector<HeaderArgument> headers;
    std::vector<DataArgument> data;
    std::vector<FormArgument> form;
    std::optional<std::string> user; // "user:password"
    AuthScheme auth_scheme = AuthScheme::Basic;
    std::string user_agent;

    std::optional<std::string> output; // "-" is stdout
    bool insecure = false;
    std::optional<std::string> ca_file;
    std::optional<std::string> proxy;
    std::optional<std::string> no_proxy;
    std::optional<DWORD> max_redirects;
    std::optional<double> max_time_seconds;
    std::optional<DWORD> redirect_policy;
    bool no_redirects = false;
    std::optional<DWORD> decompression;
    bool async = false;
    std::optional<DWORD> notify_flags;
    std::vector<OptionSetting> options;

    bool include = false;
    bool silent = false;
    bool verbose = false;
    bool trace_wire = false;
    std::size_t trace_wire_body_limit = 1024; // body bytes dumped per hop and direction
    bool json = false;
    std::size_t json_body_limit = 1024 * 1024;
    bool reveal_secrets = false;
    bool fail = false;
    bool force_progress = false;
};

struct UsageError {
    std::string message;
};

std::variant<SendOptions, UsageError> parse_send_arguments(const std::vector<std::string>& arguments);

// The parts of a header argument, or why it cannot be sent. Shared with tests of the parser's rules.
std::variant<HeaderArgument, UsageError> parse_header_argument(const std::string& argument);

} // namespace hinterscope::cli
