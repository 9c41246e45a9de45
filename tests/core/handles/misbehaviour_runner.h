#pragma once

// Runs one case of the misbehaviour matrix: starts its scripted servers, then our client (sync or async) or
// the curl binary against them.
#include "misbehaviour_cases.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

namespace hs::test::misbehaviour {

enum class Mode { Sync, Async };

struct ClientResult {
    Phase phase = Phase::None;
    DWORD error = ERROR_SUCCESS;
    DWORD status = 0;
    std::string body;
    bool finished = true; // false: an async exchange did not end in time
    Observed observed;
    std::size_t peak_growth = 0; // peak RSS growth while the case ran, bytes (when the case measures it)
};

ClientResult run_client(const Case& c, Mode mode);

struct CurlResult {
    bool ran = false;
    int exit_code = -1;
    std::uint64_t body_size = 0;
    std::string http_code;
    std::string error_text; // curl's stderr (-sS)
    Observed observed;
};

std::filesystem::path curl_program(); // empty when there is no curl
CurlResult run_curl(const Case& c);

const char* phase_name(Phase phase);
std::string error_name(DWORD error);

} // namespace hs::test::misbehaviour
