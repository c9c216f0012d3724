#pragma once

#include "syntaxhighlighting.h"

#include <QPalette>
#include <QSyntaxHighlighter>

namespace traceo {

/// Highlights Cedar text block by block with the engine's lexer. Cedar strings may span lines: a
/// block that ends inside a string says so in its block state, and the next block is lexed as the
/// string's continuation.
class CedarHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    CedarHighlighter(QTextDocument* document, const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum BlockState
    {
        Normal = 0,
        InString = 1,
    };
    std::array<QTextCharFormat, 9> m_formats;
};

/// The engine's lexer behind PolicyHighlighterBackend.
class CedarLexerBackend : public PolicyHighlighterBackend
{
public:
    QString name() const override;
    QSyntaxHighlighter* attach(QTextDocument* document, const QPalette& palette) const override;
};

} // namespace traceo
