// The trace's masking of credentials for observers that do not reveal secrets (core/trace/wire_redaction.*):
// heads split at every byte position give the same verdict for every secret byte, bodies are never touched,
// and the masking is length-preserving. The end-to-end check (two observers on one session) is in
// tests/core/api/tst_credential_safety.cpp.
#include "trace/wire_redaction.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using hinternet::trace::HeadScanner;

namespace {

std::string stars(std::string_view secret)
{
    return std::string(secret.size(), '*');
}

struct HeadCase {
    const char* label;
    HeadScanner::Direction direction;
    std::string input;
    std::string expected;             // fed in one piece
    std::size_t body_start;           // from here on the bytes are body: never changed
    std::vector<std::string> secrets; // every byte of every occurrence masked, however the input is split
};

void PrintTo(const HeadCase& c, std::ostream* os)
{
    *os << c.label;
}

const std::string basic = "YWxpY2U6c2VjcmV0";
const std::string digest = "username=\"alice\", realm=\"lab\", response=\"0123abcd\"";

std::vector<HeadCase> head_cases()
{
    std::vector<HeadCase> cases;
    {
        HeadCase c{"request_head_with_body", HeadScanner::Direction::Sent, {}, {}, 0, {}};
        const std::string start = "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const std::string body = "Authorization: Basic body-is-never-masked\r\nCookie: a=b\r\n\r\n";
        c.input = start + "Authorization: Basic " + basic + "\r\nProxy-Authorization: Digest " + digest +
                  "\r\nCookie: sid=s3cr3t-sid; theme=dark-secret;nameless-secret\r\nContent-Length: 57\r\n\r\n";
        c.expected = start + "Authorization: Basic " + stars(basic) + "\r\nProxy-Authorization: Digest " +
                     stars(digest) + "\r\nCookie: sid=" + stars("s3cr3t-sid") + "; theme=" + stars("dark-secret") +
                     ";" + stars("nameless-secret") + "\r\nContent-Length: 57\r\n\r\n";
        c.body_start = c.input.size();
        c.input += body;
        c.expected += body;
        c.secrets = {basic, "alice", "0123abcd", "s3cr3t-sid", "dark-secret", "nameless-secret"};
        cases.push_back(c);
    }
    {
        HeadCase c{"request_head_any_case_bearer_and_bare_token", HeadScanner::Direction::Sent, {}, {}, 0, {}};
        c.input = "GET / HTTP/1.1\r\nauthorization:Bearer eyJhbGciOi.bearer-secret\r\nPROXY-AUTHORIZATION:   Basic "
                  "cHJveHk6cHc=\r\nX-Other: Bearer visible\r\nAuthorization: bare-token-secret\r\ncookie:  "
                  "=empty-name-secret ;; x = spaced secret \r\n\r\n";
        c.expected = "GET / HTTP/1.1\r\nauthorization:Bearer " + stars("eyJhbGciOi.bearer-secret") +
                     "\r\nPROXY-AUTHORIZATION:   Basic " + stars("cHJveHk6cHc=") +
                     "\r\nX-Other: Bearer visible\r\nAuthorization: " + stars("bare-token-secret") +
                     "\r\ncookie:  =" + stars("empty-name-secret ") + ";; x =" + stars(" spaced secret ") + "\r\n\r\n";
        c.body_start = c.input.size();
        c.secrets = {"bearer-secret", "cHJveHk6cHc=", "bare-token-secret", "empty-name-secret", "spaced secret"};
        cases.push_back(c);
    }
    {
        HeadCase c{"connect_to_a_proxy", HeadScanner::Direction::Sent, {}, {}, 0, {}};
        c.input = "CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nProxy-Authorization: Basic "
                  "Y29ubmVjdDpwdw==\r\n\r\n";
        c.expected = "CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nProxy-Authorization: Basic " +
                     stars("Y29ubmVjdDpwdw==") + "\r\n\r\n";
        c.body_start = c.input.size();
        c.secrets = {"Y29ubmVjdDpwdw=="};
        cases.push_back(c);
    }
    {
        HeadCase c{"interim_heads_then_the_final_one", HeadScanner::Direction::Received, {}, {}, 0, {}};
        c.input =
            "HTTP/1.1 100 Continue\r\n\r\n"
            "HTTP/1.1 103 Early Hints\r\nSet-Cookie: early=early-secret\r\n\r\n"
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nSet-Cookie: sid=resp-secret; Path=/; HttpOnly\r\n"
            "set-cookie: nameless-resp-secret; Secure\r\nSet-Cookie2: folded=fold-secret;\r\n continued-secret\r\n"
            "Content-Length: 52\r\n\r\n";
        c.expected =
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nSet-Cookie: early=" + stars("early-secret") +
            "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nSet-Cookie: sid=" + stars("resp-secret") +
            "; Path=/; HttpOnly\r\nset-cookie: " + stars("nameless-resp-secret") +
            "; Secure\r\nSet-Cookie2: folded=" + stars("fold-secret") + ";\r\n " + stars("continued-secret") +
            "\r\nContent-Length: 52\r\n\r\n";
        c.body_start = c.input.size();
        const std::string body = "HTTP/1.1 200 OK\r\nSet-Cookie: body=not-a-head\r\n\r\n";
        c.input += body;
        c.expected += body;
        c.secrets = {"early-secret", "resp-secret", "nameless-resp-secret", "fold-secret", "continued-secret"};
        cases.push_back(c);
    }
    {
        HeadCase c{"bare_line_feeds", HeadScanner::Direction::Received, {}, {}, 0, {}};
        c.input = "HTTP/1.1 302 Found\nLocation: /next\nSet-Cookie: lf=lf-secret\n\n";
        c.expected = "HTTP/1.1 302 Found\nLocation: /next\nSet-Cookie: lf=" + stars("lf-secret") + "\n\n";
        c.body_start = c.input.size();
        c.input += "Set-Cookie: b=body";
        c.expected += "Set-Cookie: b=body";
        c.secrets = {"lf-secret"};
        cases.push_back(c);
    }
    return cases;
}

// Feeds `input` in the pieces that `cuts` (ascending positions) make; the bytes an observer would get.
std::string feed_in_pieces(const HeadCase& c, const std::vector<std::size_t>& cuts)
{
    HeadScanner scanner(c.direction);
    scanner.start_head_at(0);
    std::string out;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= cuts.size(); ++i) {
        const std::size_t to = i < cuts.size() ? cuts[i] : c.input.size();
        const std::string_view piece = std::string_view(c.input).substr(from, to - from);
        const auto masked = scanner.feed(piece, from);
        if (masked) {
            EXPECT_EQ(masked->size(), piece.size());
        }
        out += masked ? *masked : std::string(piece);
        from = to;
    }
    return out;
}

