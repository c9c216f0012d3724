#include "schema.h"

#include "core/error.h"
#include "extensions.h"
#include "lexer.h"

#include <QCoreApplication>
#include <set>

namespace traceo::cedar {

namespace {

// A type as written, before names are resolved.
struct RawType
{
    struct Attribute;
    enum class Kind : uint8_t
    {
        Name,
        Set,
        Record
    };
    Kind kind = Kind::Name;
    std::string name;
    std::string ns; ///< the namespace it was written in
    std::shared_ptr<RawType> element;
    std::vector<Attribute> attributes;
};

// Not a std::pair: a pair of the incomplete RawType is undefined and does not compile with clang.
struct RawType::Attribute
{
    std::string name;
    RawType type;
};

} // namespace

class SchemaParser
{
public:
    SchemaParser(std::string_view text, const QString& source)
        : m_src(text)
        , m_toks(tokenize(text))
        , m_source(source)
    { }

    Schema run()
    {
        while (cur().kind != Tok::End) {
            annotations();
            if (atWord("namespace")) {
                ++m_i;
                const std::string ns = path();
                expect(Tok::LBrace, "{");
                while (cur().kind != Tok::RBrace && cur().kind != Tok::End)
                    declaration(ns);
                expect(Tok::RBrace, "}");
            } else {
                declaration(std::string());
            }
        }
        Schema s;
        for (const auto& [type, raw] : m_entityAttrs)
            s.m_attrs[type] = resolve(raw, 0);
        for (const auto& [type, raw] : m_entityTags)
            s.m_tags[type] = resolve(raw, 0);
        for (const auto& [uid, raw] : m_contexts)
            s.m_context[uid] = resolve(raw, 0);
        s.m_actions = std::move(m_actions);
        return s;
    }

private:
    const Token& cur() const { return m_toks[m_i]; }
    std::string_view text(const Token& t) const { return t.text(m_src); }
    bool atWord(std::string_view w) const { return cur().kind == Tok::Ident && text(cur()) == w; }

    [[noreturn]] void fail(const QString& what)
    {
        const Token& t = cur();
        throw Error(QCoreApplication::translate("traceo::cedar", "%1:%2:%3: expected %4, found `%5`")
                        .arg(m_source)
                        .arg(t.pos.line)
                        .arg(t.pos.column)
                        .arg(what,
                            t.kind == Tok::End ? QStringLiteral("end of file")
                                               : QString::fromUtf8(text(t).data(), qsizetype(text(t).size()))));
    }
    void expect(Tok k, const char* symbol)
    {
        if (cur().kind != k)
            fail(QStringLiteral("`%1`").arg(QLatin1String(symbol)));
        ++m_i;
    }
    bool accept(Tok k)
    {
        if (cur().kind != k)
            return false;
        ++m_i;
        return true;
    }
    std::string ident()
    {
        if (cur().kind != Tok::Ident)
            fail(QCoreApplication::translate("traceo::cedar", "a name"));
        return std::string(text(m_toks[m_i++]));
    }
    std::string str()
    {
        if (cur().kind != Tok::String)
            fail(QCoreApplication::translate("traceo::cedar", "a string"));
        std::string out;
        std::string error;
        if (!unescapeString(text(cur()), out, error))
            fail(QCoreApplication::translate("traceo::cedar", "a valid string"));
        ++m_i;
        return out;
    }
    std::string name() { return cur().kind == Tok::String ? str() : ident(); }
    std::string path()
    {
        std::string p = ident();
        while (cur().kind == Tok::ColonColon && m_toks[m_i + 1].kind == Tok::Ident) {
            m_i += 2;
            p += "::";
            p += text(m_toks[m_i - 1]);
        }
        return p;
    }
    void annotations()
    {
        while (accept(Tok::At)) {
            ident();
            if (accept(Tok::LParen)) {
                str();
                expect(Tok::RParen, ")");
            }
        }
    }
    static std::string qualify(const std::string& ns, const std::string& name)
    {
        return ns.empty() ? name : ns + "::" + name;
    }

    void declaration(const std::string& ns)
    {
        annotations();
        if (atWord("entity")) {
            ++m_i;
            std::vector<std::string> names { ident() };
            while (accept(Tok::Comma))
                names.push_back(ident());
            if (atWord("enum")) {
                ++m_i;
                expect(Tok::LBracket, "[");
                while (cur().kind == Tok::String) {
                    str();
                    if (!accept(Tok::Comma))
                        break;
                }
                expect(Tok::RBracket, "]");
            } else {
                if (atWord("in"))
                    ++m_i, typeList();
                RawType attrs;
                attrs.kind = RawType::Kind::Record;
                attrs.ns = ns;
                accept(Tok::Assign);
                if (cur().kind == Tok::LBrace)
                    attrs = type(ns);
                std::optional<RawType> tags;
                if (atWord("tags")) {
                    ++m_i;
                    tags = type(ns);
                }
                for (const std::string& n : names) {
                    m_entityAttrs[qualify(ns, n)] = attrs;
                    if (tags)
                        m_entityTags[qualify(ns, n)] = *tags;
                }
            }
            expect(Tok::Semi, ";");
        } else if (atWord("action")) {
            ++m_i;
            std::vector<std::string> names { name() };
            while (accept(Tok::Comma))
                names.push_back(name());
            std::vector<EntityUid> parents;
            if (atWord("in")) {
                ++m_i;
                if (accept(Tok::LBracket)) {
                    while (cur().kind != Tok::RBracket && cur().kind != Tok::End) {
                        parents.push_back(actionRef(ns));
                        if (!accept(Tok::Comma))
                            break;
                    }
                    expect(Tok::RBracket, "]");
                } else {
                    parents.push_back(actionRef(ns));
                }
            }
            RawType context;
            context.kind = RawType::Kind::Record;
            if (atWord("appliesTo")) {
                ++m_i;
                expect(Tok::LBrace, "{");
                while (cur().kind != Tok::RBrace && cur().kind != Tok::End) {
                    const std::string key = ident();
                    expect(Tok::Colon, ":");
                    if (key == "context")
                        context = type(ns);
                    else
                        typeList();
                    if (!accept(Tok::Comma))
                        break;
                }
                expect(Tok::RBrace, "}");
            }
            if (atWord("attributes")) {
                ++m_i;
                type(ns);
            }
            for (const std::string& n : names) {
                const EntityUid uid(qualify(ns, "Action"), n);
                m_contexts[uid] = context;
                m_actions.emplace_back(uid, parents);
            }
            expect(Tok::Semi, ";");
        } else if (atWord("type")) {
            ++m_i;
            const std::string n = ident();
            expect(Tok::Assign, "=");
            m_common[qualify(ns, n)] = type(ns);
            expect(Tok::Semi, ";");
        } else {
            fail(QCoreApplication::translate("traceo::cedar", "`entity`, `action`, `type` or `namespace`"));
        }
    }

