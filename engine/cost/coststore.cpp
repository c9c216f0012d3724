#include "coststore.h"

#include "columncodec.h"
#include "core/error.h"
#include "store/sqlquery.h"

#include <QFileInfo>
#include <QHash>
#include <cmath>
#include <map>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace traceo::cost {

namespace {

// The most frequent non-null value of a text column over `rows`.
QString mostCommon(const CostColumn* c, const std::vector<std::uint32_t>& rows)
{
    if (!c)
        return QStringLiteral("");
    std::vector<std::size_t> counts(c->dictionary.size(), 0);
    for (std::uint32_t r : rows)
        ++counts[c->codes[r]];
    counts[0] = 0;
    const auto best = std::max_element(counts.begin(), counts.end());
    return *best ? c->dictionary[std::size_t(best - counts.begin())] : QStringLiteral("");
}

} // namespace

std::vector<Migration> CostStore::migrations()
{
    return {
        { 3, QStringLiteral("cost"), QStringLiteral("cost imports and line items"),
            {
                QStringLiteral("CREATE TABLE cost_import (id ${ID}, source TEXT NOT NULL, provider TEXT NOT NULL, "
                               "billing_account TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
                               "row_count ${BIGINT} NOT NULL, imported_at TEXT NOT NULL, "
                               "UNIQUE (provider, billing_account, period_start))"),
                QStringLiteral("CREATE TABLE cost_line_item (import_id ${BIGINT} NOT NULL REFERENCES cost_import (id) "
                               "ON DELETE CASCADE, day TEXT NOT NULL, service TEXT NOT NULL, region TEXT NOT NULL, "
                               "account TEXT NOT NULL, resource_type TEXT NOT NULL, billed ${REAL} NOT NULL, "
                               "effective ${REAL} NOT NULL, list ${REAL} NOT NULL)"),
                QStringLiteral("CREATE INDEX cost_line_item_import ON cost_line_item (import_id)"),
            },
            {} },
        { 9, QStringLiteral("cost"), QStringLiteral("columnar cost line items (FOCUS), one compressed blob per column"),
            {
                QStringLiteral("DROP TABLE cost_line_item"),
                QStringLiteral("DROP TABLE cost_import"),
                QStringLiteral("CREATE TABLE cost_import (id ${ID}, source TEXT NOT NULL, provider TEXT NOT NULL, "
                               "billing_account TEXT NOT NULL, currency TEXT NOT NULL, period_start TEXT NOT NULL, "
                               "period_end TEXT NOT NULL, row_count ${BIGINT} NOT NULL, billed_total ${REAL} NOT NULL, "
                               "imported_at TEXT NOT NULL, UNIQUE (billing_account, period_start))"),
                QStringLiteral(
                    "CREATE TABLE cost_column (import_id ${BIGINT} NOT NULL REFERENCES cost_import (id) "
                    "ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, kind INTEGER NOT NULL, "
                    "raw_size ${BIGINT} NOT NULL, data ${BLOB} NOT NULL, PRIMARY KEY (import_id, position))"),
                QStringLiteral("CREATE INDEX cost_column_name ON cost_column (name)"),
            },
            {} },
    };
}

std::vector<ImportReport> CostStore::importFiles(const QStringList& paths, const FocusReadOptions& options)
{
    const ImportProgress* progress = options.progress;
    qint64 totalBytes = 0;
    for (const QString& path : paths)
        totalBytes += QFileInfo(path).size();
    std::vector<std::pair<QString, FocusReadResult>> reads;
    qint64 before = 0;
    for (const QString& path : paths) {
        // Each file reports its own bytes: count them on from the files before it.
        ImportProgress ofAll;
        FocusReadOptions fileOptions = options;
        if (progress) {
            ofAll.canceled = progress->canceled;
            ofAll.report = [progress, before, totalBytes](auto stage, qint64 done, qint64) {
                progress->reportProgress(stage, before + done, totalBytes);
            };
            fileOptions.progress = &ofAll;
        }
        reads.emplace_back(path, FocusReader::readFile(path, fileOptions));
        before += QFileInfo(path).size();
    }
    return storeAll(reads, progress);
}

