#pragma once

// HTTP Digest authentication (RFC 7616, compatible with RFC 2617 and RFC 2069 servers).
// See docs/cookies-and-auth.md.
#include "http/auth.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::http {

enum class DigestAlgorithm { md5, md5_sess, sha256, sha256_sess };

class DigestSession {
public:
    // The session for a "Digest" challenge: nothing when realm or nonce is missing, the algorithm is unknown
    // (SHA-512-256 included) or qop offers neither "auth" nor "auth-int".
    static std::optional<DigestSession> from_challenge(const Challenge& challenge);

    // The Authorization (or Proxy-Authorization) value for one request; each call uses the next nonce count.
    // qop=auth is preferred; auth-int is used only when it is all the server offers, and then the body must be
    // passed. Empty when a value would need CR, LF or NUL, or the hash or random source fails.
    std::string authorization(std::string_view user, std::string_view password, std::string_view method,
                              std::string_view request_target, std::string_view entity_body_for_auth_int = {});

    // stale=true: the server rejected the nonce, not the credentials. Answer with a session from the new
    // challenge and the same credentials, without asking the user again.
    bool stale() const { return stale_; }
    DigestAlgorithm algorithm() const { return algorithm_; }
    const std::string& realm() const { return realm_; }
    const std::string& qop() const { return qop_; } // "auth", "auth-int", or empty (RFC 2069 server)
    std::uint32_t nonce_count() const { return nonce_count_; }

    // Tests: a fixed client nonce instead of 128 random bits.
    void set_cnonce_source(std::function<std::string()> source) { cnonce_source_ = std::move(source); }

private:
    DigestSession() = default;
    std::string hash(std::string_view data) const;
    std::string next_cnonce();

    DigestAlgorithm algorithm_ = DigestAlgorithm::md5;
    std::string algorithm_name_; // as echoed back; empty when the challenge named none
    std::string realm_;
    std::string nonce_;
    std::optional<std::string> opaque_;
    std::string qop_;
    bool stale_ = false;
    bool userhash_offered_ = false;
    std::uint32_t nonce_count_ = 0;
    std::string session_cnonce_; // -sess: A1 is bound to the first client nonce, so it is kept
    std::function<std::string()> cnonce_source_;
};

} // namespace hinternet::http
