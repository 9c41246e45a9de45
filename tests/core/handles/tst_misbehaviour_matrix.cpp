// The server-misbehaviour matrix in both WinHTTP modes: one table (misbehaviour_cases.cpp), each case run
// synchronously and asynchronously against its own scripted servers, with the exact error code and the
// phase (send / receive / read) it surfaces in, and bounded peak memory where a cap matters.
#include "misbehaviour_runner.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace hs::test::misbehaviour;

namespace {

struct Param {
    Mode mode;
    std::size_t index;
};

std::vector<Param> params(Mode mode)
{
    std::vector<Param> result;
    for (std::size_t i = 0; i < all_cases().size(); ++i)
        result.push_back({mode, i});
    return result;
}

class Misbehaviour : public ::testing::TestWithParam<Param> {};

TEST_P(Misbehaviour, GivesTheExpectedOutcome)
{
    const auto& c = all_cases()[GetParam().index];
    SCOPED_TRACE(c.what);
    const auto started = std::chrono::steady_clock::now();
    const auto result = run_client(c, GetParam().mode);
    ASSERT_TRUE(result.finished) << "the exchange did not end";
    EXPECT_EQ(phase_name(result.phase), std::string(phase_name(c.expected.phase)));
    EXPECT_EQ(error_name(result.error), error_name(c.expected.error));
    if (c.expected.phase == Phase::None) {
        EXPECT_EQ(result.status, c.expected.status);
        EXPECT_EQ(result.body, c.expected.body);
    }
    if (c.check) {
        const auto problem = c.check(result.observed);
        EXPECT_TRUE(problem.empty()) << problem;
    }
    if (c.memory_cap != 0) {
        EXPECT_LT(result.peak_growth, c.memory_cap) << "peak RSS grew by " << result.peak_growth << " bytes";
    }
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

std::string name_of(const ::testing::TestParamInfo<Param>& info)
{
    return all_cases()[info.param.index].name;
}

INSTANTIATE_TEST_SUITE_P(Sync, Misbehaviour, ::testing::ValuesIn(params(Mode::Sync)), name_of);
INSTANTIATE_TEST_SUITE_P(Async, Misbehaviour, ::testing::ValuesIn(params(Mode::Async)), name_of);

TEST(MisbehaviourMatrix, HasAtLeastFortyCases)
{
    EXPECT_GE(all_cases().size(), 40u);
}

} // namespace
