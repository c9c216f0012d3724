#pragma once

#include "costtable.h"
#include "focusreader.h"
#include "opencostreader.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace traceo::cost {

/// One stored billing period of one billing account: the unit an import replaces.
struct CostImport
{
    qint64 id = 0;
    QString source; ///< the file it came from
    QString provider;
    QString billingAccount;
    QString currency;
    QDateTime periodStart;
    QDateTime periodEnd;
    qint64 rowCount = 0;
    double billedTotal = 0;
    QDateTime importedAt;
};

/// What importing one file did.
struct ImportReport
{
    QString source;
    qint64 rows = 0;
    qint64 skippedRows = 0;
    QStringList examples; ///< the first bad rows, when they were skipped
    int periods = 0; ///< billing periods (per billing account) stored or replaced
};

/// Owns the cost tables. Line items are stored per (billing account, billing period) as one
/// zstd-compressed blob per column, so reopening loads columns without re-parsing any CSV.
class CostStore
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::CostStore)
public:
    explicit CostStore(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Reads the files and stores them in one transaction: all of them, or (on any error or a cancel)
    /// none. Re-importing a billing period of an account replaces it. `options.progress` sees the bytes
    /// of all the files read, then the billing periods stored. Throws traceo::Error (ImportCanceled
    /// when canceled).
    std::vector<ImportReport> importFiles(const QStringList& paths, const FocusReadOptions& options = {});
    /// The same for saved OpenCost /allocation and /cloudCost responses (see OpenCostReader).
    std::vector<ImportReport> importOpenCostFiles(const QStringList& paths, const OpenCostReadOptions& options = {});
    /// Stores parsed line items of several sources (file names or URLs) in one transaction: all of
    /// them, or (on any error or a cancel) none. Throws traceo::Error.
    std::vector<ImportReport> storeAll(
        const std::vector<std::pair<QString, FocusReadResult>>& reads, const ImportProgress* progress = nullptr);
    /// Stores parsed line items (their own transaction, or a savepoint inside the caller's);
    /// returns the number of billing periods written. A stored period of the same billing account
    /// that overlaps a new one is replaced by it. `progress` is checked once per period.
    int store(const FocusReadResult& read, const QString& source, const ImportProgress* progress = nullptr);
    QList<CostImport> imports() const;
    /// Every stored line item as one table: the core columns plus `extraColumns` (loaded only
    /// when asked for; names that no import has are ignored).
    std::shared_ptr<const CostTable> load(const QStringList& extraColumns = {}) const;
    /// The names of all stored columns.
    QStringList columnNames() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo::cost
