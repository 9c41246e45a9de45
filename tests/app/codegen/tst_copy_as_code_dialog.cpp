// The "Copy as Code" dialog, offscreen: the built-in WinHTTP flavours, a registered one, resolving variables
// on and off, highlighting, the clipboard and saving.
#include "widgets/codegen/copy_as_code_dialog.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

namespace {

RequestSpec sampleSpec()
{
    RequestSpec spec;
    spec.name = QStringLiteral("Get things");
    spec.url = QStringLiteral("{{base}}/get");
    spec.headers = {{QStringLiteral("X-Token"), QStringLiteral("{{token}}")}};
    return spec;
}

Variables sampleVariables()
{
    return {{QStringLiteral("base"), QStringLiteral("http://127.0.0.1:8080")},
            {QStringLiteral("token"), QStringLiteral("t1")}};
}

} // namespace

class tst_CopyAsCodeDialog : public QObject {
    Q_OBJECT

private slots:
    void showsWinHttpCodeHighlighted()
    {
        CopyAsCodeDialog dialog(sampleSpec(), sampleVariables());
        dialog.show();
        auto* flavours = dialog.findChild<QComboBox*>(QStringLiteral("codeFlavour"));
        auto* view = dialog.findChild<QPlainTextEdit*>(QStringLiteral("codeView"));
        QVERIFY(flavours != nullptr && view != nullptr);
        QCOMPARE(flavours->count(), 2);
        QVERIFY(view->isReadOnly());
        QVERIFY(dialog.code().contains(QLatin1String("WinHttpOpen(")));
        QVERIFY(dialog.code().contains(QLatin1String("const INTERNET_PORT port = 8080;")));
        QVERIFY(!dialog.code().contains(QLatin1String("WINHTTP_FLAG_ASYNC")));
        auto* highlighter = view->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter*>();
        QVERIFY(highlighter != nullptr);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("C++"));

        flavours->setCurrentIndex(1);
        QVERIFY(dialog.code().contains(QLatin1String("WINHTTP_FLAG_ASYNC")));
    }

    void resolvingVariablesCanBeTurnedOff()
    {
        CopyAsCodeDialog dialog(sampleSpec(), sampleVariables());
        auto* resolve = dialog.findChild<QCheckBox*>(QStringLiteral("resolveVariables"));
        QVERIFY(resolve != nullptr);
        QVERIFY(resolve->isChecked());
        QVERIFY(!dialog.code().contains(QLatin1String("FILL IN")));
        resolve->setChecked(false);
        QVERIFY(dialog.code().contains(QLatin1String("FILL IN")));
        QVERIFY(dialog.code().contains(QLatin1String("{L\"token\", nullptr}")));

        CopyAsCodeDialog withoutVariables(sampleSpec());
        QVERIFY(withoutVariables.findChild<QCheckBox*>(QStringLiteral("resolveVariables"))->isHidden());
        QVERIFY(withoutVariables.code().contains(QLatin1String("{L\"base\", nullptr}")));
    }

    void registeredGeneratorsGetTheResolvedSpec()
    {
        CopyAsCodeDialog dialog(sampleSpec(), sampleVariables());
        dialog.addGenerator(
            QStringLiteral("curl"), [](const RequestSpec& spec) { return QStringLiteral("curl '%1'").arg(spec.url); },
            QStringLiteral("Bash"), QStringLiteral("sh"));
        QCOMPARE(dialog.generatorLabels().size(), 3);
        QCOMPARE(dialog.generatorLabels().last(), QStringLiteral("curl"));
        dialog.setCurrentGenerator(QStringLiteral("curl"));
        QCOMPARE(dialog.code(), QStringLiteral("curl 'http://127.0.0.1:8080/get'"));
        auto* view = dialog.findChild<QPlainTextEdit*>(QStringLiteral("codeView"));
        QCOMPARE(view->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter*>()->definition().name(),
                 QStringLiteral("Bash"));
        dialog.findChild<QCheckBox*>(QStringLiteral("resolveVariables"))->setChecked(false);
        QCOMPARE(dialog.code(), QStringLiteral("curl '{{base}}/get'"));
    }

    void copiesToTheClipboard()
    {
        CopyAsCodeDialog dialog(sampleSpec(), sampleVariables());
        QGuiApplication::clipboard()->clear();
        dialog.findChild<QPushButton*>(QStringLiteral("copyCodeButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.code());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("codeStatus"))->text().isEmpty());
    }

    void savesAtomically()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        CopyAsCodeDialog dialog(sampleSpec(), sampleVariables());
        const QString path = directory.filePath(QStringLiteral("request.cpp"));
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.code());

        const QString missing = directory.filePath(QStringLiteral("no/such/dir/request.cpp"));
        QVERIFY(!dialog.saveTo(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }
};

QTEST_MAIN(tst_CopyAsCodeDialog)
#include "tst_copy_as_code_dialog.moc"
