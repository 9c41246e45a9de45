#pragma once

// HTTP Digest authentication, server side (RFC 7616; RFC 2617 and RFC 2069 clients too): the challenge and
// the check of a client's answer. Nonces carry their issue time and an HMAC under a per-start key, so they
// need no server state, cannot be forged, and go stale after five minutes.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hinterscope::playground {

enum class DigestHash { Md5, Sha256, Sha512 };

struct DigestAlgorithm {
    DigestHash hash = DigestHash::Md5;
    bool session = false; // the "-sess" variants
    std::string name;     // as the challenge spells it: "MD5", "SHA-256", "SHA-512-sess", ...
};

// "MD5", "SHA-256", "SHA-512", with or without "-sess", any case; nothing for other names.
std::optional<DigestAlgorithm> digestAlgorithmNamed(std::string_view name);
std::string digestHex(DigestHash hash, std::string_view data);

struct DigestChallenge {
    std::string realm;
    std::string qop; // "auth", "auth-int", or empty to offer both
    DigestAlgorithm algorithm;
};

using NonceKey = std::array<unsigned char, 32>;

std::string issueNonce(const NonceKey& key);
// The WWW-Authenticate value for a fresh nonce.
std::string digestChallengeHeader(const DigestChallenge& challenge, const NonceKey& key, bool stale);

enum class DigestVerdict {
    Accepted,
    StaleNonce, // the answer fits, but the nonce is older than five minutes: challenge again with stale=true
    Rejected,
};

struct DigestRequest {
    std::string_view user;
    std::string_view password;
    std::string_view method;
    std::string_view target; // the request target, which the client's uri must equal
    std::string_view body;   // for qop=auth-int
};

// params: the client's auth-params (parseAuthParams of what follows "Digest ").
DigestVerdict verifyDigest(const std::map<std::string, std::string>& params, const DigestChallenge& challenge,
                           const DigestRequest& request, const NonceKey& key);

} // namespace hinterscope::playground
