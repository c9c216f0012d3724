#include "policyaudit.h"

#include "cedar/authorizer.h"
#include "core/error.h"
#include "policytext.h"
#include "store/sqlquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace traceo {

namespace {

// The stored text columns in the order the hash covers them (after seq).
const QString kFields = QStringLiteral(
    "time, policy_set, principal, action, resource, context, decision, determining, erroring, policy_hash");
constexpr int kFieldCount = 10;

QString idList(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList parseIdList(const QString& text)
{
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        ids << v.toString();
    return ids;
}

QStringList storedFields(const AuditEntry& e, const QDateTime& time)
{
    QStringList fields { time.toUTC().toString(Qt::ISODateWithMs), e.policySet, e.principal, e.action, e.resource,
        e.context, e.allow ? QStringLiteral("allow") : QStringLiteral("deny"), idList(e.determining),
        idList(e.erroring), e.policyHash };
    for (QString& f : fields)
        if (f.isNull())
            f = QStringLiteral(""); // a null QString would bind as NULL
    return fields;
}

QStringList readFields(const QSqlQuery& q, int first)
{
    QStringList fields;
    for (int i = 0; i < kFieldCount; ++i)
        fields << q.value(first + i).toString();
    return fields;
}

AuditRecord toRecord(qint64 seq, const QStringList& f, const QString& prevHash, const QString& hash)
{
    AuditRecord r;
    r.seq = seq;
    r.time = QDateTime::fromString(f[0], Qt::ISODateWithMs);
    r.policySet = f[1];
    r.principal = f[2];
    r.action = f[3];
    r.resource = f[4];
    r.context = f[5];
    r.allow = f[6] == u"allow";
    r.determining = parseIdList(f[7]);
    r.erroring = parseIdList(f[8]);
    r.policyHash = f[9];
    r.prevHash = prevHash;
    r.hash = hash;
    return r;
}

// Refuse UPDATE and DELETE of audit rows in the database itself, not only in this class.
void createAppendOnlyTriggers(QSqlDatabase& db, SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite) {
        for (const char* op : { "UPDATE", "DELETE" })
            execSql(db,
                QStringLiteral("CREATE TRIGGER policy_audit_no_%1 BEFORE %2 ON policy_audit BEGIN "
                               "SELECT RAISE(ABORT, 'policy_audit is append-only'); END")
                    .arg(QString::fromLatin1(op).toLower(), QLatin1String(op)));
        return;
    }
    execSql(db,
        QStringLiteral("CREATE FUNCTION policy_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "'BEGIN RAISE EXCEPTION ''policy_audit is append-only''; END'"));
    execSql(db,
        QStringLiteral("CREATE TRIGGER policy_audit_no_change BEFORE UPDATE OR DELETE ON policy_audit "
                       "FOR EACH ROW EXECUTE FUNCTION policy_audit_append_only()"));
    execSql(db,
        QStringLiteral("CREATE TRIGGER policy_audit_no_truncate BEFORE TRUNCATE ON policy_audit "
                       "FOR EACH STATEMENT EXECUTE FUNCTION policy_audit_append_only()"));
}

} // namespace

std::vector<Migration> AuditLog::migrations()
{
    return { { 8, QStringLiteral("policy"), QStringLiteral("tamper-evident audit log of policy decisions"),
        {
            QStringLiteral("CREATE TABLE policy_audit (seq ${BIGINT} PRIMARY KEY, time TEXT NOT NULL, "
                           "policy_set TEXT NOT NULL, principal TEXT NOT NULL, action TEXT NOT NULL, "
                           "resource TEXT NOT NULL, context TEXT NOT NULL, "
                           "decision TEXT NOT NULL CHECK (decision IN ('allow', 'deny')), "
                           "determining TEXT NOT NULL, erroring TEXT NOT NULL, policy_hash TEXT NOT NULL, "
                           "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX policy_audit_by_policy ON policy_audit (policy_hash)"),
        },
        createAppendOnlyTriggers } };
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::recordHash(const QString& prevHash, qint64 seq, const QStringList& fields)
{
    QJsonArray canonical { QString::number(seq) };
    for (const QString& f : fields)
        canonical.append(f);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(sha.result().toHex());
}

AuditRecord AuditLog::append(const AuditEntry& entry)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QSqlQuery last = execSql(db, QStringLiteral("SELECT seq, hash FROM policy_audit ORDER BY seq DESC LIMIT 1"));
    const qint64 seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    const QString prevHash = seq > 1 ? last.value(1).toString() : genesisHash();
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    const QStringList fields = storedFields(entry, time);
    const QString hash = recordHash(prevHash, seq, fields);
    execSql(db,
        QStringLiteral("INSERT INTO policy_audit (seq, %1, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)")
            .arg(kFields),
        { seq, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], fields[8],
            fields[9], prevHash, hash });
    tx.commit();
    return toRecord(seq, fields, prevHash, hash);
}

QList<AuditRecord> AuditLog::records(const AuditQuery& query) const
{
    QString sql = QStringLiteral("SELECT seq, %1, prev_hash, hash FROM policy_audit WHERE (? = '' OR policy_set = ?) "
                                 "AND (? = '' OR policy_hash = ?) ORDER BY seq DESC")
                      .arg(kFields);
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    const QString set = query.policySet.isNull() ? QStringLiteral("") : query.policySet;
    const QString hash = query.policyHash.isNull() ? QStringLiteral("") : query.policyHash;
    QSqlQuery q = execSql(m_db->connection(), sql, { set, set, hash, hash });
    QList<AuditRecord> list;
    while (q.next())
        list.append(toRecord(q.value(0).toLongLong(), readFields(q, 1), q.value(1 + kFieldCount).toString(),
            q.value(2 + kFieldCount).toString()));
    std::reverse(list.begin(), list.end());
    return list;
}

qint64 AuditLog::count() const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM policy_audit"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

AuditVerification AuditLog::verify(const QString& anchorHash) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT seq, %1, prev_hash, hash FROM policy_audit ORDER BY seq").arg(kFields);
    if (!q.exec(sql))
        execSql(m_db->connection(), sql); // throws with the driver's message
    AuditVerification v;
    v.headHash = genesisHash();
    const auto bad = [&](qint64 seq, const QString& problem) {
        v.ok = false;
        v.badSeq = seq;
        v.problem = problem;
        return v;
    };
    qint64 expected = 1;
    bool anchorSeen = false;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString prevHash = q.value(1 + kFieldCount).toString();
        const QString hash = q.value(2 + kFieldCount).toString();
        if (seq > expected)
            return bad(expected,
                expected == 1 ? QCoreApplication::translate(
                    "traceo::AuditLog", "record 1 is missing: the log starts at record %1")
                                    .arg(seq)
                              : QCoreApplication::translate(
                                  "traceo::AuditLog", "record %1 is missing: the log goes from record %2 to record %3")
                                    .arg(expected)
                                    .arg(expected - 1)
                                    .arg(seq));
        if (seq < expected)
            return bad(seq,
                QCoreApplication::translate(
                    "traceo::AuditLog", "record %1 is out of place: sequence numbers start at 1")
                    .arg(seq));
        if (prevHash != v.headHash)
            return bad(seq,
                seq == 1 ? QCoreApplication::translate(
                    "traceo::AuditLog", "record 1 does not start the chain: its previous hash is not the genesis hash")
                         : QCoreApplication::translate("traceo::AuditLog",
                             "record %1 does not follow record %2: its previous hash %3… is not the hash %4… of "
                             "record %2 (records were inserted, removed, reordered or changed)")
                               .arg(seq)
                               .arg(seq - 1)
                               .arg(prevHash.left(12), v.headHash.left(12)));
        if (recordHash(prevHash, seq, readFields(q, 1)) != hash)
            return bad(seq,
                QCoreApplication::translate(
                    "traceo::AuditLog", "record %1 was changed or forged: its contents do not match its hash")
                    .arg(seq));
        v.headHash = hash;
        v.records = seq;
        anchorSeen = anchorSeen || hash == anchorHash;
        ++expected;
    }
    if (!anchorHash.isEmpty() && !anchorSeen && anchorHash != genesisHash())
        return bad(expected,
            QCoreApplication::translate("traceo::AuditLog",
                "no record has the anchored hash %1…: the log was cut short or rewritten (it ends at record %2)")
                .arg(anchorHash.left(12))
                .arg(expected - 1));
    return v;
}

AuditEntry auditEntry(
    const cedar::Request& request, const cedar::Response& response, const QString& policySet, const QString& policyHash)
{
    AuditEntry e;
    e.policySet = policySet;
    e.principal = entityUidText(request.principal);
    e.action = entityUidText(request.action);
    e.resource = entityUidText(request.resource);
    e.context = QString::fromStdString(cedar::valueToJson(request.context).dump());
    e.allow = response.allow;
    for (const std::string& id : response.reason)
        e.determining << QString::fromStdString(id);
    for (const cedar::PolicyError& err : response.errors)
        e.erroring << QString::fromStdString(err.policyId);
    e.policyHash = policyHash;
    return e;
}

} // namespace traceo
