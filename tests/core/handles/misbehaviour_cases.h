#pragma once

// The server-misbehaviour matrix (docs/reliability.md): one table of byte-exact scripted servers, each with
// the outcome a WinHTTP application must see and how curl's verdict on the same bytes compares. The table is
// run in synchronous and asynchronous mode (tst_misbehaviour_matrix) and against the curl binary
// (tst_misbehaviour_curl).
#include "support/scripted_server.h"

#include <windows.h>
#include <winhttp.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hs::test::misbehaviour {

// The ports a script may name in what it sends: "{MAIN}" and "{OTHER}" are replaced by them.
struct Ports {
    std::atomic<std::uint16_t> main{0};
    std::atomic<std::uint16_t> other{0}; // a plain-HTTP server answering "landed", when the case asks for one
};

using Script = std::function<void(ScriptedConnection&, int connection_index, const Ports&)>;

enum class Phase {
    Send,    // WinHttpSendRequest / WinHttpWriteData failed
    Receive, // WinHttpReceiveResponse failed
    Read,    // WinHttpQueryDataAvailable / WinHttpReadData failed
    None,    // the whole exchange succeeded
};

struct ClientRequest {
    std::string verb = "GET";
    std::string path = "/";
    std::string body;
    DWORD decompression = 0;
    std::optional<DWORD> redirect_policy;
    int send_timeout_ms = 5000;
    int receive_timeout_ms = 5000;
    int receive_response_timeout_ms = 0; // 0: the default
    int warmups = 0;                     // identical requests on the same session before the judged one
};

struct Expected {
    Phase phase = Phase::None;
    DWORD error = ERROR_SUCCESS; // for failures
    DWORD status = 0;            // for successes
    std::string body;            // for successes
};

struct CurlComparison {
    bool compared = true; // false: curl is not run (why says so)
    bool agrees = true;   // curl reaches the same verdict class (and body length for successes)
    std::string why;      // when it does not agree: why we deliberately differ
    bool discard_body = false;
};

// What a client (ours in either mode, or curl) did, as the checks see it.
struct Observed {
    std::vector<std::string> requests; // as the main server read them
    int connections = 0;
    std::vector<DWORD> interim; // INTERMEDIATE_RESPONSE statuses (ours only)
};

struct Case {
    std::string name;
    std::string what; // the misbehaviour in a few words, for docs/reliability.md
    Script script;
    ClientRequest request;
    Expected expected;
    CurlComparison curl;
    bool tls = false;           // the main server speaks TLS with a certificate from a per-run test CA
    bool other_server = false;  // start the plain "landed" server at {OTHER}
    std::size_t memory_cap = 0; // peak RSS growth allowed while the case runs (bytes); 0: not measured
    // Extra checks on what the server saw; an empty answer means fine. Run for curl too.
    std::function<std::string(const Observed&)> check;
};

const std::vector<Case>& all_cases();

std::string fill_ports(std::string text, const Ports& ports);

} // namespace hs::test::misbehaviour
