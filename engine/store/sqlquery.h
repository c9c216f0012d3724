#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace traceo {

/// Prepares and runs one statement with positional bindings; throws traceo::Error naming the
/// statement and the driver's message when it fails.
QSqlQuery execSql(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings = {});

/// A transaction that rolls back unless commit() is called. Throws traceo::Error if BEGIN or COMMIT fail.
/// Nested on the same connection it becomes a savepoint, so a repository's own transaction can sit
/// inside a caller's larger one (the demo builder, an import).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    void run(const QString& sql);

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_done = false;
};

} // namespace traceo
