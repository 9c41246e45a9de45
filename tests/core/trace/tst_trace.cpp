// The trace the inspector reads: handles, every callback (delivered or not), wire bytes before and after
// decoding, connections, TLS, redirect decisions, cookies, timing marks.
#include "support/httpbin_server.h"
#include "support/nginx_server.h"
#include "support/scripted_server.h"
#include "support/test_pki.h"

#include <hinternet/extensions.h>
#include <hinternet/trace.h>
#include <windows.h>
#include <winhttp.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

class Collector : public hinternet::trace::Observer {
public:
    void on_event(const Event& event) override
    {
        std::lock_guard lock(mutex_);
        events_.push_back(event);
    }
    std::vector<Event> events(EventKind kind) const
    {
        std::lock_guard lock(mutex_);
        std::vector<Event> result;
        std::copy_if(events_.begin(), events_.end(), std::back_inserter(result),
                     [kind](const Event& e) { return e.kind == kind; });
        return result;
    }
    std::string joined_bytes(EventKind kind) const
    {
        std::string all;
        for (const auto& event : events(kind))
            all += event.bytes;
        return all;
    }
    std::size_t size() const
    {
        std::lock_guard lock(mutex_);
        return events_.size();
    }

private:
    mutable std::mutex mutex_;
    std::vector<Event> events_;
};

std::string fetch(HINTERNET session, const wchar_t* host, INTERNET_PORT port, const wchar_t* path, DWORD flags,
                  DWORD decompression = 0)
{
    HINTERNET connect = WinHttpConnect(session, host, port, 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", path, nullptr, nullptr, nullptr, flags);
    if (decompression != 0)
        WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &decompression, sizeof decompression);
    std::string body;
    if (WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0) && WinHttpReceiveResponse(request, nullptr)) {
        char buffer[4096];
        DWORD read = 0;
        while (WinHttpReadData(request, buffer, sizeof buffer, &read) && read > 0)
            body.append(buffer, read);
    }
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    return body;
}

} // namespace

