#include "http/auth.h"
#include "http/digest.h"
#include "support/text.h"

#include <winhttp.h>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using hinternet::http::Challenge;
using hinternet::http::DigestAlgorithm;
using hinternet::http::DigestSession;
using hinternet::http::parse_challenges;
using Params = std::map<std::string, std::string>;

// ---- challenge parsing ---------------------------------------------------------------------------------

struct ExpectedChallenge {
    std::string scheme;
    Params params;
    std::string token68;
};

struct ParseCase {
    std::string name;
    std::string input;
    std::vector<ExpectedChallenge> expected;
};

class ChallengeParsing : public testing::TestWithParam<ParseCase> {};

TEST_P(ChallengeParsing, Parses)
{
    const std::vector<Challenge> parsed = parse_challenges(GetParam().input);
    ASSERT_EQ(parsed.size(), GetParam().expected.size());
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        SCOPED_TRACE("challenge " + std::to_string(i));
        EXPECT_EQ(parsed[i].scheme, GetParam().expected[i].scheme);
        EXPECT_EQ(parsed[i].params, GetParam().expected[i].params);
        EXPECT_EQ(parsed[i].token68, GetParam().expected[i].token68);
    }
}

const ParseCase parse_cases[] = {
    {"Basic", R"(Basic realm="WallyWorld")", {{"basic", {{"realm", "WallyWorld"}}, ""}}},
    {"BasicCharset",
     R"(Basic realm="simple", charset="UTF-8")",
     {{"basic", {{"realm", "simple"}, {"charset", "UTF-8"}}, ""}}},
    {"Rfc9110Example",
     R"(Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple")",
     {{"newauth", {{"realm", "apps"}, {"type", "1"}, {"title", R"(Login to "apps")"}}, ""},
      {"basic", {{"realm", "simple"}}, ""}}},
    {"SchemeOnly", "Negotiate", {{"negotiate", {}, ""}}},
    {"Token68", "Negotiate YIIFyw==", {{"negotiate", {}, "YIIFyw=="}}},
    {"Token68Characters", "Negotiate a+b/c-d._~9=  ", {{"negotiate", {}, "a+b/c-d._~9="}}},
    {"Token68ThenChallenge",
     R"(Negotiate abc==, Basic realm="x")",
     {{"negotiate", {}, "abc=="}, {"basic", {{"realm", "x"}}, ""}}},
    {"SeveralBareSchemes",
     R"(NTLM, Negotiate, Basic realm="x")",
     {{"ntlm", {}, ""}, {"negotiate", {}, ""}, {"basic", {{"realm", "x"}}, ""}}},
    {"CommasInsideQuotes",
     R"(Digest realm="a, b", qop="auth, auth-int", nonce=abc)",
     {{"digest", {{"realm", "a, b"}, {"qop", "auth, auth-int"}, {"nonce", "abc"}}, ""}}},
    {"NoSpaceAfterCommas",
     R"(Digest realm="x",nonce="y",qop=auth,Basic realm=z)",
     {{"digest", {{"realm", "x"}, {"nonce", "y"}, {"qop", "auth"}}, ""}, {"basic", {{"realm", "z"}}, ""}}},
    {"CaseInsensitiveNames", R"(BASIC REALM="x")", {{"basic", {{"realm", "x"}}, ""}}},
    {"WhitespaceAroundEquals",
     "Basic realm = \"x\" ,\tcharset\t=\tUTF-8",
     {{"basic", {{"realm", "x"}, {"charset", "UTF-8"}}, ""}}},
    {"EscapedBackslash", R"(Basic realm="a\\b\c")", {{"basic", {{"realm", R"(a\bc)"}}, ""}}},
    {"EmptyQuotedValue", R"(Basic realm="")", {{"basic", {{"realm", ""}}, ""}}},
    {"DuplicateParamFirstWins", R"(Basic realm="a", realm="b")", {{"basic", {{"realm", "a"}}, ""}}},
    {"Bearer",
     R"(Bearer realm="example", error="invalid_token", error_description="The access token expired")",
     {{"bearer",
       {{"realm", "example"}, {"error", "invalid_token"}, {"error_description", "The access token expired"}},
       ""}}},
    {"ExtraCommasAndSpaces",
     " ,, Basic realm=x ,, , Digest nonce=1 ,",
     {{"basic", {{"realm", "x"}}, ""}, {"digest", {{"nonce", "1"}}, ""}}},
    {"Empty", "", {}},
    {"OnlyCommas", " , ,, ", {}},
    // Garbage: what can be read survives, the rest is skipped to the next comma.
    {"LeadingQuotedGarbage", R"("quoted, still", Basic realm=x)", {{"basic", {{"realm", "x"}}, ""}}},
    {"EqualsGarbage", "=,=,Basic", {{"basic", {}, ""}}},
    {"UnterminatedQuote", R"(Basic realm="unterminated, Digest nonce=1)", {{"basic", {}, ""}}},
    {"JunkAfterValue", "Basic realm=x y, Digest nonce=1", {{"basic", {}, ""}, {"digest", {{"nonce", "1"}}, ""}}},
    {"SchemeGluedToEquals", "Basic=foo, Digest", {{"digest", {}, ""}}},
    {"SchemeGluedToQuote", R"(Basic"x", Digest)", {{"digest", {}, ""}}},
    {"ParamWithoutValue", "Basic realm=\"x\", charset=, Digest", {{"basic", {{"realm", "x"}}, ""}, {"digest", {}, ""}}},
    {"FirstElementNotAParam", "Basic foo bar, realm=x", {{"basic", {{"realm", "x"}}, ""}}},
    {"ControlAndHighBytes",
     std::string("Basic realm=\"\x01\xff\", \x00\x80", 20),
     {{"basic", {{"realm", "\x01\xff"}}, ""}}},
};

