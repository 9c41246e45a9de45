#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hs::test {

// What a certificate issued by TestPki looks like. The defaults make a valid TLS server certificate.
struct CertificateSpec {
    enum class Signer {
        Root,         // the trusted test root
        Intermediate, // an intermediate CA under the root; IssuedCertificate::chain then carries it
        Self,         // a self-signed leaf (not a CA)
        UnknownCa,    // a root that no test trusts
    };

    std::string common_name = "localhost";
    std::vector<std::string> dns_names;    // subjectAltName dNSName entries, e.g. "*.hs.localhost"
    std::vector<std::string> ip_addresses; // subjectAltName iPAddress entries, e.g. "127.0.0.1", "::1"
    int not_before_days = -1;              // relative to now; negative is in the past
    int not_after_days = 30;
    bool server_auth = true; // extendedKeyUsage; with neither bit set the extension is left out
    bool client_auth = false;
    Signer signer = Signer::Root;
    int rsa_bits = 0;  // 0: EC P-256 (fast); otherwise an RSA key of this size
    bool sha1 = false; // signed with SHA-1 instead of SHA-256
};

struct IssuedCertificate {
    std::filesystem::path certificate; // PEM, the leaf only
    std::filesystem::path chain;       // PEM, the leaf followed by the intermediate when it has one
    std::filesystem::path key;         // PEM (PKCS#8), unencrypted
};

// A throw-away PKI written as PEM files into a directory the caller owns: a root CA (made at once),
// an intermediate CA and an untrusted "unknown" root (made when first needed), and the leaves asked for.
// Built with OpenSSL 3's C API; EC P-256 keys unless a spec asks for RSA, so making one takes milliseconds.
// Throws std::runtime_error when OpenSSL fails or an argument is invalid (e.g. a malformed IP address).
class TestPki {
public:
    explicit TestPki(const std::filesystem::path& directory);
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    const std::filesystem::path& directory() const { return directory_; }
    std::filesystem::path root_certificate() const;
    std::filesystem::path intermediate_certificate();
    std::filesystem::path unknown_root_certificate();

    // Writes <name>.pem, <name>-chain.pem and <name>.key. Names are plain file stems ([A-Za-z0-9._-]).
    IssuedCertificate issue(const std::string& name, const CertificateSpec& spec);

private:
    struct Authority;
    const Authority& signer(CertificateSpec::Signer kind);

    std::filesystem::path directory_;
    std::unique_ptr<Authority> root_;
    std::unique_ptr<Authority> intermediate_;
    std::unique_ptr<Authority> unknown_root_;
};

} // namespace hs::test
