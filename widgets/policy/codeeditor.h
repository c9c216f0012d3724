#pragma once

#include "textcheck.h"

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace traceo {

class PolicyHighlighterBackend;

/// A plain-text code editor: line numbers in a gutter, the current line shaded, problems underlined
/// with a wavy line and marked in the gutter (hover either for the message), and ranges that can be
/// marked with a background (the policies that decided a test-bench request).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    /// Highlights with `backend` (nullptr: no highlighting); follows palette changes.
    void setHighlighting(const PolicyHighlighterBackend* backend);
    QSyntaxHighlighter* highlighter() const { return m_highlighter; }

    void setDiagnostics(const QList<TextDiagnostic>& diagnostics);
    /// The diagnostics under the wavy underlines (their cursors follow edits).
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const { return m_problemSelections; }
    /// Block numbers (0-based lines) with a gutter mark.
    QList<int> markedLines() const;

    void setMarkedRanges(const QList<TextRange>& ranges, const QColor& background);
    QList<QTextEdit::ExtraSelection> markedSelections() const { return m_markSelections; }

    /// Moves the cursor to `pos`, scrolls it into view and focuses the editor.
    void jumpTo(qsizetype pos);
    /// The message of the problem at document position `pos`, or of the first problem on its line.
    QString problemAt(qsizetype pos, bool wholeLine) const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGutter(const QRect& rect, int dy);
    void updateSelections();

    QWidget* m_gutter;
    const PolicyHighlighterBackend* m_backend = nullptr;
    QSyntaxHighlighter* m_highlighter = nullptr;
    QList<TextDiagnostic> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_problemSelections;
    QList<QTextEdit::ExtraSelection> m_markSelections;
};

} // namespace traceo
