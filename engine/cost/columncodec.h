#pragma once

#include "costtable.h"

#include <QByteArray>

namespace traceo::cost {

/// A column as stored: zstd-compressed bytes of its dictionary and codes, numbers or hours.
struct EncodedColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    qint64 rawSize = 0;
    QByteArray data;
};

/// Encodes the columns of `table` (on up to `threads` threads).
std::vector<EncodedColumn> encodeColumns(const CostTable& table, int threads = 2);
/// Decodes one stored column of `rows` values; throws traceo::Error naming `where` when it is damaged.
CostColumn decodeColumn(const EncodedColumn& encoded, std::size_t rows, const QString& where);

} // namespace traceo::cost
