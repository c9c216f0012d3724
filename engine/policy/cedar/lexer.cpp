#include "lexer.h"

#include <algorithm>

namespace traceo::cedar {

namespace {

bool identStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool identChar(char c)
{
    return identStart(c) || (c >= '0' && c <= '9');
}

class Lexer
{
public:
    explicit Lexer(std::string_view s)
        : m_s(s)
    { }

    std::vector<Token> run(bool keepComments)
    {
        std::vector<Token> out;
        while (true) {
            skipSpace();
            Token t;
            t.pos = m_pos;
            if (m_pos.offset >= m_s.size()) {
                t.kind = Tok::End;
                out.push_back(t);
                return out;
            }
            t.kind = next();
            t.length = m_pos.offset - t.pos.offset;
            if (t.kind != Tok::Comment || keepComments)
                out.push_back(t);
        }
    }

private:
    char peek(size_t ahead = 0) const
    {
        const size_t i = m_pos.offset + ahead;
        return i < m_s.size() ? m_s[i] : '\0';
    }
    void advance()
    {
        const char c = m_s[m_pos.offset++];
        if (c == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
            ++m_pos.column;
        }
    }
    void skipSpace()
    {
        while (m_pos.offset < m_s.size()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                advance();
            else
                break;
        }
    }
    Tok one(Tok t)
    {
        advance();
        return t;
    }
    Tok two(Tok t)
    {
        advance();
        advance();
        return t;
    }
    Tok next()
    {
        const char c = peek();
        if (c == '/' && peek(1) == '/') {
            while (m_pos.offset < m_s.size() && peek() != '\n')
                advance();
            return Tok::Comment;
        }
        if (identStart(c)) {
            while (identChar(peek()))
                advance();
            return Tok::Ident;
        }
        if (c >= '0' && c <= '9') {
            while (peek() >= '0' && peek() <= '9')
                advance();
            return Tok::Int;
        }
        if (c == '"') {
            advance();
            while (true) {
                if (m_pos.offset >= m_s.size())
                    return Tok::Error;
                const char d = peek();
                advance();
                if (d == '"')
                    return Tok::String;
                if (d == '\\' && m_pos.offset < m_s.size())
                    advance();
            }
        }
        switch (c) {
        case '?': {
            advance();
            const size_t start = m_pos.offset;
            size_t end = start;
            while (end < m_s.size() && identChar(m_s[end]))
                ++end;
            const std::string_view word = m_s.substr(start, end - start);
            if (word == "principal" || word == "resource") {
                while (m_pos.offset < end)
                    advance();
                return Tok::Slot;
            }
            return Tok::Question;
        }
        case '@':
            return one(Tok::At);
        case '(':
            return one(Tok::LParen);
        case ')':
            return one(Tok::RParen);
        case '{':
            return one(Tok::LBrace);
        case '}':
            return one(Tok::RBrace);
        case '[':
            return one(Tok::LBracket);
        case ']':
            return one(Tok::RBracket);
        case ',':
            return one(Tok::Comma);
        case ';':
            return one(Tok::Semi);
        case '.':
            return one(Tok::Dot);
        case '+':
            return one(Tok::Plus);
        case '-':
            return one(Tok::Minus);
        case '*':
            return one(Tok::Star);
        case ':':
            return peek(1) == ':' ? two(Tok::ColonColon) : one(Tok::Colon);
        case '=':
            return peek(1) == '=' ? two(Tok::Eq) : one(Tok::Assign);
        case '!':
            return peek(1) == '=' ? two(Tok::Ne) : one(Tok::Bang);
        case '<':
            return peek(1) == '=' ? two(Tok::Le) : one(Tok::Lt);
        case '>':
            return peek(1) == '=' ? two(Tok::Ge) : one(Tok::Gt);
        case '&':
            return peek(1) == '&' ? two(Tok::AndAnd) : one(Tok::Error);
        case '|':
            return peek(1) == '|' ? two(Tok::OrOr) : one(Tok::Error);
        default:
            // One whole (possibly multi-byte) character.
            advance();
            while (m_pos.offset < m_s.size() && (static_cast<unsigned char>(peek()) & 0xc0) == 0x80)
                advance();
            return Tok::Error;
        }
    }

    std::string_view m_s;
    SourcePos m_pos;
};

} // namespace

void appendUtf8(std::string& s, uint32_t cp)
{
    if (cp < 0x80) {
        s += char(cp);
    } else if (cp < 0x800) {
        s += char(0xc0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        s += char(0xe0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3f));
        s += char(0x80 | (cp & 0x3f));
    } else {
        s += char(0xf0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3f));
        s += char(0x80 | ((cp >> 6) & 0x3f));
        s += char(0x80 | (cp & 0x3f));
    }
}

std::vector<Token> tokenize(std::string_view source, bool keepComments)
{
    return Lexer(source).run(keepComments);
}

bool isReservedWord(std::string_view w)
{
    return w == "true" || w == "false" || w == "if" || w == "then" || w == "else" || w == "in" || w == "has"
        || w == "like" || w == "is" || w == "__cedar";
}

bool isKeyword(std::string_view w)
{
    return isReservedWord(w) || w == "permit" || w == "forbid" || w == "when" || w == "unless" || w == "principal"
        || w == "action" || w == "resource" || w == "context";
}

