#pragma once

// "Copy as Code": a request as source code in a chosen flavour (WinHTTP C++ synchronous or asynchronous,
// and whatever else is registered, e.g. curl), shown highlighted, to copy to the clipboard or save
// (docs/code-generation.md). Generating is cheap and runs on the GUI thread.
#include "collections/variables.h"
#include "request/request_spec.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace hinterscope {

class CopyAsCodeDialog : public QDialog {
    Q_OBJECT

public:
    using Generator = std::function<QString(const RequestSpec&)>;

    // `variables`: the active environment's values. When given, "Resolve {{variables}}" (on at first) decides
    // whether the code carries the values or keeps the placeholders; without them the box is hidden and
    // the code keeps them.
    explicit CopyAsCodeDialog(RequestSpec spec, std::optional<Variables> variables = std::nullopt,
                              QWidget* parent = nullptr);
    ~CopyAsCodeDialog() override;

    // Adds a flavour after the built-in ones. `syntax` names the KSyntaxHighlighting definition ("Bash", …),
    // `fileSuffix` the suggested file name's suffix. The generator gets the spec with the variables resolved
    // when the box says so.
    void addGenerator(const QString& label, Generator generator, const QString& syntax = QStringLiteral("C++"),
                      const QString& fileSuffix = QStringLiteral("cpp"));

    QStringList generatorLabels() const;
    void setCurrentGenerator(const QString& label);
    QString code() const;

    // Writes the code atomically (QSaveFile); false with *error naming the file and why.
    bool saveTo(const QString& path, QString* error) const;

public slots:
    void copyToClipboard();
    void saveWithDialog();

private:
    struct Flavour {
        QString label;
        std::function<QString(const RequestSpec&, const std::optional<Variables>&)> generate;
        QString syntax;
        QString fileSuffix;
    };

    void addFlavour(Flavour flavour);
    void regenerate();

    RequestSpec spec_;
    std::optional<Variables> variables_;
    QList<Flavour> flavours_;
    QComboBox* flavourBox_ = nullptr;
    QCheckBox* resolveBox_ = nullptr;
    QPlainTextEdit* view_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* copyButton_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter* highlighter_ = nullptr;
};

} // namespace hinterscope