std::vector<ImportReport> CostStore::importOpenCostFiles(const QStringList& paths, const OpenCostReadOptions& options)
{
    std::vector<std::pair<QString, FocusReadResult>> reads;
    for (const QString& path : paths)
        reads.emplace_back(path, OpenCostReader::readFile(path, options));
    return storeAll(reads);
}

std::vector<ImportReport> CostStore::storeAll(
    const std::vector<std::pair<QString, FocusReadResult>>& reads, const ImportProgress* progress)
{
    std::vector<ImportReport> reports;
    QStringList sources;
    Transaction tx(m_db->connection());
    for (const auto& [source, r] : reads) {
        const int periods = store(r, source, progress);
        reports.push_back({ source, qint64(r.table.rowCount()), r.skippedRows, r.examples, periods });
        sources << source;
    }
    if (progress && progress->isCanceled())
        throw ImportCanceled(tr("%1: the import was canceled").arg(sources.join(QStringLiteral(", "))));
    tx.commit();
    return reports;
}

int CostStore::store(const FocusReadResult& read, const QString& source, const ImportProgress* progress)
{
    const CostTable& table = read.table;
    if (table.rowCount() == 0)
        return 0;
    const CostColumn* account = table.column(focus::BillingAccountId);
    const CostColumn* period = table.column(focus::BillingPeriodStart);
    const CostColumn* periodEnd = table.column(focus::BillingPeriodEnd);
    const CostColumn* billed = table.column(focus::BilledCost);
    std::map<std::pair<std::uint32_t, std::int32_t>, std::vector<std::uint32_t>> partitions;
    for (std::uint32_t r = 0; r < table.rowCount(); ++r)
        partitions[{ account->codes[r], period->hours[r] }].push_back(r);

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::map<std::pair<std::uint32_t, std::int32_t>, std::int32_t> ends;
    for (const auto& [key, rows] : partitions) {
        std::int32_t& end = ends[key];
        end = key.second;
        for (std::uint32_t r : rows)
            end = std::max(end, periodEnd->hours[r]);
    }
    // Replace first, insert afterwards: a new period never replaces another one of the same import.
    // ISO times of one format compare as text.
    const QString overlapping = QStringLiteral(
        "SELECT id FROM cost_import WHERE billing_account = ? AND (period_start = ? OR (period_start < ? AND "
        "period_end > ?))");
    for (const auto& [key, end] : ends) {
        const QString accountId = account->dictionary[key.first];
        const QString start = hourToIso(key.second);
        const QString stop = hourToIso(end);
        execSql(db, QStringLiteral("DELETE FROM cost_column WHERE import_id IN (%1)").arg(overlapping),
            { accountId, start, stop, start });
        execSql(db, QStringLiteral("DELETE FROM cost_import WHERE id IN (%1)").arg(overlapping),
            { accountId, start, stop, start });
    }
    qint64 stored = 0;
    for (const auto& [key, rows] : partitions) {
        if (progress) {
            progress->reportProgress(ImportProgress::Stage::Storing, stored++, qint64(partitions.size()));
            if (progress->isCanceled())
                throw ImportCanceled(tr("%1: the import was canceled").arg(source));
        }
        const QString accountId = account->dictionary[key.first];
        const QString start = hourToIso(key.second);
        const std::int32_t end = ends[key];
        double total = 0;
        for (std::uint32_t r : rows)
            total += billed->numbers[r];
        QSqlQuery other = execSql(
            db, QStringLiteral("SELECT currency FROM cost_import WHERE currency <> ? LIMIT 1"), { read.currency });
        if (other.next())
            throw Error(tr("%1: the costs are in %2, the stored costs in %3: a store holds one currency")
                            .arg(source, read.currency, other.value(0).toString()));
        execSql(db,
            QStringLiteral("INSERT INTO cost_import (source, provider, billing_account, currency, period_start, "
                           "period_end, row_count, billed_total, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { source, mostCommon(table.column(focus::ProviderName), rows), accountId, read.currency, start,
                hourToIso(end), qint64(rows.size()), total, now });
        QSqlQuery idq
            = execSql(db, QStringLiteral("SELECT id FROM cost_import WHERE billing_account = ? AND period_start = ?"),
                { accountId, start });
        const qint64 id = idq.next() ? idq.value(0).toLongLong() : 0;
        const std::vector<EncodedColumn> columns = encodeColumns(partitions.size() == 1 ? table : table.select(rows));
        for (std::size_t i = 0; i < columns.size(); ++i)
            execSql(db,
                QStringLiteral("INSERT INTO cost_column (import_id, position, name, kind, raw_size, data) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { id, int(i), columns[i].name, int(columns[i].kind), columns[i].rawSize, columns[i].data });
    }
    if (progress)
        progress->reportProgress(ImportProgress::Stage::Storing, stored, qint64(partitions.size()));
    tx.commit();
    return int(partitions.size());
}

QList<CostImport> CostStore::imports() const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT id, source, provider, billing_account, currency, period_start, period_end, row_count, "
                       "billed_total, imported_at FROM cost_import ORDER BY period_start, provider, billing_account"));
    QList<CostImport> list;
    auto time = [&](int i) { return QDateTime::fromString(q.value(i).toString(), Qt::ISODate); };
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), time(5), time(6), q.value(7).toLongLong(), q.value(8).toDouble(), time(9) });
    return list;
}