// What every split must keep: the length, CR and LF, the body, every byte the whole-piece feed masks; a byte
// is either itself or '*'.
void expect_safe(const HeadCase& c, const std::string& out, const std::string& where)
{
    ASSERT_EQ(out.size(), c.input.size()) << where;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char in = c.input[i];
        ASSERT_TRUE(out[i] == in || out[i] == '*') << where << " at " << i;
        if (in == '\r' || in == '\n' || i >= c.body_start) {
            ASSERT_EQ(out[i], in) << where << " at " << i;
        }
        if (c.expected[i] == '*') {
            ASSERT_EQ(out[i], '*') << where << " at " << i << ": " << out;
        }
    }
    for (const auto& secret : c.secrets) {
        ASSERT_EQ(out.find(secret), std::string::npos) << where << ": " << out;
    }
}

class HeadMasking : public testing::TestWithParam<HeadCase> {};

TEST_P(HeadMasking, InOnePiece)
{
    const HeadCase& c = GetParam();
    ASSERT_EQ(c.expected.size(), c.input.size()) << "the row itself";
    EXPECT_EQ(feed_in_pieces(c, {}), c.expected);
    for (const auto& secret : c.secrets) {
        for (auto at = c.input.find(secret); at != std::string::npos; at = c.input.find(secret, at + 1)) {
            if (at < c.body_start) {
                EXPECT_EQ(c.expected.substr(at, secret.size()), stars(secret)) << secret;
            }
        }
    }
}

TEST_P(HeadMasking, SplitAtEveryByte)
{
    const HeadCase& c = GetParam();
    for (std::size_t cut = 1; cut < c.input.size(); ++cut) {
        const auto out = feed_in_pieces(c, {cut});
        expect_safe(c, out, "cut at " + std::to_string(cut));
        if (HasFatalFailure())
            return;
    }
}

TEST_P(HeadMasking, SplitAtEveryPairOfBytes)
{
    const HeadCase& c = GetParam();
    for (std::size_t first = 1; first < c.input.size(); first += 3) {
        for (std::size_t second = first + 1; second < c.input.size(); ++second) {
            const auto out = feed_in_pieces(c, {first, second});
            expect_safe(c, out, "cuts at " + std::to_string(first) + ", " + std::to_string(second));
            if (HasFatalFailure())
                return;
        }
    }
}

TEST_P(HeadMasking, OneByteAtATime)
{
    const HeadCase& c = GetParam();
    std::vector<std::size_t> cuts;
    for (std::size_t cut = 1; cut < c.input.size(); ++cut)
        cuts.push_back(cut);
    expect_safe(c, feed_in_pieces(c, cuts), "byte by byte");
}