    EntityUid actionRef(const std::string& ns)
    {
        if (cur().kind == Tok::String)
            return { qualify(ns, "Action"), str() };
        std::string p = path();
        if (accept(Tok::ColonColon))
            return { p, str() };
        return { qualify(ns, "Action"), p };
    }

    void typeList()
    {
        if (accept(Tok::LBracket)) {
            while (cur().kind != Tok::RBracket && cur().kind != Tok::End) {
                path();
                if (!accept(Tok::Comma))
                    break;
            }
            expect(Tok::RBracket, "]");
        } else {
            path();
        }
    }

    RawType type(const std::string& ns)
    {
        RawType t;
        t.ns = ns;
        if (accept(Tok::LBrace)) {
            t.kind = RawType::Kind::Record;
            while (true) {
                annotations();
                if (cur().kind == Tok::RBrace)
                    break;
                std::string n = name();
                accept(Tok::Question);
                expect(Tok::Colon, ":");
                t.attributes.push_back({ std::move(n), type(ns) });
                if (!accept(Tok::Comma))
                    break;
            }
            annotations();
            expect(Tok::RBrace, "}");
            return t;
        }
        const std::string p = path();
        if (p == "Set" && accept(Tok::Lt)) {
            t.kind = RawType::Kind::Set;
            t.element = std::make_shared<RawType>(type(ns));
            expect(Tok::Gt, ">");
            return t;
        }
        t.name = p;
        return t;
    }

    SchemaType resolve(const RawType& raw, int depth) const
    {
        SchemaType out;
        if (depth > 64)
            return out;
        if (raw.kind == RawType::Kind::Set) {
            out.kind = SchemaType::Kind::Set;
            out.element = std::make_shared<SchemaType>(resolve(*raw.element, depth + 1));
            return out;
        }
        if (raw.kind == RawType::Kind::Record) {
            out.kind = SchemaType::Kind::Record;
            for (const auto& [n, t] : raw.attributes)
                out.attributes[n] = resolve(t, depth + 1);
            return out;
        }
        // Names: common type, then entity type (in the namespace, then global), then built-ins.
        for (const std::string& candidate : { qualify(raw.ns, raw.name), raw.name }) {
            if (auto it = m_common.find(candidate); it != m_common.end())
                return resolve(it->second, depth + 1);
            if (m_entityAttrs.count(candidate)) {
                out.kind = SchemaType::Kind::Entity;
                out.entityType = candidate;
                return out;
            }
        }
        std::string_view n = raw.name;
        if (n.starts_with("__cedar::"))
            n.remove_prefix(9);
        if (n == "Bool" || n == "Boolean")
            out.kind = SchemaType::Kind::Bool;
        else if (n == "Long")
            out.kind = SchemaType::Kind::Long;
        else if (n == "String")
            out.kind = SchemaType::Kind::String;
        else if (auto ext = extKindFromName(n)) {
            out.kind = SchemaType::Kind::Ext;
            out.ext = *ext;
        } else {
            // An entity type declared elsewhere (or an action group): read JSON {type, id} as an entity.
            out.kind = SchemaType::Kind::Entity;
            out.entityType = raw.name;
        }
        return out;
    }

    std::string_view m_src;
    std::vector<Token> m_toks;
    size_t m_i = 0;
    QString m_source;
    std::unordered_map<std::string, RawType> m_common;
    std::unordered_map<std::string, RawType> m_entityAttrs;
    std::unordered_map<std::string, RawType> m_entityTags;
    std::unordered_map<EntityUid, RawType, EntityUidHash> m_contexts;
    std::vector<std::pair<EntityUid, std::vector<EntityUid>>> m_actions;
};

Schema Schema::parse(std::string_view text, const QString& sourceName)
{
    return SchemaParser(text, sourceName).run();
}

const SchemaType* Schema::entityAttributes(const std::string& type) const
{
    auto it = m_attrs.find(type);
    return it == m_attrs.end() ? nullptr : &it->second;
}

const SchemaType* Schema::entityTags(const std::string& type) const
{
    auto it = m_tags.find(type);
    return it == m_tags.end() ? nullptr : &it->second;
}

const SchemaType* Schema::actionContext(const EntityUid& action) const
{
    auto it = m_context.find(action);
    return it == m_context.end() ? nullptr : &it->second;
}

} // namespace traceo::cedar
