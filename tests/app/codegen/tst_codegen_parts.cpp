// The pieces of generated code on their own: literals that reproduce any value (escapes, hex digits after a
// \x escape, "??" sequences, non-ASCII, NUL), comment text, and the option and credential lines for each
// WinHttpOptionsSpec / AuthSpec setting.
#include "codegen/cpp_literals.h"
#include "codegen/winhttp_code_parts.h"
#include "codegen/winhttp_generator.h"

#include <QTest>

using namespace hinterscope;
using namespace hinterscope::codegen;

class tst_CodegenParts : public QObject {
    Q_OBJECT

private slots:
    void wideLiterals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        QTest::newRow("empty") << QString() << QStringLiteral("L\"\"");
        QTest::newRow("plain") << QStringLiteral("/get?x=1") << QStringLiteral("L\"/get?x=1\"");
        QTest::newRow("quotes and backslashes")
            << QStringLiteral("say \"hi\" C:\\dir") << QStringLiteral("L\"say \\\"hi\\\" C:\\\\dir\"");
        QTest::newRow("line breaks and tabs") << QStringLiteral("a\r\nb\tc") << QStringLiteral("L\"a\\r\\nb\\tc\"");
        QTest::newRow("trigraph") << QStringLiteral("?\?=") << QStringLiteral("L\"?\\?=\"");
        QTest::newRow("latin") << QStringLiteral("Gr\u00fc\u00dfe") << QStringLiteral("L\"Gr\\u00FC\\u00DFe\"");
        QTest::newRow("astral") << QStringLiteral("\U0001F600") << QStringLiteral("L\"\\U0001F600\"");
        QTest::newRow("control then hex digit") << QStringLiteral("\x01"
                                                                  "A")
                                                << QStringLiteral("L\"\\x01\" L\"A\"");
        QTest::newRow("control then other") << QStringLiteral("\x7fz") << QStringLiteral("L\"\\x7Fz\"");
        QTest::newRow("c1 control") << QString(QChar(0x85)) << QStringLiteral("L\"\\x85\"");
        QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("L\"\\x00\"");
    }

    void wideLiterals()
    {
        QFETCH(QString, text);
        QFETCH(QString, literal);
        QCOMPARE(wideLiteral(text), literal);
    }

    void byteLiterals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("literal");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("\"\"");
        QTest::newRow("json") << QByteArray("{\"a\": \"b\\\\c\"}")
                              << QStringLiteral("\"{\\\"a\\\": \\\"b\\\\\\\\c\\\"}\"");
        QTest::newRow("utf-8") << QByteArray("\xc3\xa9") << QStringLiteral("\"\\xC3\\xA9\"");
        QTest::newRow("hex digit after escape") << QByteArray("\xff"
                                                              "b1")
                                                << QStringLiteral("\"\\xFF\" \"b1\"");
        QTest::newRow("nul in the middle") << QByteArray("a\0b", 3) << QStringLiteral("\"a\\x00\" \"b\"");
        QTest::newRow("lines") << QByteArray("one\ntwo\n") << QStringLiteral("\"one\\n\"\n  \"two\\n\"");
    }

    void byteLiterals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, literal);
        QCOMPARE(byteLiteral(bytes, QStringLiteral("  ")), literal);
    }

    void byteStringsKeepTheirLength()
    {
        QCOMPARE(byteStringExpression(QByteArray("a\0b", 3)), QStringLiteral("std::string(\"a\\x00\" \"b\", 3)"));
        QCOMPARE(byteStringExpression(QByteArray()), QStringLiteral("std::string()"));
    }

    void commentsStayOnOneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("comment");
        QTest::newRow("newlines") << QStringLiteral("a\nb\r\nc") << QStringLiteral("a b c");
        QTest::newRow("trailing backslash") << QStringLiteral("C:\\dir\\") << QStringLiteral("C:\\dir");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a b");
    }

    void commentsStayOnOneLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, comment);
        QCOMPARE(commentText(text), comment);
    }

    void optionLines_data()
    {
        QTest::addColumn<WinHttpOptionsSpec>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const WinHttpOptionsSpec defaults;
        QTest::newRow("defaults") << defaults
                                  << QStringList{QStringLiteral("WINHTTP_DECOMPRESSION_FLAG_GZIP | "
                                                                "WINHTTP_DECOMPRESSION_FLAG_DEFLATE"),
                                                 QStringLiteral("decompression |= HINTERNET_DECOMPRESSION_FLAG_BROTLI")}
                                  << QStringList{QStringLiteral("WinHttpSetTimeouts"),
                                                 QStringLiteral("WINHTTP_OPTION_REDIRECT_POLICY"),
                                                 QStringLiteral("WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS"),
                                                 QStringLiteral("WINHTTP_OPTION_SECURITY_FLAGS"),
                                                 QStringLiteral("WINHTTP_OPTION_DISABLE_FEATURE"),
                                                 QStringLiteral("WINHTTP_OPTION_SECURE_PROTOCOLS"),
                                                 QStringLiteral("HINTERNET_OPTION_CA_FILE")};
        auto redirects = defaults;
        redirects.redirectPolicy = RedirectPolicy::Never;
        redirects.maxRedirects = 3;
        QTest::newRow("redirects") << redirects
                                   << QStringList{QStringLiteral(
                                                      "setOption(request.get(), WINHTTP_OPTION_REDIRECT_POLICY, "
                                                      "WINHTTP_OPTION_REDIRECT_POLICY_NEVER"),
                                                  QStringLiteral("WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, 3,")}
                                   << QStringList();
        auto timeouts = defaults;
        timeouts.connectTimeoutMs = 5000;
        QTest::newRow("timeouts") << timeouts
                                  << QStringList{QStringLiteral(
                                         "WinHttpSetTimeouts(session.get(), 0, 5000, 30000, 30000)")}
                                  << QStringList();
        auto security = defaults;
        security.securityIgnoreFlags = 0x3300;
        security.disableFeatures = 0x5;
        security.secureProtocols = 0x2800;
        security.decompression = 0;
        QTest::newRow("security")
            << security
            << QStringList{QStringLiteral("WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA | "
                                          "SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE | "
                                          "SECURITY_FLAG_IGNORE_CERT_CN_INVALID | "
                                          "SECURITY_FLAG_IGNORE_CERT_DATE_INVALID,"),
                           QStringLiteral("WINHTTP_DISABLE_COOKIES | WINHTTP_DISABLE_AUTHENTICATION"),
                           QStringLiteral("WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | "
                                          "WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3")}
            << QStringList{QStringLiteral("WINHTTP_OPTION_DECOMPRESSION")};
        auto unknownBits = defaults;
        unknownBits.disableFeatures = 0x40000001;
        QTest::newRow("unknown bits in hex")
            << unknownBits << QStringList{QStringLiteral("WINHTTP_DISABLE_COOKIES | 0x40000000")} << QStringList();
        auto ca = defaults;
        ca.caFile = QStringLiteral("/etc/ca \"x\".pem");
        QTest::newRow("ca file") << ca
                                 << QStringList{QStringLiteral("#ifdef HINTERNET_OPTION_CA_FILE"),
                                                QStringLiteral(
                                                    "std::wstring caFile = std::wstring(L\"/etc/ca \\\"x\\\".pem\")"),
                                                QStringLiteral("#else")}
                                 << QStringList();
        auto caVariable = defaults;
        caVariable.caFile = QStringLiteral("{{ ca }}");
        QTest::newRow("ca file placeholder")
            << caVariable << QStringList{QStringLiteral("std::wstring caFile = expand(L\"{{ca}}\")")} << QStringList();
    }

    void optionLines()
    {
        QFETCH(WinHttpOptionsSpec, options);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const QString code = sessionOptionCode(options) + requestOptionCode(options);
        for (const auto& line : expected)
            QVERIFY2(code.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + code));
        for (const auto& line : absent)
            QVERIFY2(!code.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + code));
    }

    void sessionLines_data()
    {
        QTest::addColumn<WinHttpOptionsSpec>("options");
        QTest::addColumn<bool>("async");
        QTest::addColumn<QString>("expected");
        WinHttpOptionsSpec options;
        options.userAgent = QStringLiteral("agent/1");
        QTest::newRow("direct") << options << false
                                << QStringLiteral("WinHttpOpen(L\"agent/1\", WINHTTP_ACCESS_TYPE_NO_PROXY,\n"
                                                  "                               WINHTTP_NO_PROXY_NAME, "
                                                  "WINHTTP_NO_PROXY_BYPASS, 0)");
        options.proxyMode = ProxyMode::Named;
        options.proxy = QStringLiteral("http://proxy:3128/");
        options.proxyBypass = QStringLiteral("<local>");
        QTest::newRow("named proxy, async") << options << true
                                            << QStringLiteral("WINHTTP_ACCESS_TYPE_NAMED_PROXY,\n"
                                                              "                               L\"proxy:3128\", "
                                                              "L\"<local>\", WINHTTP_FLAG_ASYNC)");
        options.proxyMode = ProxyMode::Environment;
        QTest::newRow("environment") << options << false
                                     << QStringLiteral("WINHTTP_ACCESS_TYPE_DEFAULT_PROXY,\n"
                                                       "                               WINHTTP_NO_PROXY_NAME");
    }

    void sessionLines()
    {
        QFETCH(WinHttpOptionsSpec, options);
        QFETCH(bool, async);
        QFETCH(QString, expected);
        const QString code = sessionOpenCode(options, async);
        QVERIFY2(code.contains(expected), qPrintable(code));
    }

    void credentialLines_data()
    {
        QTest::addColumn<AuthSpec>("auth");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("basic")
            << AuthSpec{AuthMode::Basic, QStringLiteral("ann"), QStringLiteral("p\"w"), {}}
            << QStringLiteral("http://h/")
            << QStringList{QStringLiteral("const DWORD authScheme = WINHTTP_AUTH_SCHEME_BASIC;"),
                           QStringLiteral("user = std::wstring(L\"ann\")"),
                           QStringLiteral("password = std::wstring(L\"p\\\"w\")"),
                           QStringLiteral("answerChallenge(request.get(), authScheme, user, password)"),
                           QStringLiteral("bool answerChallenge("),
                           QStringLiteral("WinHttpQueryAuthSchemes(request, &supported, &first, &target)")}
            << QStringList{QStringLiteral("Authorization: Bearer")};
        QTest::newRow("digest") << AuthSpec{AuthMode::Digest, QStringLiteral("ann"), QStringLiteral("pw"), {}}
                                << QStringLiteral("http://h/")
                                << QStringList{QStringLiteral("const DWORD authScheme = WINHTTP_AUTH_SCHEME_DIGEST;")}
                                << QStringList();
        QTest::newRow("bearer") << AuthSpec{AuthMode::Bearer, {}, {}, QStringLiteral(" tok ")}
                                << QStringLiteral("http://h/")
                                << QStringList{QStringLiteral("std::wstring(L\"Authorization: Bearer tok\")")}
                                << QStringList{QStringLiteral("WinHttpSetCredentials"), QStringLiteral("authScheme")};
        QTest::newRow("url user info") << AuthSpec{} << QStringLiteral("http://ann:p%40ss@h/")
                                       << QStringList{QStringLiteral("WINHTTP_AUTH_SCHEME_BASIC"),
                                                      QStringLiteral("password = std::wstring(L\"p@ss\")")}
                                       << QStringList();
        QTest::newRow("none") << AuthSpec{} << QStringLiteral("http://h/") << QStringList()
                              << QStringList{QStringLiteral("WinHttpSetCredentials"), QStringLiteral("Authorization")};
    }

    void credentialLines()
    {
        QFETCH(AuthSpec, auth);
        QFETCH(QString, url);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        RequestSpec spec;
        spec.url = url;
        spec.auth = auth;
        for (const QString& code : {generateWinHttpSync(spec), generateWinHttpAsync(spec)}) {
            for (const auto& line : expected) {
                if (line.contains(QLatin1String("request.get(), authScheme")) &&
                    code.contains(QLatin1String("RequestContext")))
                    continue; // the async flavour answers in its callback
                QVERIFY2(code.contains(line), qPrintable(line));
            }
            for (const auto& line : absent)
                QVERIFY2(!code.contains(line), qPrintable(line));
        }
    }

    void urlsAreCrackedWhenGenerated()
    {
        RequestSpec spec;
        spec.method = QStringLiteral("PATCH");
        spec.url = QStringLiteral("https://example.test:8443/a%20b?x=1#frag");
        const QString code = generateWinHttpSync(spec);
        QVERIFY(code.contains(QStringLiteral("const std::wstring host = L\"example.test\";")));
        QVERIFY(code.contains(QStringLiteral("const INTERNET_PORT port = 8443;")));
        QVERIFY(code.contains(QStringLiteral("const std::wstring path = L\"/a%20b?x=1\";")));
        QVERIFY(code.contains(QStringLiteral("WINHTTP_FLAG_SECURE; // https")));
        QVERIFY(code.contains(QStringLiteral("WinHttpOpenRequest(connect.get(), L\"PATCH\"")));
        QVERIFY(!code.contains(QStringLiteral("crackUrl(")));
    }

    void variablesAreResolvedOrKeptInOneTable()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("{{base}}/get");
        spec.headers = {{QStringLiteral("X-Token"), QStringLiteral("{{ token }}")}};
        CodegenOptions options;
        options.variables = Variables{{QStringLiteral("base"), QStringLiteral("http://127.0.0.1:1")}};
        const QString code = generateWinHttpSync(spec, options);
        QVERIFY(code.contains(QStringLiteral("const INTERNET_PORT port = 1;")));
        QVERIFY(code.contains(QStringLiteral("{L\"token\", nullptr},")));
        QVERIFY(!code.contains(QStringLiteral("{L\"base\"")));
        QVERIFY(code.contains(QStringLiteral("expand(L\"X-Token: {{token}}\")")));
        QVERIFY(code.contains(QStringLiteral("FILL IN")));

        const QString unresolved = generateWinHttpAsync(spec);
        QVERIFY(unresolved.contains(QStringLiteral("{L\"base\", nullptr},")));
        QVERIFY(unresolved.contains(QStringLiteral("crackUrl(url, target)")));
        QVERIFY(unresolved.contains(QStringLiteral("if (!variablesAreSet())")));
    }

    void asyncHasTheCallbackSkeleton()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://127.0.0.1/get");
        const QString code = generateWinHttpAsync(spec);
        for (const char* piece :
             {"WINHTTP_FLAG_ASYNC", "struct RequestContext", "WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE",
              "WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE", "WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE",
              "WINHTTP_CALLBACK_STATUS_READ_COMPLETE", "WINHTTP_CALLBACK_STATUS_REQUEST_ERROR",
              "WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING", "context.changed.wait("})
            QVERIFY2(code.contains(QLatin1String(piece)), piece);
        QVERIFY(!generateWinHttpSync(spec).contains(QLatin1String("WINHTTP_FLAG_ASYNC")));
    }
};

QTEST_GUILESS_MAIN(tst_CodegenParts)
#include "tst_codegen_parts.moc"
