#include "cedarhighlighter.h"

#include <QCoreApplication>

namespace traceo {

CedarHighlighter::CedarHighlighter(QTextDocument* document, const QPalette& palette)
    : QSyntaxHighlighter(document)
{
    for (size_t i = 0; i < m_formats.size(); ++i)
        m_formats[i] = policytheme::format(cedar::TokenClass(i), palette);
    rehighlight();
}

void CedarHighlighter::highlightBlock(const QString& text)
{
    // A string that began on an earlier line: lex this line as if it opened with the quote.
    const bool continued = previousBlockState() == InString;
    const QString source = continued ? u'"' + text : text;
    const qsizetype shift = continued ? 1 : 0;
    const QList<cedar::HighlightSpan> spans = cedar::highlight(source);
    bool endsInString = false;
    if (!spans.isEmpty()) {
        const cedar::HighlightSpan& last = spans.back();
        endsInString = last.cls == cedar::TokenClass::Error && source.at(last.start) == u'"'
            && last.start + last.length == source.size();
    }
    for (const cedar::HighlightSpan& s : spans) {
        qsizetype start = s.start - shift;
        qsizetype length = s.length;
        if (start < 0) {
            length += start;
            start = 0;
        }
        // A string still open at the end of the line goes on: it is a string, not (yet) an error.
        const bool openString = endsInString && &s == &spans.back();
        const cedar::TokenClass cls = openString ? cedar::TokenClass::String : s.cls;
        if (length > 0 && cls != cedar::TokenClass::Identifier)
            setFormat(int(start), int(length), m_formats.at(size_t(cls)));
    }
    setCurrentBlockState(endsInString ? InString : Normal);
}

QString CedarLexerBackend::name() const
{
    return QCoreApplication::translate("traceo::CedarLexerBackend", "Cedar lexer");
}

QSyntaxHighlighter* CedarLexerBackend::attach(QTextDocument* document, const QPalette& palette) const
{
    return new CedarHighlighter(document, palette);
}

} // namespace traceo
