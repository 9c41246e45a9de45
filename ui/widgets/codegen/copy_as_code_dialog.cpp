#include "widgets/codegen/copy_as_code_dialog.h"

#include "codegen/winhttp_generator.h"
#include "widgets/highlighting/syntax_repository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hinterscope {
namespace {

codegen::CodegenOptions codegenOptions(const std::optional<Variables>& variables)
{
    codegen::CodegenOptions options;
    options.variables = variables;
    return options;
}

// A file name from the request's name: letters, digits, '-' and '_' kept, the rest '-'.
QString suggestedFileName(const QString& requestName, const QString& suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString base = requestName.trimmed();
    base.replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("request");
    return base + QLatin1Char('.') + suffix;
}

} // namespace

CopyAsCodeDialog::CopyAsCodeDialog(RequestSpec spec, std::optional<Variables> variables, QWidget* parent)
    : QDialog(parent)
    , spec_(std::move(spec))
    , variables_(std::move(variables))
{
    setObjectName(QStringLiteral("copyAsCodeDialog"));
    setWindowTitle(tr("Copy as Code"));
    resize(900, 680);

    flavourBox_ = new QComboBox(this);
    flavourBox_->setObjectName(QStringLiteral("codeFlavour"));
    resolveBox_ = new QCheckBox(tr("Resolve {{variables}}"), this);
    resolveBox_->setObjectName(QStringLiteral("resolveVariables"));
    resolveBox_->setToolTip(tr("On: the code carries the environment's values. Off: it keeps the placeholders "
                               "and asks for the values in one table at its top."));
    resolveBox_->setChecked(true);
    resolveBox_->setVisible(variables_.has_value());
    auto* top = new QHBoxLayout;
    auto* flavourLabel = new QLabel(tr("&Language:"), this);
    flavourLabel->setBuddy(flavourBox_);
    top->addWidget(flavourLabel);
    top->addWidget(flavourBox_, 1);
    top->addWidget(resolveBox_);

    view_ = new QPlainTextEdit(this);
    view_->setObjectName(QStringLiteral("codeView"));
    view_->setReadOnly(true);
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setTabStopDistance(4 * view_->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    highlighter_ = new KSyntaxHighlighting::SyntaxHighlighter(view_->document());
    highlighter_->setTheme(syntax::themeFor(palette()));

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("codeStatus"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("codeButtons"));
    copyButton_ = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton_->setObjectName(QStringLiteral("copyCodeButton"));
    copyButton_->setToolTip(tr("Copy the code to the clipboard"));
    saveButton_ = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton_->setObjectName(QStringLiteral("saveCodeButton"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyButton_, &QPushButton::clicked, this, &CopyAsCodeDialog::copyToClipboard);
    connect(saveButton_, &QPushButton::clicked, this, &CopyAsCodeDialog::saveWithDialog);
    connect(flavourBox_, &QComboBox::currentIndexChanged, this, &CopyAsCodeDialog::regenerate);
    connect(resolveBox_, &QCheckBox::toggled, this, &CopyAsCodeDialog::regenerate);

    addFlavour({tr("WinHTTP C++ (synchronous)"),
                [](const RequestSpec& request, const std::optional<Variables>& values) {
                    return codegen::generateWinHttpSync(request, codegenOptions(values));
                },
                QStringLiteral("C++"), QStringLiteral("cpp")});
    addFlavour({tr("WinHTTP C++ (asynchronous)"),
                [](const RequestSpec& request, const std::optional<Variables>& values) {
                    return codegen::generateWinHttpAsync(request, codegenOptions(values));
                },
                QStringLiteral("C++"), QStringLiteral("cpp")});
}

CopyAsCodeDialog::~CopyAsCodeDialog() = default;

void CopyAsCodeDialog::addGenerator(const QString& label, Generator generator, const QString& syntax,
                                    const QString& fileSuffix)
{
    addFlavour({label,
                [generator = std::move(generator)](const RequestSpec& request, const std::optional<Variables>& values) {
                    return generator(values ? resolveVariables(request, *values) : request);
                },
                syntax, fileSuffix});
}

void CopyAsCodeDialog::addFlavour(Flavour flavour)
{
    flavours_.append(std::move(flavour));
    // The first flavour added selects itself (currentIndexChanged), which generates the code.
    flavourBox_->addItem(flavours_.constLast().label);
}

QStringList CopyAsCodeDialog::generatorLabels() const
{
    QStringList labels;
    for (const auto& flavour : flavours_)
        labels.append(flavour.label);
    return labels;
}

void CopyAsCodeDialog::setCurrentGenerator(const QString& label)
{
    const int index = flavourBox_->findText(label);
    if (index >= 0)
        flavourBox_->setCurrentIndex(index);
}

QString CopyAsCodeDialog::code() const
{
    return view_->toPlainText();
}

void CopyAsCodeDialog::regenerate()
{
    const int index = flavourBox_->currentIndex();
    if (index < 0 || index >= flavours_.size())
        return;
    const Flavour& flavour = flavours_.at(index);
    const bool resolve = variables_.has_value() && resolveBox_->isChecked();
    view_->setPlainText(flavour.generate(spec_, resolve ? variables_ : std::nullopt));
    const auto definition = syntax::repository().definitionForName(flavour.syntax);
    highlighter_->setDefinition(definition);
    highlighter_->rehighlight();
    status_->clear();
}

void CopyAsCodeDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(code());
    status_->setText(tr("Copied %n line(s) to the clipboard.", nullptr, static_cast<int>(view_->blockCount())));
}

bool CopyAsCodeDialog::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(code().toUtf8()) < 0 || !file.commit()) {
        if (error != nullptr)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CopyAsCodeDialog::saveWithDialog()
{
    const int index = flavourBox_->currentIndex();
    const QString suffix =
        index >= 0 && index < flavours_.size() ? flavours_.at(index).fileSuffix : QStringLiteral("txt");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Code"), suggestedFileName(spec_.name, suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save Code"), error);
        return;
    }
    status_->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace hinterscope
