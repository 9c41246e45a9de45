#include "net/tls_stream.h"

#include "net/fault_injection.h"

#include <winhttp.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <cerrno>
#include <format>
#include <map>
#include <mutex>
#include <poll.h>

namespace hinternet::net {
namespace {

struct ContextDeleter {
    void operator()(SSL_CTX* context) const { SSL_CTX_free(context); }
};
using ContextPtr = std::unique_ptr<SSL_CTX, ContextDeleter>;

int verification_state_index()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Records every verification problem and lets the handshake go on; the decision comes afterwards.
void record_problem(TlsDetails& details, long error)
{
    const DWORD flag = secure_failure_flag_for(error);
    // A weak signature digest is the one problem inside INVALID_CERT that WinHTTP lets callers waive.
    if (error == X509_V_ERR_CA_MD_TOO_WEAK && (details.waivable & SECURITY_FLAG_IGNORE_WEAK_SIGNATURE) != 0) {
        details.weak_signature_waived = true;
        return;
    }
    if (details.verify_result == 0) {
        details.verify_result = error;
        details.verify_message = X509_verify_cert_error_string(error);
    }
    details.failure_flags |= flag;
}

int record_verification(int preverified, X509_STORE_CTX* store)
{
    if (preverified == 0) {
        auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        if (auto* details = static_cast<TlsDetails*>(SSL_get_ex_data(ssl, verification_state_index())))
            record_problem(*details, X509_STORE_CTX_get_error(store));
    }
    return 1;
}

int record_reverification(int preverified, X509_STORE_CTX* store)
{
    if (preverified == 0)
        record_problem(*static_cast<TlsDetails*>(X509_STORE_CTX_get_app_data(store)), X509_STORE_CTX_get_error(store));
    return 1;
}

// Only reached when no client certificate is configured: note that the server asked, send none.
int note_client_certificate_request(SSL* ssl, X509**, EVP_PKEY**)
{
    if (auto* details = static_cast<TlsDetails*>(SSL_get_ex_data(ssl, verification_state_index())))
        details->client_certificate_requested = true;
    return 0;
}

// Allowing TLS 1.0/1.1 needs OpenSSL's security level 0, which also relaxes certificate checks (weak
// keys and digests). When the handshake still negotiated TLS 1.2 or later, check the chain again at
// the default level, so allowing old protocols never weakens a modern connection.
void reverify_at_default_level(SSL* ssl, const std::string& host, bool ip_literal, TlsDetails& details)
{
    X509* leaf = SSL_get0_peer_certificate(ssl);
    if (leaf == nullptr)
        return;
    X509_STORE_CTX* store = X509_STORE_CTX_new();
    if (store == nullptr)
        return;
    if (X509_STORE_CTX_init(store, SSL_CTX_get_cert_store(SSL_get_SSL_CTX(ssl)), leaf, SSL_get_peer_cert_chain(ssl)) ==
        1) {
        X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(store);
        X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER);
        X509_VERIFY_PARAM_set_auth_level(parameters, 2);
        if (ip_literal)
            X509_VERIFY_PARAM_set1_ip_asc(parameters, host.c_str());
        else
            X509_VERIFY_PARAM_set1_host(parameters, host.c_str(), 0);
        X509_STORE_CTX_set_app_data(store, &details);
        X509_STORE_CTX_set_verify_cb(store, record_reverification);
        X509_verify_cert(store);
    }
    X509_STORE_CTX_free(store);
}

DWORD effective_protocols(DWORD protocols)
{
    return protocols != 0 ? protocols : WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
}

constexpr std::pair<DWORD, int> known_protocols[] = {
    {WINHTTP_FLAG_SECURE_PROTOCOL_TLS1, TLS1_VERSION},
    {WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1, TLS1_1_VERSION},
    {WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2, TLS1_2_VERSION},
    {WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3, TLS1_3_VERSION},
};

// A ClientHello can only offer a contiguous range, so a mask with a hole (TLS 1.0 + 1.3) offers the
// whole span; the version the server picks is then checked against the mask itself.
bool protocol_allowed(DWORD protocols, int version)
{
    for (const auto& [flag, known] : known_protocols)
        if (known == version)
            return (effective_protocols(protocols) & flag) != 0;
    return false;
}

std::pair<int, int> protocol_range(DWORD protocols)
{
    protocols = effective_protocols(protocols);
    int lowest = 0;
    int highest = 0;
    for (const auto& [flag, version] : known_protocols) {
        if ((protocols & flag) == 0)
            continue;
        if (lowest == 0)
            lowest = version;
        highest = version;
    }
    return {lowest, highest};
}

bool load_client_certificate(SSL_CTX* context, const TlsConfig& config)
{
    const auto& path = config.client_certificate_file;
    if (path.ends_with(".p12") || path.ends_with(".pfx")) {
        BIO* file = BIO_new_file(path.c_str(), "rb");
        if (file == nullptr)
            return false;
        PKCS12* bundle = d2i_PKCS12_bio(file, nullptr);
        BIO_free(file);
        if (bundle == nullptr)
            return false;
        EVP_PKEY* key = nullptr;
        X509* certificate = nullptr;
        STACK_OF(X509)* chain = nullptr;
        const bool parsed = PKCS12_parse(bundle, config.client_key_password.c_str(), &key, &certificate, &chain) == 1;
        PKCS12_free(bundle);
        bool loaded =
            parsed && SSL_CTX_use_certificate(context, certificate) == 1 && SSL_CTX_use_PrivateKey(context, key) == 1;
        for (int i = 0; loaded && chain != nullptr && i < sk_X509_num(chain); ++i)
            loaded = SSL_CTX_add1_chain_cert(context, sk_X509_value(chain, i)) == 1;
        X509_free(certificate);
        EVP_PKEY_free(key);
        sk_X509_pop_free(chain, X509_free);
        return loaded && SSL_CTX_check_private_key(context) == 1;
    }
    const auto& key_path = config.client_key_file.empty() ? path : config.client_key_file;
    return SSL_CTX_use_certificate_chain_file(context, path.c_str()) == 1 &&
           SSL_CTX_use_PrivateKey_file(context, key_path.c_str(), SSL_FILETYPE_PEM) == 1 &&
           SSL_CTX_check_private_key(context) == 1;
}

ContextPtr make_context(const TlsConfig& config)
{
    ContextPtr context(SSL_CTX_new(TLS_client_method()));
    if (!context)
        return nullptr;
    const auto [lowest, highest] = protocol_range(config.secure_protocols);
    if (lowest == 0)
        return nullptr;
    SSL_CTX_set_min_proto_version(context.get(), lowest);
    SSL_CTX_set_max_proto_version(context.get(), highest);
    if (lowest < TLS1_2_VERSION)
        SSL_CTX_set_security_level(context.get(), 0); // the caller asked for legacy TLS explicitly
    // Servers often close without close_notify; HTTP framing, not TLS, decides whether a body is complete.
    SSL_CTX_set_options(context.get(), SSL_OP_IGNORE_UNEXPECTED_EOF | SSL_OP_NO_COMPRESSION);
    SSL_CTX_set_default_verify_paths(context.get()); // honours SSL_CERT_FILE and SSL_CERT_DIR
    if (!config.ca_file.empty() && SSL_CTX_load_verify_locations(context.get(), config.ca_file.c_str(), nullptr) != 1)
        return nullptr;
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, record_verification);
    static const unsigned char alpn[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    SSL_CTX_set_alpn_protos(context.get(), alpn, sizeof alpn);
    SSL_CTX_set_session_cache_mode(context.get(), SSL_SESS_CACHE_OFF);
    // Read ahead several records per read() instead of a header and a body read per record.
    SSL_CTX_set_read_ahead(context.get(), 1);
    SSL_CTX_set_default_read_buffer_len(context.get(), 4 * (16 * 1024 + 256));
    if (!config.client_certificate_file.empty() && !load_client_certificate(context.get(), config))
        return nullptr;
    if (config.client_certificate_file.empty())
        SSL_CTX_set_client_cert_cb(context.get(), note_client_certificate_request);
    return context;
}

// Contexts are expensive (the trust store is parsed when made), so one per distinct configuration.
SSL_CTX* shared_context(const TlsConfig& config)
{
    static std::mutex mutex;
    static std::map<std::string, ContextPtr> contexts;
    std::lock_guard lock(mutex);
    auto& slot = contexts[config.cache_key()];
    if (!slot)
        slot = make_context(config);
    return slot.get();
}

std::string name_text(X509_NAME* name)
{
    BIO* out = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(out, name, 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long length = BIO_get_mem_data(out, &data);
    std::string text(data, static_cast<std::size_t>(length));
    BIO_free(out);
    return text;
}

std::time_t asn1_time(const ASN1_TIME* time)
{
    struct tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
        return 0;
    return timegm(&parts);
}

CertificateDetails describe(X509* certificate)
{
    CertificateDetails details;
    details.subject = name_text(X509_get_subject_name(certificate));
    details.issuer = name_text(X509_get_issuer_name(certificate));
    details.not_before = asn1_time(X509_get0_notBefore(certificate));
    details.not_after = asn1_time(X509_get0_notAfter(certificate));
    if (auto* names =
            static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
            if (name->type == GEN_DNS) {
                const auto* text = ASN1_STRING_get0_data(name->d.dNSName);
                details.subject_alt_names.push_back(
                    "DNS:" + std::string(reinterpret_cast<const char*>(text),
                                         static_cast<std::size_t>(ASN1_STRING_length(name->d.dNSName))));
            } else if (name->type == GEN_IPADD) {
                const int length = ASN1_STRING_length(name->d.iPAddress);
                char text[INET6_ADDRSTRLEN] = {};
                inet_ntop(length == 4 ? AF_INET : AF_INET6, ASN1_STRING_get0_data(name->d.iPAddress), text,
                          sizeof text);
                details.subject_alt_names.push_back(std::string("IP:") + text);
            }
        }
        GENERAL_NAMES_free(names);
    }
    if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char* hex = BN_bn2hex(serial);
        details.serial_hex = hex;
        OPENSSL_free(hex);
        BN_free(serial);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_length = 0;
    X509_digest(certificate, EVP_sha256(), digest, &digest_length);
    for (unsigned int i = 0; i < digest_length; ++i)
        details.sha256_fingerprint += std::format("{}{:02X}", i == 0 ? "" : ":", digest[i]);
    details.signature_algorithm = OBJ_nid2ln(X509_get_signature_nid(certificate));
    if (EVP_PKEY* key = X509_get0_pubkey(certificate)) {
        details.public_key_algorithm = EVP_PKEY_get0_type_name(key) ? EVP_PKEY_get0_type_name(key) : "";
        details.public_key_bits = EVP_PKEY_get_bits(key);
    }
    BIO* pem = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(pem, certificate);
    char* data = nullptr;
    const long length = BIO_get_mem_data(pem, &data);
    details.pem.assign(data, static_cast<std::size_t>(length));
    BIO_free(pem);
    return details;
}

bool is_ip_literal(const std::string& host)
{
    unsigned char buffer[16];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 || inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

} // namespace

std::string TlsConfig::cache_key() const
{
    return std::format("{}|{}|{}|{}|{}|{}", secure_protocols, ca_file, client_certificate_file, client_key_file,
                       client_key_password.empty() ? 0 : std::hash<std::string>{}(client_key_password),
                       proceed_without_client_certificate);
}

DWORD secure_failure_flag_for(long x509_error)
{
    switch (x509_error) {
    case X509_V_OK:
        return 0;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA;
    case X509_V_ERR_INVALID_PURPOSE:
        return WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE;
    case X509_V_ERR_CERT_REVOKED:
        return WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_CRL_HAS_EXPIRED:
        return WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED;
    default:
        return WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT; // bad signatures, weak keys or digests, ...
    }
}

DWORD ignore_flag_for(DWORD failure_flag)
{
    switch (failure_flag) {
    case WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA:
        return SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    case WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID:
        return SECURITY_FLAG_IGNORE_CERT_DATE_INVALID;
    case WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID:
        return SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
    case WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE:
        return SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE;
    default:
        return 0;
    }
}

TlsStream::TlsStream(std::unique_ptr<TcpStream> transport, SSL* ssl)
    : transport_(std::move(transport))
    , ssl_(ssl)
{}

TlsStream::~TlsStream()
{
    SSL_free(ssl_);
}

io::Task<TlsStream::HandshakeResult> TlsStream::handshake(std::unique_ptr<TcpStream> transport, std::string host,
                                                          TlsConfig config, io::Deadline deadline)
{
    HandshakeResult result;
    SSL_CTX* context = shared_context(config);
    SSL* ssl = context != nullptr ? SSL_new(context) : nullptr;
    if (ssl == nullptr) {
        result.error = ERROR_WINHTTP_SECURE_FAILURE;
        result.details.failure_flags = WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR;
        result.details.verify_message =
            "cannot set up TLS with these settings (protocols, CA file or client certificate)";
        co_return result;
    }
    const int fd = transport->fd();
    std::unique_ptr<TlsStream> stream(new TlsStream(std::move(transport), ssl));
    TlsDetails& details = stream->details_;
    details.waivable = config.ignore_flags;
    SSL_set_ex_data(ssl, verification_state_index(), &details);
    if (!faults::attach_socket(ssl, fd)) {
        result.error = ERROR_WINHTTP_SECURE_FAILURE;
        result.details.failure_flags = WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR;
        co_return result;
    }
    // "example.com." names the same host; certificates and SNI (RFC 6066) carry names without the dot.
    if (host.size() > 1 && host.back() == '.')
        host.pop_back();
    if (is_ip_literal(host)) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str());
    } else {
        SSL_set_tlsext_host_name(ssl, host.c_str());
        SSL_set1_host(ssl, host.c_str());
        details.sni = host;
    }

    for (;;) {
        ERR_clear_error();
        const int status = SSL_connect(ssl);
        if (status == 1)
            break;
        const int reason = SSL_get_error(ssl, status);
        if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
            const auto outcome = co_await io::FdWait(fd, reason == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline);
            if (outcome != io::WaitOutcome::Ready) {
                result.error = error_for(outcome);
                co_return result;
            }
            continue;
        }
        if (reason == SSL_ERROR_SYSCALL && ERR_peek_error() == 0 &&
            (errno == ECONNRESET || errno == EPIPE || errno == ECONNABORTED)) {
            // The transport failed, not TLS: the same error as a reset at any later point.
            result.error = ERROR_WINHTTP_CONNECTION_ERROR;
            co_return result;
        }
        char message[256] = {};
        ERR_error_string_n(ERR_peek_last_error(), message, sizeof message);
        details.verify_message = message[0] != '\0' ? message : "the TLS handshake failed";
        details.failure_flags |= WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR;
        result.details = details;
        result.error = ERROR_WINHTTP_SECURE_FAILURE;
        co_return result;
    }

    if (!protocol_allowed(config.secure_protocols, SSL_version(ssl))) {
        details.protocol = SSL_get_version(ssl);
        details.verify_message = details.protocol + " is not allowed by WINHTTP_OPTION_SECURE_PROTOCOLS";
        details.failure_flags |= WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR;
        result.details = details;
        result.error = ERROR_WINHTTP_SECURE_FAILURE;
        co_return result;
    }
    if (details.client_certificate_requested && !config.proceed_without_client_certificate) {
        result.details = details;
        result.error = ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED;
        co_return result;
    }
    if (protocol_range(config.secure_protocols).first < TLS1_2_VERSION && SSL_version(ssl) >= TLS1_2_VERSION)
        reverify_at_default_level(ssl, host, is_ip_literal(host), details);

    details.protocol = SSL_get_version(ssl);
    if (const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl)) {
        details.cipher = SSL_CIPHER_get_name(cipher);
        details.cipher_bits = SSL_CIPHER_get_bits(cipher, nullptr);
    }
    const unsigned char* alpn = nullptr;
    unsigned int alpn_length = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpn_length);
    details.alpn.assign(reinterpret_cast<const char*>(alpn), alpn_length);
    details.resumed = SSL_session_reused(ssl) == 1;
    if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            details.peer_chain.push_back(describe(sk_X509_value(chain, i)));
    }
    if (details.peer_chain.empty()) // a server must present a certificate; anonymous suites are not offered
        details.failure_flags |= WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT;

    DWORD unwaived = 0;
    for (DWORD bit = 1; bit != 0; bit <<= 1) {
        if ((details.failure_flags & bit) == 0)
            continue;
        if ((config.ignore_flags & ignore_flag_for(bit)) != 0 && ignore_flag_for(bit) != 0)
            details.ignored_flags |= bit;
        else
            unwaived |= bit;
    }
    if (details.weak_signature_waived)
        details.ignored_flags |= WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT; // reported as waived, never failing
    SSL_set_ex_data(ssl, verification_state_index(), nullptr);
    result.details = details;
    if (unwaived != 0) {
        result.error = ERROR_WINHTTP_SECURE_FAILURE;
        co_return result;
    }
    result.stream = std::move(stream);
    co_return result;
}

