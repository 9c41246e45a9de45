// Handle validation, states and close semantics that need no server.
#include "winhttp_client.h"

#include <gtest/gtest.h>

#include <thread>

namespace {

struct Handles {
    HINTERNET session = WinHttpOpen(L"tests", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", 9, 0);
    HINTERNET request = WinHttpOpenRequest(connect, nullptr, nullptr, nullptr, nullptr, nullptr, 0);
    ~Handles()
    {
        WinHttpCloseHandle(request);
        WinHttpCloseHandle(connect);
        WinHttpCloseHandle(session);
    }
};

DWORD handle_type(HINTERNET handle)
{
    DWORD type = 0;
    DWORD length = sizeof type;
    return WinHttpQueryOption(handle, WINHTTP_OPTION_HANDLE_TYPE, &type, &length) ? type : 0;
}

} // namespace

TEST(Handles, TypesParentsAndDefaults)
{
    Handles h;
    ASSERT_NE(h.session, nullptr);
    ASSERT_NE(h.connect, nullptr);
    ASSERT_NE(h.request, nullptr);
    EXPECT_EQ(handle_type(h.session), static_cast<DWORD>(WINHTTP_HANDLE_TYPE_SESSION));
    EXPECT_EQ(handle_type(h.connect), static_cast<DWORD>(WINHTTP_HANDLE_TYPE_CONNECT));
    EXPECT_EQ(handle_type(h.request), static_cast<DWORD>(WINHTTP_HANDLE_TYPE_REQUEST));
    HINTERNET parent = nullptr;
    DWORD length = sizeof parent;
    ASSERT_TRUE(WinHttpQueryOption(h.request, WINHTTP_OPTION_PARENT_HANDLE, &parent, &length));
    EXPECT_EQ(parent, h.connect);
    EXPECT_EQ(hs::test::narrow(hs::test::query_url(h.request)), "http://127.0.0.1:9/");
    DWORD policy = 0;
    length = sizeof policy;
    ASSERT_TRUE(WinHttpQueryOption(h.request, WINHTTP_OPTION_REDIRECT_POLICY, &policy, &length));
    EXPECT_EQ(policy, static_cast<DWORD>(WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP));
}

TEST(Handles, WrongOrClosedHandlesAreRejected)
{
    Handles h;
    EXPECT_EQ(WinHttpConnect(h.request, L"x", 80, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE));
    EXPECT_FALSE(WinHttpSendRequest(h.connect, nullptr, 0, nullptr, 0, 0, 0));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE));
    EXPECT_FALSE(WinHttpReceiveResponse(reinterpret_cast<HINTERNET>(0x1234), nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_HANDLE));

    HINTERNET extra = WinHttpOpenRequest(h.connect, L"GET", L"/", nullptr, nullptr, nullptr, 0);
    ASSERT_TRUE(WinHttpCloseHandle(extra));
    EXPECT_FALSE(WinHttpCloseHandle(extra));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_HANDLE));
    EXPECT_FALSE(WinHttpSendRequest(extra, nullptr, 0, nullptr, 0, 0, 0));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_HANDLE));
}

