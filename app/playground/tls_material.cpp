#include "tls_material.h"

#include "log.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace hinterscope::playground {

namespace {

constexpr long day = 24L * 60 * 60;
constexpr long authorityLifetime = 10 * 365 * day;
// Browsers cap server certificates at 398 days; the playground follows suit so the certificate also works
// when a user imports the CA into a browser.
constexpr long serverLifetime = 397 * day;
constexpr long renewalMargin = 30 * day;
constexpr long clockSkew = day; // notBefore lies a day back, for clients whose clock runs late
constexpr qint64 maxPemSize = 64 * 1024;

struct BioDeleter {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

KeyPtr generateKey()
{
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    if (context == nullptr)
        return {};
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_keygen_init(context) <= 0 || EVP_PKEY_CTX_set_group_name(context, "P-256") <= 0 ||
        EVP_PKEY_generate(context, &key) <= 0)
        key = nullptr;
    EVP_PKEY_CTX_free(context);
    return KeyPtr(key);
}

struct CertificateSpec {
    const char* commonName;
    bool authority;
    const char* subjectAltNames; // OpenSSL syntax, null for none
    long notBefore;              // seconds from now
    long notAfter;
};

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    X509_EXTENSION* extension = X509V3_EXT_nconf_nid(nullptr, context, nid, value);
    if (extension == nullptr)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool setRandomSerial(X509* certificate)
{
    BIGNUM* serial = BN_new();
    // 127 random bits: positive, unique enough, well under the 20-octet limit.
    const bool done = serial != nullptr && BN_rand(serial, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
                      BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(certificate)) != nullptr;
    BN_free(serial);
    return done;
}

// Issues a certificate for subjectKey, signed by issuer (null: self-signed with subjectKey).
CertificatePtr issue(const CertificateSpec& spec, EVP_PKEY* subjectKey, X509* issuer, EVP_PKEY* issuerKey)
{
    CertificatePtr certificate(X509_new());
    X509* raw = certificate.get();
    if (raw == nullptr || X509_set_version(raw, X509_VERSION_3) != 1 || !setRandomSerial(raw) ||
        X509_gmtime_adj(X509_getm_notBefore(raw), spec.notBefore) == nullptr ||
        X509_gmtime_adj(X509_getm_notAfter(raw), spec.notAfter) == nullptr)
        return {};
    X509_NAME* subject = X509_get_subject_name(raw);
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Hinterscope"),
                                   -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(spec.commonName),
                                   -1, -1, 0) != 1 ||
        X509_set_issuer_name(raw, issuer != nullptr ? X509_get_subject_name(issuer) : subject) != 1 ||
        X509_set_pubkey(raw, subjectKey) != 1)
        return {};

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer != nullptr ? issuer : raw, raw, nullptr, nullptr, 0);
    bool extended = addExtension(raw, &context, NID_subject_key_identifier, "hash");
    if (spec.authority) {
        extended = extended && addExtension(raw, &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
                   addExtension(raw, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        extended = extended && addExtension(raw, &context, NID_basic_constraints, "critical,CA:FALSE") &&
                   addExtension(raw, &context, NID_key_usage, "critical,digitalSignature") &&
                   addExtension(raw, &context, NID_ext_key_usage, "serverAuth") &&
                   addExtension(raw, &context, NID_authority_key_identifier, "keyid,issuer");
    }
    if (spec.subjectAltNames != nullptr)
        extended = extended && addExtension(raw, &context, NID_subject_alt_name, spec.subjectAltNames);
    if (!extended || X509_sign(raw, issuerKey != nullptr ? issuerKey : subjectKey, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

std::optional<Credential> makeCredential(const CertificateSpec& spec, const Credential* issuer, QString* error)
{
    Credential credential;
    credential.key = generateKey();
    if (credential.key)
        credential.certificate =
            issue(spec, credential.key.get(), issuer != nullptr ? issuer->certificate.get() : nullptr,
                  issuer != nullptr ? issuer->key.get() : nullptr);
    if (!credential.certificate) {
        *error = QStringLiteral("cannot make the certificate for %1: %2")
                     .arg(QString::fromLatin1(spec.commonName), opensslError());
        return std::nullopt;
    }
    return credential;
}

const CertificateSpec authoritySpec{"Hinterscope Playground CA", true, nullptr, -clockSkew, authorityLifetime};
const CertificateSpec serverSpec{"localhost", false, "DNS:localhost,IP:127.0.0.1,IP:::1", -clockSkew, serverLifetime};
// Expired a month ago and named for a host nobody asks for: WinHTTP reports CERT_DATE_INVALID and
// CERT_CN_INVALID, and nothing else when the CA is trusted.
const CertificateSpec brokenSpec{"wrong.host.invalid", false, "DNS:wrong.host.invalid", -60 * day, -30 * day};

QByteArray pemOf(X509* certificate, EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    const int written = certificate != nullptr
                            ? PEM_write_bio_X509(bio.get(), certificate)
                            : PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    if (written != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool save(const QString& path, const QByteArray& contents, bool secret, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (contents.isEmpty() || file.write(contents) != contents.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveCredential(const Credential& credential, const QString& certificatePath, const QString& keyPath,
                    QString* error)
{
    // The key first: a certificate on disk without its key would be thrown away next time anyway.
    return save(keyPath, pemOf(nullptr, credential.key.get()), true, error) &&
           save(certificatePath, pemOf(credential.certificate.get(), nullptr), false, error);
}

enum class Loaded { Missing, Unusable, Usable };

// Reads one PEM file without trusting its size or contents.
Loaded readPem(const QString& path, QByteArray* contents, QString* why)
{
    QFile file(path);
    if (!file.exists())
        return Loaded::Missing;
    if (file.size() > maxPemSize) {
        *why = QStringLiteral("%1 is larger than a PEM file can be").arg(path);
        return Loaded::Unusable;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return Loaded::Unusable;
    }
    *contents = file.read(maxPemSize);
    return Loaded::Usable;
}

Loaded loadCredential(const QString& certificatePath, const QString& keyPath, Credential* credential, QString* why)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    const Loaded certificateState = readPem(certificatePath, &certificatePem, why);
    const Loaded keyState = readPem(keyPath, &keyPem, why);
    if (certificateState == Loaded::Missing && keyState == Loaded::Missing)
        return Loaded::Missing;
    if (certificateState == Loaded::Missing || keyState == Loaded::Missing) {
        *why = QStringLiteral("%1 lacks its other half")
                   .arg(certificateState == Loaded::Missing ? keyPath : certificatePath);
        return Loaded::Unusable;
    }
    if (certificateState != Loaded::Usable || keyState != Loaded::Usable)
        return Loaded::Unusable;
    BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    if (certificateBio)
        credential->certificate.reset(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (keyBio)
        credential->key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!credential->certificate || !credential->key) {
        *why = QStringLiteral("%1 is not a PEM %2: %3")
                   .arg(!credential->certificate ? certificatePath : keyPath,
                        !credential->certificate ? QStringLiteral("certificate") : QStringLiteral("private key"),
                        opensslError());
        return Loaded::Unusable;
    }
    if (X509_check_private_key(credential->certificate.get(), credential->key.get()) != 1) {
        ERR_clear_error();
        *why = QStringLiteral("%1 does not hold the key of %2").arg(keyPath, certificatePath);
        return Loaded::Unusable;
    }
    return Loaded::Usable;
}

bool currentlyValid(X509* certificate, const QString& path, QString* why)
{
    std::time_t now = std::time(nullptr);
    std::time_t renewal = now + renewalMargin;
    if (X509_cmp_time(X509_get0_notBefore(certificate), &now) != -1) {
        *why = QStringLiteral("%1 is not valid yet").arg(path);
        return false;
    }
    if (X509_cmp_time(X509_get0_notAfter(certificate), &renewal) != 1) {
        *why = QStringLiteral("%1 expires within 30 days (or has)").arg(path);
        return false;
    }
    return true;
}

bool authorityUsable(const Credential& authority, const QString& path, QString* why)
{
    X509* certificate = authority.certificate.get();
    if (X509_check_ca(certificate) != 1 || X509_verify(certificate, X509_get0_pubkey(certificate)) != 1) {
        ERR_clear_error();
        *why = QStringLiteral("%1 is not a self-signed CA certificate").arg(path);
        return false;
    }
    return currentlyValid(certificate, path, why);
}

bool serverUsable(const Credential& server, const Credential& authority, const QString& path, QString* why)
{
    X509* certificate = server.certificate.get();
    if (X509_check_issued(authority.certificate.get(), certificate) != X509_V_OK ||
        X509_verify(certificate, X509_get0_pubkey(authority.certificate.get())) != 1) {
        ERR_clear_error();
        *why = QStringLiteral("%1 is not signed by the playground's CA").arg(path);
        return false;
    }
    if (X509_check_host(certificate, "localhost", 0, 0, nullptr) != 1 ||
        X509_check_ip_asc(certificate, "127.0.0.1", 0) != 1 || X509_check_ip_asc(certificate, "::1", 0) != 1) {
        *why = QStringLiteral("%1 does not name localhost, 127.0.0.1 and ::1").arg(path);
        return false;
    }
    return currentlyValid(certificate, path, why);
}

// Loads the credential, or makes and saves a new one; logs why an existing one was replaced.
// *made: in, true to skip loading; out, true when a new credential was made.
std::optional<Credential> loadOrMake(const QDir& directory, const char* certificateFile, const char* keyFile,
                                     const CertificateSpec& spec, const Credential* issuer, bool* made, QString* error)
{
    const QString certificatePath = directory.filePath(QString::fromLatin1(certificateFile));
    const QString keyPath = directory.filePath(QString::fromLatin1(keyFile));
    if (!*made) {
        Credential credential;
        QString why;
        const Loaded state = loadCredential(certificatePath, keyPath, &credential, &why);
        if (state == Loaded::Usable) {
            const bool usable = issuer == nullptr ? authorityUsable(credential, certificatePath, &why)
                                                  : serverUsable(credential, *issuer, certificatePath, &why);
            if (usable)
                return credential;
        }
        if (state != Loaded::Missing)
            qCWarning(lcPlayground).noquote() << "replacing the playground's TLS material:" << why;
    }
    auto fresh = makeCredential(spec, issuer, error);
    if (!fresh || !saveCredential(*fresh, certificatePath, keyPath, error))
        return std::nullopt;
    qCInfo(lcPlayground).noquote() << "made" << certificatePath;
    *made = true;
    return fresh;
}

} // namespace

QString sha256Fingerprint(X509* certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (certificate == nullptr || X509_digest(certificate, EVP_sha256(), digest, &size) != 1)
        return {};
    QStringList bytes;
    for (unsigned int i = 0; i < size; ++i)
        bytes << QStringLiteral("%1").arg(digest[i], 2, 16, QLatin1Char('0')).toUpper();
    return bytes.join(QLatin1Char(':'));
}

std::optional<TlsMaterial> prepareTlsMaterial(const QString& directoryPath, QString* error)
{
    if (directoryPath.isEmpty()) {
        *error = QStringLiteral("no data directory for the playground's certificates");
        return std::nullopt;
    }
    QDir directory(directoryPath);
    if (!directory.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(directoryPath);
        return std::nullopt;
    }
    // The GUI and the CLI may start at the same moment: one makes the material, the other then loads it.
    QLockFile lock(directory.filePath(QStringLiteral("playground.lock")));
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(15'000)) {
        *error = QStringLiteral("cannot lock %1 (another playground is preparing certificates)")
                     .arg(directory.filePath(QStringLiteral("playground.lock")));
        return std::nullopt;
    }

    TlsMaterial material;
    bool madeAuthority = false;
    auto authority = loadOrMake(directory, caCertificateFile, caKeyFile, authoritySpec, nullptr, &madeAuthority, error);
    if (!authority)
        return std::nullopt;
    material.authority = std::move(*authority);
    // A new CA means a new server certificate, without first complaining about the old one's signature.
    bool madeServer = madeAuthority;
    auto server = loadOrMake(directory, serverCertificateFile, serverKeyFile, serverSpec, &material.authority,
                             &madeServer, error);
    if (!server)
        return std::nullopt;
    material.server = std::move(*server);
    auto broken = makeCredential(brokenSpec, &material.authority, error);
    if (!broken)
        return std::nullopt;
    material.broken = std::move(*broken);
    material.authorityPath = directory.absoluteFilePath(QString::fromLatin1(caCertificateFile));
    material.authorityFingerprint = sha256Fingerprint(material.authority.certificate.get());
    return material;
}

} // namespace hinterscope::playground
