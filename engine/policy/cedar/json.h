#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace traceo::cedar {

/// A small JSON document model that keeps integers exact (QJsonDocument turns them into doubles,
/// and Cedar data carries full 64-bit integers). Object members keep their order.
struct Json
{
    enum class Type : uint8_t
    {
        Null,
        Bool,
        Int,
        Number,
        String,
        Array,
        Object
    };
    struct Member;
    Type type = Type::Null;
    bool b = false;
    int64_t i = 0;
    double d = 0;
    std::string s; ///< String, or the literal text of a Number that is not a 64-bit integer
    std::vector<Json> items;
    std::vector<Member> members;

    bool isObject() const { return type == Type::Object; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    /// The member named `key`, or nullptr.
    const Json* find(std::string_view key) const;

    /// Parses `text`; on failure returns false and sets `error` to "line L, column C: message".
    static bool parse(std::string_view text, Json& out, std::string& error);
    std::string dump() const;
};

/// One member of an object, named like std::pair's halves. (A std::pair of the incomplete Json is
/// undefined and does not compile with clang.)
struct Json::Member
{
    std::string first;
    Json second;
};

} // namespace traceo::cedar