TEST(Trace, AHttpExchangeIsFullyVisible)
{
    hs::test::HttpbinServer httpbin;
    HINTERNET session = WinHttpOpen(L"trace-test", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    auto collector = std::make_shared<Collector>();
    ASSERT_TRUE(hinternet::trace::add_session_observer(session, collector));

    const auto body = fetch(session, L"127.0.0.1", httpbin.port(), L"/gzip", 0, WINHTTP_DECOMPRESSION_FLAG_ALL);
    ASSERT_NE(body.find("\"gzipped\": true"), std::string::npos);

    const auto created = collector->events(EventKind::HandleCreated);
    ASSERT_EQ(created.size(), 2u); // connect and request (the session existed before the observer)
    EXPECT_EQ(created[0].handle_type, static_cast<std::uint32_t>(WINHTTP_HANDLE_TYPE_CONNECT));
    EXPECT_EQ(created[0].parent, reinterpret_cast<std::uintptr_t>(session));
    EXPECT_EQ(created[1].handle_type, static_cast<std::uint32_t>(WINHTTP_HANDLE_TYPE_REQUEST));
    EXPECT_EQ(created[1].parent, created[0].handle);
    EXPECT_NE(created[1].text.find("GET /gzip HTTP/1.1"), std::string::npos) << created[1].text;

    // No application callback is registered: every status is in the trace, marked not delivered.
    const auto callbacks = collector->events(EventKind::Callback);
    ASSERT_FALSE(callbacks.empty());
    EXPECT_TRUE(std::none_of(callbacks.begin(), callbacks.end(), [](const Event& e) { return e.delivered; }));
    EXPECT_TRUE(std::any_of(callbacks.begin(), callbacks.end(), [](const Event& e) {
        return e.status == WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER && e.text == "127.0.0.1";
    }));

    EXPECT_TRUE(collector->joined_bytes(EventKind::BytesSent).starts_with("GET /gzip HTTP/1.1\r\n"));
    const auto raw = collector->joined_bytes(EventKind::BytesReceived);
    EXPECT_TRUE(raw.starts_with("HTTP/1.1 200 OK\r\n")) << raw.substr(0, 40);
    EXPECT_NE(raw.find(std::string("\x1f\x8b", 2)), std::string::npos) << "the raw body is the gzip stream";
    EXPECT_EQ(collector->joined_bytes(EventKind::BodyDecoded), body);
    std::uint64_t expected_offset = 0;
    for (const auto& chunk : collector->events(EventKind::BodyDecoded)) {
        EXPECT_EQ(chunk.offset, expected_offset) << "offsets count decoded bytes";
        expected_offset += chunk.bytes.size();
    }

    const auto opened = collector->events(EventKind::ConnectionOpened);
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_NE(opened[0].text.find("-> 127.0.0.1:" + std::to_string(httpbin.port())), std::string::npos);

    std::vector<std::string> marks;
    for (const auto& mark : collector->events(EventKind::TimingMark))
        marks.push_back(mark.text);
    EXPECT_EQ(marks, (std::vector<std::string>{"dns-start", "dns-end", "connect", "first-byte", "complete"}));
    for (const auto& event : collector->events(EventKind::Callback)) {
        EXPECT_GT(event.timestamp_ns, 0u);
        EXPECT_GT(event.thread_id, 0u);
    }

    // A redirect and its cookie are recorded (gunicorn closes every connection, so no reuse here).
    fetch(session, L"127.0.0.1", httpbin.port(), L"/cookies/set?tracked=yes", 0);
    const auto decisions = collector->events(EventKind::RedirectDecision);
    ASSERT_EQ(decisions.size(), 3u); // /gzip final, /cookies/set followed, /cookies final
    const auto marks_now = collector->events(EventKind::TimingMark);
    EXPECT_EQ(std::count_if(marks_now.begin(), marks_now.end(), [](const Event& e) { return e.text == "first-byte"; }),
              3)
        << "one first-byte mark per hop";
    EXPECT_EQ(decisions[0].text, "200 final -> ");
    EXPECT_EQ(decisions[1].text, "302 followed -> /cookies");
    EXPECT_EQ(decisions[1].status, 302u);
    EXPECT_EQ(decisions[2].text, "200 final -> ");
    const auto cookies = collector->events(EventKind::CookieStored);
    ASSERT_EQ(cookies.size(), 1u);
    // An observer that does not reveal secrets sees the cookie's name and attributes, not its value.
    EXPECT_TRUE(cookies[0].text.starts_with("tracked=***;")) << cookies[0].text;

    EXPECT_EQ(collector->events(EventKind::HandleClosed).size(), 4u); // connect + request, twice

    WinHttpCloseHandle(session);
}

TEST(Trace, TlsHandshakeCarriesTheChainAndOptionChangesAreSeen)
{
    hs::test::TempDir directory("hinterscope-trace-pki");
    hs::test::TestPki pki(directory.path());
    hs::test::CertificateSpec spec;
    spec.dns_names = {"localhost"};
    const auto certificate = pki.issue("traced", spec);
    hs::test::NginxOptions options;
    options.tls_certificate_chain = certificate.chain;
    options.tls_private_key = certificate.key;
    options.extra_server_directives = "gzip on; gzip_types text/plain; gzip_min_length 1;";
    hs::test::NginxServer nginx(options);
    hs::test::write_file(nginx.document_root() / "index.html", "tls");
    const std::string text(20000, 'z');
    hs::test::write_file(nginx.document_root() / "text.txt", text);

    auto collector = std::make_shared<Collector>();
    hinternet::trace::add_observer(collector); // global: sees the session's creation too
    HINTERNET session = WinHttpOpen(L"trace-test", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    const auto root = pki.root_certificate().wstring();
    WinHttpSetOption(session, HINTERNET_OPTION_CA_FILE, const_cast<wchar_t*>(root.c_str()),
                     static_cast<DWORD>(root.size()));
    EXPECT_EQ(fetch(session, L"localhost", nginx.https_port(), L"/index.html", WINHTTP_FLAG_SECURE), "tls");
    EXPECT_EQ(fetch(session, L"localhost", nginx.https_port(), L"/index.html", WINHTTP_FLAG_SECURE), "tls");
    EXPECT_EQ(collector->events(EventKind::ConnectionReused).size(), 1u);
    // Decoded bytes appear once each, also with a global observer and a content decoder in play.
    EXPECT_EQ(fetch(session, L"localhost", nginx.https_port(), L"/text.txt", WINHTTP_FLAG_SECURE,
                    WINHTTP_DECOMPRESSION_FLAG_ALL),
              text);
    std::string delivered;
    for (const auto& chunk : collector->events(EventKind::BodyDecoded))
        delivered += chunk.bytes;
    EXPECT_EQ(delivered, "tlstls" + text);
    EXPECT_NE(collector->joined_bytes(EventKind::BytesReceived).find("Content-Encoding: gzip"), std::string::npos);
    hinternet::trace::remove_observer(collector);
    WinHttpCloseHandle(session);

    const auto created = collector->events(EventKind::HandleCreated);
    ASSERT_FALSE(created.empty());
    EXPECT_EQ(created[0].handle_type, static_cast<std::uint32_t>(WINHTTP_HANDLE_TYPE_SESSION));
    EXPECT_NE(created[0].text.find("agent=\"trace-test\""), std::string::npos) << created[0].text;
    const auto options_changed = collector->events(EventKind::OptionChanged);
    ASSERT_EQ(options_changed.size(), 2u);
    EXPECT_EQ(options_changed[0].number, static_cast<std::uint64_t>(HINTERNET_OPTION_CA_FILE));
    EXPECT_EQ(options_changed[1].number, static_cast<std::uint64_t>(WINHTTP_OPTION_DECOMPRESSION));
    // The value set, as text: the path as given, the DWORD as a number.
    EXPECT_NE(options_changed[0].text.find(".pem"), std::string::npos) << options_changed[0].text;
    EXPECT_EQ(options_changed[1].text, std::to_string(WINHTTP_DECOMPRESSION_FLAG_ALL));

    const auto handshakes = collector->events(EventKind::TlsHandshake);
    ASSERT_EQ(handshakes.size(), 1u);
    ASSERT_TRUE(handshakes[0].tls);
    const auto& tls = *handshakes[0].tls;
    EXPECT_EQ(tls.protocol, "TLSv1.3");
    EXPECT_EQ(tls.alpn, "http/1.1");
    EXPECT_EQ(tls.sni, "localhost");
    EXPECT_EQ(tls.failure_flags, 0u);
    ASSERT_GE(tls.chain.size(), 1u);
    const auto& sans = tls.chain[0].subject_alt_names;
    EXPECT_NE(std::find(sans.begin(), sans.end(), "DNS:localhost"), sans.end());
    EXPECT_EQ(tls.chain[0].sha256_fingerprint.size(), 95u); // 32 bytes as XX:XX:...
    EXPECT_LT(tls.chain[0].not_before, tls.chain[0].not_after);

    // Detached: nothing more arrives.
    const auto before = collector->size();
    HINTERNET quiet = WinHttpOpen(L"quiet", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    WinHttpCloseHandle(quiet);
    EXPECT_EQ(collector->size(), before);
}

TEST(Trace, CrossOriginHopListsTheHeadersItDropped)
{
    hs::test::ScriptedServer other([](hs::test::ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    });
    hs::test::ScriptedServer first([&](hs::test::ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 302 Found\r\nLocation: http://localhost:" + std::to_string(other.port()) +
                        "/x\r\nContent-Length: 0\r\n\r\n");
    });
    HINTERNET session = WinHttpOpen(L"trace-test", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    auto collector = std::make_shared<Collector>();
    ASSERT_TRUE(hinternet::trace::add_session_observer(session, collector));
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", first.port(), 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/", nullptr, nullptr, nullptr, 0);
    ASSERT_TRUE(
        WinHttpSendRequest(request, L"Authorization: Bearer t0ken\r\n", static_cast<DWORD>(-1L), nullptr, 0, 0, 0));
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    const auto decisions = collector->events(EventKind::RedirectDecision);
    ASSERT_EQ(decisions.size(), 2u);
    EXPECT_EQ(decisions[0].status, 302u);
    EXPECT_TRUE(decisions[0].bytes.empty());
    EXPECT_EQ(decisions[1].status, 200u);
    EXPECT_EQ(decisions[1].bytes, "Authorization (cross-origin)\n");
}
