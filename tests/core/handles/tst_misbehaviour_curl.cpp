// The misbehaviour matrix against the real curl binary: the same scripted bytes on loopback, and curl's
// verdict class (success or failure, and the body length of a success) compared with ours. Each case says
// whether we agree; where we do not, the table says why we deliberately differ (docs/reliability.md).
// With HS_MISBEHAVIOUR_TABLE=path the run also writes the matrix as Markdown rows for that document.
#include "misbehaviour_runner.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <mutex>

using namespace hs::test::misbehaviour;

namespace {

std::string ours(const Case& c)
{
    if (c.expected.phase == Phase::None)
        return std::to_string(c.expected.status) + ", " + std::to_string(c.expected.body.size()) + "-byte body";
    return "`" + error_name(c.expected.error) + "` (" + phase_name(c.expected.phase) + ")";
}

void append_row(const Case& c, const std::string& curl_verdict, const std::string& agreement)
{
    const char* path = std::getenv("HS_MISBEHAVIOUR_TABLE");
    if (path == nullptr)
        return;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::ofstream out(path, std::ios::app);
    out << "| `" << c.name << "` | " << c.what << " | " << ours(c) << " | " << curl_verdict << " | " << agreement
        << " |\n";
}

class CurlComparison : public ::testing::TestWithParam<std::size_t> {};

TEST_P(CurlComparison, VerdictMatchesTheTable)
{
    const auto& c = all_cases()[GetParam()];
    SCOPED_TRACE(c.what);
    if (!c.curl.compared) {
        append_row(c, "not run", "— " + c.curl.why);
        GTEST_SKIP() << c.curl.why;
    }
    if (curl_program().empty())
        GTEST_SKIP() << "no curl binary";
    const auto curl = run_curl(c);
    ASSERT_TRUE(curl.ran);
    const bool curl_succeeded = curl.exit_code == 0;
    const bool we_succeed = c.expected.phase == Phase::None;
    bool same = curl_succeeded == we_succeed;
    if (same && we_succeed && c.request.verb != "HEAD" && !c.curl.discard_body)
        same = curl.body_size == c.expected.body.size();
    const std::string verdict = curl_succeeded
                                    ? "success, " + curl.http_code +
                                          (c.curl.discard_body || c.request.verb == "HEAD"
                                               ? std::string()
                                               : ", " + std::to_string(curl.body_size) + "-byte body")
                                    : "failure, exit " + std::to_string(curl.exit_code) + " (" + curl.error_text + ")";
    append_row(c, verdict, same ? "agrees" : "differs: " + c.curl.why);
    EXPECT_EQ(same, c.curl.agrees) << "curl: " << verdict;
    if (c.check && curl_succeeded) {
        const auto problem = c.check(curl.observed);
        EXPECT_TRUE(problem.empty()) << "curl: " << problem;
    }
}

std::vector<std::size_t> indexes()
{
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < all_cases().size(); ++i)
        result.push_back(i);
    return result;
}

INSTANTIATE_TEST_SUITE_P(Curl, CurlComparison, ::testing::ValuesIn(indexes()),
                         [](const ::testing::TestParamInfo<std::size_t>& param) {
                             return all_cases()[param.param].name;
                         });

} // namespace
