// Issue 8, security: CR, LF and NUL smuggled into a header name, a header value or any string that ends up
// in the request head must be refused by the WinHTTP call that takes it, and no injected line may ever reach
// the wire. Every row sends to a scripted raw-socket server that records the bytes it receives; after a
// refusal the same request handle sends a clean request, which proves the refused text did not stay behind.
#include "core/handles/winhttp_client.h"
#include "support/scripted_server.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <functional>
#include <list>
#include <string>
#include <thread>
#include <vector>

using hs::test::ScriptedConnection;
using hs::test::ScriptedServer;

namespace {

using namespace std::chrono_literals;

constexpr DWORD ok = ERROR_SUCCESS;
constexpr DWORD invalid = ERROR_INVALID_PARAMETER;
constexpr DWORD minus_one = static_cast<DWORD>(-1L);

// Answers every request on a connection with an empty 200 until the client goes away.
void answer_every_request(ScriptedConnection& connection, int)
{
    for (int exchange = 0; exchange < 20; ++exchange) {
        if (connection.read_request(5s).empty())
            return;
        if (!connection.send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
            return;
    }
}

// True when a line of the received head (ended by CR, LF or both, as a lenient server splits) starts with the
// injected header, or when a NUL arrived at all.
bool has_injected_line(const std::string& request)
{
    if (request.find('\0') != std::string::npos)
        return true;
    std::size_t start = 0;
    while (start <= request.size()) {
        const std::size_t end = std::min(request.find_first_of("\r\n", start), request.size());
        std::string line = request.substr(start, end - start);
        std::transform(line.begin(), line.end(), line.begin(), [](unsigned char c) { return std::tolower(c); });
        if (line.starts_with("x-injected"))
            return true;
        start = end + 1;
    }
    return false;
}

struct Handles {
    HINTERNET session = nullptr;
    HINTERNET connect = nullptr;
    HINTERNET request = nullptr;
    bool exchanged = false; // the row sent the request itself
    Handles() = default;
    Handles(const Handles&) = delete;
    Handles& operator=(const Handles&) = delete;
    ~Handles()
    {
        for (HINTERNET handle : {request, connect, session})
            if (handle != nullptr)
                WinHttpCloseHandle(handle);
    }
};

struct Context {
    std::uint16_t port = 0;
    bool async = false;
    Handles handles;
};

DWORD error_unless(bool succeeded)
{
    return succeeded ? static_cast<DWORD>(ERROR_SUCCESS) : GetLastError();
}

DWORD open_session(Context& context, const wchar_t* agent = L"injection-test",
                   DWORD access = WINHTTP_ACCESS_TYPE_NO_PROXY, const wchar_t* proxy = WINHTTP_NO_PROXY_NAME,
                   const wchar_t* bypass = WINHTTP_NO_PROXY_BYPASS)
{
    context.handles.session = WinHttpOpen(agent, access, proxy, bypass, context.async ? WINHTTP_FLAG_ASYNC : 0);
    return error_unless(context.handles.session != nullptr);
}

DWORD open_connect(Context& context, const std::wstring& host = L"127.0.0.1")
{
    context.handles.connect = WinHttpConnect(context.handles.session, host.c_str(), context.port, 0);
    return error_unless(context.handles.connect != nullptr);
}

struct RequestArguments {
    const wchar_t* verb = L"GET";
    const wchar_t* object = L"/";
    const wchar_t* version = nullptr;
    const wchar_t* referrer = WINHTTP_NO_REFERER;
    const wchar_t** accept_types = WINHTTP_DEFAULT_ACCEPT_TYPES;
    DWORD flags = 0;
};

DWORD open_request(Context& context, const RequestArguments& arguments = {})
{
    context.handles.request =
        WinHttpOpenRequest(context.handles.connect, arguments.verb, arguments.object, arguments.version,
                           arguments.referrer, arguments.accept_types, arguments.flags);
    return error_unless(context.handles.request != nullptr);
}

DWORD open_all(Context& context)
{
    if (const DWORD error = open_session(context); error != ok)
        return error;
    if (const DWORD error = open_connect(context); error != ok)
        return error;
    return open_request(context);
}

// Sends (sync) with the given headers and reads the whole response.
DWORD exchange(HINTERNET request, const wchar_t* headers = WINHTTP_NO_ADDITIONAL_HEADERS, DWORD length = 0)
{
    if (!WinHttpSendRequest(request, headers, length, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        return GetLastError();
    if (!WinHttpReceiveResponse(request, nullptr))
        return GetLastError();
    char buffer[512];
    for (int guard = 0; guard < 1000; ++guard) {
        DWORD read = 0;
        if (!WinHttpReadData(request, buffer, sizeof buffer, &read))
            return GetLastError();
        if (read == 0)
            break;
    }
    return ok;
}

struct InjectionCase {
    std::string label;
    std::function<DWORD(Context&)> attempt; // returns the error of the call that must refuse the text
    DWORD expected;
    bool async = false;
};

void PrintTo(const InjectionCase& c, std::ostream* os)
{
    *os << c.label;
}

std::string test_name(const testing::TestParamInfo<InjectionCase>& info)
{
    std::string name;
    for (const char c : info.param.label)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

struct Separator {
    const char* name;
    std::wstring text;
};

const Separator cr{"CR", L"\r"};
const Separator lf{"LF", L"\n"};
const Separator crlf{"CRLF", L"\r\n"};
const Separator nul{"NUL", std::wstring(1, L'\0')};

// "v<separator>X-Injected: yes": what an attacker puts where one value is expected.
std::wstring smuggled(const Separator& separator, const std::wstring& before = L"v")
{
    return before + separator.text + L"X-Injected: yes";
}

struct Modifier {
    const char* name;
    DWORD flags;
    bool needs_existing; // REPLACE without ADD and the COALESCE family act on a header that is there
};

const std::vector<Modifier> modifiers{
    {"none", 0, false},
    {"ADD", WINHTTP_ADDREQ_FLAG_ADD, false},
    {"ADD_IF_NEW", WINHTTP_ADDREQ_FLAG_ADD_IF_NEW, false},
    {"REPLACE", WINHTTP_ADDREQ_FLAG_REPLACE, true},
    {"REPLACE_ADD", WINHTTP_ADDREQ_FLAG_REPLACE | WINHTTP_ADDREQ_FLAG_ADD, false},
    {"COALESCE", WINHTTP_ADDREQ_FLAG_COALESCE, true},
    {"COALESCE_WITH_COMMA", WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA, true},
    {"COALESCE_WITH_SEMICOLON", WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON, true},
};

// Opens everything and, for modifiers that act on an existing field, adds a clean X-A first.
DWORD open_with_existing(Context& context, const Modifier& modifier)
{
    if (const DWORD error = open_all(context); error != ok)
        return error;
    if (modifier.needs_existing &&
        !WinHttpAddRequestHeaders(context.handles.request, L"X-A: original", minus_one, WINHTTP_ADDREQ_FLAG_ADD))
        return 0xDEAD; // a setup failure, never an expected error
    return ok;
}

// A block in WinHttpAddRequestHeaders or WinHttpSendRequest: CRLF separates lines (the API's own syntax),
// so the smuggling characters are a lone CR, a lone LF and NUL. With -1L a NUL ends the string: what follows
// it is never seen, which leaves "X-A: v" (value) or "X-A" without a colon (name).
struct BlockRow {
    std::string place; // "value" or "name"
    std::wstring block;
    DWORD explicit_error;
    DWORD minus_one_error;
    bool has_nul;
};

std::vector<BlockRow> block_rows()
{
    std::vector<BlockRow> rows;
    for (const Separator* separator : {&cr, &lf, &nul}) {
        const bool has_nul = separator == &nul;
        rows.push_back({std::string("value_") + separator->name, L"X-A: " + smuggled(*separator), invalid,
                        has_nul ? ok : invalid, has_nul});
        rows.push_back({std::string("name_") + separator->name, smuggled(*separator, L"X-A") + L"\r\nX-B: 1", invalid,
                        has_nul ? static_cast<DWORD>(ERROR_WINHTTP_INVALID_HEADER) : invalid, has_nul});
    }
    // A continuation line (obs-fold) would be one field to some servers and two to others; with a colon in
    // it, it is a name starting with a space.
    rows.push_back({"folded_line", L"X-A: v\r\n X-Injected: yes", invalid, invalid, false});
    rows.push_back({"folded_line_without_colon", L"X-A: v\r\n\tX-Injected", ERROR_WINHTTP_INVALID_HEADER,
                    ERROR_WINHTTP_INVALID_HEADER, false});
    rows.push_back({"LF_CR", L"X-A: v\n\rX-Injected: yes", invalid, invalid, false});
    return rows;
}

std::vector<InjectionCase> add_request_headers_cases()
{
    std::vector<InjectionCase> cases;
    for (const BlockRow& row : block_rows()) {
        for (const Modifier& modifier : modifiers) {
            for (const bool explicit_length : {true, false}) {
                const DWORD expected = explicit_length ? row.explicit_error : row.minus_one_error;
                const std::wstring block = row.block;
                cases.push_back({std::string("AddRequestHeaders_") + row.place + "_" + modifier.name +
                                     (explicit_length ? "_length" : "_minus1"),
                                 [block, modifier, explicit_length](Context& context) {
                                     if (const DWORD error = open_with_existing(context, modifier); error != ok)
                                         return error;
                                     const DWORD length =
                                         explicit_length ? static_cast<DWORD>(block.size()) : minus_one;
                                     return error_unless(WinHttpAddRequestHeaders(
                                         context.handles.request, block.c_str(), length, modifier.flags));
                                 },
                                 // REPLACE without an existing "X-A" would be HEADER_NOT_FOUND; the setup added one.
                                 expected});
            }
        }
    }
    // Characters above U+00FF never turn into CR or LF (U+010A, U+010D, U+0A0D): they go out as UTF-8.
    cases.push_back({"AddRequestHeaders_U010A_is_not_LF",
                     [](Context& context) {
                         if (const DWORD error = open_all(context); error != ok)
                             return error;
                         return error_unless(WinHttpAddRequestHeaders(context.handles.request,
                                                                      L"X-A: v\u010A\u010DX-Injected: yes\u0A0D",
                                                                      minus_one, WINHTTP_ADDREQ_FLAG_ADD));
                     },
                     ok});
    return cases;
}

std::vector<InjectionCase> add_request_headers_ex_cases()
{
    std::vector<InjectionCase> cases;
    for (const bool unicode : {true, false}) {
        for (const Modifier& modifier : modifiers) {
            for (const Separator* separator : {&cr, &lf, &crlf}) {
                for (const bool in_name : {false, true}) {
                    const std::wstring name = in_name ? smuggled(*separator, L"X-A") : L"X-A";
                    const std::wstring value = in_name ? L"1" : smuggled(*separator);
                    cases.push_back({std::string("AddRequestHeadersEx_") + (unicode ? "UNICODE_" : "ANSI_") +
                                         modifier.name + "_" + (in_name ? "name_" : "value_") + separator->name,
                                     [name, value, unicode, modifier](Context& context) -> DWORD {
                                         if (const DWORD error = open_with_existing(context, modifier); error != ok)
                                             return error;
                                         const std::string ansi_name = hs::test::narrow(name);
                                         const std::string ansi_value = hs::test::narrow(value);
                                         WINHTTP_EXTENDED_HEADER header{};
                                         if (unicode) {
                                             header.pwszName = name.c_str();
                                             header.pwszValue = value.c_str();
                                         } else {
                                             header.pszName = ansi_name.c_str();
                                             header.pszValue = ansi_value.c_str();
                                         }
                                         return WinHttpAddRequestHeadersEx(
                                             context.handles.request, modifier.flags,
                                             unicode ? WINHTTP_EXTENDED_HEADER_FLAG_UNICODE : 0, 0, 1, &header);
                                     },
                                     invalid});
                }
            }
        }
        // A NUL ends a C string: the rest is never read, so nothing follows "v" on the wire.
        cases.push_back({std::string("AddRequestHeadersEx_") + (unicode ? "UNICODE" : "ANSI") + "_value_NUL_truncates",
                         [unicode](Context& context) -> DWORD {
                             if (const DWORD error = open_all(context); error != ok)
                                 return error;
                             const std::wstring value = smuggled(nul);
                             const std::string ansi_value = hs::test::narrow(value);
                             WINHTTP_EXTENDED_HEADER header{};
                             if (unicode) {
                                 header.pwszName = L"X-A";
                                 header.pwszValue = value.c_str();
                             } else {
                                 header.pszName = "X-A";
                                 header.pszValue = ansi_value.c_str();
                             }
                             return WinHttpAddRequestHeadersEx(context.handles.request, WINHTTP_ADDREQ_FLAG_ADD,
                                                               unicode ? WINHTTP_EXTENDED_HEADER_FLAG_UNICODE : 0, 0, 1,
                                                               &header);
                         },
                         ok});
    }
    return cases;
}

std::vector<InjectionCase> send_request_cases()
{
    std::vector<InjectionCase> cases;
    for (const BlockRow& row : block_rows()) {
        for (const bool explicit_length : {true, false}) {
            for (const bool async : {false, true}) {
                const DWORD expected = explicit_length ? row.explicit_error : row.minus_one_error;
                if (async && expected == ok)
                    continue; // async rows prove a refusal happens before anything starts
                const std::wstring block = row.block;
                cases.push_back(
                    {std::string("SendRequest_") + row.place + (explicit_length ? "_length" : "_minus1") +
                         (async ? "_async" : "_sync"),
                     [block, explicit_length](Context& context) -> DWORD {
                         if (const DWORD error = open_all(context); error != ok)
                             return error;
                         const DWORD length = explicit_length ? static_cast<DWORD>(block.size()) : minus_one;
                         if (context.async)
                             return error_unless(WinHttpSendRequest(context.handles.request, block.c_str(), length,
                                                                    WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
                         const DWORD error = exchange(context.handles.request, block.c_str(), length);
                         context.handles.exchanged = error == ok;
                         return error;
                     },
                     expected, async});
            }
        }
    }
    return cases;
}

std::vector<InjectionCase> open_request_cases()
{
    std::vector<InjectionCase> cases;
    const auto row = [&cases](std::string label, RequestArguments arguments, DWORD expected) {
        cases.push_back({"OpenRequest_" + label,
                         [arguments](Context& context) -> DWORD {
                             if (const DWORD error = open_session(context); error != ok)
                                 return error;
                             if (const DWORD error = open_connect(context); error != ok)
                                 return error;
                             return open_request(context, arguments);
                         },
                         expected});
    };
    for (const Separator* separator : {&cr, &lf, &crlf}) {
        const std::string name = separator->name;
        // The strings live as long as the rows (static storage), so the arguments may point into them.
        static std::list<std::wstring> texts;
        static std::list<std::vector<const wchar_t*>> accept_lists;
        const auto keep = [](std::wstring text) -> const wchar_t* {
            return texts.emplace_back(std::move(text)).c_str();
        };
        row("verb_" + name, {.verb = keep(smuggled(*separator, L"GET"))}, invalid);
        row("object_" + name, {.object = keep(smuggled(*separator, L"/a"))}, invalid);
        row("object_" + name + "_ESCAPE_DISABLE",
            {.object = keep(smuggled(*separator, L"/a")), .flags = WINHTTP_FLAG_ESCAPE_DISABLE}, invalid);
        row("version_" + name, {.version = keep(smuggled(*separator, L"HTTP/1.1"))}, invalid);
        row("referrer_" + name, {.referrer = keep(smuggled(*separator, L"http://127.0.0.1/"))}, invalid);
        auto& accept = accept_lists.emplace_back();
        accept = {L"text/html", keep(smuggled(*separator, L"text/plain")), nullptr};
        row("accept_type_" + name, {.accept_types = accept.data()}, invalid);
    }
    // Escaped line breaks in the target are just text: they stay percent-encoded on the wire.
    row("object_percent_encoded_CRLF", {.object = L"/a%0D%0AX-Injected:%20yes"}, ok);
    row("object_percent_encoded_CRLF_ESCAPE_DISABLE",
        {.object = L"/a%0D%0AX-Injected:%20yes", .flags = WINHTTP_FLAG_ESCAPE_DISABLE}, ok);
    row("verb_with_space", {.verb = L"GET /x HTTP/1.1\r\nX-Injected: yes\r\n\r\nGET"}, invalid);
    return cases;
}

std::vector<InjectionCase> session_and_credential_cases()
{
    std::vector<InjectionCase> cases;
    for (const Separator* separator : {&cr, &lf, &crlf}) {
        const std::string name = separator->name;
        const std::wstring text = smuggled(*separator);
        cases.push_back({"WinHttpOpen_agent_" + name,
                         [text](Context& context) { return open_session(context, text.c_str()); }, invalid});
        cases.push_back({"SetOption_USER_AGENT_" + name,
                         [text](Context& context) -> DWORD {
                             if (const DWORD error = open_all(context); error != ok)
                                 return error;
                             std::wstring value = text;
                             return error_unless(WinHttpSetOption(context.handles.session, WINHTTP_OPTION_USER_AGENT,
                                                                  value.data(), static_cast<DWORD>(value.size())));
                         },
                         invalid});
        // The server name becomes the Host header.
        cases.push_back({"WinHttpConnect_host_" + name,
                         [separator](Context& context) -> DWORD {
                             if (const DWORD error = open_session(context); error != ok)
                                 return error;
                             return open_connect(context, smuggled(*separator, L"127.0.0.1"));
                         },
                         ERROR_WINHTTP_INVALID_URL});
        for (const DWORD target : {WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_TARGET_PROXY}) {
            for (const DWORD scheme : {WINHTTP_AUTH_SCHEME_BASIC, WINHTTP_AUTH_SCHEME_DIGEST}) {
                for (const bool in_user : {true, false}) {
                    cases.push_back({std::string("SetCredentials_") +
                                         (target == WINHTTP_AUTH_TARGET_SERVER ? "server_" : "proxy_") +
                                         (scheme == WINHTTP_AUTH_SCHEME_BASIC ? "Basic_" : "Digest_") +
                                         (in_user ? "user_" : "password_") + name,
                                     [text, target, scheme, in_user](Context& context) -> DWORD {
                                         if (const DWORD error = open_all(context); error != ok)
                                             return error;
                                         return error_unless(WinHttpSetCredentials(
                                             context.handles.request, target, scheme, in_user ? text.c_str() : L"user",
                                             in_user ? L"password" : text.c_str(), nullptr));
                                     },
                                     invalid});
                }
            }
        }
        for (const auto& [option, option_name] :
             {std::pair{WINHTTP_OPTION_USERNAME, "USERNAME"}, std::pair{WINHTTP_OPTION_PASSWORD, "PASSWORD"},
              std::pair{WINHTTP_OPTION_PROXY_USERNAME, "PROXY_USERNAME"},
              std::pair{WINHTTP_OPTION_PROXY_PASSWORD, "PROXY_PASSWORD"}}) {
            cases.push_back({std::string("SetOption_") + option_name + "_" + name,
                             [text, option](Context& context) -> DWORD {
                                 if (const DWORD error = open_all(context); error != ok)
                                     return error;
                                 std::wstring value = text;
                                 return error_unless(WinHttpSetOption(context.handles.request, option, value.data(),
                                                                      static_cast<DWORD>(value.size())));
                             },
                             invalid});
        }
    }
    // String options take a length in characters; a NUL inside it ends the string, so the agent is "v".
    cases.push_back({"SetOption_USER_AGENT_NUL_truncates",
                     [](Context& context) -> DWORD {
                         if (const DWORD error = open_all(context); error != ok)
                             return error;
                         std::wstring value = smuggled(nul);
                         return error_unless(WinHttpSetOption(context.handles.session, WINHTTP_OPTION_USER_AGENT,
                                                              value.data(), static_cast<DWORD>(value.size())));
                     },
                     ok});
    return cases;
}

// Proxy strings: the scripted server is the proxy. A proxy list may not smuggle a line into the request
// (the proxy's name never appears in it); a refused list must not leave the session half-configured.
std::vector<InjectionCase> proxy_cases()
{
    std::vector<InjectionCase> cases;
    for (const Separator* separator : {&cr, &lf, &crlf}) {
        const std::string name = separator->name;
        cases.push_back(
            {"WinHttpOpen_proxy_" + name,
             [separator](Context& context) -> DWORD {
                 const std::wstring proxy = smuggled(*separator, L"127.0.0.1:" + std::to_wstring(context.port));
                 return open_session(context, L"injection-test", WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy.c_str());
             },
             invalid});
        cases.push_back({"WinHttpOpen_proxy_bypass_" + name,
                         [separator](Context& context) -> DWORD {
                             const std::wstring proxy = L"127.0.0.1:" + std::to_wstring(context.port);
                             const std::wstring bypass = smuggled(*separator, L"example.test");
                             return open_session(context, L"injection-test", WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                                                 proxy.c_str(), bypass.c_str());
                         },
                         invalid});
        cases.push_back({"SetOption_PROXY_" + name,
                         [separator](Context& context) -> DWORD {
                             if (const DWORD error = open_all(context); error != ok)
                                 return error;
                             std::wstring proxy = smuggled(*separator, L"127.0.0.1:" + std::to_wstring(context.port));
                             WINHTTP_PROXY_INFO info{WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy.data(), nullptr};
                             return error_unless(
                                 WinHttpSetOption(context.handles.request, WINHTTP_OPTION_PROXY, &info, sizeof info));
                         },
                         invalid});
        cases.push_back({"SetDefaultProxyConfiguration_" + name,
                         [separator](Context& context) -> DWORD {
                             std::wstring proxy = smuggled(*separator, L"127.0.0.1:" + std::to_wstring(context.port));
                             WINHTTP_PROXY_INFO info{WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy.data(), nullptr};
                             return error_unless(WinHttpSetDefaultProxyConfiguration(&info));
                         },
                         invalid});
    }
    return cases;
}

class HeaderInjection : public testing::TestWithParam<InjectionCase> {};

TEST_P(HeaderInjection, IsRefusedAndNeverReachesTheWire)
{
    const InjectionCase& c = GetParam();
    ScriptedServer server(answer_every_request);
    bool followed_up = false;
    {
        Context context;
        context.port = server.port();
        context.async = c.async;
        EXPECT_EQ(c.attempt(context), c.expected);
        // The refused text must not linger in the handle: the same request, sent clean, still works.
        if (!c.async && context.handles.request != nullptr && !context.handles.exchanged) {
            EXPECT_EQ(exchange(context.handles.request), ok);
            followed_up = true;
        }
    }
    if (c.async) {
        std::this_thread::sleep_for(50ms);
        EXPECT_EQ(server.connections(), 0) << "a refused asynchronous send opened a connection";
    }
    const auto requests = server.requests();
    if (followed_up || (c.expected == ok && !c.async)) {
        EXPECT_FALSE(requests.empty()) << "nothing arrived, so the check below proves nothing";
    }
    for (const std::string& request : requests)
        EXPECT_FALSE(has_injected_line(request)) << request;
}

INSTANTIATE_TEST_SUITE_P(AddRequestHeaders, HeaderInjection, testing::ValuesIn(add_request_headers_cases()), test_name);
INSTANTIATE_TEST_SUITE_P(AddRequestHeadersEx, HeaderInjection, testing::ValuesIn(add_request_headers_ex_cases()),
                         test_name);
INSTANTIATE_TEST_SUITE_P(SendRequest, HeaderInjection, testing::ValuesIn(send_request_cases()), test_name);
INSTANTIATE_TEST_SUITE_P(OpenRequest, HeaderInjection, testing::ValuesIn(open_request_cases()), test_name);
INSTANTIATE_TEST_SUITE_P(SessionAndCredentials, HeaderInjection, testing::ValuesIn(session_and_credential_cases()),
                         test_name);
INSTANTIATE_TEST_SUITE_P(Proxy, HeaderInjection, testing::ValuesIn(proxy_cases()), test_name);

// The checker itself: a lenient server splits lines at a lone CR or LF too.
TEST(HeaderInjectionChecker, FindsInjectedLinesHoweverTheyAreSplit)
{
    EXPECT_FALSE(has_injected_line("GET / HTTP/1.1\r\nX-A: v X-Injected: yes\r\n\r\n"));
    EXPECT_TRUE(has_injected_line("GET / HTTP/1.1\r\nX-A: v\rX-Injected: yes\r\n\r\n"));
    EXPECT_TRUE(has_injected_line("GET / HTTP/1.1\r\nX-A: v\nx-injected: yes\r\n\r\n"));
    constexpr char with_nul[] = "GET / HTTP/1.1\r\nX-A: v\0\r\n\r\n";
    EXPECT_TRUE(has_injected_line(std::string(with_nul, sizeof with_nul - 1)));
}

} // namespace
