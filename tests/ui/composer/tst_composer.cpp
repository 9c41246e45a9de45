// The composer pane: URL and params kept in sync, header and URL checks, {{variables}}, the body editor,
// the spec round trip and when Send emits. Models are watched by QAbstractItemModelTester throughout.
#include "models/composer_roles.h"
#include "request/url_query.h"
#include "widgets/composer/body_editor.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/composer/http_tokens.h"
#include "widgets/composer/json_check.h"
#include "widgets/composer/key_value_model.h"
#include "widgets/composer/multipart_model.h"
#include "widgets/composer/options_panel.h"
#include "widgets/composer/url_check.h"
#include "widgets/composer/variable_line_edit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace hinterscope;

Q_DECLARE_METATYPE(QList<hinterscope::KeyValueRow>)

namespace {

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

KeyValueRow row(const QString& name, const QString& value, bool enabled = true)
{
    return {name, value, enabled};
}

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// A composer whose models are watched from construction on, before anything is fed to them.
struct WatchedComposer {
    ComposerWidget widget;
    std::unique_ptr<QAbstractItemModelTester> params = testerFor(widget.paramsModel());
    std::unique_ptr<QAbstractItemModelTester> headers = testerFor(widget.headersModel());
    std::unique_ptr<QAbstractItemModelTester> form = testerFor(widget.bodyEditor()->formModel());
    std::unique_ptr<QAbstractItemModelTester> parts = testerFor(widget.bodyEditor()->multipartModel());

    QLineEdit* url() const { return child<QLineEdit>(widget, "urlEdit"); }
    QLabel* label(const char* name) const { return child<QLabel>(widget, name); }
};

RequestSpec fullyPopulatedSpec(const QString& existingFile)
{
    RequestSpec spec;
    spec.name = QStringLiteral("Create item");
    spec.method = QStringLiteral("PROPFIND");
    spec.url = QStringLiteral("https://{{host}}:8443/v1/items?q=a%20b&flag&x=%41#section");
    spec.headers = {row(QStringLiteral("Accept"), QStringLiteral("application/json")),
                    row(QStringLiteral("X-Off"), QStringLiteral("kept"), false),
                    row(QStringLiteral("X-Broken"), QStringLiteral("a\r\nInjected: yes"), false)};
    spec.body.mode = BodyMode::Multipart;
    spec.body.text = QStringLiteral("{\"a\": 1}");
    spec.body.contentType = QStringLiteral("Application/Vnd.Custom+JSON");
    spec.body.form = {row(QStringLiteral("f"), QStringLiteral("1")), row(QStringLiteral("g"), QString(), false)};
    spec.body.parts = {
        MultipartPart{QStringLiteral("note"), QStringLiteral("hello"), false, QStringLiteral("text/markdown"),
                      QString(), true},
        MultipartPart{QStringLiteral("upload"), existingFile, true, QString(), QStringLiteral("renamed.bin"), false},
    };
    spec.body.filePath = existingFile;
    spec.auth = {AuthMode::Digest, QStringLiteral("alice"), QStringLiteral("s3cret"), QStringLiteral("tok")};
    spec.options.async = true;
    spec.options.redirectPolicy = RedirectPolicy::Always;
    spec.options.maxRedirects = 3;
    spec.options.disableFeatures = 0x1 | 0x8 | 0x20000000; // cookies, keep-alive, and a bit without a box
    spec.options.resolveTimeoutMs = 1500;
    spec.options.connectTimeoutMs = 2500;
    spec.options.sendTimeoutMs = 3500;
    spec.options.receiveTimeoutMs = 0;
    spec.options.securityIgnoreFlags = 0x100 | 0x2000 | 0x10000; // unknown CA, date, weak signature (no box)
    spec.options.decompression = 0x1;
    spec.options.secureProtocols = 0x2000 | 0x200; // TLS 1.3 and TLS 1.1 (no box)
    spec.options.proxyMode = ProxyMode::Named;
    spec.options.proxy = QStringLiteral("http://127.0.0.1:3128");
    spec.options.proxyBypass = QStringLiteral("<local>");
    spec.options.caFile = QStringLiteral("/etc/ssl/extra.pem");
    spec.options.userAgent = QStringLiteral("probe/1.0");
    spec.notes = QStringLiteral("notes survive");
    spec.expectedStatus = 207;
    return spec;
}

} // namespace

class tst_Composer : public QObject {
    Q_OBJECT

private slots:
    // ---- URL query <-> params ---------------------------------------------------------------------------

