#pragma once

#include "policy/policyaudit.h"
#include "policy/policyreport.h"
#include "policy/policyrepository.h"

#include <QString>
#include <memory>

namespace traceo {

class Database;

/// What a write to the policy store left: the version it created, or why it failed.
struct PolicyWriteResult
{
    QString policySet;
    int version = 0;
    QString error; ///< empty on success
};

/// The versions of one policy set, oldest first.
struct PolicyHistory
{
    QString policySet;
    QList<PolicyVersion> versions;
    QString error;
};

/// The newest audit records, newest first, with the size of the whole log.
struct PolicyAuditPage
{
    QList<AuditRecord> records;
    qint64 total = 0;
    QString error;
};

struct PolicyReportResult
{
    PolicyReport report;
    QString error;
};

/// The Policy pane's reads and writes of the policy store and its audit log. Each runs on a worker
/// thread and never throws: failures come back as the result's error.
namespace policyoperations {

/// Saves `content` as the next version of `policySet`.
PolicyWriteResult saveVersion(const std::shared_ptr<Database>& db, const QString& policySet, const QString& content,
    const QString& author, const QString& message);

/// Saves version `version`'s text again as the newest version (the store keeps every version).
PolicyWriteResult rollback(
    const std::shared_ptr<Database>& db, const QString& policySet, int version, const QString& author);

PolicyHistory history(const std::shared_ptr<Database>& db, const QString& policySet);

/// The newest `limit` audit records, newest first.
PolicyAuditPage auditRecords(const std::shared_ptr<Database>& db, qint64 limit);
/// Walks the audit log's hash chain; a failure to read is reported as a failed verification.
AuditVerification verifyAudit(const std::shared_ptr<Database>& db);
/// Appends one decision, made against `policyText` (stored as set `policySet`, or empty for unsaved
/// text), to the audit log; returns a sentence for the user (the record's number, or the error).
QString recordDecision(
    const std::shared_ptr<Database>& db, AuditEntry entry, const QString& policySet, const QString& policyText);

/// The report of the latest version of `policySet` over the audit log.
PolicyReportResult report(const std::shared_ptr<Database>& db, const QString& policySet);

/// The name versions are saved under: the operating-system user.
QString currentAuthor();

} // namespace policyoperations

} // namespace traceo
