#include "interchange/shell_words.h"

#include "interchange/mapping.h"

#include <QRegularExpression>

namespace hinterscope {
namespace {

using interchange::Interchange;

class Splitter {
public:
    explicit Splitter(const QString& text)
        : text_(text)
    {}

    ShellWords run();

private:
    QChar peek(qsizetype offset = 0) const { return pos_ + offset < text_.size() ? text_[pos_ + offset] : QChar(); }
    bool atEnd() const { return pos_ >= text_.size(); }
    void advance()
    {
        if (text_[pos_] == QLatin1Char('\n')) {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        ++pos_;
    }
    void fail(const QString& message, int line, int column)
    {
        if (!result_.error.isEmpty())
            return;
        result_.error = message;
        result_.errorLine = line;
        result_.errorColumn = column;
    }
    // Reads an expansion that starts at '$' or '`' into `word` literally and records it.
    void readExpansion(QString& word);
    void readSingleQuoted(QString& word);
    void readDoubleQuoted(QString& word);
    void readAnsiC(QString& word);
    // True when the newline at pos_ is followed (after blanks) by a line starting with '-'.
    bool nextLineContinues() const;

    const QString& text_;
    qsizetype pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    ShellWords result_;
};

bool Splitter::nextLineContinues() const
{
    qsizetype i = pos_ + 1;
    while (i < text_.size() && (text_[i] == QLatin1Char(' ') || text_[i] == QLatin1Char('\t') ||
                                text_[i] == QLatin1Char('\r') || text_[i] == QLatin1Char('\n')))
        ++i;
    return i < text_.size() && text_[i] == QLatin1Char('-');
}

void Splitter::readExpansion(QString& word)
{
    const qsizetype start = pos_;
    const QChar first = peek();
    if (first == QLatin1Char('`')) {
        advance();
        while (!atEnd() && peek() != QLatin1Char('`'))
            advance();
        if (!atEnd())
            advance();
    } else if (peek(1) == QLatin1Char('(') || peek(1) == QLatin1Char('{')) {
        const QChar close = peek(1) == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char('}');
        advance();
        advance();
        while (!atEnd() && peek() != close)
            advance();
        if (!atEnd())
            advance();
    } else {
        advance();
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')))
            advance();
    }
    const QString expansion = text_.mid(start, pos_ - start);
    word += expansion;
    result_.expansions.append(expansion);
}

void Splitter::readSingleQuoted(QString& word)
{
    const int line = line_;
    const int column = column_;
    advance();
    while (!atEnd() && peek() != QLatin1Char('\'')) {
        word += peek();
        advance();
    }
    if (atEnd()) {
        fail(Interchange::tr("unterminated single quote"), line, column);
        return;
    }
    advance();
}

void Splitter::readDoubleQuoted(QString& word)
{
    const int line = line_;
    const int column = column_;
    advance();
    while (!atEnd() && peek() != QLatin1Char('"')) {
        const QChar c = peek();
        if (c == QLatin1Char('\\')) {
            const QChar next = peek(1);
            if (next == QLatin1Char('\n')) {
                advance();
                advance();
                continue;
            }
            if (next == QLatin1Char('$') || next == QLatin1Char('`') || next == QLatin1Char('"') ||
                next == QLatin1Char('\\')) {
                advance();
                word += next;
                advance();
                continue;
            }
            word += c;
            advance();
            continue;
        }
        if ((c == QLatin1Char('$') && (peek(1).isLetter() || peek(1) == QLatin1Char('_') ||
                                       peek(1) == QLatin1Char('(') || peek(1) == QLatin1Char('{'))) ||
            c == QLatin1Char('`')) {
            readExpansion(word);
            continue;
        }
        word += c;
        advance();
    }
    if (atEnd()) {
        fail(Interchange::tr("unterminated double quote"), line, column);
        return;
    }
    advance();
}

void Splitter::readAnsiC(QString& word)
{
    const int line = line_;
    const int column = column_;
    advance();        // $
    advance();        // '
    QByteArray bytes; // \x and octal escapes are bytes; collected so UTF-8 sequences decode as one
    const auto flushBytes = [&]() {
        if (!bytes.isEmpty()) {
            word += QString::fromUtf8(bytes);
            bytes.clear();
        }
    };
    const auto readDigits = [&](int maximum, int base) {
        QString digits;
        while (digits.size() < maximum && !atEnd()) {
            bool ok = false;
            QString(peek()).toUInt(&ok, base);
            if (!ok)
                break;
            digits += peek();
            advance();
        }
        return digits;
    };
    while (!atEnd() && peek() != QLatin1Char('\'')) {
        if (peek() != QLatin1Char('\\')) {
            flushBytes();
            word += peek();
            advance();
            continue;
        }
        advance();
        if (atEnd())
            break;
        const QChar escape = peek();
        advance();
        switch (escape.unicode()) {
        case 'a':
            flushBytes();
            word += QChar(0x07);
            break;
        case 'b':
            flushBytes();
            word += QChar(0x08);
            break;
        case 'e':
        case 'E':
            flushBytes();
            word += QChar(0x1b);
            break;
        case 'f':
            flushBytes();
            word += QChar(0x0c);
            break;
        case 'n':
            flushBytes();
            word += QLatin1Char('\n');
            break;
        case 'r':
            flushBytes();
            word += QLatin1Char('\r');
            break;
        case 't':
            flushBytes();
            word += QLatin1Char('\t');
            break;
        case 'v':
            flushBytes();
            word += QChar(0x0b);
            break;
        case 'x': {
            const QString digits = readDigits(2, 16);
            if (digits.isEmpty()) {
                flushBytes();
                word += QStringLiteral("\\x");
            } else {
                bytes += char(digits.toUInt(nullptr, 16));
            }
            break;
        }
        case 'u':
        case 'U': {
            flushBytes();
            const QString digits = readDigits(escape == QLatin1Char('u') ? 4 : 8, 16);
            const char32_t code = digits.toUInt(nullptr, 16);
            word += digits.isEmpty() ? QStringLiteral("\\") + escape : QString::fromUcs4(&code, 1);
            break;
        }
        case 'c':
            flushBytes();
            if (!atEnd()) {
                word += QChar(peek().unicode() & 0x1f);
                advance();
            }
            break;
        default:
            if (escape >= QLatin1Char('0') && escape <= QLatin1Char('7')) {
                const QString digits = QString(escape) + readDigits(2, 8);
                bytes += char(digits.toUInt(nullptr, 8));
            } else {
                flushBytes();
                word += escape; // \\ \' \" \? and unknown escapes
            }
        }
    }
    flushBytes();
    if (atEnd()) {
        fail(Interchange::tr("unterminated $'…' string"), line, column);
        return;
    }
    advance();
}

ShellWords Splitter::run()
{
    QString word;
    bool inWord = false;
    int wordLine = 1;
    int wordColumn = 1;
    QString* redirectTarget = nullptr;
    QString redirection;
    const auto startWord = [&]() {
        if (!inWord) {
            inWord = true;
            wordLine = line_;
            wordColumn = column_;
        }
    };
    const auto endWord = [&]() {
        if (!inWord)
            return;
        if (redirectTarget != nullptr) {
            *redirectTarget += word;
            result_.redirections.append(*redirectTarget);
            redirectTarget = nullptr;
        } else {
            result_.words.append({word, wordLine, wordColumn});
        }
        word.clear();
        inWord = false;
    };
    while (!atEnd() && result_.error.isEmpty()) {
        const QChar c = peek();
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            endWord();
            advance();
        } else if (c == QLatin1Char('\n')) {
            endWord();
            if (result_.words.isEmpty() || nextLineContinues()) {
                if (!result_.words.isEmpty())
                    result_.joinedLines.append(Interchange::tr("line %1").arg(line_));
                advance();
                continue;
            }
            advance();
            break;
        } else if (c == QLatin1Char('\\')) {
            startWord();
            if (peek(1) == QLatin1Char('\n') || (peek(1) == QLatin1Char('\r') && peek(2) == QLatin1Char('\n'))) {
                advance();
                if (peek() == QLatin1Char('\r'))
                    advance();
                advance();
                if (word.isEmpty())
                    inWord = false;
                continue;
            }
            advance();
            if (!atEnd()) {
                word += peek();
                advance();
            }
        } else if (c == QLatin1Char('\'')) {
            startWord();
            readSingleQuoted(word);
        } else if (c == QLatin1Char('"')) {
            startWord();
            readDoubleQuoted(word);
        } else if (c == QLatin1Char('$') && peek(1) == QLatin1Char('\'')) {
            startWord();
            readAnsiC(word);
        } else if ((c == QLatin1Char('$') && (peek(1).isLetter() || peek(1) == QLatin1Char('_') ||
                                              peek(1) == QLatin1Char('(') || peek(1) == QLatin1Char('{'))) ||
                   c == QLatin1Char('`')) {
            startWord();
            readExpansion(word);
        } else if (c == QLatin1Char('#') && !inWord) {
            while (!atEnd() && peek() != QLatin1Char('\n'))
                advance();
        } else if (c == QLatin1Char('|') || c == QLatin1Char(';') || c == QLatin1Char('&')) {
            endWord();
            break;
        } else if (c == QLatin1Char('>') || c == QLatin1Char('<')) {
            // "2>&1", "> out" and "< in" belong to the shell, not to curl.
            if (inWord && !word.isEmpty() && word.back().isDigit())
                word.chop(1);
            endWord();
            redirection.clear();
            while (!atEnd() &&
                   (peek() == QLatin1Char('>') || peek() == QLatin1Char('<') || peek() == QLatin1Char('&'))) {
                redirection += peek();
                advance();
            }
            redirection += QLatin1Char(' ');
            redirectTarget = &redirection;
        } else {
            startWord();
            word += c;
            advance();
        }
    }
    if (result_.error.isEmpty())
        endWord();
    if (redirectTarget != nullptr)
        result_.redirections.append(redirectTarget->trimmed());
    if (!atEnd()) {
        result_.restLine = line_;
        result_.rest = text_.mid(pos_).trimmed();
    }
    return result_;
}

} // namespace

ShellWords splitShellWords(const QString& text)
{
    return Splitter(text).run();
}

QString shellQuote(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    bool control = false;
    for (const QChar c : word)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            control = true;
    if (!control) {
        QString quoted = word;
        quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    QString quoted = QStringLiteral("$'");
    for (const QChar c : word) {
        switch (c.unicode()) {
        case '\n':
            quoted += QStringLiteral("\\n");
            break;
        case '\r':
            quoted += QStringLiteral("\\r");
            break;
        case '\t':
            quoted += QStringLiteral("\\t");
            break;
        case '\\':
            quoted += QStringLiteral("\\\\");
            break;
        case '\'':
            quoted += QStringLiteral("\\'");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QLatin1Char('\'');
}

} // namespace hinterscope
