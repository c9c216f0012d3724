#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace traceo {

/// One line of a line diff: kept, removed from the old text or added in the new one.
struct DiffLine
{
    enum class Kind
    {
        Context,
        Removed,
        Added
    };
    Kind kind = Kind::Context;
    int oldLine = 0; ///< 1-based line in the old text (0 for Added)
    int newLine = 0; ///< 1-based line in the new text (0 for Removed)
    QString text;
};

/// A unified-diff hunk: a run of changes with up to `context` unchanged lines around it.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
    QString header() const; ///< "@@ -oldStart,oldCount +newStart,newCount @@"
};

/// A text as diff lines: split at '\n' (a final newline does not make an extra empty line).
QStringList diffTextLines(const QString& text);

/// Every line of `from` and `to` in order, as a shortest edit script (longest common subsequence of
/// lines; common leading and trailing lines are matched first, so the table is only the changed middle).
QList<DiffLine> diffLines(const QStringList& from, const QStringList& to);

/// The changes of a diff grouped into hunks with `context` unchanged lines around each change.
QList<DiffHunk> diffHunks(const QList<DiffLine>& lines, int context = 3);

/// A unified diff (as `diff -u` prints it) of two texts, with `---`/`+++` headers naming them;
/// empty when the texts have the same lines.
QString unifiedDiff(
    const QString& from, const QString& to, const QString& fromName, const QString& toName, int context = 3);

} // namespace traceo
