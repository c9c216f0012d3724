#include "sqlquery.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace traceo {

QSqlQuery execSql(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(db);
    // PostgreSQL cannot PREPARE DDL (CREATE, ALTER, DROP …): statements without bindings run directly.
    if (bindings.size() == 0) {
        if (!query.exec(sql))
            throw Error(QCoreApplication::translate("traceo::Database", "Database %1: \"%2\" failed: %3")
                            .arg(db.databaseName(), sql.simplified(), query.lastError().text()));
        return query;
    }
    if (!query.prepare(sql))
        throw Error(QCoreApplication::translate("traceo::Database", "Database %1: cannot prepare \"%2\": %3")
                        .arg(db.databaseName(), sql.simplified(), query.lastError().text()));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        throw Error(QCoreApplication::translate("traceo::Database", "Database %1: \"%2\" failed: %3")
                        .arg(db.databaseName(), sql.simplified(), query.lastError().text()));
    return query;
}

namespace {
// Open transactions per connection of this thread: connections belong to one thread.
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(t_depth.value(m_db.connectionName()))
{
    if (m_depth == 0) {
        if (!m_db.transaction())
            throw Error(QCoreApplication::translate("traceo::Database", "Database %1: cannot begin a transaction: %2")
                            .arg(m_db.databaseName(), m_db.lastError().text()));
    } else {
        run(QStringLiteral("SAVEPOINT traceo_sp%1").arg(m_depth));
    }
    t_depth[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    t_depth[m_db.connectionName()] = m_depth;
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT traceo_sp%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT traceo_sp%1").arg(m_depth));
    }
}

void Transaction::run(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw Error(QCoreApplication::translate("traceo::Database", "Database %1: \"%2\" failed: %3")
                        .arg(m_db.databaseName(), sql, q.lastError().text()));
}

void Transaction::commit()
{
    m_done = true;
    t_depth[m_db.connectionName()] = m_depth;
    if (m_depth > 0) {
        run(QStringLiteral("RELEASE SAVEPOINT traceo_sp%1").arg(m_depth));
        return;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        throw Error(QCoreApplication::translate("traceo::Database", "Database %1: commit failed: %2")
                        .arg(m_db.databaseName(), why));
    }
}

} // namespace traceo
