#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace traceo::cost {

/// One field of a CSV record as a byte range of the input. Quoted fields exclude the outer quotes;
/// `escaped` says the range still holds doubled quotes ("") to undo.
struct CsvField
{
    const char* data = nullptr;
    std::uint32_t size = 0;
    bool quoted = false;
    bool escaped = false;

    std::string_view view() const { return { data, size }; }
    /// The field's text: the range itself, or the unescaped copy written to `scratch`.
    std::string_view text(std::string& scratch) const { return escaped ? unescape(scratch) : view(); }

private:
    std::string_view unescape(std::string& scratch) const;
};

/// A quote-aware RFC 4180 record scanner over a byte range (no copies; \n or \r\n line ends).
class CsvScanner
{
public:
    enum class Status
    {
        Record,
        End,
        Malformed
    };

    CsvScanner(const char* begin, const char* end)
        : m_pos(begin)
        , m_end(end)
    { }
    /// Reads the next non-blank record into `fields`. On Malformed, `badField` is the index of the
    /// field in error and the scanner has moved past the line.
    Status next(std::vector<CsvField>& fields, std::size_t* badField = nullptr);
    /// The 1-based physical line (relative to `begin`) where the last record started.
    std::int64_t recordLine() const { return m_recordLine; }
    /// Lines consumed so far.
    std::int64_t lines() const { return m_line - 1; }
    const char* position() const { return m_pos; }

private:
    void skipLine();

    const char* m_pos;
    const char* m_end;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 1;
};

/// The start of the first record at or after `from`, with the quote state known from `begin`:
/// a split point for parsing [begin, end) on several threads.
const char* nextRecordStart(const char* begin, const char* from, const char* end);

} // namespace traceo::cost