TEST(Handles, CallsInTheWrongStateAreRejected)
{
    Handles h;
    EXPECT_FALSE(WinHttpReceiveResponse(h.request, nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
    char buffer[16];
    DWORD read = 0;
    EXPECT_FALSE(WinHttpReadData(h.request, buffer, sizeof buffer, &read));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
    DWORD written = 0;
    EXPECT_FALSE(WinHttpWriteData(h.request, buffer, sizeof buffer, &written));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
    DWORD status = 0;
    DWORD length = sizeof status;
    EXPECT_FALSE(WinHttpQueryHeaders(h.request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, nullptr, &status,
                                     &length, nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
}

TEST(Handles, ArgumentsAreValidated)
{
    EXPECT_EQ(WinHttpOpen(L"x", 99, nullptr, nullptr, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(WinHttpOpen(L"x", WINHTTP_ACCESS_TYPE_NAMED_PROXY, nullptr, nullptr, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    Handles h;
    EXPECT_EQ(WinHttpConnect(h.session, nullptr, 80, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(WinHttpConnect(h.session, L"bad host", 80, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INVALID_URL));
    EXPECT_EQ(WinHttpOpenRequest(h.connect, L"BAD VERB", nullptr, nullptr, nullptr, nullptr, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_EQ(WinHttpOpenRequest(h.connect, L"GET", L"/a\r\nInjected: 1", nullptr, nullptr, nullptr, 0), nullptr);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
    EXPECT_FALSE(
        WinHttpAddRequestHeaders(h.request, L"X-A: 1\r\nInjected", static_cast<DWORD>(-1L), WINHTTP_ADDREQ_FLAG_ADD));
    EXPECT_FALSE(
        WinHttpAddRequestHeaders(h.request, L"X-A: 1\rInjected: 2", static_cast<DWORD>(-1L), WINHTTP_ADDREQ_FLAG_ADD));
    EXPECT_FALSE(WinHttpSetTimeouts(h.request, -2, 0, 0, 0));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

TEST(Handles, OptionsHaveTheirDocumentedErrors)
{
    Handles h;
    DWORD value = 0;
    DWORD length = sizeof value;
    EXPECT_FALSE(WinHttpQueryOption(h.request, 0xFFFF, &value, &length));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INVALID_OPTION));
    EXPECT_FALSE(WinHttpSetOption(h.request, WINHTTP_OPTION_HANDLE_TYPE, &value, sizeof value));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_OPTION_NOT_SETTABLE));
    EXPECT_FALSE(WinHttpQueryOption(h.session, WINHTTP_OPTION_URL, &value, &length));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE));
    length = 2;
    EXPECT_FALSE(WinHttpQueryOption(h.request, WINHTTP_OPTION_REDIRECT_POLICY, &value, &length));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(length, sizeof(DWORD));
    length = 0;
    EXPECT_FALSE(WinHttpQueryOption(h.request, WINHTTP_OPTION_URL, nullptr, &length));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INSUFFICIENT_BUFFER));
    EXPECT_EQ(length, (std::wstring(L"http://127.0.0.1:9/").size() + 1) * sizeof(WCHAR));
    DWORD_PTR context = 0x5eed;
    ASSERT_TRUE(WinHttpSetOption(h.request, WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context));
    DWORD_PTR read_back = 0;
    length = sizeof read_back;
    ASSERT_TRUE(WinHttpQueryOption(h.request, WINHTTP_OPTION_CONTEXT_VALUE, &read_back, &length));
    EXPECT_EQ(read_back, context);
}

namespace {
std::vector<std::pair<HINTERNET, DWORD>> closing_order;
void CALLBACK record_closing(HINTERNET handle, DWORD_PTR, DWORD status, LPVOID, DWORD)
{
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING || status == WINHTTP_CALLBACK_STATUS_HANDLE_CREATED)
        closing_order.emplace_back(handle, status);
}
} // namespace

TEST(Handles, ChildrenCloseBeforeTheirParentAndClosingIsLast)
{
    closing_order.clear();
    HINTERNET session = WinHttpOpen(L"tests", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, 0);
    ASSERT_EQ(WinHttpSetStatusCallback(session, record_closing, WINHTTP_CALLBACK_FLAG_HANDLES, 0), nullptr);
    EXPECT_EQ(WinHttpSetStatusCallback(session, record_closing, WINHTTP_CALLBACK_FLAG_HANDLES, 0), &record_closing);
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", 9, 0);
    HINTERNET request = WinHttpOpenRequest(connect, nullptr, nullptr, nullptr, nullptr, nullptr, 0);
    // Closing the parents first does not close them yet: their children are still open.
    ASSERT_TRUE(WinHttpCloseHandle(session));
    ASSERT_TRUE(WinHttpCloseHandle(connect));
    EXPECT_EQ(closing_order.size(), 2u); // the two HANDLE_CREATED
    ASSERT_TRUE(WinHttpCloseHandle(request));
    const std::vector<std::pair<HINTERNET, DWORD>> expected = {
        {connect, WINHTTP_CALLBACK_STATUS_HANDLE_CREATED}, {request, WINHTTP_CALLBACK_STATUS_HANDLE_CREATED},
        {request, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING}, {connect, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING},
        {session, WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING},
    };
    EXPECT_EQ(closing_order, expected);
}

TEST(Handles, PlatformAndTimeFunctions)
{
    EXPECT_TRUE(WinHttpCheckPlatform());
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config{};
    EXPECT_TRUE(WinHttpGetIEProxyConfigForCurrentUser(&config));
    GlobalFree(config.lpszProxy);
    GlobalFree(config.lpszProxyBypass);
    WINHTTP_PROXY_INFO info{};
    EXPECT_TRUE(WinHttpGetDefaultProxyConfiguration(&info));
    GlobalFree(info.lpszProxy);
    GlobalFree(info.lpszProxyBypass);
}

TEST(Handles, OptionsWithoutEffectHereStillReadBackAsSet)
{
    Handles h;
    for (const DWORD option : {WINHTTP_OPTION_CODEPAGE, WINHTTP_OPTION_WORKER_THREAD_COUNT,
                               WINHTTP_OPTION_TCP_FAST_OPEN, WINHTTP_OPTION_IPV6_FAST_FALLBACK}) {
        SCOPED_TRACE(option);
        DWORD value = 7;
        ASSERT_TRUE(WinHttpSetOption(h.session, option, &value, sizeof value));
        DWORD read_back = 0;
        DWORD length = sizeof read_back;
        ASSERT_TRUE(WinHttpQueryOption(h.session, option, &read_back, &length));
        EXPECT_EQ(read_back, 7u);
    }
    DWORD value = 1;
    EXPECT_FALSE(WinHttpSetOption(h.session, WINHTTP_OPTION_CODEPAGE, &value, 2));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}
