#pragma once

// Digit parsing shared by the extension types' parsers (extensions.cpp, extensionsip.cpp).

#include <cstdint>
#include <limits>
#include <string_view>

namespace traceo::cedar {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits only, no sign; false on overflow or if empty.
inline bool parseU64(std::string_view s, uint64_t& out)
{
    if (s.empty())
        return false;
    uint64_t v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return false;
        const uint64_t d = uint64_t(c - '0');
        if (v > (std::numeric_limits<uint64_t>::max() - d) / 10)
            return false;
        v = v * 10 + d;
    }
    out = v;
    return true;
}

} // namespace traceo::cedar
