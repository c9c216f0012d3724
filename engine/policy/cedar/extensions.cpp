#include "extensions.h"

#include "extensionsparse.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace traceo::cedar {

namespace {

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

bool digitsAt(std::string_view s, size_t pos, size_t n, unsigned& out)
{
    if (pos + n > s.size())
        return false;
    unsigned v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + unsigned(s[i] - '0');
    }
    out = v;
    return true;
}

} // namespace

std::optional<ExtValue> parseDecimal(std::string_view s, std::string& error)
{
    const size_t dot = s.find('.');
    const bool negative = !s.empty() && s[0] == '-';
    const std::string_view whole
        = dot == std::string_view::npos ? s : s.substr(negative ? 1 : 0, dot - (negative ? 1 : 0));
    const std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    uint64_t l = 0;
    uint64_t r = 0;
    auto allDigits = [](std::string_view p) {
        if (p.empty())
            return false;
        for (char c : p)
            if (!isDigit(c))
                return false;
        return true;
    };
    if (dot == std::string_view::npos || !allDigits(whole) || !allDigits(frac)) {
        error = "`" + std::string(s) + "` is not a well-formed decimal value";
        return std::nullopt;
    }
    if (frac.size() > 4) {
        error = "too many digits after the decimal in `" + std::string(s) + "` (at most 4 are supported)";
        return std::nullopt;
    }
    parseU64(frac, r);
    for (size_t i = frac.size(); i < 4; ++i)
        r *= 10;
    const bool ok = parseU64(whole, l);
    __extension__ const __int128 total = (__int128(l) * 10000 + r) * (negative ? -1 : 1);
    if (!ok || total > std::numeric_limits<int64_t>::max() || total < std::numeric_limits<int64_t>::min()) {
        error = "overflow when converting `" + std::string(s) + "` to decimal";
        return std::nullopt;
    }
    ExtValue v;
    v.kind = ExtKind::Decimal;
    v.n = int64_t(total);
    return v;
}