INSTANTIATE_TEST_SUITE_P(Heads, HeadMasking, testing::ValuesIn(head_cases()),
                         [](const testing::TestParamInfo<HeadCase>& row) { return std::string(row.param.label); });

TEST(HeadScanner, BodiesPassUntouchedUntilTheNextAnnouncedHead)
{
    HeadScanner scanner(HeadScanner::Direction::Received);
    scanner.start_head_at(0);
    const std::string first = "HTTP/1.1 302 Found\r\nSet-Cookie: a=one\r\nContent-Length: 16\r\n\r\n";
    EXPECT_EQ(scanner.feed(first, 0).value_or(first),
              "HTTP/1.1 302 Found\r\nSet-Cookie: a=***\r\nContent-Length: 16\r\n\r\n");
    const std::string body = "Set-Cookie: b=tw";
    EXPECT_FALSE(scanner.feed(body, first.size()));
    // The next hop's request was sent: its answer starts right here, in the middle of a read.
    const std::uint64_t next = first.size() + body.size() + 3;
    scanner.start_head_at(next);
    const std::string read = "o\r\nHTTP/1.1 200 OK\r\nSet-Cookie: c=three\r\n\r\nbody";
    EXPECT_EQ(scanner.feed(read, first.size() + body.size()).value_or(read),
              "o\r\nHTTP/1.1 200 OK\r\nSet-Cookie: c=*****\r\n\r\nbody");
}

TEST(HeadScanner, BytesAfterAGapAreMaskedRatherThanGuessed)
{
    // Nobody masked the first bytes of this head (only revealing observers listened): the scanner starts
    // mid-line, masks that line whole, and reads every later line as a header line.
    HeadScanner scanner(HeadScanner::Direction::Received);
    const std::string rest = "kie: sid=abc\r\nSet-Cookie: x=yz\r\n\r\nplain\r\nCookie: q=body\r\n";
    EXPECT_EQ(scanner.feed(rest, 100).value_or(rest),
              "************\r\nSet-Cookie: x=**\r\n\r\nplain\r\nCookie: q=****\r\n");
    // A jump in the offsets is a gap too.
    scanner.start_head_at(500);
    const std::string head = "HTTP/1.1 200 OK\r\nSet-Cookie: s=t\r\n\r\nCookie: q=body";
    EXPECT_EQ(scanner.feed(head, 500).value_or(head), "HTTP/1.1 200 OK\r\nSet-Cookie: s=*\r\n\r\nCookie: q=body");
    const std::string later = "ie: z=1\r\n";
    EXPECT_EQ(scanner.feed(later, 900).value_or(later), "*******\r\n");
}

struct TextCase {
    std::string input;
    std::string expected;
};

class SetCookieValue : public testing::TestWithParam<TextCase> {};

TEST_P(SetCookieValue, KeepsNameAndAttributes)
{
    const auto& c = GetParam();
    EXPECT_EQ(HeadScanner::mask_set_cookie_value(c.input).value_or(c.input), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Values, SetCookieValue,
                         testing::Values(TextCase{"sid=abc; Path=/; Secure", "sid=***; Path=/; Secure"},
                                         TextCase{"nameless", "********"},
                                         TextCase{"nameless; HttpOnly", "********; HttpOnly"},
                                         TextCase{" sid = abc ;Max-Age=5", " sid =*****;Max-Age=5"},
                                         TextCase{"empty=; Path=/", "empty=; Path=/"}, TextCase{"", ""}));

class UserinfoPasswords : public testing::TestWithParam<TextCase> {};

TEST_P(UserinfoPasswords, AreMaskedInTexts)
{
    const auto& c = GetParam();
    EXPECT_EQ(hinternet::trace::mask_userinfo_passwords(c.input).value_or(c.input), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Texts, UserinfoPasswords,
                         testing::Values(TextCase{"302 followed -> http://user:pa55@host:8080/x",
                                                  "302 followed -> http://user:****@host:8080/x"},
                                         TextCase{"agent=\"a\" proxy=user:pw@proxy:3128 mode=sync",
                                                  "agent=\"a\" proxy=user:**@proxy:3128 mode=sync"},
                                         TextCase{"https://u:p@ss@h/", "https://u:****@h/"},
                                         TextCase{"http://user@host/", "http://user@host/"},
                                         TextCase{"GET /a:b@c HTTP/1.1", "GET /a:b@c HTTP/1.1"},
                                         TextCase{"http://host:8080/a@b", "http://host:8080/a@b"},
                                         TextCase{"agent=\"x (a@b)\"", "agent=\"x (a@b)\""},
                                         TextCase{"nothing here", "nothing here"}));

} // namespace