INSTANTIATE_TEST_SUITE_P(Rfc9110, ChallengeParsing, testing::ValuesIn(parse_cases),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(ChallengeParsing, RandomInputNeverBreaksInvariants)
{
    static constexpr std::string_view alphabet = "aB9 ,=\"\\\t;/+-.~_()\x01\xff";
    std::mt19937 random(2024);
    for (int round = 0; round < 20000; ++round) {
        std::string input(random() % 48, ' ');
        for (char& c : input)
            c = alphabet[random() % alphabet.size()];
        for (const Challenge& challenge : parse_challenges(input)) {
            ASSERT_FALSE(challenge.scheme.empty()) << input;
            ASSERT_TRUE(hinternet::text::is_token(challenge.scheme)) << input;
            ASSERT_TRUE(challenge.token68.empty() || challenge.params.empty()) << input;
        }
    }
}

// ---- WinHttpQueryAuthSchemes' view -------------------------------------------------------------------------

TEST(AuthSchemes, BitmaskAndFirstScheme)
{
    const auto challenges = parse_challenges(
        R"(Bearer realm="x", Digest realm="d", nonce="n", Basic realm="b", NTLM, Negotiate, Passport1.4 x=1)");
    EXPECT_EQ(hinternet::http::schemes_bitmask(challenges),
              static_cast<DWORD>(WINHTTP_AUTH_SCHEME_BASIC | WINHTTP_AUTH_SCHEME_NTLM | WINHTTP_AUTH_SCHEME_PASSPORT |
                                 WINHTTP_AUTH_SCHEME_DIGEST | WINHTTP_AUTH_SCHEME_NEGOTIATE));
    EXPECT_EQ(hinternet::http::first_scheme(challenges), static_cast<DWORD>(WINHTTP_AUTH_SCHEME_DIGEST));

    const auto basic_first = parse_challenges("Basic realm=x, Negotiate");
    EXPECT_EQ(hinternet::http::first_scheme(basic_first), static_cast<DWORD>(WINHTTP_AUTH_SCHEME_BASIC));
    const auto unknown_only = parse_challenges("Bearer, Mutual x=1");
    EXPECT_EQ(hinternet::http::schemes_bitmask(unknown_only), 0u);
    EXPECT_EQ(hinternet::http::first_scheme(unknown_only), 0u);
    EXPECT_EQ(hinternet::http::scheme_flag("NeGoTiAtE"), static_cast<DWORD>(WINHTTP_AUTH_SCHEME_NEGOTIATE));
}

// ---- Basic ----------------------------------------------------------------------------------------------

TEST(BasicAuth, Rfc7617Examples)
{
    EXPECT_EQ(hinternet::http::basic_authorization("Aladdin", "open sesame"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    EXPECT_EQ(hinternet::http::basic_authorization("test", "123\xC2\xA3"), "Basic dGVzdDoxMjPCow==");
    EXPECT_EQ(hinternet::http::basic_authorization("", ""), "Basic Og==");
    EXPECT_EQ(hinternet::http::basic_authorization("a", "b"), "Basic YTpi");
}

// ---- Digest -----------------------------------------------------------------------------------------------

DigestSession session_for(std::string_view challenge_text, std::string cnonce)
{
    const auto challenges = parse_challenges(challenge_text);
    EXPECT_EQ(challenges.size(), 1u);
    auto session = DigestSession::from_challenge(challenges.at(0));
    EXPECT_TRUE(session.has_value());
    session->set_cnonce_source([cnonce] { return cnonce; });
    return *session;
}

constexpr std::string_view rfc7616_challenge =
    R"(Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=ALGORITHM, )"
    R"(nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS")";
constexpr std::string_view rfc7616_cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

std::string rfc7616_with(std::string_view algorithm)
{
    std::string text(rfc7616_challenge);
    text.replace(text.find("ALGORITHM"), 9, algorithm);
    return text;
}

TEST(DigestAuth, Rfc7616Sha256Example)
{
    DigestSession session = session_for(rfc7616_with("SHA-256"), std::string(rfc7616_cnonce));
    EXPECT_EQ(session.algorithm(), DigestAlgorithm::sha256);
    EXPECT_EQ(session.qop(), "auth");
    EXPECT_EQ(session.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html"),
              R"(Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, )"
              R"(nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, )"
              R"(cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, )"
              R"(response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", )"
              R"(opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS")");
}

TEST(DigestAuth, Rfc7616Md5Example)
{
    DigestSession session = session_for(rfc7616_with("MD5"), std::string(rfc7616_cnonce));
    const std::string header = session.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html");
    EXPECT_NE(header.find(R"(response="8ca523f5e9506fed4657c9700eebdbec")"), std::string::npos) << header;
    EXPECT_NE(header.find(", algorithm=MD5, "), std::string::npos) << header;
}

constexpr std::string_view rfc2617_challenge =
    R"(Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", )"
    R"(opaque="5ccc069c403ebaf9f0171e9517f40e41")";

