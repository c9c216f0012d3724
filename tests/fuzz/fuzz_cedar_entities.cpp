// Fuzz target: Cedar's entities JSON (the JSON reader, entity loading with and without a schema,
// and the JSON form of values).
//
// Checks: nothing crashes, throws or hangs; a JSON error names a line and column inside the text;
// dump() of parsed JSON parses back to the same dump; loading fails only with a message; a value
// read from JSON (without extension values, which are written as text) reads back from
// valueToJson() equal.

#include "fuzzcheck.h"
#include "policy/cedar/entities.h"

using namespace traceo::cedar;
using traceo::fuzz::check;

namespace {

const char* const kSchema = R"(
entity Group;
entity User in [Group] = {
    name: String, age: Long, mfa: Bool, home: ipaddr, limit: decimal, since: datetime, ttl: duration,
    manager?: User, roles: Set<String>, nets: Set<ipaddr>, address: { city: String, zip?: Long },
} tags String;
entity Photo in [Group] = { owner: User, private: Bool } tags Set<decimal>;
action view, edit appliesTo { principal: [User], resource: [Photo], context: { ip: ipaddr } };
action read in [view];
)";

bool hasExt(const Value& v)
{
    if (v.isExt())
        return true;
    if (v.isSet())
        for (const Value& item : v.set())
            if (hasExt(item))
                return true;
    if (v.isRecord())
        for (const auto& [key, item] : v.record())
            if (hasExt(item))
                return true;
    return false;
}

void checkJsonError(std::string_view text, const std::string& error)
{
    std::string_view rest = error;
    check(rest.starts_with("line "), "a JSON error without a position", error);
    rest.remove_prefix(5);
    const int line = traceo::fuzz::takeNumber(rest);
    check(line >= 1 && traceo::fuzz::lineInText(text, line) && rest.starts_with(", column "),
        "a JSON error whose line is not in the text", error);
    rest.remove_prefix(9);
    const int column = traceo::fuzz::takeNumber(rest);
    check(column >= 1 && rest.starts_with(": ") && rest.size() > 2, "a JSON error without column and message", error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Schema schema = Schema::parse(kSchema, QStringLiteral("fuzz.cedarschema"));
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    Json json;
    std::string error;
    if (!Json::parse(text, json, error)) {
        checkJsonError(text, error);
        return 0;
    }
    const std::string dumped = json.dump();
    Json again;
    check(Json::parse(dumped, again, error) && again.dump() == dumped, "dump() does not parse back to itself", dumped);

    for (const Schema* s : { static_cast<const Schema*>(nullptr), &schema }) {
        Entities entities;
        error.clear();
        if (!entities.load(json, s, error))
            check(!error.empty(), "entities failed to load without a message");
    }

    Value value;
    if (jsonToValue(json, nullptr, value, error) && !hasExt(value)) {
        const Json written = valueToJson(value);
        Value reread;
        check(jsonToValue(written, nullptr, reread, error), "valueToJson() does not read back", error);
        check(reread == value, "valueToJson() reads back to another value", written.dump());
    }
    return 0;
}
