#pragma once

#include "value.h"

#include <optional>
#include <string>
#include <string_view>

namespace traceo::cedar {

/// Constructors of Cedar's extension types. On failure they return nothing and set `error` to a
/// message for the policy author.
std::optional<ExtValue> parseDecimal(std::string_view s, std::string& error);
std::optional<ExtValue> parseIp(std::string_view s, std::string& error);
std::optional<ExtValue> parseDatetime(std::string_view s, std::string& error);
std::optional<ExtValue> parseDuration(std::string_view s, std::string& error);
/// The constructor named `fn` ("decimal", "ip", "datetime", "duration"), or nothing with `error` set.
std::optional<ExtValue> constructExt(std::string_view fn, std::string_view arg, std::string& error);
/// The extension type named by a schema or constructor ("decimal", "ipaddr"/"ip", "datetime", "duration").
std::optional<ExtKind> extKindFromName(std::string_view name);

std::string extTypeName(ExtKind kind);
std::string extToString(const ExtValue& v);

bool ipIsLoopback(const IpAddr& ip);
bool ipIsMulticast(const IpAddr& ip);
bool ipIsInRange(const IpAddr& child, const IpAddr& parent);

} // namespace traceo::cedar