bool unescapeString(
    std::string_view lit, std::string& out, std::string& error, bool pattern, std::vector<bool>* wildcards)
{
    out.clear();
    if (wildcards)
        wildcards->clear();
    auto push = [&](char c, bool wild) {
        out += c;
        if (wildcards)
            wildcards->push_back(wild);
    };
    const std::string_view body = lit.size() >= 2 ? lit.substr(1, lit.size() - 2) : std::string_view();
    for (size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '*' && pattern) {
            push('*', true);
            continue;
        }
        if (c != '\\') {
            push(c, false);
            continue;
        }
        if (++i >= body.size()) {
            error = "a string ends with a lone backslash";
            return false;
        }
        const char e = body[i];
        switch (e) {
        case 'n':
            push('\n', false);
            break;
        case 'r':
            push('\r', false);
            break;
        case 't':
            push('\t', false);
            break;
        case '0':
            push('\0', false);
            break;
        case '\\':
            push('\\', false);
            break;
        case '\'':
            push('\'', false);
            break;
        case '"':
            push('"', false);
            break;
        case '*':
            if (!pattern) {
                error = "`\\*` is only allowed in `like` patterns";
                return false;
            }
            push('*', false);
            break;
        case 'u': {
            if (i + 1 >= body.size() || body[i + 1] != '{') {
                error = "a \\u escape must look like \\u{1F600}";
                return false;
            }
            size_t j = i + 2;
            uint32_t cp = 0;
            int digits = 0;
            while (j < body.size() && body[j] != '}') {
                const char h = body[j];
                int v = -1;
                if (h >= '0' && h <= '9')
                    v = h - '0';
                else if (h >= 'a' && h <= 'f')
                    v = h - 'a' + 10;
                else if (h >= 'A' && h <= 'F')
                    v = h - 'A' + 10;
                if (v < 0 || ++digits > 6) {
                    error = "a \\u escape must hold 1 to 6 hexadecimal digits";
                    return false;
                }
                cp = cp * 16 + uint32_t(v);
                ++j;
            }
            if (j >= body.size() || digits == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
                error = "invalid \\u escape: not a Unicode character";
                return false;
            }
            const size_t before = out.size();
            appendUtf8(out, cp);
            if (wildcards)
                wildcards->resize(wildcards->size() + (out.size() - before), false);
            i = j;
            break;
        }
        default:
            error = std::string("unknown escape `\\") + e + "` in a string";
            return false;
        }
    }
    return true;
}

std::vector<HighlightSpan> highlight(std::string_view text)
{
    std::vector<HighlightSpan> spans;
    const std::vector<Token> toks = tokenize(text, true);
    for (size_t i = 0; i + 1 < toks.size(); ++i) {
        const Token& t = toks[i];
        HighlightSpan s { qsizetype(t.pos.offset), qsizetype(t.length), TokenClass::Operator };
        const std::string_view word = t.text(text);
        const Tok next = toks[i + 1].kind;
        const Tok prev = i > 0 ? toks[i - 1].kind : Tok::End;
        switch (t.kind) {
        case Tok::Comment:
            s.cls = TokenClass::Comment;
            break;
        case Tok::Int:
            s.cls = TokenClass::Number;
            break;
        case Tok::String:
            s.cls = prev == Tok::ColonColon ? TokenClass::EntityReference : TokenClass::String;
            break;
        case Tok::Slot:
            s.cls = TokenClass::EntityReference;
            break;
        case Tok::Error:
            s.cls = TokenClass::Error;
            break;
        case Tok::At:
            s.cls = TokenClass::Annotation;
            break;
        case Tok::Ident:
            if (prev == Tok::At)
                s.cls = TokenClass::Annotation;
            else if (next == Tok::ColonColon || prev == Tok::ColonColon)
                s.cls = TokenClass::EntityReference;
            else if (isKeyword(word) && prev != Tok::Dot)
                s.cls = TokenClass::Keyword;
            else
                s.cls = TokenClass::Identifier;
            break;
        case Tok::ColonColon:
            s.cls = TokenClass::EntityReference;
            break;
        default:
            break;
        }
        spans.push_back(s);
    }
    return spans;
}

Utf16Offsets::Utf16Offsets(std::string_view utf8)
    : m_size(utf8.size())
{
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return;
    m_map.assign(utf8.size() + 1, 0);
    qsizetype u16 = 0;
    for (size_t b = 0; b < utf8.size(); ++b) {
        m_map[b] = u16;
        const unsigned char c = static_cast<unsigned char>(utf8[b]);
        if ((c & 0xc0) != 0x80)
            u16 += (c >= 0xf0) ? 2 : 1;
    }
    m_map[utf8.size()] = u16;
}

qsizetype Utf16Offsets::at(size_t byteOffset) const
{
    const size_t b = std::min(byteOffset, m_size);
    return m_map.empty() ? qsizetype(b) : m_map[b];
}

QList<HighlightSpan> highlight(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view bytes(utf8.constData(), size_t(utf8.size()));
    const Utf16Offsets offsets(bytes);
    QList<HighlightSpan> out;
    for (const HighlightSpan& s : highlight(bytes)) {
        const qsizetype start = offsets.at(size_t(s.start));
        out.append({ start, offsets.at(size_t(s.start + s.length)) - start, s.cls });
    }
    return out;
}

} // namespace traceo::cedar
