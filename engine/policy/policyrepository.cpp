#include "policyrepository.h"

#include "store/sqlquery.h"

#include <QCryptographicHash>

namespace traceo {

std::vector<Migration> PolicyRepository::migrations()
{
    return { { 4, QStringLiteral("policy"), QStringLiteral("policy sets and versions"),
        {
            QStringLiteral("CREATE TABLE policy_set (id ${ID}, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE policy_version (id ${ID}, set_id ${BIGINT} NOT NULL REFERENCES policy_set (id), "
                "version INTEGER NOT NULL, author TEXT NOT NULL, message TEXT NOT NULL, content TEXT NOT NULL, "
                "content_hash TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (set_id, version))"),
        },
        {} } };
}

PolicyVersion PolicyRepository::saveVersion(
    const QString& policySet, const QString& content, const QString& author, const QString& message)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    execSql(db, QStringLiteral("INSERT INTO policy_set (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
        { policySet, now });
    QSqlQuery setq = execSql(db, QStringLiteral("SELECT id FROM policy_set WHERE name = ?"), { policySet });
    setq.next();
    const qint64 setId = setq.value(0).toLongLong();
    QSqlQuery vq = execSql(
        db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_version WHERE set_id = ?"), { setId });
    vq.next();
    PolicyVersion v;
    v.policySet = policySet;
    v.version = vq.value(0).toInt() + 1;
    v.author = author;
    v.message = message;
    v.content = content;
    v.contentHash = QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
    v.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    execSql(db,
        QStringLiteral(
            "INSERT INTO policy_version (set_id, version, author, message, content, content_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { setId, v.version, author, message, content, v.contentHash, now });
    QSqlQuery idq = execSql(
        db, QStringLiteral("SELECT id FROM policy_version WHERE set_id = ? AND version = ?"), { setId, v.version });
    idq.next();
    v.id = idq.value(0).toLongLong();
    tx.commit();
    return v;
}

QList<PolicyVersion> PolicyRepository::versions(const QString& policySet) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral(
            "SELECT v.id, v.version, v.author, v.message, v.content, v.content_hash, v.created_at "
            "FROM policy_version v JOIN policy_set s ON s.id = v.set_id WHERE s.name = ? ORDER BY v.version"),
        { policySet });
    QList<PolicyVersion> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), policySet, q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs) });
    return list;
}

QStringList PolicyRepository::policySets() const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT name FROM policy_set ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace traceo
