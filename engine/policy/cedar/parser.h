#pragma once

#include "ast.h"

#include <QString>
#include <string_view>
#include <vector>

namespace traceo::cedar {

/// A problem found in policy text, at a position, in words for a policy author.
struct Diagnostic
{
    SourcePos pos;
    uint32_t length = 0;
    QString message;
};

struct ParseResult
{
    std::vector<Policy> policies; ///< ids policy0, policy1, … in text order (only the ones that parsed)
    std::vector<Diagnostic> diagnostics; ///< empty when the whole text parsed
    bool ok() const { return diagnostics.empty(); }
};

/// Parses a text of Cedar policies and templates. Never throws and never hangs: every problem
/// becomes a Diagnostic, and parsing resumes after the next `;` to find more.
ParseResult parsePolicies(std::string_view text);

/// Parses one expression (for tests and the test bench).
bool parseExpression(std::string_view text, Expr& out, Diagnostic& error);

} // namespace traceo::cedar
