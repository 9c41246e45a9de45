// Issue 8: credentials reach the inspector's trace masked unless the user asks to see them (View → Reveal
// Secrets in Trace), which is off at every start and applies to what is traced from then on.
#include "bridge/engine_bridge.h"
#include "support/scripted_server.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <winhttp.h>

using namespace hinterscope;
using hinternet::trace::EventKind;

namespace {

const std::string token = "gui-token-secret";
const std::string cookie = "gui-cookie-secret";
const std::string setCookie = "gui-set-cookie-secret";

// One synchronous request with an Authorization and a Cookie header; false when it failed.
bool sendWithCredentials(HINTERNET session, INTERNET_PORT port)
{
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/", nullptr, nullptr, nullptr, 0);
    const std::wstring headers = QStringLiteral("Authorization: Bearer %1\r\nCookie: c=%2")
                                     .arg(QString::fromStdString(token), QString::fromStdString(cookie))
                                     .toStdWString();
    bool ok = WinHttpSendRequest(request, headers.c_str(), static_cast<DWORD>(-1L), nullptr, 0, 0, 0) &&
              WinHttpReceiveResponse(request, nullptr);
    char buffer[256];
    DWORD read = 0;
    while (ok && WinHttpReadData(request, buffer, sizeof buffer, &read) && read > 0) {
    }
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    return ok;
}

// The wire bytes (sent and received) and CookieStored texts of every batch the bridge emitted so far.
std::string wireOf(QSignalSpy& batches)
{
    std::string all;
    for (const auto& arguments : batches)
        for (const auto& event : arguments.at(0).value<EventBatch>())
            if (event.kind == EventKind::BytesSent || event.kind == EventKind::BytesReceived ||
                event.kind == EventKind::CookieStored)
                all += event.bytes + event.text + "\n";
    batches.clear();
    return all;
}

} // namespace

class tst_RevealSecrets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HinterscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reveal_secrets"));
    }

    void theMenuActionIsOffAtEveryStartAndDrivesTheBridge()
    {
        for (int start = 0; start < 2; ++start) {
            MainWindow window;
            auto* action = window.findChild<QAction*>(QStringLiteral("revealSecretsAction"));
            QVERIFY(action);
            QVERIFY(action->isCheckable());
            QVERIFY(!action->isChecked());
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(!window.bridge().revealsSecrets());
            action->trigger();
            QVERIFY(action->isChecked());
            QVERIFY(window.bridge().revealsSecrets()); // and the next window starts masked again
        }
    }

    void theBridgeMasksUntilTheUserAsks()
    {
        hs::test::ScriptedServer server([](hs::test::ScriptedConnection& connection, int) {
            if (!connection.read_request().empty())
                connection.send("HTTP/1.1 200 OK\r\nSet-Cookie: s=" + setCookie +
                                "; Path=/\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
        });
        EngineBridge bridge;
        QSignalSpy batches(&bridge, &EngineBridge::eventsArrived);
        HINTERNET session = WinHttpOpen(L"tst_reveal_secrets", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                        WINHTTP_NO_PROXY_BYPASS, 0);
        QVERIFY(bridge.attach(session));

        QVERIFY(sendWithCredentials(session, server.port()));
        bridge.flush();
        const std::string masked = wireOf(batches);
        QVERIFY2(masked.find("Authorization: Bearer " + std::string(token.size(), '*')) != std::string::npos,
                 masked.c_str());
        QVERIFY2(masked.find("Set-Cookie: s=" + std::string(setCookie.size(), '*')) != std::string::npos,
                 masked.c_str());
        for (const auto* secret : {&token, &cookie, &setCookie})
            QVERIFY2(masked.find(*secret) == std::string::npos, secret->c_str());

        bridge.setRevealSecrets(true);
        QVERIFY(sendWithCredentials(session, server.port()));
        bridge.flush();
        const std::string revealed = wireOf(batches);
        for (const auto* secret : {&token, &cookie, &setCookie})
            QVERIFY2(revealed.find(*secret) != std::string::npos, secret->c_str());

        bridge.setRevealSecrets(false);
        QVERIFY(sendWithCredentials(session, server.port()));
        bridge.flush();
        const std::string maskedAgain = wireOf(batches);
        for (const auto* secret : {&token, &cookie, &setCookie})
            QVERIFY2(maskedAgain.find(*secret) == std::string::npos, secret->c_str());
        bridge.detach();
        WinHttpCloseHandle(session);
    }

private:
    QTemporaryDir settingsDir_;
};

QTEST_MAIN(tst_RevealSecrets)
#include "tst_reveal_secrets.moc"
