#include "syntaxhighlighting.h"

#include "cedarhighlighter.h"

#include <QPalette>

namespace traceo {

namespace policytheme {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QTextCharFormat format(cedar::TokenClass cls, const QPalette& palette)
{
    using cedar::TokenClass;
    const bool dark = isDark(palette);
    // Light colours after IntelliJ's light theme, dark ones after Darcula: both keep a contrast
    // ratio of at least 4.5:1 against their usual background.
    const auto pick = [dark](const char* light, const char* darkColour) {
        return QColor::fromString(QLatin1String(dark ? darkColour : light));
    };
    QTextCharFormat f;
    switch (cls) {
    case TokenClass::Keyword:
        f.setForeground(pick("#0033b3", "#cc7832"));
        f.setFontWeight(QFont::DemiBold);
        break;
    case TokenClass::String:
        f.setForeground(pick("#067d17", "#6a8759"));
        break;
    case TokenClass::Number:
        f.setForeground(pick("#1750eb", "#6897bb"));
        break;
    case TokenClass::Comment:
        f.setForeground(pick("#6e6e6e", "#8c8c8c"));
        f.setFontItalic(true);
        break;
    case TokenClass::Operator:
        f.setForeground(pick("#5c5c5c", "#b0b0b0"));
        break;
    case TokenClass::EntityReference:
        f.setForeground(pick("#871094", "#c396d8"));
        break;
    case TokenClass::Annotation:
        f.setForeground(pick("#7a6a00", "#bbb529"));
        break;
    case TokenClass::Error:
        f.setForeground(errorColor(palette));
        break;
    case TokenClass::Identifier:
        f.setForeground(palette.color(QPalette::Text));
        break;
    }
    return f;
}

QColor markBackground(const QPalette& palette, bool allow)
{
    if (isDark(palette))
        return QColor::fromString(QLatin1String(allow ? "#2e4a2e" : "#5a2a2a"));
    return QColor::fromString(QLatin1String(allow ? "#dff3d8" : "#fbe0e0"));
}

QColor errorColor(const QPalette& palette)
{
    return QColor::fromString(QLatin1String(isDark(palette) ? "#ff6b68" : "#c62828"));
}

} // namespace policytheme

std::unique_ptr<PolicyHighlighterBackend> createPolicyHighlighterBackend()
{
    return std::make_unique<CedarLexerBackend>();
}

} // namespace traceo
