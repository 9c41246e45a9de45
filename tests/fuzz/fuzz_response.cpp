// The response path as the engine runs it: a WinHTTP request handle (sync mode) whose connection is a scripted
// stream handing out the fuzz payload in pieces the input chose. Everything between the socket and the
// application runs unchanged: llhttp, the header store and its limits, chunked framing, content decoding with
// its caps, redirects, auth challenges, cookies, QueryHeaders, ReadData.
//
// The scripted connection is put into the session's keep-alive pool, so the request takes it instead of
// connecting. The target never reaches the network: the only host is fuzz.invalid (RFC 6761, never resolves);
// in proxy mode every plain-http hop goes through the proxy connection (the scripted one), so redirects and
// auth retries read on; in direct mode redirects are off, because a Location could name a real loopback port.
#include "fuzz_input.h"

#include "handles/handle_table.h"
#include "handles/session.h"
#include "net/connection.h"

#include <hinternet/extensions.h>

#include <windows.h>
#include <winhttp.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace hinternet;

constexpr std::size_t max_body_read = 8 * 1024 * 1024;

class ScriptedStream final : public net::Stream {
public:
    ScriptedStream(std::string wire, std::vector<std::size_t> sizes, bool reset_at_end)
        : wire_(std::move(wire))
        , sizes_(std::move(sizes))
        , reset_at_end_(reset_at_end)
    {}

    io::Task<net::IoResult> read_some(std::span<char> buffer, io::Deadline, std::size_t) override
    {
        if (offset_ >= wire_.size())
            co_return net::IoResult{reset_at_end_ ? DWORD{ERROR_WINHTTP_CONNECTION_ERROR} : DWORD{ERROR_SUCCESS}, 0};
        std::size_t size = sizes_.empty() ? wire_.size() : sizes_[next_++ % sizes_.size()];
        size = std::min({size, buffer.size(), wire_.size() - offset_});
        std::memcpy(buffer.data(), wire_.data() + offset_, size);
        offset_ += size;
        co_return net::IoResult{ERROR_SUCCESS, size};
    }
    io::Task<net::IoResult> write_all(std::span<const char> data, io::Deadline) override
    {
        // What the engine sends must stay one well-formed head, whatever the server said before.
        const std::string_view sent(data.data(), data.size());
        HSFUZZ_CHECK(sent.find('\0') == std::string_view::npos || sent.find("\r\n\r\n") < sent.find('\0'));
        co_return net::IoResult{ERROR_SUCCESS, data.size()};
    }
    // The peer answers each request it gets: the next bytes are its next response.
    bool idle_and_alive() override { return true; }
    int fd() const override { return -1; }

private:
    std::string wire_;
    std::vector<std::size_t> sizes_;
    std::size_t offset_ = 0;
    std::size_t next_ = 0;
    bool reset_at_end_;
};

void plant_connection(HINTERNET session_value, bool proxy, std::unique_ptr<ScriptedStream> stream)
{
    auto session =
        handles::HandleTable::instance().find_as<handles::Session>(session_value, WINHTTP_HANDLE_TYPE_SESSION);
    HSFUZZ_CHECK(session != nullptr);
    auto connection = std::make_unique<net::Connection>();
    // The key open_connection() computes for http://fuzz.invalid/ (direct) or any http URL via the proxy.
    connection->endpoint.secure = false;
    connection->endpoint.host = proxy ? "" : "fuzz.invalid";
    connection->endpoint.port = proxy ? 0 : 80;
    connection->endpoint.proxy = proxy ? "fuzz.invalid:8080" : "";
    connection->stream = std::move(stream);
    connection->id = 1;
    session->pool().give_back(std::move(connection));
}

// Response headers never carry a lone CR or LF, nor a NUL, into what the application reads.
void check_header_text(const std::wstring& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        HSFUZZ_CHECK(text[i] != L'\0');
        if (text[i] == L'\r')
            HSFUZZ_CHECK(i + 1 < text.size() && text[i + 1] == L'\n');
        if (text[i] == L'\n')
            HSFUZZ_CHECK(i > 0 && text[i - 1] == L'\r');
    }
}

void query_text(HINTERNET request, DWORD level, LPCWSTR name = WINHTTP_HEADER_NAME_BY_INDEX)
{
    DWORD index = 0;
    for (int round = 0; round < 4; ++round) {
        DWORD bytes = 0;
        if (WinHttpQueryHeaders(request, level, name, WINHTTP_NO_OUTPUT_BUFFER, &bytes, &index))
            return;
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
            return;
        HSFUZZ_CHECK(bytes % sizeof(wchar_t) == 0);
        std::wstring text(bytes / sizeof(wchar_t), L'\0');
        DWORD length = bytes;
        const DWORD before = index;
        if (!WinHttpQueryHeaders(request, level, name, text.data(), &length, &index))
            return;
        HSFUZZ_CHECK(length + sizeof(wchar_t) == bytes);
        text.resize(length / sizeof(wchar_t));
        if ((level & 0xffff) == WINHTTP_QUERY_RAW_HEADERS_CRLF)
            check_header_text(text);
        if (index == before)
            return;
    }
}

