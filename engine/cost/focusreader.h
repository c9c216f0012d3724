#pragma once

#include "costtable.h"
#include "importprogress.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace traceo::cost {

struct FocusReadOptions
{
    /// false: the first bad row fails the read (traceo::Error naming file, line and column);
    /// true: bad rows are left out, counted and the first few reported.
    bool skipBadRows = false;
    int maxExamples = 5;
    int threads = 2;
    /// Progress by bytes and cancellation (checked once per MiB); may be null.
    const ImportProgress* progress = nullptr;
};

struct FocusReadResult
{
    CostTable table;
    QString currency;
    qint64 skippedRows = 0;
    QStringList examples; ///< "file:line: column NAME: problem", the first maxExamples bad rows
};

/// Reads FOCUS 1.0–1.2 cost exports (CSV, plain or gzip) into columns. Known columns are typed
/// (costs and quantities as numbers, periods as hours); unknown and x_ columns are kept as text.
class FocusReader
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::FocusReader)
public:
    /// Parses a CSV held in memory; `name` names it in messages. Throws traceo::Error. This is
    /// also the fuzzing entry point.
    static FocusReadResult parse(QByteArrayView data, const QString& name, const FocusReadOptions& options = {});
    /// Memory-maps the file (inflating it first when it is gzip) and parses it. Throws traceo::Error.
    static FocusReadResult readFile(const QString& path, const FocusReadOptions& options = {});
};

} // namespace traceo::cost
