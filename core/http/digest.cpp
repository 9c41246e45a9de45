#include "http/digest.h"

#include "support/text.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cstdio>
#include <initializer_list>

namespace hinternet::http {
namespace {

constexpr std::size_t cnonce_random_bytes = 16;

std::string to_hex(const unsigned char* bytes, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(digits[bytes[i] >> 4]);
        out.push_back(digits[bytes[i] & 0x0f]);
    }
    return out;
}

struct AlgorithmName {
    std::string_view name;
    DigestAlgorithm algorithm;
};

constexpr AlgorithmName algorithm_names[] = {
    {"MD5", DigestAlgorithm::md5},
    {"MD5-sess", DigestAlgorithm::md5_sess},
    {"SHA-256", DigestAlgorithm::sha256},
    {"SHA-256-sess", DigestAlgorithm::sha256_sess},
};

bool is_session_variant(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::md5_sess || algorithm == DigestAlgorithm::sha256_sess;
}

// RFC 7616 §3.4.4: a username that cannot travel in a quoted-string goes as username*=UTF-8''percent-encoded.
bool needs_extended_username(std::string_view user)
{
    for (const char c : user) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f)
            return true;
    }
    return false;
}

std::string extended_value(std::string_view value)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "UTF-8''";
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        const bool attr_char = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                               (byte >= '0' && byte <= '9') ||
                               std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
        if (attr_char) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(digits[byte >> 4]);
            out.push_back(digits[byte & 0x0f]);
        }
    }
    return out;
}

} // namespace

std::optional<DigestSession> DigestSession::from_challenge(const Challenge& challenge)
{
    if (challenge.scheme != "digest")
        return std::nullopt;
    const auto realm = challenge.params.find("realm");
    const auto nonce = challenge.params.find("nonce");
    if (realm == challenge.params.end() || nonce == challenge.params.end())
        return std::nullopt;

    DigestSession session;
    session.realm_ = realm->second;
    session.nonce_ = nonce->second;
    if (const auto algorithm = challenge.params.find("algorithm"); algorithm != challenge.params.end()) {
        const AlgorithmName* known = nullptr;
        for (const auto& candidate : algorithm_names) {
            if (text::iequals(candidate.name, algorithm->second))
                known = &candidate;
        }
        if (!known)
            return std::nullopt;
        session.algorithm_ = known->algorithm;
        session.algorithm_name_ = known->name;
    }
    if (const auto qop = challenge.params.find("qop"); qop != challenge.params.end()) {
        bool auth = false;
        bool auth_int = false;
        std::string_view options = qop->second;
        while (!options.empty()) {
            const std::size_t comma = options.find(',');
            const std::string_view option = text::trim(options.substr(0, comma));
            options = comma == std::string_view::npos ? std::string_view{} : options.substr(comma + 1);
            auth = auth || text::iequals(option, "auth");
            auth_int = auth_int || text::iequals(option, "auth-int");
        }
        if (!auth && !auth_int)
            return std::nullopt;
        session.qop_ = auth ? "auth" : "auth-int";
    }
    if (const auto opaque = challenge.params.find("opaque"); opaque != challenge.params.end())
        session.opaque_ = opaque->second;
    if (const auto stale = challenge.params.find("stale"); stale != challenge.params.end())
        session.stale_ = text::iequals(stale->second, "true");
    session.userhash_offered_ = challenge.params.contains("userhash");
    return session;
}

std::string DigestSession::hash(std::string_view data) const
{
    const bool md5 = algorithm_ == DigestAlgorithm::md5 || algorithm_ == DigestAlgorithm::md5_sess;
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, md5 ? EVP_md5() : EVP_sha256(), nullptr) != 1)
        return {};
    return to_hex(digest.data(), length);
}

std::string DigestSession::next_cnonce()
{
    if (cnonce_source_)
        return cnonce_source_();
    std::array<unsigned char, cnonce_random_bytes> random{};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        return {};
    return to_hex(random.data(), random.size());
}

std::string DigestSession::authorization(std::string_view user, std::string_view password, std::string_view method,
                                         std::string_view request_target, std::string_view entity_body_for_auth_int)
{
    if (text::has_forbidden_header_char(method) || text::has_forbidden_header_char(request_target))
        return {};
    const bool session_variant = is_session_variant(algorithm_);
    std::string cnonce;
    if (!qop_.empty() || session_variant) {
        if (session_variant && !session_cnonce_.empty()) {
            cnonce = session_cnonce_;
        } else {
            cnonce = next_cnonce();
            if (cnonce.empty() || text::has_forbidden_header_char(cnonce))
                return {};
            if (session_variant)
                session_cnonce_ = cnonce;
        }
    }
    ++nonce_count_;
    char nonce_count[9];
    std::snprintf(nonce_count, sizeof nonce_count, "%08x", static_cast<unsigned>(nonce_count_));

    const auto join = [](std::initializer_list<std::string_view> parts) {
        std::string out;
        bool first = true;
        for (const std::string_view part : parts) {
            if (!first)
                out.push_back(':');
            out.append(part);
            first = false;
        }
        return out;
    };
    std::string ha1 = hash(join({user, realm_, password}));
    if (session_variant)
        ha1 = hash(join({ha1, nonce_, cnonce}));
    const std::string ha2 = qop_ == "auth-int" ? hash(join({method, request_target, hash(entity_body_for_auth_int)}))
                                               : hash(join({method, request_target}));
    const std::string response =
        qop_.empty() ? hash(join({ha1, nonce_, ha2})) : hash(join({ha1, nonce_, nonce_count, cnonce, qop_, ha2}));
    if (ha1.empty() || ha2.empty() || response.empty())
        return {};

    std::string header = "Digest ";
    if (needs_extended_username(user))
        header += "username*=" + extended_value(user);
    else
        header += "username=" + quoted_string(user);
    header += ", realm=" + quoted_string(realm_);
    header += ", uri=" + quoted_string(request_target);
    if (!algorithm_name_.empty())
        header += ", algorithm=" + algorithm_name_;
    header += ", nonce=" + quoted_string(nonce_);
    if (!qop_.empty()) {
        header += ", nc=";
        header += nonce_count;
    }
    if (!cnonce.empty())
        header += ", cnonce=" + quoted_string(cnonce);
    if (!qop_.empty())
        header += ", qop=" + qop_;
    header += ", response=" + quoted_string(response);
    if (opaque_)
        header += ", opaque=" + quoted_string(*opaque_);
    if (userhash_offered_)
        header += ", userhash=false";
    return text::has_forbidden_header_char(header) ? std::string{} : header;
}

} // namespace hinternet::http