TEST(DigestAuth, Rfc2617Example)
{
    DigestSession session = session_for(rfc2617_challenge, "0a4f113b");
    EXPECT_EQ(session.algorithm(), DigestAlgorithm::md5);
    EXPECT_EQ(session.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html"),
              R"(Digest username="Mufasa", realm="testrealm@host.com", uri="/dir/index.html", )"
              R"(nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", nc=00000001, cnonce="0a4f113b", qop=auth, )"
              R"(response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41")");
    EXPECT_EQ(session.nonce_count(), 1u);
    const std::string second = session.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html");
    EXPECT_NE(second.find("nc=00000002"), std::string::npos);
    EXPECT_EQ(second.find("6629fae49393a05397450978507c4ef1"), std::string::npos);
}

// Vectors below were computed independently (Python hashlib) from the RFC 2617 example's values.
TEST(DigestAuth, Rfc2069ServerWithoutQop)
{
    DigestSession session =
        session_for(R"(Digest realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093")", "unused");
    EXPECT_EQ(session.qop(), "");
    EXPECT_EQ(session.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html"),
              R"(Digest username="Mufasa", realm="testrealm@host.com", uri="/dir/index.html", )"
              R"(nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", response="670fd8c2df070c60b045671b8b24ff02")");
}

TEST(DigestAuth, AuthIntWhenItIsTheOnlyChoice)
{
    DigestSession session = session_for(
        R"(Digest realm="testrealm@host.com", qop="auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093")", "0a4f113b");
    EXPECT_EQ(session.qop(), "auth-int");
    const std::string header = session.authorization("Mufasa", "Circle Of Life", "POST", "/dir/index.html", "hello");
    EXPECT_NE(header.find("qop=auth-int, response=\"b3da9049011b9dafbd8fc28b2deecc0b\""), std::string::npos) << header;
}

TEST(DigestAuth, SessionVariantsKeepTheirClientNonce)
{
    int calls = 0;
    auto challenges = parse_challenges(std::string(rfc2617_challenge) + ", algorithm=md5-sess");
    auto session = DigestSession::from_challenge(challenges.at(0));
    ASSERT_TRUE(session);
    EXPECT_EQ(session->algorithm(), DigestAlgorithm::md5_sess);
    session->set_cnonce_source([&calls] { return ++calls == 1 ? "0a4f113b" : "different"; });
    const std::string first = session->authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html");
    const std::string second = session->authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html");
    EXPECT_NE(first.find(", algorithm=MD5-sess, "), std::string::npos) << first;
    EXPECT_NE(first.find(R"(response="8e3825c57e897f5a0dec6c2d4e5059d0")"), std::string::npos) << first;
    EXPECT_NE(second.find(R"(cnonce="0a4f113b")"), std::string::npos) << second;
    EXPECT_NE(second.find(R"(response="d16df0df0d92cef8935129145e21b5e1")"), std::string::npos) << second;
    EXPECT_EQ(calls, 1);

    DigestSession sha = session_for(rfc7616_with("SHA-256-sess"), std::string(rfc7616_cnonce));
    EXPECT_EQ(sha.algorithm(), DigestAlgorithm::sha256_sess);
    const std::string sha_header = sha.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html");
    EXPECT_NE(sha_header.find(R"(response="2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7")"),
              std::string::npos)
        << sha_header;
}

