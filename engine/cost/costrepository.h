#pragma once

#include "store/database.h"

#include <QDate>
#include <QList>

namespace traceo {

/// One imported cost file (or OpenCost pull): which billing period of which account it covers.
struct CostImport
{
    qint64 id = 0;
    QString source; ///< file name or URL
    QString provider;
    QString billingAccount;
    QDate periodStart;
    QDate periodEnd;
    qint64 rowCount = 0;
};

/// A cost line item, reduced to the dimensions every breakdown needs.
struct CostLineItem
{
    QDate day;
    QString service;
    QString region;
    QString account;
    QString resourceType;
    double billed = 0;
    double effective = 0;
    double list = 0;
};

/// Owns the cost tables (schema version 3).
class CostRepository
{
public:
    explicit CostRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    static std::vector<Migration> migrations();

    /// Stores an import and its line items in one transaction, replacing an earlier import of the
    /// same provider, account and billing period.
    qint64 replaceImport(const CostImport& import, const QList<CostLineItem>& items);
    QList<CostImport> imports() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