io::Task<IoResult> TlsStream::read_some(std::span<char> buffer, io::Deadline deadline, std::size_t expected)
{
    // The low-water mark counts ciphertext on the socket. Every plaintext byte still expected needs at least
    // one such byte, except those of a record OpenSSL may already hold in part (read-ahead): at most one
    // record's worth.
    constexpr std::size_t largest_record = 16384;
    const std::size_t batch = expected > largest_record ? expected - largest_record : 1;
    for (;;) {
        ERR_clear_error();
        std::size_t received = 0;
        if (SSL_read_ex(ssl_, buffer.data(), buffer.size(), &received) == 1) {
            // One record per SSL_read: keep taking records already read ahead, so one call returns as
            // much as is decrypted-ready rather than 16 KiB at a time.
            while (received < buffer.size() && SSL_has_pending(ssl_) == 1) {
                std::size_t more = 0;
                if (SSL_read_ex(ssl_, buffer.data() + received, buffer.size() - received, &more) != 1)
                    break;
                received += more;
            }
            co_return IoResult{ERROR_SUCCESS, received};
        }
        const int reason = SSL_get_error(ssl_, 0);
        if (reason == SSL_ERROR_ZERO_RETURN)
            co_return IoResult{ERROR_SUCCESS, 0};
        if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
            const auto outcome = reason == SSL_ERROR_WANT_READ
                                     ? co_await transport_->wait_readable(deadline, batch)
                                     : co_await io::FdWait(transport_->fd(), POLLOUT, deadline);
            if (outcome != io::WaitOutcome::Ready)
                co_return IoResult{error_for(outcome), 0};
            continue;
        }
        co_return IoResult{ERROR_WINHTTP_CONNECTION_ERROR, 0};
    }
}

