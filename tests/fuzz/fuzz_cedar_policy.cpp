// Fuzz target: the Cedar policy parser, and the evaluator over whatever parses.
//
// Checks: parsing never crashes, throws or hangs; every diagnostic has a message and a line:column
// inside the text that agrees with its byte offset; every parsed policy's own text parses alone to
// one policy; highlighting spans stay inside the text; parsed policies (and templates linked to
// entities) evaluate without crashing, and the action-indexed PolicySet decides exactly as the
// plain authorize().

#include "fuzzcheck.h"
#include "policy/cedar/authorizer.h"
#include "policy/cedar/parser.h"

#include <algorithm>

using namespace traceo::cedar;
using traceo::fuzz::check;

namespace {

const char* const kEntities = R"([
  {"uid": {"type": "User", "id": "alice"}, "parents": [{"type": "Group", "id": "eng"}],
   "attrs": {"age": 30, "name": "alice", "mfa": true, "roles": ["admin", "dev"],
             "home": {"__extn": {"fn": "ip", "arg": "10.0.0.0/8"}}, "limit": {"__extn": {"fn": "decimal", "arg": "1.5"}},
             "manager": {"__entity": {"type": "User", "id": "bob"}}, "address": {"city": "Oslo", "zip": 150}},
   "tags": {"team": "sre"}},
  {"uid": {"type": "User", "id": "bob"}, "parents": [], "attrs": {"age": 50}},
  {"uid": {"type": "Group", "id": "eng"}, "parents": [{"type": "Group", "id": "all"}], "attrs": {}},
  {"uid": {"type": "Group", "id": "all"}, "parents": [], "attrs": {}},
  {"uid": {"type": "Action", "id": "view"}, "parents": [{"type": "Action", "id": "read"}], "attrs": {}},
  {"uid": {"type": "Photo", "id": "p"}, "parents": [{"type": "Album", "id": "a"}],
   "attrs": {"owner": {"__entity": {"type": "User", "id": "alice"}}, "private": false, "size": 9223372036854775807}}
])";

const char* const kContext = R"({"mfa": true, "ip": {"__extn": {"fn": "ip", "arg": "10.1.2.3"}}, "n": -5,
  "when": {"__extn": {"fn": "datetime", "arg": "2024-10-15T11:35:00Z"}}, "s": ["a", "b"]})";

struct World
{
    Entities entities;
    Value context;
    World()
    {
        Json j;
        std::string error;
        check(Json::parse(kEntities, j, error) && entities.load(j, nullptr, error), "fixed entities", error);
        check(Json::parse(kContext, j, error) && jsonToValue(j, nullptr, context, error), "fixed context", error);
    }
};

/// Line and column of byte `offset` the way the lexer counts them (columns count UTF-8 lead bytes).
SourcePos positionOf(std::string_view text, uint32_t offset)
{
    SourcePos p;
    for (uint32_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
            ++p.column;
        }
    }
    p.offset = offset;
    return p;
}

void checkDiagnostic(std::string_view text, const Diagnostic& d)
{
    check(!d.message.trimmed().isEmpty(), "a diagnostic without a message");
    check(d.pos.offset <= text.size() && d.length <= text.size() - d.pos.offset, "a diagnostic outside the text",
        d.message);
    const SourcePos expected = positionOf(text, d.pos.offset);
    check(d.pos.line == expected.line && d.pos.column == expected.column,
        "a diagnostic whose line:column disagrees with its offset", d.message);
}

void checkSame(const Response& a, const Response& b)
{
    auto ids = [](const std::vector<PolicyError>& errors) {
        std::vector<std::string> out;
        for (const PolicyError& e : errors)
            out.push_back(e.policyId);
        return out;
    };
    check(a.allow == b.allow && a.reason == b.reason && ids(a.errors) == ids(b.errors),
        "PolicySet::authorize decided differently from authorize()");
}

Request requestFor(const Policy& p, const Value& context)
{
    auto pick = [](const Scope& s, EntityUid fallback) {
        if (s.kind == Scope::Kind::InSet && !s.set.empty())
            return s.set.front();
        return (s.kind == Scope::Kind::Eq || s.kind == Scope::Kind::In || s.kind == Scope::Kind::IsIn) && !s.slot
            ? s.uid
            : fallback;
    };
    return { pick(p.principal, EntityUid("User", "alice")), pick(p.action, EntityUid("Action", "view")),
        pick(p.resource, EntityUid("Photo", "p")), context };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const World world;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    ParseResult parsed = parsePolicies(text);
    for (const Diagnostic& d : parsed.diagnostics)
        checkDiagnostic(text, d);
    for (const Policy& p : parsed.policies) {
        check(p.start.offset < p.endOffset && p.endOffset <= size && text[p.endOffset - 1] == ';',
            "a policy's extent is not inside the text");
        const ParseResult alone = parsePolicies(text.substr(p.start.offset, p.endOffset - p.start.offset));
        check(alone.ok() && alone.policies.size() == 1, "a parsed policy's own text does not parse alone",
            alone.ok() ? QString() : alone.diagnostics.front().message);
    }
    for (const HighlightSpan& s : highlight(text))
        check(s.start >= 0 && s.length >= 0 && size_t(s.start + s.length) <= size, "a highlight span outside the text");

    // Evaluate what parsed: templates linked to the fixed entities, each policy against a request
    // built from its own scope, and all of them through both authorizers.
    std::vector<Policy> policies;
    for (Policy& p : parsed.policies) {
        if (policies.size() >= 16)
            break;
        if (p.isTemplate()) {
            const EntityUid alice("User", "alice");
            const EntityUid photo("Photo", "p");
            Policy linked;
            std::string error;
            check(linkTemplate(p, p.id + "-linked", &alice, &photo, linked, error), "linking a template", error);
            p = std::move(linked);
        }
        const Request request = requestFor(p, world.context);
        const Evaluator evaluator(request, world.entities);
        (void)evaluator.satisfied(p);
        const std::vector<Policy> one { p };
        checkSame(PolicySet(one).authorize(request, world.entities), authorize(one, request, world.entities));
        policies.push_back(std::move(p));
    }
    const PolicySet set(policies);
    for (const Policy& p : policies) {
        const Request request = requestFor(p, world.context);
        checkSame(set.authorize(request, world.entities), authorize(policies, request, world.entities));
    }
    return 0;
}
