#include "trace_text.h"

#include "request/winhttp_names.h"
#include "terminal_text.h"

#include <chrono>
#include <format>

namespace hinterscope::cli {

std::string iso_time(std::int64_t seconds_since_epoch)
{
    const std::chrono::sys_seconds time{std::chrono::seconds(seconds_since_epoch)};
    return std::format("{:%Y-%m-%dT%H:%M:%SZ}", time);
}

std::vector<std::string> describe_tls(const hinternet::trace::TlsSummary& tls)
{
    std::vector<std::string> lines;
    lines.push_back(std::format("TLS handshake: {}, {} ({} bits), ALPN {}, SNI {}", printable(tls.protocol),
                                printable(tls.cipher), tls.cipher_bits, tls.alpn.empty() ? "none" : printable(tls.alpn),
                                tls.sni.empty() ? "none" : printable(tls.sni)));
    for (std::size_t i = 0; i < tls.chain.size(); ++i) {
        const auto& certificate = tls.chain[i];
        std::string names;
        for (const auto& name : certificate.subject_alt_names)
            names += (names.empty() ? "" : ", ") + printable(name);
        lines.push_back(std::format("  certificate {}: subject {}", i, printable(certificate.subject)));
        lines.push_back(std::format("                 issuer {}", printable(certificate.issuer)));
        if (!names.empty())
            lines.push_back(std::format("                 SANs {}", names));
        lines.push_back(std::format("                 valid {} to {}; {} {} bits; {}", iso_time(certificate.not_before),
                                    iso_time(certificate.not_after), printable(certificate.public_key_algorithm),
                                    certificate.public_key_bits, printable(certificate.signature_algorithm)));
        lines.push_back(std::format("                 sha256 {}", printable(certificate.sha256_fingerprint)));
    }
    if (tls.verify_result == 0 && tls.failure_flags == 0) {
        lines.push_back("  verification: ok");
    } else {
        std::string line =
            std::format("  verification: failed: {} (X509 error {}); flags {}", printable(tls.verify_message),
                        tls.verify_result, secure_failure_flag_names(tls.failure_flags));
        if (tls.ignored_flags != 0)
            line += std::format("; waived {}", secure_failure_flag_names(tls.ignored_flags));
        const bool accepted = tls.failure_flags != 0 && (tls.failure_flags & ~tls.ignored_flags) == 0;
        lines.push_back(line + (accepted ? " (accepted: every problem waived)" : " (rejected)"));
    }
    return lines;
}

} // namespace hinterscope::cli
