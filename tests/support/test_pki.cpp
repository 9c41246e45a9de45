#include "support/test_pki.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace hs::test {
namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertificateDeleter {
    void operator()(X509* certificate) const { X509_free(certificate); }
};
struct KeyContextDeleter {
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
struct BioDeleter {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct BignumDeleter {
    void operator()(BIGNUM* number) const { BN_free(number); }
};
struct GeneralNamesDeleter {
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertificatePtr = std::unique_ptr<X509, CertificateDeleter>;

[[noreturn]] void fail(const std::string& what)
{
    char reason[256] = {};
    ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
    ERR_clear_error();
    throw std::runtime_error("test PKI: " + what + (reason[0] != '\0' ? std::string(": ") + reason : std::string()));
}

void require(bool ok, const std::string& what)
{
    if (!ok)
        fail(what);
}

KeyPtr make_key(int rsa_bits)
{
    std::unique_ptr<EVP_PKEY_CTX, KeyContextDeleter> context(
        EVP_PKEY_CTX_new_from_name(nullptr, rsa_bits > 0 ? "RSA" : "EC", nullptr));
    require(context != nullptr && EVP_PKEY_keygen_init(context.get()) == 1, "key generation set-up");
    if (rsa_bits > 0)
        require(EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), rsa_bits) == 1, "RSA key size");
    else
        require(EVP_PKEY_CTX_set_group_name(context.get(), "P-256") == 1, "EC curve");
    EVP_PKEY* key = nullptr;
    require(EVP_PKEY_generate(context.get(), &key) == 1, "key generation");
    return KeyPtr(key);
}

// Extensions written in OpenSSL's configuration syntax; `issuer` supplies the authority key identifier.
void add_extension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    require(extension != nullptr, std::string("extension ") + OBJ_nid2sn(nid) + "=" + value);
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    require(added, std::string("adding extension ") + OBJ_nid2sn(nid));
}

// Built from GENERAL_NAME values rather than a configuration string, so names need no escaping.
void add_subject_alt_names(X509* certificate, const CertificateSpec& spec)
{
    if (spec.dns_names.empty() && spec.ip_addresses.empty())
        return;
    std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter> names(sk_GENERAL_NAME_new_null());
    require(names != nullptr, "subjectAltName list");
    for (const auto& dns : spec.dns_names) {
        GENERAL_NAME* name = GENERAL_NAME_new();
        ASN1_IA5STRING* text = ASN1_IA5STRING_new();
        if (name == nullptr || text == nullptr ||
            ASN1_STRING_set(text, dns.data(), static_cast<int>(dns.size())) != 1) {
            GENERAL_NAME_free(name);
            ASN1_IA5STRING_free(text);
            fail("DNS name " + dns);
        }
        GENERAL_NAME_set0_value(name, GEN_DNS, text);
        sk_GENERAL_NAME_push(names.get(), name);
    }
    for (const auto& ip : spec.ip_addresses) {
        ASN1_OCTET_STRING* address = a2i_IPADDRESS(ip.c_str());
        if (address == nullptr)
            throw std::invalid_argument("test PKI: not an IP address: " + ip);
        GENERAL_NAME* name = GENERAL_NAME_new();
        if (name == nullptr) {
            ASN1_OCTET_STRING_free(address);
            fail("IP name " + ip);
        }
        GENERAL_NAME_set0_value(name, GEN_IPADD, address);
        sk_GENERAL_NAME_push(names.get(), name);
    }
    require(X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1,
            "subjectAltName");
}

void set_serial(X509* certificate)
{
    std::unique_ptr<BIGNUM, BignumDeleter> serial(BN_new());
    require(serial != nullptr && BN_rand(serial.get(), 63, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1, "serial");
    require(BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr, "serial");
}

// A certificate with its name, key, validity and serial; issuer name, extensions and signature follow.
CertificatePtr start_certificate(const std::string& common_name, EVP_PKEY* key, int not_before_days, int not_after_days)
{
    CertificatePtr certificate(X509_new());
    require(certificate != nullptr && X509_set_version(certificate.get(), X509_VERSION_3) == 1, "X509_new");
    set_serial(certificate.get());
    constexpr long seconds_per_day = 24L * 60 * 60;
    require(X509_gmtime_adj(X509_getm_notBefore(certificate.get()), not_before_days * seconds_per_day) != nullptr &&
                X509_gmtime_adj(X509_getm_notAfter(certificate.get()), not_after_days * seconds_per_day) != nullptr,
            "validity");
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    const auto* organization = reinterpret_cast<const unsigned char*>("Hinterscope Test");
    const auto* name = reinterpret_cast<const unsigned char*>(common_name.c_str());
    require(X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, organization, -1, -1, 0) == 1 &&
                X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, name, -1, -1, 0) == 1,
            "subject " + common_name);
    require(X509_set_pubkey(certificate.get(), key) == 1, "public key");
    return certificate;
}

void sign(X509* certificate, X509* issuer, EVP_PKEY* issuer_key, bool sha1)
{
    require(X509_set_issuer_name(certificate, X509_get_subject_name(issuer)) == 1, "issuer name");
    require(X509_sign(certificate, issuer_key, sha1 ? EVP_sha1() : EVP_sha256()) > 0, "signature");
}

