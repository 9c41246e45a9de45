#pragma once

#include <QString>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace hinterscope::playground {

struct CertificateDeleter {
    void operator()(X509* certificate) const { X509_free(certificate); }
};
struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using CertificatePtr = std::unique_ptr<X509, CertificateDeleter>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;

struct Credential {
    CertificatePtr certificate;
    KeyPtr key;
};

struct TlsMaterial {
    Credential authority; // the local CA
    Credential server;    // localhost, 127.0.0.1 and ::1, signed by the CA
    Credential broken;    // expired and for wrong.host.invalid, signed by the same CA
    QString authorityPath;
    QString authorityFingerprint; // SHA-256 of the DER, "AB:CD:..."
};

// File names inside the data directory.
inline constexpr auto caCertificateFile = "playground-ca.pem";
inline constexpr auto caKeyFile = "playground-ca-key.pem";
inline constexpr auto serverCertificateFile = "playground-server.pem";
inline constexpr auto serverKeyFile = "playground-server-key.pem";

// Loads the CA and the server credential kept in directory and checks them (parse, key match, signature,
// names, at least 30 days left); makes new ones for whatever is missing, expiring, corrupt or mismatched
// and saves them (keys 0600). The broken credential is made fresh every time. Several processes sharing the
// directory take turns through a lock file.
std::optional<TlsMaterial> prepareTlsMaterial(const QString& directory, QString* error);

QString sha256Fingerprint(X509* certificate);

} // namespace hinterscope::playground
