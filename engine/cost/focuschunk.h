#pragma once

#include "byteinterner.h"
#include "costtable.h"

#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace traceo::cost {

/// How the reader stores each column of the header (internal to FocusReader).
struct ColumnPlan
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    int slot = 0; ///< index among the columns of the same kind
    bool mandatory = false;
    bool tags = false;
    bool currency = false;
};

struct ChunkPlan
{
    std::vector<ColumnPlan> columns;
    int textColumns = 0;
    int numberColumns = 0;
    int hourColumns = 0;
    std::string currency; ///< the file's currency (of its first row that has one)
    QString fileName;
    bool skipBadRows = false;
    int maxExamples = 5;
    /// Called with the bytes parsed since the last call, about once per MiB, from the parsing threads;
    /// returning false stops the chunk (the import was canceled). May be empty.
    std::function<bool(qint64 bytes)> advance;
};

struct RowError
{
    qint64 line = 0; ///< relative to the chunk's first line
    QString message; ///< "column NAME: what is wrong"
};

/// The columns parsed from one slice of the input, with per-slice dictionaries.
struct ChunkResult
{
    std::vector<ByteInterner> dictionaries;
    std::vector<std::vector<std::uint32_t>> codes;
    std::vector<std::vector<double>> numbers;
    std::vector<std::vector<std::int32_t>> hours;
    qint64 rows = 0;
    qint64 lines = 0;
    qint64 badRows = 0;
    std::vector<RowError> errors; ///< the first maxExamples bad rows (in stop mode: the first one)
    bool canceled = false; ///< `advance` returned false: the chunk is incomplete
};

/// Parses the records of [begin, end) (a slice that starts at a record boundary).
void parseChunk(const char* begin, const char* end, const ChunkPlan& plan, ChunkResult& out);

/// "YYYY-MM-DDTHH:mm:ssZ", "YYYY-MM-DD HH:MM:SS" (optionally with fractional seconds or a ±HH:MM
/// offset) or "YYYY-MM-DD", as whole hours since the epoch (UTC, rounded down).
bool parseHour(std::string_view text, std::int32_t* hour);

} // namespace traceo::cost
