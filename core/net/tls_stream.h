#pragma once

#include "net/stream.h"
#include "net/tcp_stream.h"

#include <ctime>
#include <memory>
#include <string>
#include <vector>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

namespace hinternet::net {

struct TlsConfig {
    DWORD secure_protocols = 0;          // WINHTTP_FLAG_SECURE_PROTOCOL_* bits; 0 means TLS 1.2 + 1.3
    DWORD ignore_flags = 0;              // SECURITY_FLAG_IGNORE_* bits (WINHTTP_OPTION_SECURITY_FLAGS)
    std::string ca_file;                 // extra trust anchors (PEM) besides the system store
    std::string client_certificate_file; // PEM chain, or PKCS#12 (.p12/.pfx) with client_key_password
    std::string client_key_file;         // PEM key (empty when inside the certificate file)
    std::string client_key_password;
    // WINHTTP_OPTION_CLIENT_CERT_CONTEXT set to WINHTTP_NO_CLIENT_CERT_CONTEXT: go on without one when a
    // server asks; otherwise such a handshake ends with ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED.
    bool proceed_without_client_certificate = false;

    std::string cache_key() const;
};

struct CertificateDetails {
    std::string subject;
    std::string issuer;
    std::vector<std::string> subject_alt_names; // "DNS:example.com", "IP:127.0.0.1"
    std::time_t not_before = 0;
    std::time_t not_after = 0;
    std::string serial_hex;
    std::string sha256_fingerprint; // upper-case hex pairs joined with ':'
    std::string signature_algorithm;
    std::string public_key_algorithm;
    int public_key_bits = 0;
    std::string pem;
};

struct TlsDetails {
    std::string protocol; // "TLSv1.3"
    std::string cipher;   // "TLS_AES_256_GCM_SHA384"
    int cipher_bits = 0;
    std::string alpn; // "http/1.1" or empty
    std::string sni;
    std::vector<CertificateDetails> peer_chain; // leaf first
    long verify_result = 0;                     // OpenSSL's X509_V_* of the first problem, 0 when trusted
    std::string verify_message;
    DWORD failure_flags = 0; // WINHTTP_CALLBACK_STATUS_FLAG_* seen, before ignore flags
    DWORD ignored_flags = 0; // the part of failure_flags waived by SECURITY_FLAG_IGNORE_*
    bool resumed = false;
    bool client_certificate_requested = false; // the server asked and we had none to give
    bool weak_signature_waived = false;        // SECURITY_FLAG_IGNORE_WEAK_SIGNATURE let a SHA-1 chain pass
    DWORD waivable = 0; // for the verification callback: the SECURITY_FLAG_IGNORE_* bits in force
};

// TLS (OpenSSL 3) over a TCP stream. Verification errors do not abort the handshake; they are recorded
// as WinHTTP's SECURE_FAILURE flags, so each SECURITY_FLAG_IGNORE_* bit can waive its own failure only.
class TlsStream final : public Stream {
public:
    ~TlsStream() override;

    struct HandshakeResult {
        DWORD error = ERROR_SUCCESS; // ERROR_WINHTTP_SECURE_FAILURE with details.failure_flags set
        std::unique_ptr<TlsStream> stream;
        TlsDetails details;
    };
    static io::Task<HandshakeResult> handshake(std::unique_ptr<TcpStream> transport, std::string host, TlsConfig config,
                                               io::Deadline deadline);

    io::Task<IoResult> read_some(std::span<char> buffer, io::Deadline deadline, std::size_t expected = 0) override;
    io::Task<IoResult> write_all(std::span<const char> data, io::Deadline deadline) override;
    bool idle_and_alive() override;
    int fd() const override { return transport_->fd(); }
    const TlsDetails& details() const { return details_; }

private:
    TlsStream(std::unique_ptr<TcpStream> transport, SSL* ssl);

    std::unique_ptr<TcpStream> transport_;
    SSL* ssl_;
    TlsDetails details_;
};

// Maps an OpenSSL X509_V_ERR_* code to the WINHTTP_CALLBACK_STATUS_FLAG_* bit WinHTTP reports.
DWORD secure_failure_flag_for(long x509_error);
// The SECURITY_FLAG_IGNORE_* bit that waives a given failure flag (0 when it cannot be waived).
DWORD ignore_flag_for(DWORD failure_flag);

} // namespace hinternet::net
