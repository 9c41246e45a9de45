#pragma once

// Splits a pasted shell command into words as bash would, without running anything: single quotes, double
// quotes (backslash before $ ` " \ and newline), backslash escapes, "\<newline>" continuations, $'…' ANSI-C
// strings, comments. Expansions ($VAR, $(…), `…`) are kept literally and listed so the caller can say so.
#include <QList>
#include <QString>
#include <QStringList>

namespace hinterscope {

struct ShellWord {
    QString text;
    int line = 1; // where the word starts, 1-based
    int column = 1;
};

struct ShellWords {
    QList<ShellWord> words; // the first command's words
    // What came after the first command (|, ;, &&, a second line that is not a continuation), as text.
    QString rest;
    int restLine = 0;
    QStringList redirections; // "> out.txt" and the like, as written
    QStringList expansions;   // "$HOME", "$(date)", as written
    QStringList joinedLines;  // "line N": newlines read as continuations because the next line starts with '-'
    QString error;            // empty when the text splits
    int errorLine = 0;
    int errorColumn = 0;
};

ShellWords splitShellWords(const QString& text);

// The word quoted for bash (and zsh): as it is when it needs no quotes, in '…' otherwise, in $'…' when it
// holds control characters (so a command stays on one line).
QString shellQuote(const QString& word);

} // namespace hinterscope