QStringList CostStore::columnNames() const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT DISTINCT name FROM cost_column ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

std::shared_ptr<const CostTable> CostStore::load(const QStringList& extraColumns) const
{
    QSqlDatabase db = m_db->connection();
    std::map<qint64, std::size_t> rowCounts;
    QSqlQuery iq = execSql(db, QStringLiteral("SELECT id, row_count FROM cost_import ORDER BY id"));
    while (iq.next())
        rowCounts[iq.value(0).toLongLong()] = std::size_t(iq.value(1).toLongLong());
    struct Pending
    {
        qint64 id;
        std::size_t rows;
        EncodedColumn encoded;
        CostColumn column;
        std::exception_ptr error;
    };
    std::vector<Pending> pending;
    QStringList names = focus::coreColumns();
    for (const QString& extra : extraColumns)
        if (!names.contains(extra))
            names << extra;
    for (const QString& name : names) {
        QSqlQuery q = execSql(db,
            QStringLiteral("SELECT import_id, kind, raw_size, data FROM cost_column WHERE name = ? ORDER BY import_id"),
            { name });
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const auto rows = rowCounts.find(id);
            if (rows == rowCounts.end())
                continue;
            pending.push_back({ id, rows->second,
                { name, ColumnKind(q.value(1).toInt()), q.value(2).toLongLong(), q.value(3).toByteArray() }, {}, {} });
            if (pending.back().encoded.kind > ColumnKind::Hour || pending.back().encoded.rawSize < 0)
                throw Error(tr("%1: cost import %2: the stored column %3 is damaged")
                                .arg(m_db->location().display(), QString::number(id), name));
        }
    }
    // Decompress on two threads; columns are independent.
    const QString where = m_db->location().display();
    auto decode = [&](std::size_t first) {
        for (std::size_t i = first; i < pending.size(); i += 2) {
            Pending& p = pending[i];
            try {
                p.column = decodeColumn(p.encoded, p.rows,
                    QStringLiteral("%1: cost import %2, column %3").arg(where).arg(p.id).arg(p.encoded.name));
            } catch (...) {
                p.error = std::current_exception();
            }
            p.encoded.data = QByteArray();
        }
    };
    std::thread second(decode, 1);
    decode(0);
    second.join();
    std::map<qint64, CostTable> tables;
    for (Pending& p : pending) {
        if (p.error)
            std::rethrow_exception(p.error);
        tables[p.id].addColumn(std::move(p.column));
    }
    pending.clear();
    std::vector<CostTable> parts;
    for (auto& [id, table] : tables)
        parts.push_back(std::move(table));
    tables.clear();
    auto combined = std::make_shared<CostTable>(CostTable::concatenate(std::move(parts)));
#ifdef __GLIBC__
    malloc_trim(0); // hand the decompression buffers back: the table stays resident for long
#endif
    return combined;
}

} // namespace traceo::cost
