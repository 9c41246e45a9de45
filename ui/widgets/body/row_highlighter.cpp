#include "widgets/body/row_highlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

namespace hinterscope {

KSyntaxHighlighting::State RowHighlighter::highlight(QStringView text, const KSyntaxHighlighting::State& state,
                                                     QList<QTextLayout::FormatRange>* formats)
{
    formats_ = formats;
    auto next = highlightLine(text, state);
    formats_ = nullptr;
    return next;
}

void RowHighlighter::setTheme(const KSyntaxHighlighting::Theme& theme)
{
    AbstractHighlighter::setTheme(theme);
    charFormats_.clear();
}

void RowHighlighter::setDefinition(const KSyntaxHighlighting::Definition& definition)
{
    AbstractHighlighter::setDefinition(definition);
    charFormats_.clear();
}

void RowHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    if (formats_ == nullptr || length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    // Neighbouring tokens of one format make one range: fewer ranges, cheaper layouts.
    if (!formats_->isEmpty()) {
        auto& last = formats_->last();
        if (last.start + last.length == offset && last.format == charFormatFor(format)) {
            last.length += length;
            return;
        }
    }
    formats_->append(QTextLayout::FormatRange{offset, length, charFormatFor(format)});
}

QTextCharFormat RowHighlighter::charFormatFor(const KSyntaxHighlighting::Format& format)
{
    if (const auto found = charFormats_.constFind(format.id()); found != charFormats_.constEnd())
        return *found;
    QTextCharFormat charFormat;
    if (format.hasTextColor(theme()))
        charFormat.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        charFormat.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        charFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        charFormat.setFontItalic(true);
    if (format.isUnderline(theme()))
        charFormat.setFontUnderline(true);
    if (format.isStrikeThrough(theme()))
        charFormat.setFontStrikeOut(true);
    charFormats_.insert(format.id(), charFormat);
    return charFormat;
}

} // namespace hinterscope
