#pragma once

#include <QList>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace traceo::cedar {

/// A position in policy text: 1-based line and column (columns count characters), byte offset.
struct SourcePos
{
    int line = 1;
    int column = 1;
    uint32_t offset = 0;
};

enum class Tok : uint8_t
{
    End,
    Error,
    Comment,
    Ident,
    Int,
    String,
    Slot,
    At,
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Comma,
    Semi,
    Colon,
    ColonColon,
    Dot,
    Question,
    Assign,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    AndAnd,
    OrOr,
    Bang,
    Plus,
    Minus,
    Star,
};

struct Token
{
    Tok kind = Tok::End;
    SourcePos pos;
    uint32_t length = 0;
    std::string_view text(std::string_view source) const { return source.substr(pos.offset, length); }
};

/// Splits Cedar text into tokens, ending with one Tok::End. Never throws: bad input becomes
/// Tok::Error tokens (an unterminated string, a stray character). Comments are kept only when asked.
std::vector<Token> tokenize(std::string_view source, bool keepComments = false);

/// Words the grammar reserves (true false if then else in has like is __cedar).
bool isReservedWord(std::string_view word);
/// Words with a meaning in policies, for highlighting (permit forbid when unless principal … is).
bool isKeyword(std::string_view word);

/// Decodes a string literal's text (with its quotes) using Cedar's escapes (\n \r \t \\ \0 \' \"
/// \u{…}); with `pattern`, `\*` is a literal star and a bare `*` is a wildcard, marked in `wildcards`.
bool unescapeString(std::string_view literal, std::string& out, std::string& error, bool pattern = false,
    std::vector<bool>* wildcards = nullptr);

/// Highlighting classes: the editor and the syntax definition agree on these.
enum class TokenClass : uint8_t
{
    Keyword,
    String,
    Number,
    Comment,
    Operator,
    EntityReference,
    Identifier,
    Annotation,
    Error
};

struct HighlightSpan
{
    qsizetype start = 0; ///< UTF-16 offset when produced from a QString, byte offset from std::string_view
    qsizetype length = 0;
    TokenClass cls = TokenClass::Identifier;
};

/// Maps UTF-8 byte offsets of a text to UTF-16 offsets of the same text: the engine counts bytes, Qt
/// text (editors, highlighters) counts UTF-16 units.
class Utf16Offsets
{
public:
    explicit Utf16Offsets(std::string_view utf8);
    qsizetype at(size_t byteOffset) const;

private:
    std::vector<qsizetype> m_map; ///< empty when the text is ASCII and the offsets are equal
    size_t m_size = 0;
};

/// Classes over all of `text` (whitespace left out). Never throws, whatever the input.
std::vector<HighlightSpan> highlight(std::string_view text);
QList<HighlightSpan> highlight(const QString& text);

/// Appends code point `cp` to `s` as UTF-8.
void appendUtf8(std::string& s, uint32_t cp);

} // namespace traceo::cedar