void query_everything(HINTERNET request, bool trailers)
{
    const DWORD trailer_flag = trailers ? WINHTTP_QUERY_FLAG_TRAILERS : 0;
    query_text(request, WINHTTP_QUERY_RAW_HEADERS_CRLF | trailer_flag);
    query_text(request, WINHTTP_QUERY_RAW_HEADERS | trailer_flag);
    if (trailers)
        return;
    query_text(request, WINHTTP_QUERY_STATUS_TEXT);
    query_text(request, WINHTTP_QUERY_VERSION);
    query_text(request, WINHTTP_QUERY_SET_COOKIE);
    query_text(request, WINHTTP_QUERY_CONTENT_TYPE);
    query_text(request, WINHTTP_QUERY_CUSTOM, L"Location");
    query_text(request, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS);
    DWORD number = 0;
    DWORD size = sizeof number;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, nullptr, &number, &size,
                        nullptr);
    ULONGLONG length = 0;
    size = sizeof length;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_CONTENT_LENGTH | WINHTTP_QUERY_FLAG_NUMBER64, nullptr, &length, &size,
                        nullptr);
    SYSTEMTIME time{};
    size = sizeof time;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_DATE | WINHTTP_QUERY_FLAG_SYSTEMTIME, nullptr, &time, &size, nullptr);
    DWORD supported = 0, first = 0, target = 0;
    WinHttpQueryAuthSchemes(request, &supported, &first, &target);
    wchar_t url[2048];
    size = sizeof url;
    WinHttpQueryOption(request, WINHTTP_OPTION_URL, url, &size);
}

void read_body(HINTERNET request, DWORD buffer_size, bool ask_available)
{
    std::vector<char> buffer(buffer_size);
    std::size_t total = 0;
    while (total < max_body_read) {
        if (ask_available) {
            DWORD available = 0;
            if (!WinHttpQueryDataAvailable(request, &available))
                return;
            if (available == 0)
                break;
        }
        DWORD read = 0;
        if (!WinHttpReadData(request, buffer.data(), buffer_size, &read))
            return;
        HSFUZZ_CHECK(read <= buffer_size);
        if (read == 0)
            break;
        total += read;
    }
    if (total < max_body_read)
        query_everything(request, true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    const std::uint8_t mode = input.byte();
    const bool proxy = (mode & 0x01) != 0;
    const bool reset_at_end = (mode & 0x02) != 0;
    const bool ask_available = (mode & 0x04) != 0;
    const bool disable_cookies = (mode & 0x08) != 0;
    static constexpr const wchar_t* verbs[] = {L"GET", L"HEAD", L"POST", L"PUT"};
    const wchar_t* verb = input.pick(verbs);
    const std::uint8_t codings = input.byte();
    const DWORD decompression = (codings & 1 ? WINHTTP_DECOMPRESSION_FLAG_GZIP : 0) |
                                (codings & 2 ? WINHTTP_DECOMPRESSION_FLAG_DEFLATE : 0) |
                                (codings & 4 ? HINTERNET_DECOMPRESSION_FLAG_BROTLI : 0);
    static constexpr DWORD schemes[] = {0, WINHTTP_AUTH_SCHEME_BASIC, WINHTTP_AUTH_SCHEME_DIGEST};
    const DWORD server_scheme = input.pick(schemes);
    const DWORD proxy_scheme = input.pick(schemes);
    const DWORD redirect_policy = input.byte() % 3;
    static constexpr DWORD buffer_sizes[] = {1, 7, 512, 8192, 65536};
    const DWORD buffer_size = input.pick(buffer_sizes);
    auto sizes = input.split_sizes(8);
    const std::string_view wire = input.rest();

    HINTERNET session =
        proxy ? WinHttpOpen(L"fuzz", WINHTTP_ACCESS_TYPE_NAMED_PROXY, L"fuzz.invalid:8080", WINHTTP_NO_PROXY_BYPASS, 0)
              : WinHttpOpen(L"fuzz", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    HSFUZZ_CHECK(session != nullptr);
    plant_connection(session, proxy,
                     std::make_unique<ScriptedStream>(std::string(wire), std::move(sizes), reset_at_end));
    HINTERNET connect = WinHttpConnect(session, L"fuzz.invalid", INTERNET_DEFAULT_HTTP_PORT, 0);
    HSFUZZ_CHECK(connect != nullptr);
    HINTERNET request =
        WinHttpOpenRequest(connect, verb, L"/fuzz?q=1", nullptr, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    HSFUZZ_CHECK(request != nullptr);

    DWORD features = (proxy ? 0 : WINHTTP_DISABLE_REDIRECTS) | (disable_cookies ? WINHTTP_DISABLE_COOKIES : 0);
    if (features != 0)
        WinHttpSetOption(request, WINHTTP_OPTION_DISABLE_FEATURE, &features, sizeof features);
    DWORD value = decompression;
    WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &value, sizeof value);
    value = redirect_policy;
    WinHttpSetOption(request, WINHTTP_OPTION_REDIRECT_POLICY, &value, sizeof value);
    if (server_scheme != 0)
        WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, server_scheme, L"user", L"secret", nullptr);
    if (proxy && proxy_scheme != 0)
        WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_PROXY, proxy_scheme, L"proxyuser", L"secret", nullptr);

    char body[] = "name=value";
    const bool has_body = verb[1] == L'O' || verb[1] == L'U';
    if (WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, has_body ? body : nullptr,
                           has_body ? sizeof body - 1 : 0, has_body ? sizeof body - 1 : 0, 0) &&
        WinHttpReceiveResponse(request, nullptr)) {
        query_everything(request, false);
        read_body(request, buffer_size, ask_available);
    }
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    return 0;
}