    void queryParsesIntoRows_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<KeyValueRow>>("expected");
        QTest::newRow("plain") << "http://h/p?a=1&b=2" << QList<KeyValueRow>{row("a", "1"), row("b", "2")};
        QTest::newRow("percent-decoded") << "http://h/?q=a%20b&c=%C3%A4%26" << QList{row("q", "a b"), row("c", "ä&")};
        QTest::newRow("plus stays") << "http://h/?q=a+b" << QList{row("q", "a+b")};
        QTest::newRow("flag and empty") << "http://h/?flag&e=" << QList{row("flag", ""), row("e", "")};
        QTest::newRow("empty pairs skipped") << "http://h/?a=1&&b" << QList{row("a", "1"), row("b", "")};
        QTest::newRow("fragment ignored") << "http://h/?a=1#x?b=2" << QList{row("a", "1")};
        QTest::newRow("no query") << "http://h/p#f?x" << QList<KeyValueRow>{};
        QTest::newRow("not utf-8 shown raw") << "http://h/?a=%FF" << QList{row("a", "%FF")};
        QTest::newRow("value keeps later =") << "http://h/?a=b=c" << QList{row("a", "b=c")};
    }

    void queryParsesIntoRows()
    {
        QFETCH(QString, url);
        QFETCH(QList<KeyValueRow>, expected);
        QCOMPARE(url_query::parse(url_query::split(url).query), expected);
    }

    void rowsBuildQuery_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<KeyValueRow>>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("encodes what breaks the query") << "http://h/p" << QList{row("a b", "x&y=z"), row("k=", "ä#%+")}
                                                       << "http://h/p?a%20b=x%26y=z&k%3D=%C3%A4%23%25%2B";
        QTest::newRow("disabled rows drop out")
            << "http://h/?a=1&b=2" << QList{row("a", "1", false), row("b", "2")} << "http://h/?b=2";
        QTest::newRow("no enabled row drops ?")
            << "http://h/?a=1#frag" << QList{row("a", "1", false)} << "http://h/#frag";
        QTest::newRow("untouched pairs keep their spelling")
            << "http://h/?x=%41&flag&e=&y=1" << QList{row("x", "A"), row("flag", ""), row("e", ""), row("y", "2")}
            << "http://h/?x=%41&flag&e=&y=2";
        QTest::newRow("order follows the table")
            << "http://h/?a=1&b=2" << QList{row("b", "2"), row("a", "1")} << "http://h/?b=2&a=1";
        QTest::newRow("placeholders stay readable")
            << "{{base}}/x" << QList{row("id", "{{id}}")} << "{{base}}/x?id={{id}}";
        QTest::newRow("fragment kept") << "http://h/#top" << QList{row("a", "1")} << "http://h/?a=1#top";
    }

    void rowsBuildQuery()
    {
        QFETCH(QString, url);
        QFETCH(QList<KeyValueRow>, rows);
        QFETCH(QString, expected);
        QCOMPARE(url_query::withParams(url, rows), expected);
    }

    void urlEditsUpdateTable()
    {
        WatchedComposer composer;
        auto* url = composer.url();
        auto* model = composer.widget.paramsModel();
        url->setText(QStringLiteral("http://h/p?a=1&b=%C3%A4"));
        QCOMPARE(model->rows(), (QList{row("a", "1"), row("b", "ä")}));
        QCOMPARE(model->rowCount(), 3); // and the placeholder

        // A disabled row keeps its place while the URL changes around it.
        model->setData(model->index(0, KeyValueColumn::Enabled), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(url->text(), QStringLiteral("http://h/p?b=%C3%A4"));
        url->setText(QStringLiteral("http://h/p?b=2&c=3"));
        QCOMPARE(model->rows(), (QList{row("a", "1", false), row("b", "2"), row("c", "3")}));
        url->setText(QStringLiteral("http://h/p"));
        QCOMPARE(model->rows(), (QList{row("a", "1", false)}));
    }

    void tableEditsUpdateUrl()
    {
        WatchedComposer composer;
        auto* url = composer.url();
        auto* model = composer.widget.paramsModel();
        url->setText(QStringLiteral("http://h/p?x=%41&y=1#frag"));
        QSignalSpy urlChanges(url, &QLineEdit::textChanged);
        QSignalSpy edits(&composer.widget, &ComposerWidget::specEdited);

        QVERIFY(model->setData(model->index(1, KeyValueColumn::Value), QStringLiteral("a b&c")));
        QCOMPARE(url->text(), QStringLiteral("http://h/p?x=%41&y=a%20b%26c#frag"));
        QCOMPARE(urlChanges.count(), 1); // one rewrite, no echo back through the table
        QCOMPARE(edits.count(), 1);
        QCOMPARE(model->rows(), (QList{row("x", "A"), row("y", "a b&c")}));

        // Typing into the placeholder row appends a parameter.
        QVERIFY(model->setData(model->index(2, KeyValueColumn::Name), QStringLiteral("new")));
        QCOMPARE(url->text(), QStringLiteral("http://h/p?x=%41&y=a%20b%26c&new#frag"));
        QCOMPARE(model->rowCount(), 4);

        QVERIFY(model->removeRows(0, 2));
        QCOMPARE(url->text(), QStringLiteral("http://h/p?new#frag"));
        QVERIFY(!model->removeRows(1, 1)); // the placeholder stays
    }

    // ---- headers ---------------------------------------------------------------------------------------

    void headerProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("nameOk");
        QTest::addColumn<bool>("valueOk");
        QTest::newRow("valid") << "X-Trace" << "a\tb; c=\"d\"" << true << true;
        QTest::newRow("CR in value") << "X-A" << "a\rb" << true << false;
        QTest::newRow("LF in value") << "X-A" << "a\nInjected: 1" << true << false;
        QTest::newRow("NUL in value") << "X-A" << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << true << false;
        QTest::newRow("other control in value") << "X-A" << QStringLiteral("a\x01") << true << false;
        QTest::newRow("CRLF in name") << "X-A\r\nB" << "v" << false << true;
        QTest::newRow("NUL in name") << QStringLiteral("X") + QChar(0) << "v" << false << true;
        QTest::newRow("space in name") << "X A" << "v" << false << true;
        QTest::newRow("colon in name") << "X:A" << "v" << false << true;
        QTest::newRow("non-ASCII name") << "X-Ä" << "v" << false << true;
        QTest::newRow("value without name") << "" << "v" << false << true;
        QTest::newRow("empty row") << "" << "" << true << true;
    }

    void headerProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, nameOk);
        QFETCH(bool, valueOk);
        QCOMPARE(http_tokens::headerNameProblem(name, !value.isEmpty()).isEmpty(), nameOk);
        QCOMPARE(http_tokens::headerValueProblem(value).isEmpty(), valueOk);
    }

    void invalidHeaderIsMarkedAndRefused()
    {
        WatchedComposer composer;
        composer.widget.show();
        auto* model = composer.widget.headersModel();
        composer.url()->setText(QStringLiteral("http://127.0.0.1:1/"));
        QVERIFY(model->setData(model->index(0, KeyValueColumn::Name), QStringLiteral("X-Evil")));
        QVERIFY(model->setData(model->index(0, KeyValueColumn::Value), QStringLiteral("a\r\nHost: other")));

        // Kept as typed, marked, explained.
        QCOMPARE(model->rows().first().value, QStringLiteral("a\r\nHost: other"));
        const QModelIndex cell = model->index(0, KeyValueColumn::Value);
        QVERIFY(!cell.data(ComposerRole::Problem).toString().isEmpty());
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("a\\r\\nHost: other"));
        QVERIFY(!composer.label("headersError")->isHidden());
        QVERIFY(composer.label("headersError")->text().contains(QStringLiteral("CR")));

        QSignalSpy sent(&composer.widget, &ComposerWidget::sendRequested);
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 0);
        QVERIFY(composer.label("sendError")->isVisible());
        QCOMPARE(child<QTabWidget>(composer.widget, "composerTabs")->currentIndex(), 1);

        // A disabled row is never sent, so it no longer blocks sending.
        model->setData(model->index(0, KeyValueColumn::Enabled), Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(composer.label("headersError")->isHidden());
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 1);
    }

    // ---- URL validation --------------------------------------------------------------------------------

    void urlValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("effective");
        QTest::newRow("no host") << "http://" << false << "ERROR_WINHTTP_INVALID_URL" << "no host" << "http://";
        QTest::newRow("ftp") << "ftp://x" << false << "ERROR_WINHTTP_UNRECOGNIZED_SCHEME" << "ftp://" << "ftp://x";
        QTest::newRow("port too big") << "http://host:99999/" << false << "ERROR_WINHTTP_INVALID_URL" << "99999"
                                      << "http://host:99999/";
        QTest::newRow("port not a number") << "http://host:8o/" << false << "ERROR_WINHTTP_INVALID_URL" << "8o"
                                           << "http://host:8o/";
        QTest::newRow("bad IPv6") << "http://[zz]/" << false << "ERROR_WINHTTP_INVALID_URL" << "IPv6"
                                  << "http://[zz]/";
        QTest::newRow("space in host") << "http://a b/" << false << "ERROR_WINHTTP_INVALID_URL" << "space"
                                       << "http://a b/";
        QTest::newRow("line break") << "http://h/\nx" << false << "ERROR_WINHTTP_INVALID_URL" << "control"
                                    << "http://h/\nx";
        QTest::newRow("no scheme means http") << " localhost:8080/x " << true << "" << "" << "http://localhost:8080/x";
        QTest::newRow("https with IPv6") << "https://[::1]:8443/a?b#c" << true << "" << ""
                                         << "https://[::1]:8443/a?b#c";
        QTest::newRow("leading placeholder") << "{{baseUrl}}/users" << true << "" << "" << "{{baseUrl}}/users";
        QTest::newRow("placeholder host and port")
            << "http://{{host}}:{{port}}/x" << true << "" << "" << "http://{{host}}:{{port}}/x";
        QTest::newRow("placeholder scheme") << "{{scheme}}://h/" << true << "" << "" << "{{scheme}}://h/";
        QTest::newRow("placeholder port without scheme")
            << "localhost:{{port}}" << true << "" << "" << "http://localhost:{{port}}";
        QTest::newRow("placeholder in credentials")
            << "http://{{user}}:{{pass}}@h/" << true << "" << "" << "http://{{user}}:{{pass}}@h/";
        QTest::newRow("bad port after placeholder host")
            << "http://{{host}}:70000/" << false << "ERROR_WINHTTP_INVALID_URL" << "70000" << "http://{{host}}:70000/";
    }

    void urlValidation()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(QString, errorName);
        QFETCH(QString, messagePart);
        QFETCH(QString, effective);
        const UrlCheck check = checkUrl(url);
        QVERIFY2(check.ok == ok, qPrintable(check.text()));
        QCOMPARE(check.effectiveUrl, effective);
        QCOMPARE(check.errorName, errorName);
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
        if (!ok)
            QVERIFY(check.text().startsWith(errorName + QStringLiteral(": ")));
    }

    void urlErrorShownInline()
    {
        WatchedComposer composer;
        composer.widget.show();
        QLabel* error = composer.label("urlError");
        composer.url()->setText(QStringLiteral("http://host:99999/"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
        QVERIFY(error->text().startsWith(QStringLiteral("ERROR_WINHTTP_INVALID_URL: ")));
        composer.url()->setText(QStringLiteral("http://host:8080/"));
        QVERIFY(!error->isVisible()); // a fixed URL clears it at once

        // An empty URL is no error while editing, but Send says what is missing.
        composer.url()->clear();
        QVERIFY(!error->isVisible());
        QSignalSpy sent(&composer.widget, &ComposerWidget::sendRequested);
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 0);
        QVERIFY(error->isVisible());
    }

    // ---- {{variables}} ---------------------------------------------------------------------------------

    void variables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<bool>>("known");
        QTest::newRow("none") << "http://h/" << QStringList{} << QList<bool>{};
        QTest::newRow("known and unknown")
            << "{{base}}/u/{{ id }}?k={{missing}}" << QStringList{"base", "id", "missing"} << QList{true, true, false};
        QTest::newRow("innermost pair") << "{{{base}}}" << QStringList{"base"} << QList{true};
        QTest::newRow("empty and unclosed") << "{{}} {{ }} {{base" << QStringList{} << QList<bool>{};
        QTest::newRow("adjacent") << "{{base}}{{id}}" << QStringList{"base", "id"} << QList{true, true};
    }

    void variables()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QList<bool>, known);
        VariableLineEdit edit;
        edit.setVariables({{QStringLiteral("base"), QStringLiteral("https://api.example.com")},
                           {QStringLiteral("id"), QStringLiteral("42")}});
        edit.setText(text);
        const auto highlights = edit.highlights();
        QCOMPARE(highlights.size(), names.size());
        for (qsizetype i = 0; i < highlights.size(); ++i) {
            QCOMPARE(highlights.at(i).variable.name, names.at(i));
            QCOMPARE(highlights.at(i).known, known.at(i));
            const auto& variable = highlights.at(i).variable;
            QCOMPARE(text.mid(variable.start, 2), QStringLiteral("{{"));
            QCOMPARE(text.mid(variable.start + variable.length - 2, 2), QStringLiteral("}}"));
        }
    }

    void variableToolTips()
    {
        WatchedComposer composer;
        composer.widget.setVariables({{QStringLiteral("host"), QStringLiteral("127.0.0.1")}});
        composer.url()->setText(QStringLiteral("http://{{host}}/{{nope}}"));
        auto* edit = qobject_cast<VariableLineEdit*>(composer.url());
        QVERIFY(edit);
        QCOMPARE(edit->toolTipAt(9), QStringLiteral("{{host}} = 127.0.0.1"));
        QVERIFY(edit->toolTipAt(20).contains(QStringLiteral("not defined")));
        QCOMPARE(edit->toolTipAt(2), QString());
        // Setting new variables re-marks the URL without touching it.
        composer.widget.setVariables({{QStringLiteral("nope"), QString()}});
        QCOMPARE(edit->highlights().at(0).known, false);
        QCOMPARE(edit->highlights().at(1).known, true);
    }

    // ---- spec round trip -------------------------------------------------------------------------------

    void freshComposerIsTheDefaultSpec()
    {
        WatchedComposer composer;
        QCOMPARE(composer.widget.spec(), RequestSpec{});
    }

    void disabledParamsSurviveARoundTrip()
    {
        RequestSpec spec;
        spec.url = QStringLiteral("http://127.0.0.1/x?a=1&c=3");
        spec.params = {{QStringLiteral("a"), QStringLiteral("1")},
                       {QStringLiteral("b"), QStringLiteral("2"), false},
                       {QStringLiteral("c"), QStringLiteral("3")}};
        spec.unknownFields.insert(QStringLiteral("fromANewerVersion"), 1); // carried through, never shown
        WatchedComposer composer;
        composer.widget.setSpec(spec);
        const RequestSpec back = composer.widget.spec();
        QCOMPARE(back.url, spec.url);
        QVERIFY(back.params == spec.params);
        QCOMPARE(back.unknownFields, spec.unknownFields);

        RequestSpec allEnabled;
        allEnabled.url = QStringLiteral("http://127.0.0.1/x?a=1");
        composer.widget.setSpec(allEnabled);
        QVERIFY(composer.widget.spec().params.isEmpty()); // the URL says it all
    }

    void specRoundTrip()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("0123456789");
        file.flush();
        const RequestSpec spec = fullyPopulatedSpec(file.fileName());

        WatchedComposer composer;
        QSignalSpy edits(&composer.widget, &ComposerWidget::specEdited);
        composer.widget.setSpec(spec);
        QCOMPARE(edits.count(), 0); // loading is not editing
        const RequestSpec back = composer.widget.spec();
        QCOMPARE(back.name, spec.name);
        QCOMPARE(back.method, spec.method);
        QCOMPARE(back.url, spec.url);
        QCOMPARE(back.headers, spec.headers);
        QCOMPARE(back.body.mode, spec.body.mode);
        QCOMPARE(back.body.contentType, spec.body.contentType);
        QCOMPARE(back.body, spec.body);
        QCOMPARE(back.auth, spec.auth);
        QCOMPARE(back.options.disableFeatures, spec.options.disableFeatures);
        QCOMPARE(back.options.securityIgnoreFlags, spec.options.securityIgnoreFlags);
        QCOMPARE(back.options.secureProtocols, spec.options.secureProtocols);
        QCOMPARE(back.options, spec.options);
        QVERIFY(back == spec);
        QCOMPARE(composer.widget.paramsModel()->rows(), (QList{row("q", "a b"), row("flag", ""), row("x", "A")}));

        // Loading another spec replaces everything, the params table included.
        composer.widget.setSpec(RequestSpec{});
        QVERIFY(composer.widget.spec() == RequestSpec{});
        QCOMPARE(composer.widget.paramsModel()->rowCount(), 1);
        composer.widget.setSpec(spec);
        QVERIFY(composer.widget.spec() == spec);
    }

    void userEditsAreReported()
    {
        WatchedComposer composer;
        QSignalSpy edits(&composer.widget, &ComposerWidget::specEdited);
        QTest::keyClicks(composer.url(), QStringLiteral("h"));
        QCOMPARE(edits.count(), 1);
        auto* options = child<OptionsPanel>(composer.widget, "optionsPanel");
        child<QSpinBox>(*options, "optionMaxRedirects")->setValue(4);
        QCOMPARE(edits.count(), 2);
        child<QCheckBox>(*options, "optionIgnore100")->click();
        QCOMPARE(edits.count(), 3);
        QCOMPARE(composer.widget.spec().options.securityIgnoreFlags, 0x100u);
    }

    void aPastedCurlCommandBecomesTheRequest()
    {
        WatchedComposer composer;
        RequestSpec named;
        named.name = QStringLiteral("Kept name");
        composer.widget.setSpec(named);
        QSignalSpy edits(&composer.widget, &ComposerWidget::specEdited);
        QGuiApplication::clipboard()->setText(
            QStringLiteral("curl -X PUT 'http://127.0.0.1:9/items?id=3' -H 'X-Trace: on' --data-raw '{\"a\":1}'"));
        composer.url()->paste();
        const RequestSpec spec = composer.widget.spec();
        QCOMPARE(spec.method, QStringLiteral("PUT"));
        QCOMPARE(spec.url, QStringLiteral("http://127.0.0.1:9/items?id=3"));
        QCOMPARE(spec.name, QStringLiteral("Kept name"));
        QVERIFY(spec.headers.contains(KeyValueRow{QStringLiteral("X-Trace"), QStringLiteral("on"), true}));
        QCOMPARE(spec.body.text, QStringLiteral("{\"a\":1}"));
        QVERIFY(edits.count() >= 1);
    }

    void typingCurlByHandIsNotImported()
    {
        WatchedComposer composer;
        QTest::keyClicks(composer.url(), QStringLiteral("curl -X"));
        QCOMPARE(composer.widget.spec().url, QStringLiteral("curl -X"));
        QCOMPARE(composer.widget.spec().method, QStringLiteral("GET"));
    }

    void aBrokenCurlCommandIsLeftAsPastedWithItsError()
    {
        WatchedComposer composer;
        const QString broken = QStringLiteral("curl 'http://127.0.0.1:9/unterminated");
        QGuiApplication::clipboard()->setText(broken);
        composer.url()->paste();
        QCOMPARE(composer.url()->text(), broken);
        auto* error = child<QLabel>(composer.widget, "sendError");
        QVERIFY2(error->text().contains(QLatin1String("curl")), qPrintable(error->text()));
    }

    void authSecretsAreHidden()
    {
        WatchedComposer composer;
        RequestSpec spec;
        spec.auth = {AuthMode::Bearer, QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("t")};
        composer.widget.setSpec(spec);
        auto* password = child<QLineEdit>(composer.widget, "authPassword");
        auto* token = child<QLineEdit>(composer.widget, "authToken");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!token->isHidden());
        QVERIFY(password->isHidden()); // Bearer needs no password
        child<QCheckBox>(composer.widget, "authReveal")->click();
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        spec.auth.mode = AuthMode::Digest;
        composer.widget.setSpec(spec);
        QVERIFY(!password->isHidden());
        QVERIFY(token->isHidden());
    }

    // ---- method ----------------------------------------------------------------------------------------

    void methodTakesTokensOnly()
    {
        WatchedComposer composer;
        composer.widget.show();
        auto* method = child<QComboBox>(composer.widget, "methodCombo");
        QVERIFY(method->isEditable());
        QCOMPARE(method->count(), 7);
        method->lineEdit()->clear();
        QTest::keyClicks(method->lineEdit(), QStringLiteral("PUR "));
        QCOMPARE(method->currentText(), QStringLiteral("PUR")); // the space was refused, with a reason
        QVERIFY(composer.label("methodError")->isVisible());
        QVERIFY(composer.label("methodError")->text().contains(QStringLiteral("space")));
        QTest::keyClicks(method->lineEdit(), QStringLiteral("GE"));
        QVERIFY(!composer.label("methodError")->isVisible()); // the next accepted key clears it
        QCOMPARE(composer.widget.spec().method, QStringLiteral("PURGE"));

        // A spec loaded with a bad method is refused at Send.
        RequestSpec bad;
        bad.method = QStringLiteral("GE(T");
        bad.url = QStringLiteral("http://127.0.0.1/");
        composer.widget.setSpec(bad);
        QSignalSpy sent(&composer.widget, &ComposerWidget::sendRequested);
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 0);
        QVERIFY(composer.label("methodError")->isVisible());
    }

    // ---- body ------------------------------------------------------------------------------------------

    void jsonCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("valid") << "{\"a\": [1, 2]}" << true << 0 << 0;
        QTest::newRow("second line") << "{\n  \"a\": ]\n}" << false << 2 << 9;
        QTest::newRow("non-ASCII before the error") << "{\"ä\": x}" << false << 1 << 7;
        QTest::newRow("unterminated") << "[1, 2" << false << 1 << 6;
    }

    void jsonCheck()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, line);
        QFETCH(int, column);
        const JsonCheck check = checkJson(text);
        QCOMPARE(check.ok, ok);
        if (!ok) {
            QCOMPARE(check.line, line);
            QCOMPARE(check.column, column);
            QVERIFY(check.text().contains(QStringLiteral("Line %1, column %2").arg(line).arg(column)));
        }
    }

    void jsonValidatedAsTypedAndPrettyPrinted()
    {
        WatchedComposer composer;
        composer.widget.show();
        RequestSpec spec;
        spec.body.mode = BodyMode::Json;
        spec.body.text = QStringLiteral("{\"a\":1,");
        composer.widget.setSpec(spec);
        auto* status = child<QLabel>(composer.widget, "jsonStatus");
        auto* pretty = child<QPushButton>(composer.widget, "prettyPrintButton");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Line 1, column")), 5000);
        QVERIFY(!pretty->isEnabled());

        auto* text = child<QPlainTextEdit>(composer.widget, "bodyText");
        text->setPlainText(QStringLiteral("{\"b\":[1,2],\"a\":\"x\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Valid JSON"), 5000);
        QVERIFY(pretty->isEnabled());
        pretty->click();
        const QString expected = QString::fromUtf8(
            QJsonDocument::fromJson(QByteArrayLiteral("{\"b\":[1,2],\"a\":\"x\"}")).toJson(QJsonDocument::Indented));
        QTRY_COMPARE_WITH_TIMEOUT(text->toPlainText(), expected, 5000);
        QCOMPARE(composer.widget.spec().body.text, expected);
        text->undo();
        QCOMPARE(text->toPlainText(), QStringLiteral("{\"b\":[1,2],\"a\":\"x\"}"));
    }

    void bodyHighlightingFollowsContentType()
    {
        WatchedComposer composer;
        auto* text = child<QPlainTextEdit>(composer.widget, "bodyText");
        auto* highlighter = text->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter*>();
        QVERIFY(highlighter);
        RequestSpec spec;
        spec.body.mode = BodyMode::Raw;
        spec.body.contentType = QStringLiteral("application/xml");
        composer.widget.setSpec(spec);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("XML"));
        spec.body.mode = BodyMode::Json;
        composer.widget.setSpec(spec);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("JSON"));
        spec.body.mode = BodyMode::Raw;
        spec.body.contentType = QStringLiteral("text/plain");
        composer.widget.setSpec(spec);
        QVERIFY(highlighter->definition().name() != QStringLiteral("JSON"));
    }

    void binaryFileShowsSize()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QByteArray(2048, 'x'));
        file.flush();
        WatchedComposer composer;
        RequestSpec spec;
        spec.url = QStringLiteral("http://127.0.0.1/");
        spec.body.mode = BodyMode::BinaryFile;
        spec.body.filePath = file.fileName();
        composer.widget.setSpec(spec);
        QVERIFY(child<QLabel>(composer.widget, "binarySize")->text().contains(QStringLiteral("2,048")));

        QSignalSpy sent(&composer.widget, &ComposerWidget::sendRequested);
        spec.body.filePath = file.fileName() + QStringLiteral(".missing");
        composer.widget.setSpec(spec);
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 0);
        QVERIFY(composer.label("sendError")->text().contains(QStringLiteral(".missing")));
    }

    void multipartModel()
    {
        MultipartModel model;
        auto tester = testerFor(&model);
        QCOMPARE(model.rowCount(), 1);
        MultipartPart part;
        part.name = QStringLiteral("a");
        part.value = QStringLiteral("1");
        model.setParts({part});
        QVERIFY(model.setData(model.index(1, MultipartColumn::Name), QStringLiteral("b")));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(1, MultipartColumn::Kind), true));
        QVERIFY(!model.index(1, MultipartColumn::Value).data(ComposerRole::Problem).toString().isEmpty());
        QVERIFY(model.firstProblem().has_value());
        QCOMPARE(model.index(1, MultipartColumn::Kind).data().toString(), QStringLiteral("File"));
        model.setParts({});
        QCOMPARE(model.rowCount(), 1);
    }

    void keyValueModelBatches()
    {
        KeyValueModel model;
        auto tester = testerFor(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy edited(&model, &KeyValueModel::edited);
        model.setRows({row("a", "1"), row("b", "2"), row("c", "3")});
        QCOMPARE(inserted.count(), 1);
        model.setRows({row("a", "1"), row("x", "2")});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rows(), (QList{row("a", "1"), row("x", "2")}));
        QCOMPARE(edited.count(), 0); // programmatic
        QVERIFY(!(model.flags(model.index(2, KeyValueColumn::Enabled)) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.index(2, KeyValueColumn::Name).data(ComposerRole::Placeholder).toBool(), true);
    }

    // ---- send, cancel, busy ----------------------------------------------------------------------------

    void sendEmitsTheSpec()
    {
        WatchedComposer composer;
        RequestSpec spec;
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("127.0.0.1:8080/post?a=1");
        spec.headers = {row(QStringLiteral("X-A"), QStringLiteral("1"))};
        spec.body.mode = BodyMode::Raw;
        spec.body.text = QStringLiteral("hello");
        spec.body.contentType = QStringLiteral("text/plain");
        composer.widget.setSpec(spec);

        QList<RequestSpec> sent;
        connect(&composer.widget, &ComposerWidget::sendRequested, this,
                [&sent](const RequestSpec& request) { sent.append(request); });
        composer.widget.requestSend();
        QCOMPARE(sent.size(), 1);
        RequestSpec expected = spec;
        expected.url = QStringLiteral("http://127.0.0.1:8080/post?a=1");
        QVERIFY(sent.first() == expected);
        QCOMPARE(composer.widget.spec().url, spec.url); // the field itself is left as typed

        // Enter in the URL field sends too; nothing is sent while busy.
        QTest::keyClick(composer.url(), Qt::Key_Return);
        QCOMPARE(sent.size(), 2);
        composer.widget.setBusy(true);
        QTest::keyClick(composer.url(), Qt::Key_Return);
        composer.widget.requestSend();
        QCOMPARE(sent.size(), 2);
    }

    void invalidUrlIsNotSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no host") << "http://";
        QTest::newRow("ftp") << "ftp://x";
        QTest::newRow("port") << "http://host:99999/";
        QTest::newRow("empty") << "";
    }

    void invalidUrlIsNotSent()
    {
        QFETCH(QString, url);
        WatchedComposer composer;
        composer.widget.show();
        composer.url()->setText(url);
        QSignalSpy sent(&composer.widget, &ComposerWidget::sendRequested);
        composer.widget.requestSend();
        QCOMPARE(sent.count(), 0);
        QVERIFY(composer.label("urlError")->isVisible());
        QVERIFY(!composer.label("urlError")->text().isEmpty());
    }

    void busyTogglesButtons()
    {
        WatchedComposer composer;
        auto* send = child<QPushButton>(composer.widget, "sendButton");
        auto* cancel = child<QPushButton>(composer.widget, "cancelButton");
        QSignalSpy cancels(&composer.widget, &ComposerWidget::cancelRequested);
        QVERIFY(send->isEnabled());
        QVERIFY(!cancel->isEnabled());
        composer.widget.cancel();
        QCOMPARE(cancels.count(), 0);
        composer.widget.setBusy(true);
        QVERIFY(!send->isEnabled());
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(cancels.count(), 1);
        composer.widget.setBusy(false);
        QVERIFY(send->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }

    void showProblemAndFocusUrl()
    {
        WatchedComposer composer;
        composer.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer.widget));
        composer.widget.showProblem(QStringLiteral("ERROR_WINHTTP_CANNOT_CONNECT"));
        QVERIFY(composer.label("sendError")->isVisible());
        composer.url()->setText(QStringLiteral("http://example.com/"));
        composer.widget.focusUrl();
        QCOMPARE(composer.url()->selectedText(), QStringLiteral("http://example.com/"));
        QTest::keyClicks(composer.url(), QStringLiteral("x"));
        QVERIFY(!composer.label("sendError")->isVisible());
    }

    // ---- options and layout ----------------------------------------------------------------------------

    void optionsNameTheirWinHttpOption()
    {
        OptionsPanel panel;
        QVERIFY(qobject_cast<QFormLayout*>(panel.layout()));
        int controls = 0;
        for (QWidget* widget : panel.findChildren<QWidget*>()) {
            if (!qobject_cast<QComboBox*>(widget) && !qobject_cast<QSpinBox*>(widget) &&
                !qobject_cast<QCheckBox*>(widget) && !qobject_cast<QLineEdit*>(widget))
                continue;
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            ++controls;
            const QString tip = widget->toolTip();
            QVERIFY2(tip.contains(QStringLiteral("WINHTTP_")) || tip.contains(QStringLiteral("HINTERNET_")) ||
                         tip.contains(QStringLiteral("WinHttp")),
                     qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= 24);
        // The check boxes carry WinHTTP's own bit values.
        WinHttpOptionsSpec options;
        options.securityIgnoreFlags = 0;
        panel.setOptions(options);
        panel.findChild<QCheckBox*>(QStringLiteral("optionIgnore1000"))->setChecked(true); // CERT_CN_INVALID
        panel.findChild<QCheckBox*>(QStringLiteral("optionDisable8"))->setChecked(true);   // KEEP_ALIVE
        QCOMPARE(panel.options().securityIgnoreFlags, 0x1000u);
        QCOMPARE(panel.options().disableFeatures, 0x8u);
    }

    void staysCompact()
    {
        WatchedComposer composer;
        QVERIFY2(composer.widget.minimumSizeHint().height() <= 220,
                 qPrintable(QString::number(composer.widget.minimumSizeHint().height())));
        auto* tabs = child<QTabWidget>(composer.widget, "composerTabs");
        QCOMPARE(tabs->count(), 5);
    }
};

QTEST_MAIN(tst_Composer)
#include "tst_composer.moc"
