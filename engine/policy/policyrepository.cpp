#include "policyrepository.h"

#include "core/error.h"
#include "policyaudit.h"
#include "policytext.h"
#include "store/sqlquery.h"

#include <QCoreApplication>

namespace traceo {

namespace {

const QString kSelectVersions
    = QStringLiteral("SELECT v.id, v.version, v.author, v.message, v.content, v.content_hash, v.created_at "
                     "FROM policy_version v JOIN policy_set s ON s.id = v.set_id WHERE s.name = ? ");

PolicyVersion readVersion(const QSqlQuery& q, const QString& policySet)
{
    return { q.value(0).toLongLong(), policySet, q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs) };
}

} // namespace

std::vector<Migration> PolicyRepository::migrations()
{
    std::vector<Migration> list { { 4, QStringLiteral("policy"), QStringLiteral("policy sets and versions"),
        {
            QStringLiteral("CREATE TABLE policy_set (id ${ID}, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE policy_version (id ${ID}, set_id ${BIGINT} NOT NULL REFERENCES policy_set (id), "
                "version INTEGER NOT NULL, author TEXT NOT NULL, message TEXT NOT NULL, content TEXT NOT NULL, "
                "content_hash TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (set_id, version))"),
        },
        {} } };
    for (Migration& m : AuditLog::migrations())
        list.push_back(std::move(m));
    return list;
}

PolicyVersion PolicyRepository::saveVersion(const QString& policySet, const QString& content, const QString& author,
    const QString& message, const QString& sourceName)
{
    const QByteArray utf8 = content.toUtf8();
    parsePolicyText(
        std::string_view(utf8.constData(), size_t(utf8.size())), sourceName.isEmpty() ? policySet : sourceName);
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
    // A null QString binds as NULL: store empty text instead.
    v.author = author.isNull() ? QStringLiteral("") : author;
    v.message = message.isNull() ? QStringLiteral("") : message;
    v.content = content;
    v.contentHash = policyContentHash(content);
    v.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    execSql(db,
        QStringLiteral(
            "INSERT INTO policy_version (set_id, version, author, message, content, content_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { setId, v.version, v.author, v.message, content, v.contentHash, now });
    QSqlQuery idq = execSql(
        db, QStringLiteral("SELECT id FROM policy_version WHERE set_id = ? AND version = ?"), { setId, v.version });
    idq.next();
    v.id = idq.value(0).toLongLong();
    tx.commit();
    return v;
}

PolicyVersion PolicyRepository::rollback(const QString& policySet, int version, const QString& author)
{
    if (version <= 0)
        throw Error(QCoreApplication::translate("traceo::policy", "Policy set “%1”: no version %2 to roll back to")
                        .arg(policySet)
                        .arg(version));
    const PolicyVersion old = requireVersion(policySet, version);
    return saveVersion(policySet, old.content, author,
        QCoreApplication::translate("traceo::policy", "Rollback to version %1").arg(version));
}

QList<PolicyVersion> PolicyRepository::versions(const QString& policySet) const
{
    QSqlQuery q = execSql(m_db->connection(), kSelectVersions + QStringLiteral("ORDER BY v.version"), { policySet });
    QList<PolicyVersion> list;
    while (q.next())
        list.append(readVersion(q, policySet));
    return list;
}

std::optional<PolicyVersion> PolicyRepository::version(const QString& policySet, int version) const
{
    QSqlQuery q = version > 0
        ? execSql(m_db->connection(), kSelectVersions + QStringLiteral("AND v.version = ?"), { policySet, version })
        : execSql(
            m_db->connection(), kSelectVersions + QStringLiteral("ORDER BY v.version DESC LIMIT 1"), { policySet });
    if (!q.next())
        return std::nullopt;
    return readVersion(q, policySet);
}

PolicyVersion PolicyRepository::requireVersion(const QString& policySet, int version) const
{
    if (std::optional<PolicyVersion> v = this->version(policySet, version))
        return *v;
    if (version > 0 && !policySets().contains(policySet))
        version = 0;
    throw Error(version > 0 ? QCoreApplication::translate("traceo::policy", "Policy set “%1” has no version %2")
                                  .arg(policySet)
                                  .arg(version)
                            : QCoreApplication::translate("traceo::policy", "No policy set named “%1”").arg(policySet));
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
