#include "json.h"

#include "lexer.h"

#include <charconv>
#include <limits>

namespace traceo::cedar {

const Json* Json::find(std::string_view key) const
{
    for (const auto& [k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

namespace {

class Reader
{
public:
    explicit Reader(std::string_view t)
        : m_t(t)
    { }
    bool document(Json& out)
    {
        ws();
        if (!value(out, 0))
            return false;
        ws();
        if (m_i != m_t.size())
            return fail("unexpected text after the JSON value");
        return true;
    }
    std::string error;

private:
    bool fail(const std::string& message)
    {
        if (!error.empty())
            return false;
        int line = 1;
        int col = 1;
        for (size_t k = 0; k < m_i && k < m_t.size(); ++k) {
            if (m_t[k] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        error = "line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + message;
        return false;
    }
    void ws()
    {
        while (m_i < m_t.size() && (m_t[m_i] == ' ' || m_t[m_i] == '\n' || m_t[m_i] == '\r' || m_t[m_i] == '\t'))
            ++m_i;
    }
    bool literal(std::string_view word)
    {
        if (m_t.substr(m_i, word.size()) != word)
            return fail("invalid JSON value");
        m_i += word.size();
        return true;
    }
    bool hex4(uint32_t& v)
    {
        if (m_i + 4 > m_t.size())
            return fail("truncated \\u escape");
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_t[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }
    bool string(std::string& s)
    {
        ++m_i; // opening quote
        while (true) {
            if (m_i >= m_t.size())
                return fail("unterminated string");
            const char c = m_t[m_i++];
            if (c == '"')
                return true;
            if (c != '\\') {
                s += c;
                continue;
            }
            if (m_i >= m_t.size())
                return fail("unterminated string");
            const char e = m_t[m_i++];
            switch (e) {
            case '"':
                s += '"';
                break;
            case '\\':
                s += '\\';
                break;
            case '/':
                s += '/';
                break;
            case 'b':
                s += '\b';
                break;
            case 'f':
                s += '\f';
                break;
            case 'n':
                s += '\n';
                break;
            case 'r':
                s += '\r';
                break;
            case 't':
                s += '\t';
                break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xd800 && cp < 0xdc00 && m_t.substr(m_i, 2) == "\\u") {
                    m_i += 2;
                    uint32_t lo = 0;
                    if (!hex4(lo))
                        return false;
                    if (lo >= 0xdc00 && lo < 0xe000)
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    else
                        appendUtf8(s, 0xfffd), cp = lo;
                }
                appendUtf8(s, cp);
                break;
            }
            default:
                return fail("invalid escape in string");
            }
        }
    }
    bool number(Json& out)
    {
        const size_t start = m_i;
        if (m_t[m_i] == '-')
            ++m_i;
        bool integral = true;
        while (m_i < m_t.size()) {
            const char c = m_t[m_i];
            if (c >= '0' && c <= '9') {
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
            } else {
                break;
            }
            ++m_i;
        }
        const std::string_view text = m_t.substr(start, m_i - start);
        if (integral) {
            int64_t v = 0;
            auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec == std::errc() && p == text.data() + text.size()) {
                out.type = Json::Type::Int;
                out.i = v;
                return true;
            }
        }
        out.type = Json::Type::Number;
        out.s = std::string(text);
        out.d = std::strtod(out.s.c_str(), nullptr);
        if (text.empty() || text == "-")
            return fail("invalid number");
        return true;
    }
    bool value(Json& out, int depth)
    {
        if (depth > 512)
            return fail("JSON nested too deeply");
        if (m_i >= m_t.size())
            return fail("unexpected end of JSON");
        const char c = m_t[m_i];
        if (c == '{') {
            out.type = Json::Type::Object;
            ++m_i;
            ws();
            if (m_i < m_t.size() && m_t[m_i] == '}') {
                ++m_i;
                return true;
            }
            while (true) {
                ws();
                if (m_i >= m_t.size() || m_t[m_i] != '"')
                    return fail("expected a member name in quotes");
                std::string key;
                if (!string(key))
                    return false;
                ws();
                if (m_i >= m_t.size() || m_t[m_i] != ':')
                    return fail("expected `:` after a member name");
                ++m_i;
                ws();
                Json v;
                if (!value(v, depth + 1))
                    return false;
                out.members.push_back({ std::move(key), std::move(v) });
                ws();
                if (m_i < m_t.size() && m_t[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_t.size() && m_t[m_i] == '}') {
                    ++m_i;
                    return true;
                }
                return fail("expected `,` or `}` in object");
            }
        }
        if (c == '[') {
            out.type = Json::Type::Array;
            ++m_i;
            ws();
            if (m_i < m_t.size() && m_t[m_i] == ']') {
                ++m_i;
                return true;
            }
            while (true) {
                ws();
                Json v;
                if (!value(v, depth + 1))
                    return false;
                out.items.push_back(std::move(v));
                ws();
                if (m_i < m_t.size() && m_t[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_t.size() && m_t[m_i] == ']') {
                    ++m_i;
                    return true;
                }
                return fail("expected `,` or `]` in array");
            }
        }
        if (c == '"') {
            out.type = Json::Type::String;
            return string(out.s);
        }
        if (c == 't') {
            out.type = Json::Type::Bool;
            out.b = true;
            return literal("true");
        }
        if (c == 'f') {
            out.type = Json::Type::Bool;
            return literal("false");
        }
        if (c == 'n')
            return literal("null");
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(out);
        return fail("invalid JSON value");
    }

    std::string_view m_t;
    size_t m_i = 0;
};

void dumpString(std::string& out, const std::string& s)
{
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            static const char* hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void dumpTo(std::string& out, const Json& j)
{
    switch (j.type) {
    case Json::Type::Null:
        out += "null";
        break;
    case Json::Type::Bool:
        out += j.b ? "true" : "false";
        break;
    case Json::Type::Int:
        out += std::to_string(j.i);
        break;
    case Json::Type::Number:
        out += j.s;
        break;
    case Json::Type::String:
        dumpString(out, j.s);
        break;
    case Json::Type::Array:
        out += '[';
        for (size_t k = 0; k < j.items.size(); ++k) {
            if (k)
                out += ',';
            dumpTo(out, j.items[k]);
        }
        out += ']';
        break;
    case Json::Type::Object:
        out += '{';
        for (size_t k = 0; k < j.members.size(); ++k) {
            if (k)
                out += ',';
            dumpString(out, j.members[k].first);
            out += ':';
            dumpTo(out, j.members[k].second);
        }
        out += '}';
        break;
    }
}

} // namespace

bool Json::parse(std::string_view text, Json& out, std::string& error)
{
    Reader r(text);
    out = Json();
    if (r.document(out))
        return true;
    error = r.error;
    return false;
}

std::string Json::dump() const
{
    std::string out;
    dumpTo(out, *this);
    return out;
}

} // namespace traceo::cedar
