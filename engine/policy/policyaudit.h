#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace traceo {

namespace cedar {
struct Request;
struct Response;
} // namespace cedar

/// One authorization decision as the audit log keeps it.
struct AuditEntry
{
    QDateTime time; ///< UTC; when invalid, append() uses the current time
    QString policySet; ///< the stored set decided against, or empty (e.g. unsaved text in the test bench)
    QString principal; ///< Cedar uid text: Traceo::User::"alice"
    QString action;
    QString resource;
    QString context = QStringLiteral("{}"); ///< the request context as JSON
    bool allow = false;
    QStringList determining; ///< ids of the determining policies (policy0, …)
    QStringList erroring; ///< ids of the policies whose evaluation raised an error
    QString policyHash; ///< SHA-256 (hex) of the policy text decided against: PolicyVersion::contentHash
};

/// A stored decision with its place in the hash chain.
struct AuditRecord : AuditEntry
{
    qint64 seq = 0; ///< 1, 2, 3 … without gaps
    QString prevHash; ///< the hash of record seq - 1 (64 zeros for record 1)
    QString hash; ///< SHA-256 (hex) over prevHash and the canonical serialization of this record
};

/// What AuditLog::verify() found.
struct AuditVerification
{
    bool ok = true;
    qint64 records = 0; ///< how many records were checked before the first bad one (all when ok)
    qint64 badSeq = 0; ///< the sequence number of the first bad record (when not ok)
    QString problem; ///< what is wrong with it, in words (when not ok)
    QString headHash; ///< the hash of the last good record: keep it elsewhere to detect a cut-off tail
};

/// Which records to read.
struct AuditQuery
{
    QString policySet; ///< only this set (empty: all)
    QString policyHash; ///< only decisions against this policy text (empty: all)
    qint64 limit = 0; ///< only the newest `limit` records (0: all); records come oldest first
};

/// The tamper-evident, append-only log of authorization decisions (table policy_audit, schema
/// version 8). Each record's hash covers the previous record's hash and the record itself, its
/// sequence number included, so changing, removing, inserting or reordering records breaks the
/// chain at that record. The class offers no update or delete, and database triggers refuse them
/// (SQLite and PostgreSQL). A chain without a secret cannot reveal on its own a log that was cut
/// short at its end, or rewritten from some record on with all hashes recomputed: keep verify()'s
/// headHash elsewhere and pass it back as the anchor for that.
class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Appends one decision in one transaction; returns it with its sequence number and hashes.
    /// Two writers racing for the same sequence number cannot fork the chain: the loser's insert
    /// fails (primary key) and it throws traceo::Error.
    AuditRecord append(const AuditEntry& entry);
    QList<AuditRecord> records(const AuditQuery& query = {}) const;
    qint64 count() const;
    /// Walks the chain from record 1 and stops at the first record that is missing, out of place,
    /// not linked to its predecessor or not matching its own hash. With `anchorHash` (a head hash
    /// noted earlier), the chain must also still contain the record with that hash: this catches a
    /// log cut short at its end or rewritten with recomputed hashes.
    AuditVerification verify(const QString& anchorHash = QString()) const;

    /// The hash of a record: SHA-256 over `prevHash` followed by the compact JSON array
    /// [seq, time, policy set, principal, action, resource, context, decision, determining, erroring,
    /// policy hash] of the texts as stored.
    static QString recordHash(const QString& prevHash, qint64 seq, const QStringList& storedFields);
    static QString genesisHash(); ///< 64 zeros: the prevHash of record 1

private:
    std::shared_ptr<Database> m_db;
};

/// The audit entry of one decision: uids as Cedar text, the context as Cedar JSON (keys sorted).
AuditEntry auditEntry(const cedar::Request& request, const cedar::Response& response, const QString& policySet,
    const QString& policyHash);

} // namespace traceo
