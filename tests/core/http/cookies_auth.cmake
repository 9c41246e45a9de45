# Cookie jar and authentication tests, included from this folder's CMakeLists.txt. The sources under test are
# compiled in directly, so these tests do not depend on the rest of hinternet_http.
hs_add_test(tst_cookie_jar
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cookie_jar.cpp
        ${PROJECT_SOURCE_DIR}/core/http/cookie_jar.cpp
        ${PROJECT_SOURCE_DIR}/core/http/http_time.cpp
    LIBS hinternet_support hinternet_headers
    LABELS unit)

hs_add_test(tst_auth
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth.cpp
        ${PROJECT_SOURCE_DIR}/core/http/auth.cpp
        ${PROJECT_SOURCE_DIR}/core/http/digest.cpp
    LIBS hinternet_support hinternet_headers OpenSSL::Crypto
    LABELS unit)
