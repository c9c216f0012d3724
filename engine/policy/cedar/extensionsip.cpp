// The ip extension type: parsing IPv4/IPv6 addresses and CIDR ranges, and the range predicates.
#include "extensions.h"
#include "extensionsparse.h"

#include <algorithm>
#include <vector>

namespace traceo::cedar {

namespace {

bool parseIpv4(std::string_view s, uint32_t& out)
{
    uint32_t v = 0;
    int parts = 0;
    size_t i = 0;
    while (true) {
        size_t j = i;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        const size_t len = j - i;
        if (len == 0 || len > 3 || (len > 1 && s[i] == '0'))
            return false;
        uint64_t octet = 0;
        parseU64(s.substr(i, len), octet);
        if (octet > 255)
            return false;
        v = (v << 8) | uint32_t(octet);
        ++parts;
        if (j == s.size())
            break;
        if (s[j] != '.' || parts == 4)
            return false;
        i = j + 1;
    }
    if (parts != 4)
        return false;
    out = v;
    return true;
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Colon-separated groups of 1-4 hex digits; an empty string is no group.
bool parseGroups(std::string_view s, std::vector<uint16_t>& groups)
{
    if (s.empty())
        return true;
    size_t i = 0;
    while (true) {
        size_t j = i;
        uint32_t v = 0;
        while (j < s.size() && hexValue(s[j]) >= 0)
            v = v * 16 + uint32_t(hexValue(s[j++]));
        if (j == i || j - i > 4)
            return false;
        groups.push_back(uint16_t(v));
        if (j == s.size())
            return true;
        if (s[j] != ':')
            return false;
        i = j + 1;
    }
}

bool parseIpv6(std::string_view s, Uint128& out)
{
    std::vector<uint16_t> head;
    std::vector<uint16_t> tail;
    const size_t gap = s.find("::");
    if (gap == std::string_view::npos) {
        if (!parseGroups(s, head) || head.size() != 8)
            return false;
    } else if (!parseGroups(s.substr(0, gap), head) || !parseGroups(s.substr(gap + 2), tail)
        || head.size() + tail.size() > 7) {
        return false;
    }
    Uint128 v = 0;
    for (uint16_t g : head)
        v = (v << 16) | g;
    for (size_t k = head.size() + tail.size(); k < 8; ++k)
        v <<= 16;
    for (uint16_t g : tail)
        v = (v << 16) | g;
    out = v;
    return true;
}

bool parseAddr(std::string_view s, IpAddr& ip)
{
    uint32_t v4 = 0;
    if (parseIpv4(s, v4)) {
        ip = { false, 32, v4 };
        return true;
    }
    Uint128 v6 = 0;
    if (parseIpv6(s, v6)) {
        ip = { true, 128, v6 };
        return true;
    }
    return false;
}

} // namespace

std::optional<ExtValue> parseIp(std::string_view s, std::string& error)
{
    auto count = [&](char c) { return std::count(s.begin(), s.end(), c); };
    error = "invalid IP address `" + std::string(s) + "`";
    if (count(':') >= 2 && count('.') >= 2)
        return std::nullopt;
    if (s.size() > 43)
        return std::nullopt;
    IpAddr ip;
    const size_t slash = s.find('/');
    if (!parseAddr(s.substr(0, slash), ip))
        return std::nullopt;
    if (slash != std::string_view::npos) {
        const std::string_view p = s.substr(slash + 1);
        uint64_t prefix = 0;
        if (p.size() > (ip.v6 ? 3u : 2u) || (p.size() > 1 && p[0] == '0') || !parseU64(p, prefix)
            || prefix > (ip.v6 ? 128u : 32u))
            return std::nullopt;
        ip.prefix = uint8_t(prefix);
    }
    error.clear();
    ExtValue v;
    v.kind = ExtKind::Ip;
    v.ip = ip;
    return v;
}
bool ipIsLoopback(const IpAddr& ip)
{
    return ip.v6 ? ip.bits == 1 && ip.prefix >= 128 : ((ip.bits >> 24) & 0xff) == 127 && ip.prefix >= 8;
}

bool ipIsMulticast(const IpAddr& ip)
{
    if (ip.v6)
        return (ip.bits >> 120) == 0xff && ip.prefix >= 8;
    return ((ip.bits >> 28) & 0xf) == 0xe && ip.prefix >= 4;
}

bool ipIsInRange(const IpAddr& child, const IpAddr& parent)
{
    if (child.v6 != parent.v6)
        return false;
    const int width = child.v6 ? 128 : 32;
    const Uint128 all = child.v6 ? ~Uint128(0) : Uint128(0xffffffffu);
    auto netmask = [&](int prefix) { return prefix == 0 ? Uint128(0) : (all << (width - prefix)) & all; };
    auto hostmask = [&](int prefix) { return prefix >= width ? Uint128(0) : all >> prefix; };
    const Uint128 cn = child.bits & netmask(child.prefix);
    const Uint128 pn = parent.bits & netmask(parent.prefix);
    const Uint128 cb = child.bits | hostmask(child.prefix);
    const Uint128 pb = parent.bits | hostmask(parent.prefix);
    return pn <= cn && cb <= pb;
}

} // namespace traceo::cedar
