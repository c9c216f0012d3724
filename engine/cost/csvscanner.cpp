#include "csvscanner.h"

#include <algorithm>
#include <cstring>

namespace traceo::cost {

std::string_view CsvField::unescape(std::string& scratch) const
{
    scratch.clear();
    for (std::uint32_t i = 0; i < size; ++i) {
        scratch.push_back(data[i]);
        if (data[i] == '"')
            ++i; // the second quote of a doubled pair
    }
    return scratch;
}

void CsvScanner::skipLine()
{
    const char* nl = static_cast<const char*>(std::memchr(m_pos, '\n', std::size_t(m_end - m_pos)));
    m_pos = nl ? nl + 1 : m_end;
    if (nl)
        ++m_line;
}

CsvScanner::Status CsvScanner::next(std::vector<CsvField>& fields, std::size_t* badField)
{
    fields.clear();
    // Blank lines between records are not records.
    while (m_pos < m_end && (*m_pos == '\n' || *m_pos == '\r')) {
        if (*m_pos == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_end)
        return Status::End;
    m_recordLine = m_line;
    const char* p = m_pos;
    while (true) {
        CsvField f;
        if (p < m_end && *p == '"') {
            f.quoted = true;
            const char* start = ++p;
            while (true) {
                const char* q = static_cast<const char*>(std::memchr(p, '"', std::size_t(m_end - p)));
                if (!q) {
                    // An unclosed quote runs to the end of the input: nothing after it can be trusted.
                    m_line += std::count(m_pos, m_end, '\n');
                    m_pos = m_end;
                    if (badField)
                        *badField = fields.size();
                    return Status::Malformed;
                }
                if (q + 1 < m_end && q[1] == '"') {
                    f.escaped = true;
                    p = q + 2;
                    continue;
                }
                if (std::memchr(start, '\n', std::size_t(q - start))) // rare: count only when there is one
                    m_line += std::count(start, q, '\n');
                f.data = start;
                f.size = std::uint32_t(q - start);
                p = q + 1;
                break;
            }
            if (p < m_end && *p != ',' && *p != '\n' && !(*p == '\r' && (p + 1 == m_end || p[1] == '\n'))) {
                m_pos = p;
                skipLine();
                if (badField)
                    *badField = fields.size();
                return Status::Malformed;
            }
        } else {
            const char* start = p;
            while (p < m_end && *p != ',' && *p != '\n')
                ++p;
            const char* stop = p;
            if (stop > start && stop[-1] == '\r' && (p == m_end || *p == '\n'))
                --stop;
            if (std::find(start, stop, '"') != stop) {
                m_pos = p;
                skipLine();
                if (badField)
                    *badField = fields.size();
                return Status::Malformed;
            }
            f.data = start;
            f.size = std::uint32_t(stop - start);
        }
        fields.push_back(f);
        if (p < m_end && *p == ',') {
            ++p;
            continue;
        }
        if (p < m_end && *p == '\r')
            ++p;
        if (p < m_end && *p == '\n') {
            ++p;
            ++m_line;
        }
        m_pos = p;
        return Status::Record;
    }
}

namespace {

// The number of '"' bytes in [p, end), eight bytes at a time (exact zero-byte count of w ^ '""""""""').
std::size_t countQuotes(const char* p, const char* end)
{
    constexpr std::uint64_t quotes = 0x2222222222222222ull;
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    std::size_t n = 0;
    for (; end - p >= 8; p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        const std::uint64_t x = w ^ quotes;
        n += std::size_t(__builtin_popcountll(~(((x & low7) + low7) | x | low7)));
    }
    return n + std::size_t(std::count(p, end, '"'));
}

} // namespace

const char* nextRecordStart(const char* begin, const char* from, const char* end)
{
    // An even number of quotes before `from` means `from` is outside a quoted field.
    bool inQuotes = countQuotes(begin, from) % 2 != 0;
    for (const char* p = from; p < end; ++p) {
        if (*p == '"')
            inQuotes = !inQuotes;
        else if (*p == '\n' && !inQuotes)
            return p + 1;
    }
    return end;
}

} // namespace traceo::cost
