#include "costrepository.h"

#include "store/sqlquery.h"

#include <QDateTime>

namespace traceo {

std::vector<Migration> CostRepository::migrations()
{
    return { { 3, QStringLiteral("cost"), QStringLiteral("cost imports and line items"),
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
        {} } };
}

qint64 CostRepository::replaceImport(const CostImport& import, const QList<CostLineItem>& items)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    const QString start = import.periodStart.toString(Qt::ISODate);
    execSql(db,
        QStringLiteral("DELETE FROM cost_import WHERE provider = ? AND billing_account = ? AND period_start = ?"),
        { import.provider, import.billingAccount, start });
    execSql(db,
        QStringLiteral(
            "INSERT INTO cost_import (source, provider, billing_account, period_start, period_end, row_count, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { import.source, import.provider, import.billingAccount, start, import.periodEnd.toString(Qt::ISODate),
            qint64(items.size()), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    QSqlQuery idq = execSql(db,
        QStringLiteral("SELECT id FROM cost_import WHERE provider = ? AND billing_account = ? AND period_start = ?"),
        { import.provider, import.billingAccount, start });
    const qint64 id = idq.next() ? idq.value(0).toLongLong() : 0;
    for (const CostLineItem& item : items) {
        execSql(db,
            QStringLiteral(
                "INSERT INTO cost_line_item (import_id, day, service, region, account, resource_type, billed, "
                "effective, list) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, item.day.toString(Qt::ISODate), item.service, item.region, item.account, item.resourceType,
                item.billed, item.effective, item.list });
    }
    tx.commit();
    return id;
}

QList<CostImport> CostRepository::imports() const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral(
            "SELECT id, source, provider, billing_account, period_start, period_end, row_count FROM cost_import "
            "ORDER BY period_start, provider, billing_account"));
    QList<CostImport> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QDate::fromString(q.value(4).toString(), Qt::ISODate),
            QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toLongLong() });
    return list;
}

} // namespace traceo
