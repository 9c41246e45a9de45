#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>
#include <QTextLayout>

namespace hinterscope {

// Runs KSyntaxHighlighting over one row of text at a time and returns the formats as layout ranges. The view
// calls it only for the rows it shows, carrying the state from row to row within what it shows.
class RowHighlighter : public KSyntaxHighlighting::AbstractHighlighter {
public:
    RowHighlighter() = default;

    // Formats for `text`, and the state to pass with the next row.
    KSyntaxHighlighting::State highlight(QStringView text, const KSyntaxHighlighting::State& state,
                                         QList<QTextLayout::FormatRange>* formats);

    void setTheme(const KSyntaxHighlighting::Theme& theme) override;
    void setDefinition(const KSyntaxHighlighting::Definition& definition) override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    QTextCharFormat charFormatFor(const KSyntaxHighlighting::Format& format);

    QList<QTextLayout::FormatRange>* formats_ = nullptr;
    // A row has hundreds of tokens but a definition few formats: build each QTextCharFormat once.
    QHash<int, QTextCharFormat> charFormats_;
};

} // namespace hinterscope