void write_pem(const std::filesystem::path& path, const std::vector<X509*>& certificates, EVP_PKEY* key = nullptr)
{
    std::unique_ptr<BIO, BioDeleter> out(BIO_new_file(path.c_str(), "w"));
    require(out != nullptr, "cannot write " + path.string());
    for (X509* certificate : certificates)
        require(PEM_write_bio_X509(out.get(), certificate) == 1, "PEM certificate " + path.string());
    if (key != nullptr)
        require(PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
                "PEM key " + path.string());
}

bool valid_file_stem(const std::string& name)
{
    if (name.empty() || name.front() == '.')
        return false;
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                             c == '_' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

struct TestPki::Authority {
    CertificatePtr certificate;
    KeyPtr key;
    std::filesystem::path pem;

    // A CA valid from yesterday for ten years, self-signed when it has no parent.
    static std::unique_ptr<Authority> create(const std::filesystem::path& directory, const std::string& stem,
                                             const std::string& common_name, const Authority* parent)
    {
        auto authority = std::make_unique<Authority>();
        authority->key = make_key(0);
        authority->certificate = start_certificate(common_name, authority->key.get(), -1, 3650);
        X509* certificate = authority->certificate.get();
        X509* issuer = parent != nullptr ? parent->certificate.get() : certificate;
        add_extension(certificate, issuer, NID_basic_constraints,
                      parent != nullptr ? "critical,CA:TRUE,pathlen:0" : "critical,CA:TRUE");
        add_extension(certificate, issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        add_extension(certificate, issuer, NID_subject_key_identifier, "hash");
        add_extension(certificate, issuer, NID_authority_key_identifier, "keyid:always");
        sign(certificate, issuer, parent != nullptr ? parent->key.get() : authority->key.get(), false);
        authority->pem = directory / (stem + ".pem");
        write_pem(authority->pem, {certificate});
        write_pem(directory / (stem + ".key"), {}, authority->key.get());
        return authority;
    }
};

TestPki::TestPki(const std::filesystem::path& directory)
    : directory_(directory)
{
    std::filesystem::create_directories(directory_);
    root_ = Authority::create(directory_, "root-ca", "Hinterscope Test Root CA", nullptr);
}

TestPki::~TestPki() = default;

std::filesystem::path TestPki::root_certificate() const
{
    return root_->pem;
}

std::filesystem::path TestPki::intermediate_certificate()
{
    return signer(CertificateSpec::Signer::Intermediate).pem;
}

std::filesystem::path TestPki::unknown_root_certificate()
{
    return signer(CertificateSpec::Signer::UnknownCa).pem;
}

const TestPki::Authority& TestPki::signer(CertificateSpec::Signer kind)
{
    switch (kind) {
    case CertificateSpec::Signer::Intermediate:
        if (!intermediate_)
            intermediate_ =
                Authority::create(directory_, "intermediate-ca", "Hinterscope Test Intermediate CA", root_.get());
        return *intermediate_;
    case CertificateSpec::Signer::UnknownCa:
        if (!unknown_root_)
            unknown_root_ = Authority::create(directory_, "unknown-ca", "Hinterscope Unknown CA", nullptr);
        return *unknown_root_;
    case CertificateSpec::Signer::Root:
    case CertificateSpec::Signer::Self:
        break;
    }
    return *root_;
}

IssuedCertificate TestPki::issue(const std::string& name, const CertificateSpec& spec)
{
    if (!valid_file_stem(name))
        throw std::invalid_argument("test PKI: not a plain file name: " + name);
    KeyPtr key = make_key(spec.rsa_bits);
    CertificatePtr certificate =
        start_certificate(spec.common_name, key.get(), spec.not_before_days, spec.not_after_days);
    const bool self_signed = spec.signer == CertificateSpec::Signer::Self;
    const Authority* authority = self_signed ? nullptr : &signer(spec.signer);
    X509* issuer = self_signed ? certificate.get() : authority->certificate.get();
    EVP_PKEY* issuer_key = self_signed ? key.get() : authority->key.get();

    add_extension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
    add_extension(certificate.get(), issuer, NID_key_usage,
                  spec.rsa_bits > 0 ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature");
    if (spec.server_auth || spec.client_auth) {
        const char* usage = spec.server_auth && spec.client_auth ? "serverAuth,clientAuth"
                            : spec.server_auth                   ? "serverAuth"
                                                                 : "clientAuth";
        add_extension(certificate.get(), issuer, NID_ext_key_usage, usage);
    }
    add_extension(certificate.get(), issuer, NID_subject_key_identifier, "hash");
    add_extension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always");
    add_subject_alt_names(certificate.get(), spec);
    sign(certificate.get(), issuer, issuer_key, spec.sha1);

    IssuedCertificate issued{directory_ / (name + ".pem"), directory_ / (name + "-chain.pem"),
                             directory_ / (name + ".key")};
    write_pem(issued.certificate, {certificate.get()});
    std::vector<X509*> chain{certificate.get()};
    if (spec.signer == CertificateSpec::Signer::Intermediate)
        chain.push_back(intermediate_->certificate.get());
    write_pem(issued.chain, chain);
    write_pem(issued.key, {}, key.get());
    return issued;
}

} // namespace hs::test