TEST(DigestAuth, RandomClientNonce)
{
    auto session = DigestSession::from_challenge(parse_challenges(rfc2617_challenge).at(0));
    ASSERT_TRUE(session);
    const auto cnonce_of = [](const std::string& header) {
        const std::size_t start = header.find("cnonce=\"") + 8;
        return header.substr(start, header.find('"', start) - start);
    };
    const std::string first = cnonce_of(session->authorization("u", "p", "GET", "/"));
    const std::string second = cnonce_of(session->authorization("u", "p", "GET", "/"));
    EXPECT_EQ(first.size(), 32u);
    EXPECT_EQ(first.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_NE(first, second);
}

TEST(DigestAuth, ChallengeDetails)
{
    auto stale = DigestSession::from_challenge(
        parse_challenges(R"(Digest realm="r", nonce="n", stale=TRUE, userhash=true, qop="auth")").at(0));
    ASSERT_TRUE(stale);
    EXPECT_TRUE(stale->stale());
    EXPECT_EQ(stale->realm(), "r");
    const std::string header = stale->authorization("u", "p", "GET", "/");
    EXPECT_TRUE(header.ends_with(", userhash=false")) << header;
    EXPECT_EQ(header.find("opaque"), std::string::npos);

    auto fresh = DigestSession::from_challenge(parse_challenges(R"(Digest realm="r", nonce="n", stale=false)").at(0));
    ASSERT_TRUE(fresh);
    EXPECT_FALSE(fresh->stale());
}

TEST(DigestAuth, UsernamesThatNeedCare)
{
    DigestSession session = session_for(rfc2617_challenge, "c");
    EXPECT_NE(session.authorization(R"(a"b\c)", "p", "GET", "/").find(R"(Digest username="a\"b\\c", )"),
              std::string::npos);
    // RFC 7616 §3.9.2's user name.
    EXPECT_NE(session.authorization("J\xC3\xA4s\xC3\xB8n Doe", "p", "GET", "/")
                  .find("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, "),
              std::string::npos);
    EXPECT_NE(session.authorization("a\r\nb", "p", "GET", "/").find("username*=UTF-8''a%0D%0Ab"), std::string::npos);
}

TEST(DigestAuth, ForbiddenCharactersGiveNoHeader)
{
    DigestSession session = session_for(rfc2617_challenge, "c");
    EXPECT_EQ(session.authorization("u", "p", "GET", "/a\r\nX-Injected: 1"), "");
    EXPECT_EQ(session.authorization("u", "p", "GE\nT", "/"), "");
    session.set_cnonce_source([] { return std::string("bad\ncnonce"); });
    EXPECT_EQ(session.authorization("u", "p", "GET", "/"), "");
}

TEST(DigestAuth, UnusableChallenges)
{
    const char* unusable[] = {
        R"(Basic realm="r", nonce="n")",
        R"(Digest nonce="n")",
        R"(Digest realm="r")",
        R"(Digest realm="r", nonce="n", algorithm=SHA-512-256)",
        R"(Digest realm="r", nonce="n", algorithm=SHA1)",
        R"(Digest realm="r", nonce="n", algorithm="")",
        R"(Digest realm="r", nonce="n", qop="auth-conf")",
        R"(Digest realm="r", nonce="n", qop="")",
        R"(Digest YWJj)",
    };
    for (const char* text : unusable) {
        SCOPED_TRACE(text);
        const auto challenges = parse_challenges(text);
        ASSERT_EQ(challenges.size(), 1u);
        EXPECT_FALSE(DigestSession::from_challenge(challenges[0]).has_value());
    }
    const auto lower_case = parse_challenges(R"(digest realm="r", nonce="n", algorithm=sha-256, qop="AUTH")");
    auto session = DigestSession::from_challenge(lower_case.at(0));
    ASSERT_TRUE(session);
    EXPECT_EQ(session->algorithm(), DigestAlgorithm::sha256);
    EXPECT_EQ(session->qop(), "auth");
}

} // namespace
