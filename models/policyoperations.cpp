#include "policyoperations.h"

#include "core/error.h"
#include "policy/policyrepository.h"
#include "policy/policytext.h"

#include <QCoreApplication>
#include <algorithm>

namespace traceo::policyoperations {

namespace {

/// Runs a store call, turning its exceptions into the result's error.
template <typename Result, typename Call> Result guarded(Result result, Call call)
{
    try {
        call(result);
    } catch (const Error& e) {
        result.error = e.message();
    } catch (const std::exception& e) {
        result.error = QString::fromLocal8Bit(e.what());
    }
    return result;
}

} // namespace

PolicyWriteResult saveVersion(const std::shared_ptr<Database>& db, const QString& policySet, const QString& content,
    const QString& author, const QString& message)
{
    return guarded(PolicyWriteResult { policySet, 0, {} }, [&](PolicyWriteResult& r) {
        r.version = PolicyRepository(db).saveVersion(policySet, content, author, message).version;
    });
}

PolicyWriteResult rollback(
    const std::shared_ptr<Database>& db, const QString& policySet, int version, const QString& author)
{
    return guarded(PolicyWriteResult { policySet, 0, {} },
        [&](PolicyWriteResult& r) { r.version = PolicyRepository(db).rollback(policySet, version, author).version; });
}

PolicyHistory history(const std::shared_ptr<Database>& db, const QString& policySet)
{
    return guarded(PolicyHistory { policySet, {}, {} },
        [&](PolicyHistory& h) { h.versions = PolicyRepository(db).versions(policySet); });
}

PolicyAuditPage auditRecords(const std::shared_ptr<Database>& db, qint64 limit)
{
    return guarded(PolicyAuditPage {}, [&](PolicyAuditPage& page) {
        const AuditLog log(db);
        AuditQuery query;
        query.limit = limit;
        page.records = log.records(query);
        std::reverse(page.records.begin(), page.records.end());
        page.total = log.count();
    });
}

AuditVerification verifyAudit(const std::shared_ptr<Database>& db)
{
    try {
        return AuditLog(db).verify();
    } catch (const Error& e) {
        AuditVerification failed;
        failed.ok = false;
        failed.problem = e.message();
        return failed;
    }
}

QString recordDecision(
    const std::shared_ptr<Database>& db, AuditEntry entry, const QString& policySet, const QString& policyText)
{
    entry.policySet = policySet;
    // The same hash the store keeps as PolicyVersion::contentHash, so the report finds these decisions.
    entry.policyHash = policyContentHash(policyText);
    try {
        return QCoreApplication::translate("traceo::policyoperations", "Recorded as audit record #%1.")
            .arg(AuditLog(db).append(entry).seq);
    } catch (const Error& e) {
        return QCoreApplication::translate("traceo::policyoperations", "Not recorded: %1").arg(e.message());
    }
}

PolicyReportResult report(const std::shared_ptr<Database>& db, const QString& policySet)
{
    return guarded(PolicyReportResult {}, [&](PolicyReportResult& r) { r.report = policyReport(db, policySet); });
}

QString currentAuthor()
{
    for (const char* name : { "USER", "USERNAME", "LOGNAME" })
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return QCoreApplication::translate("traceo::policyoperations", "unknown");
}

} // namespace traceo::policyoperations
