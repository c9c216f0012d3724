#pragma once

#include "policy/cedar/lexer.h"

#include <QTextCharFormat>
#include <memory>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace traceo {

/// The look of each token class, chosen for the palette so that text stays readable on light and
/// dark themes alike.
namespace policytheme {
bool isDark(const QPalette& palette);
QTextCharFormat format(cedar::TokenClass cls, const QPalette& palette);
/// The background behind the policies that decided a request: green tones for allow, red for deny.
QColor markBackground(const QPalette& palette, bool allow);
/// Problems: the wavy underline and the gutter mark.
QColor errorColor(const QPalette& palette);
} // namespace policytheme

/// Attaches Cedar highlighting to a text document. The editors only see this interface, so a
/// different highlighter can be swapped in without touching them.
///
/// This build has one backend, the engine's own lexer (cedar::highlight()), which is also what the
/// parser reads, so colours and diagnostics always agree. Where KDE Frameworks 6 is available a
/// KSyntaxHighlighting backend can be added behind the same interface: a KSyntaxHighlighting::
/// SyntaxHighlighter over resources/syntax/cedar.xml (its itemData names mirror cedar::TokenClass,
/// and tst_cedarsyntax keeps it in step with the lexer), chosen in createPolicyHighlighterBackend()
/// when the build finds KF6SyntaxHighlighting.
class PolicyHighlighterBackend
{
public:
    virtual ~PolicyHighlighterBackend() = default;
    /// A short name for the About box and logs.
    virtual QString name() const = 0;
    /// Highlights `document` for `palette` from now on; the highlighter is a child of the document.
    virtual QSyntaxHighlighter* attach(QTextDocument* document, const QPalette& palette) const = 0;
};

/// The backend this build highlights with.
std::unique_ptr<PolicyHighlighterBackend> createPolicyHighlighterBackend();

} // namespace traceo
