#include <hinternet/library_versions.h>
#include <hinternet/version.h>

#include <gtest/gtest.h>

TEST(LibraryVersions, NameWhatTheEngineRunsOn)
{
    const auto versions = hinternet::library_versions();
    EXPECT_EQ(versions.hinternet, HINTERNET_VERSION_STRING);
    EXPECT_TRUE(versions.openssl.starts_with("OpenSSL 3.")) << versions.openssl;
    EXPECT_TRUE(versions.llhttp.starts_with("9.")) << versions.llhttp;
    EXPECT_FALSE(versions.zlib.empty());
    EXPECT_TRUE(versions.brotli.starts_with("1.")) << versions.brotli;
}
