#include "digest_auth.h"

#include "bounds.h"
#include "parsing.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <chrono>
#include <cstdio>

namespace hinterscope::playground {

namespace {

constexpr std::size_t nonceTimeDigits = 16;
constexpr std::size_t nonceMacBytes = 16;

std::string nonceMac(const NonceKey& key, std::string_view issued)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t size = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(),
                  reinterpret_cast<const unsigned char*>(issued.data()), issued.size(), mac, sizeof mac,
                  &size) == nullptr ||
        size < nonceMacBytes)
        return {};
    return toHex(mac, nonceMacBytes);
}

std::string randomHex(std::size_t bytes)
{
    std::array<unsigned char, 32> random{};
    if (bytes > random.size() || RAND_bytes(random.data(), static_cast<int>(bytes)) != 1)
        return {};
    return toHex(random.data(), bytes);
}

long long nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

enum class NonceState { Forged, Old, Fresh };

NonceState checkNonce(std::string_view nonce, const NonceKey& key)
{
    if (nonce.size() != nonceTimeDigits + nonceMacBytes * 2)
        return NonceState::Forged;
    const auto issuedText = nonce.substr(0, nonceTimeDigits);
    const std::string expected = nonceMac(key, issuedText);
    if (expected.empty() || CRYPTO_memcmp(expected.data(), nonce.data() + nonceTimeDigits, expected.size()) != 0)
        return NonceState::Forged;
    unsigned long long issued = 0;
    if (std::from_chars(issuedText.data(), issuedText.data() + issuedText.size(), issued, 16).ec != std::errc())
        return NonceState::Forged;
    const long long age = nowSeconds() - static_cast<long long>(issued);
    return age >= 0 && age <= limits::digestNonceLifetime.count() ? NonceState::Fresh : NonceState::Old;
}

const std::string* find(const std::map<std::string, std::string>& params, const char* name)
{
    const auto it = params.find(name);
    return it == params.end() ? nullptr : &it->second;
}

} // namespace

std::optional<DigestAlgorithm> digestAlgorithmNamed(std::string_view name)
{
    DigestAlgorithm algorithm;
    std::string lower = toLower(name);
    constexpr std::string_view sessionSuffix = "-sess";
    if (lower.size() > sessionSuffix.size() && lower.ends_with(sessionSuffix)) {
        algorithm.session = true;
        lower.resize(lower.size() - sessionSuffix.size());
    }
    if (lower == "md5") {
        algorithm.hash = DigestHash::Md5;
        algorithm.name = "MD5";
    } else if (lower == "sha-256") {
        algorithm.hash = DigestHash::Sha256;
        algorithm.name = "SHA-256";
    } else if (lower == "sha-512") {
        algorithm.hash = DigestHash::Sha512;
        algorithm.name = "SHA-512";
    } else {
        return std::nullopt;
    }
    if (algorithm.session)
        algorithm.name += "-sess";
    return algorithm;
}

std::string digestHex(DigestHash hash, std::string_view data)
{
    const EVP_MD* md = hash == DigestHash::Sha512   ? EVP_sha512()
                       : hash == DigestHash::Sha256 ? EVP_sha256()
                                                    : EVP_md5();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &size, md, nullptr) != 1)
        return {};
    return toHex(digest, size);
}

std::string issueNonce(const NonceKey& key)
{
    char issued[nonceTimeDigits + 1];
    std::snprintf(issued, sizeof issued, "%016llx", static_cast<unsigned long long>(nowSeconds()));
    return std::string(issued) + nonceMac(key, issued);
}

std::string digestChallengeHeader(const DigestChallenge& challenge, const NonceKey& key, bool stale)
{
    const std::string qop = challenge.qop.empty() ? "auth, auth-int" : challenge.qop;
    return "Digest realm=\"" + challenge.realm + "\", nonce=\"" + issueNonce(key) + "\", opaque=\"" + randomHex(16) +
           "\", qop=\"" + qop + "\", algorithm=" + challenge.algorithm.name + ", stale=" + (stale ? "TRUE" : "FALSE");
}

DigestVerdict verifyDigest(const std::map<std::string, std::string>& params, const DigestChallenge& challenge,
                           const DigestRequest& request, const NonceKey& key)
{
    const auto* username = find(params, "username");
    const auto* realm = find(params, "realm");
    const auto* nonce = find(params, "nonce");
    const auto* uri = find(params, "uri");
    const auto* response = find(params, "response");
    if (username == nullptr || realm == nullptr || nonce == nullptr || uri == nullptr || response == nullptr ||
        *username != request.user || *realm != challenge.realm || *uri != request.target)
        return DigestVerdict::Rejected;
    // RFC 7616: no algorithm parameter means MD5.
    const auto* algorithmName = find(params, "algorithm");
    const auto algorithm = digestAlgorithmNamed(algorithmName != nullptr ? *algorithmName : "MD5");
    if (!algorithm || algorithm->name != challenge.algorithm.name)
        return DigestVerdict::Rejected;

    const auto* qop = find(params, "qop");
    const auto* nc = find(params, "nc");
    const auto* cnonce = find(params, "cnonce");
    if (qop != nullptr) {
        const bool offered = challenge.qop.empty() ? (*qop == "auth" || *qop == "auth-int") : *qop == challenge.qop;
        if (!offered || nc == nullptr || cnonce == nullptr)
            return DigestVerdict::Rejected;
    } else if (!challenge.qop.empty() || algorithm->session) {
        // RFC 2069 answers (no qop) only where the challenge offered the choice.
        return DigestVerdict::Rejected;
    }

    const auto hash = [&](std::string_view data) { return digestHex(algorithm->hash, data); };
    std::string ha1 = hash(std::string(request.user) + ":" + challenge.realm + ":" + std::string(request.password));
    if (algorithm->session)
        ha1 = hash(ha1 + ":" + *nonce + ":" + *cnonce);
    std::string a2 = std::string(request.method) + ":" + *uri;
    if (qop != nullptr && *qop == "auth-int")
        a2 += ":" + hash(request.body);
    const std::string ha2 = hash(a2);
    const std::string expected = qop != nullptr
                                     ? hash(ha1 + ":" + *nonce + ":" + *nc + ":" + *cnonce + ":" + *qop + ":" + ha2)
                                     : hash(ha1 + ":" + *nonce + ":" + ha2);
    if (expected.empty() || expected.size() != response->size() ||
        CRYPTO_memcmp(expected.data(), toLower(*response).data(), expected.size()) != 0)
        return DigestVerdict::Rejected;
    switch (checkNonce(*nonce, key)) {
    case NonceState::Forged:
        return DigestVerdict::Rejected;
    case NonceState::Old:
        return DigestVerdict::StaleNonce;
    case NonceState::Fresh:
        break;
    }
    return DigestVerdict::Accepted;
}

} // namespace hinterscope::playground
