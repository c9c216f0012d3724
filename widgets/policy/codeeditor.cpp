#include "codeeditor.h"

#include "syntaxhighlighting.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

namespace traceo {

namespace {

class Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("gutter"));
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }
    bool event(QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_editor->cursorForPosition(QPoint(0, help->pos().y()));
        const QString message = m_editor->problemAt(cursor.position(), true);
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, this);
        return true;
    }

private:
    CodeEditor* m_editor;
};

/// The gutter's mark for a line with a problem: a small filled circle.
constexpr int MarkSize = 8;

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    updateSelections();
}

void CodeEditor::setHighlighting(const PolicyHighlighterBackend* backend)
{
    m_backend = backend;
    delete m_highlighter;
    m_highlighter = backend ? backend->attach(document(), palette()) : nullptr;
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return 8 + MarkSize + 6 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 8;
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setHighlighting(m_backend);
        setDiagnostics(m_diagnostics);
    }
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1, event->rect().bottom());
    const QList<int> marked = markedLines();
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            if (marked.contains(number)) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(policytheme::errorColor(pal));
                painter.drawEllipse(QRectF(6, top + (lineHeight - MarkSize) / 2.0, MarkSize, MarkSize));
            }
            QFont f = font();
            f.setBold(number == current);
            painter.setFont(f);
            painter.setPen(pal.color(number == current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 8, lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void CodeEditor::setDiagnostics(const QList<TextDiagnostic>& diagnostics)
{
    m_diagnostics = diagnostics;
    m_problemSelections.clear();
    const int end = document()->characterCount() - 1; // the last position before the final paragraph mark
    for (const TextDiagnostic& d : diagnostics) {
        qsizetype from = std::clamp<qsizetype>(d.range.start, 0, end);
        qsizetype to = std::clamp<qsizetype>(d.range.start + d.range.length, from, end);
        QTextCursor c(document());
        // An empty range, or one at a line's end, still needs a character to draw the line under.
        if (to == from && from < end && document()->characterAt(int(from)) != QChar::ParagraphSeparator)
            ++to;
        else if (to == from && from > 0)
            --from;
        c.setPosition(int(from));
        c.setPosition(int(to), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection sel;
        sel.cursor = c;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(policytheme::errorColor(palette()));
        m_problemSelections.append(sel);
    }
    updateSelections();
    m_gutter->update();
}

QList<int> CodeEditor::markedLines() const
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection& sel : m_problemSelections)
        lines.append(document()->findBlock(sel.cursor.selectionStart()).blockNumber());
    return lines;
}

void CodeEditor::setMarkedRanges(const QList<TextRange>& ranges, const QColor& background)
{
    m_markSelections.clear();
    for (const TextRange& r : ranges) {
        QTextCursor c(document());
        c.setPosition(int(std::clamp<qsizetype>(r.start, 0, document()->characterCount() - 1)));
        c.setPosition(int(std::clamp<qsizetype>(r.start + r.length, 0, document()->characterCount() - 1)),
            QTextCursor::KeepAnchor);
        // Through the end of the last line, so that the whole-width background covers it too.
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!c.atEnd())
            c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection sel;
        sel.cursor = c;
        sel.format.setBackground(background);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        m_markSelections.append(sel);
    }
    updateSelections();
}

void CodeEditor::updateSelections()
{
    QTextEdit::ExtraSelection line;
    line.format.setBackground(palette().color(QPalette::AlternateBase));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections(QList<QTextEdit::ExtraSelection> { line } + m_markSelections + m_problemSelections);
    m_gutter->update();
}

void CodeEditor::jumpTo(qsizetype pos)
{
    QTextCursor c = textCursor();
    c.setPosition(int(std::clamp<qsizetype>(pos, 0, document()->characterCount() - 1)));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

QString CodeEditor::problemAt(qsizetype pos, bool wholeLine) const
{
    const int line = document()->findBlock(int(pos)).blockNumber();
    QStringList messages;
    for (qsizetype i = 0; i < m_problemSelections.size(); ++i) {
        const QTextCursor& c = m_problemSelections.at(i).cursor;
        const bool hit = wholeLine ? document()->findBlock(c.selectionStart()).blockNumber() == line
                                   : pos >= c.selectionStart() && pos <= c.selectionEnd();
        if (hit)
            messages.append(m_diagnostics.at(i).message);
    }
    return messages.join(u'\n');
}

bool CodeEditor::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QString message = problemAt(cursorForPosition(help->pos()).position(), false);
    if (message.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), message, viewport());
    return true;
}

} // namespace traceo