std::optional<ExtValue> parseDatetime(std::string_view s, std::string& error)
{
    error = "invalid datetime `" + std::string(s)
        + "`: expected YYYY-MM-DD, optionally followed by Thh:mm:ss with .SSS and Z or (+|-)hhmm";
    unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0, oh = 0, om = 0;
    if (!digitsAt(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digitsAt(s, 5, 2, mo) || s[7] != '-'
        || !digitsAt(s, 8, 2, d))
        return std::nullopt;
    static const unsigned kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int64_t offsetSeconds = 0;
    if (s.size() > 10) {
        if (s.size() < 19 || s[10] != 'T' || !digitsAt(s, 11, 2, h) || s[13] != ':' || !digitsAt(s, 14, 2, mi)
            || s[16] != ':' || !digitsAt(s, 17, 2, sec))
            return std::nullopt;
        size_t i = 19;
        if (i < s.size() && s[i] == '.') {
            if (!digitsAt(s, i + 1, 3, ms))
                return std::nullopt;
            i += 4;
        }
        if (i < s.size() && s[i] == 'Z' && i + 1 == s.size()) {
        } else if (i < s.size() && (s[i] == '+' || s[i] == '-') && i + 5 == s.size() && digitsAt(s, i + 1, 2, oh)
            && digitsAt(s, i + 3, 2, om)) {
            if (oh >= 24 || om >= 60)
                return std::nullopt;
            offsetSeconds = int64_t(oh * 3600 + om * 60) * (s[i] == '+' ? 1 : -1);
        } else {
            return std::nullopt;
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + ((mo == 2 && leap) ? 1 : 0))
        return std::nullopt;
    if (h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    error.clear();
    ExtValue v;
    v.kind = ExtKind::Datetime;
    v.n = ((daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds) * 1000) + ms;
    return v;
}

std::optional<ExtValue> parseDuration(std::string_view s, std::string& error)
{
    error = "invalid duration `" + std::string(s) + "`: expected quantity-unit pairs such as 1d2h3m4s5ms";
    const bool negative = !s.empty() && s[0] == '-';
    size_t i = negative ? 1 : 0;
    if (i >= s.size())
        return std::nullopt;
    static const char* const kUnits[] = { "d", "h", "m", "s", "ms" };
    static const int64_t kScale[] = { 86400000, 3600000, 60000, 1000, 1 };
    uint64_t amounts[5] = {};
    bool present[5] = {};
    int next = 0;
    bool overflow = false;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j == i || j == s.size())
            return std::nullopt;
        int unit = -1;
        if (s.substr(j, 2) == "ms")
            unit = 4;
        else
            for (int u = 0; u < 4; ++u)
                if (s[j] == kUnits[u][0])
                    unit = u;
        if (unit < next)
            return std::nullopt;
        if (!parseU64(s.substr(i, j - i), amounts[unit]))
            overflow = true;
        present[unit] = true;
        next = unit + 1;
        i = j + (unit == 4 ? 2 : 1);
    }
    error = "duration `" + std::string(s) + "` overflows a 64-bit count of milliseconds";
    if (overflow)
        return std::nullopt;
    int64_t total = 0;
    for (int u = 4; u >= 0; --u) {
        if (!present[u])
            continue;
        if (amounts[u] > uint64_t(std::numeric_limits<int64_t>::max())
            && !(u == 4 && negative && amounts[u] == uint64_t(1) << 63))
            return std::nullopt;
        int64_t part = 0;
        if (u == 4 && negative && amounts[u] == uint64_t(1) << 63) {
            part = std::numeric_limits<int64_t>::min();
        } else {
            if (__builtin_mul_overflow(int64_t(amounts[u]), kScale[u], &part))
                return std::nullopt;
            if (negative)
                part = -part;
        }
        if (__builtin_add_overflow(total, part, &total))
            return std::nullopt;
    }
    error.clear();
    ExtValue v;
    v.kind = ExtKind::Duration;
    v.n = total;
    return v;
}

std::optional<ExtValue> constructExt(std::string_view fn, std::string_view arg, std::string& error)
{
    if (fn == "decimal")
        return parseDecimal(arg, error);
    if (fn == "ip")
        return parseIp(arg, error);
    if (fn == "datetime")
        return parseDatetime(arg, error);
    if (fn == "duration")
        return parseDuration(arg, error);
    error = "unknown extension function `" + std::string(fn) + "`";
    return std::nullopt;
}

std::optional<ExtKind> extKindFromName(std::string_view name)
{
    if (name.starts_with("__cedar::"))
        name.remove_prefix(9);
    if (name == "decimal")
        return ExtKind::Decimal;
    if (name == "ipaddr" || name == "ip")
        return ExtKind::Ip;
    if (name == "datetime")
        return ExtKind::Datetime;
    if (name == "duration")
        return ExtKind::Duration;
    return std::nullopt;
}

std::string extTypeName(ExtKind kind)
{
    switch (kind) {
    case ExtKind::Decimal:
        return "decimal";
    case ExtKind::Datetime:
        return "datetime";
    case ExtKind::Duration:
        return "duration";
    case ExtKind::Ip:
        return "ipaddr";
    }
    return {};
}

std::string extToString(const ExtValue& v)
{
    switch (v.kind) {
    case ExtKind::Decimal: {
        const uint64_t a = v.n < 0 ? uint64_t(0) - uint64_t(v.n) : uint64_t(v.n);
        std::string frac = std::to_string(a % 10000);
        frac.insert(0, 4 - frac.size(), '0');
        return "decimal(\"" + std::string(v.n < 0 ? "-" : "") + std::to_string(a / 10000) + "." + frac + "\")";
    }
    case ExtKind::Datetime:
        return "datetime(\"1970-01-01\").offset(duration(\"" + std::to_string(v.n) + "ms\"))";
    case ExtKind::Duration:
        return "duration(\"" + std::to_string(v.n) + "ms\")";
    case ExtKind::Ip: {
        std::string s;
        if (!v.ip.v6) {
            for (int i = 3; i >= 0; --i)
                s += std::to_string(unsigned(v.ip.bits >> (i * 8)) & 0xff) + (i ? "." : "");
        } else {
            static const char* hex = "0123456789abcdef";
            for (int g = 7; g >= 0; --g) {
                const unsigned x = unsigned(v.ip.bits >> (g * 16)) & 0xffff;
                std::string part;
                for (int k = 12; k >= 0; k -= 4)
                    if ((x >> k) || k == 0 || !part.empty())
                        part += hex[(x >> k) & 0xf];
                s += part + (g ? ":" : "");
            }
        }
        return "ip(\"" + s + "/" + std::to_string(v.ip.prefix) + "\")";
    }
    }
    return {};
}

} // namespace traceo::cedar
