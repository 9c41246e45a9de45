#pragma once

// The engine's trace: everything hinternet does, as value-type events delivered to observers from any
// thread. The inspector GUI and the CLI read the lifecycle from here, never by parsing text.
// With no observer attached, emitting an event costs one relaxed atomic load.
//
// Secrets: an observer sees credentials only when it asks to (Observer::reveals_secrets). Every other
// observer gets them masked, length-preserving, each masked byte a '*' (offsets and byte totals stay exact):
// the values of Authorization and Proxy-Authorization after the scheme, of each cookie in Cookie, of the
// first pair of Set-Cookie, in the heads of BytesSent (also a CONNECT to a proxy) and BytesReceived; the
// value in CookieStored; the password of a "user:password@" in event texts. Header names, schemes, cookie
// names and Set-Cookie attributes stay visible. Bodies (BytesSent/BytesReceived after a head, BodyDecoded)
// are never masked: a server that echoes a credential in a body is showing its own content.
#include <hinternet/export.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

typedef void* HINTERNET;

namespace hinternet::trace {

enum class EventKind : std::uint8_t {
    HandleCreated,    // handle_type, parent, text: what it was opened with
    HandleClosed,     // after HANDLE_CLOSING was delivered
    OptionChanged,    // number: option id, text: the value as text
    Callback,         // status, delivered, text: decoded payload, number: numeric payload
    ConnectionOpened, // text: "local -> remote", number: connection id
    ConnectionReused, // number: connection id
    ConnectionClosed, // number: connection id, text: why
    TlsHandshake,     // text: protocol, cipher, verification summary
    BytesSent,        // bytes, offset (request head and body as written; credentials masked, see above)
    BytesReceived,    // bytes, offset (raw response bytes as read; Set-Cookie values masked, see above)
    BodyDecoded,      // bytes, offset (the body after transfer and content decoding)
    RedirectDecision, // status: HTTP status, text: decision and target, bytes: headers dropped from this hop
                      // and why, one per line ("Authorization (cross-origin)")
    TimingMark,       // text: "dns-start", "dns-end", "connect", "tunnel", "tls", "first-byte", "complete"
    CookieStored,     // text: the Set-Cookie value as received (the jar decides what it keeps; value masked)
};

struct CertificateSummary {
    std::string subject; // RFC 2253
    std::string issuer;
    std::vector<std::string> subject_alt_names; // "DNS:example.com", "IP:127.0.0.1"
    std::int64_t not_before = 0;                // seconds since the epoch
    std::int64_t not_after = 0;
    std::string sha256_fingerprint;
    std::string signature_algorithm;
    std::string public_key_algorithm;
    int public_key_bits = 0;
    std::string pem;
};

struct TlsSummary {
    std::string protocol;
    std::string cipher;
    int cipher_bits = 0;
    std::string alpn;
    std::string sni;
    long verify_result = 0; // OpenSSL X509_V_* of the first problem, 0 when trusted
    std::string verify_message;
    std::uint32_t failure_flags = 0;       // WINHTTP_CALLBACK_STATUS_FLAG_* found
    std::uint32_t ignored_flags = 0;       // the part waived by SECURITY_FLAG_IGNORE_*
    std::vector<CertificateSummary> chain; // leaf first
};

struct Event {
    EventKind kind{};
    std::uint64_t timestamp_ns = 0; // steady clock
    std::uint64_t thread_id = 0;    // the OS thread id (gettid)
    std::uintptr_t handle = 0;      // HINTERNET value
    std::uintptr_t parent = 0;
    std::uint32_t handle_type = 0; // WINHTTP_HANDLE_TYPE_*
    std::uint32_t status = 0;      // WINHTTP_CALLBACK_STATUS_* or HTTP status
    bool delivered = false;        // Callback: the application's callback was called
    std::uint64_t number = 0;
    std::uint64_t offset = 0;
    std::string text;
    std::string bytes;
    std::shared_ptr<const TlsSummary> tls; // TlsHandshake
};

class HINTERNET_EXPORT Observer {
public:
    virtual ~Observer();
    // Called on engine threads, possibly several at once: must be thread-safe and quick.
    virtual void on_event(const Event& event) = 0;
    // True: this observer gets credentials exactly as they were on the wire; false (the default): masked
    // (see "Secrets" above). Asked again for every event, on the engine thread about to deliver it, so an
    // answer that changes at run time (a GUI switch) holds from the next event on: must be thread-safe and
    // quick (an atomic load). Masking is done only while some observer of an event does not reveal.
    virtual bool reveals_secrets() const { return false; }
};

// Observers of everything the process's engine does.
HINTERNET_EXPORT void add_observer(std::shared_ptr<Observer> observer);
HINTERNET_EXPORT void remove_observer(const std::shared_ptr<Observer>& observer);

// Observers of one session and its connect and request handles only. False when `session` is not a
// session handle. Removed automatically when the session's handle is gone.
HINTERNET_EXPORT bool add_session_observer(HINTERNET session, std::shared_ptr<Observer> observer);
HINTERNET_EXPORT bool remove_session_observer(HINTERNET session, const std::shared_ptr<Observer>& observer);

} // namespace hinternet::trace