io::Task<IoResult> TlsStream::write_all(std::span<const char> data, io::Deadline deadline)
{
    std::size_t sent = 0;
    while (sent < data.size()) {
        ERR_clear_error();
        std::size_t written = 0;
        if (SSL_write_ex(ssl_, data.data() + sent, data.size() - sent, &written) == 1) {
            sent += written;
            continue;
        }
        const int reason = SSL_get_error(ssl_, 0);
        if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
            const auto outcome =
                co_await io::FdWait(transport_->fd(), reason == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline);
            if (outcome != io::WaitOutcome::Ready)
                co_return IoResult{error_for(outcome), sent};
            continue;
        }
        co_return IoResult{ERROR_WINHTTP_CONNECTION_ERROR, sent};
    }
    co_return IoResult{ERROR_SUCCESS, sent};
}

bool TlsStream::idle_and_alive()
{
    // TLS 1.3 servers send session tickets after the handshake; those are readable bytes but not an
    // HTTP response, so let OpenSSL consume them before deciding.
    if (SSL_pending(ssl_) > 0)
        return false; // decrypted application data nobody asked for
    // With read-ahead, bytes the socket no longer shows (a close_notify, a ticket, stray data) may wait in
    // OpenSSL's own buffer: only when neither holds anything is the connection certainly idle.
    if (transport_->idle_and_alive() && SSL_has_pending(ssl_) == 0)
        return true;
    char byte = 0;
    std::size_t received = 0;
    ERR_clear_error();
    if (SSL_read_ex(ssl_, &byte, 1, &received) == 1)
        return false; // stray application data
    return SSL_get_error(ssl_, 0) == SSL_ERROR_WANT_READ;
}

} // namespace hinternet::net
