#pragma once

#include <QList>
#include <QStringList>
#include <functional>

namespace traceo {

/// A span of an editor's text, in document positions (UTF-16 offsets into its plain text).
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/// A problem in an editor's text: where it is (also as 1-based line and column) and what it is.
struct TextDiagnostic
{
    TextRange range;
    int line = 1;
    int column = 1;
    QString message;
};

/// What checking a text found: its problems, the things it defines (policies, entities) with where
/// they are, and the entity references it names (for completion).
struct TextCheckResult
{
    QList<TextDiagnostic> diagnostics;
    QStringList names;
    QList<TextRange> ranges; ///< one per name
    QStringList references;
};

/// Checks a text; called on a worker thread, so it must only touch its argument.
using TextChecker = std::function<TextCheckResult(const QString&)>;

/// The 1-based line and column of UTF-16 offset `pos` in `text`.
void lineAndColumn(const QString& text, qsizetype pos, int& line, int& column);

} // namespace traceo
