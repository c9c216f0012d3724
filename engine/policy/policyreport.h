#pragma once

#include "cedar/ast.h"
#include "policyaudit.h"
#include "policyrepository.h"

namespace traceo {

/// How one policy of a stored version fared in the audit history, and what its text shows.
struct PolicyReportRow
{
    QString id; ///< the authorizer's id: policy0, policy1, … in text order
    QString name; ///< the @id annotation, or the id
    bool permit = true;
    int line = 0; ///< where the policy starts in the version's text
    qint64 determining = 0; ///< decisions it was a reason of
    qint64 erroring = 0; ///< decisions in which its evaluation raised an error
    QStringList shadowedBy; ///< names of unconditional forbids that cover this permit's whole scope
    QStringList duplicateOf; ///< names of earlier policies with the same normalized text
    /// Never a reason nor an error. (A permit overruled by a forbid matched without being
    /// recorded as a reason: the log keeps only determining and erroring policies.)
    bool neverMatched() const { return determining == 0 && erroring == 0; }
};

/// The report over one stored version of a policy set.
struct PolicyReport
{
    QString policySet;
    int version = 0;
    QString contentHash;
    qint64 decisions = 0; ///< audit records decided against exactly this text (same content hash)
    qint64 allowed = 0;
    QList<PolicyReportRow> policies;
};

/// Counts, for each policy of `version`, how often it was determining or erroring among the
/// records of `history` whose policy hash is the version's content hash (other records were decided
/// against other text, where policy0 may be another policy), and finds shadowed permits and duplicates.
PolicyReport buildPolicyReport(const PolicyVersion& version, const QList<AuditRecord>& history);

/// The report of a stored set version (0: the latest) over the database's audit log. Throws traceo::Error.
PolicyReport policyReport(const std::shared_ptr<Database>& db, const QString& policySet, int version = 0);

/// Whether `forbid` certainly denies every request that `permit`'s scope admits. Conservative and
/// syntactic: the forbid has no conditions (or only `when { true }`), and each of its scope
/// constraints is equal to or broader than the permit's on its face — `principal` covers all,
/// `in G` covers `== G`, `in G` and `is T in G`, `is T` covers `is T`, `is T in G` and `== T::"x"`,
/// `action in [A, B]` covers `== A` and `in [A]`. Entity hierarchies are data, not text: a forbid on
/// `in Group::"all"` is not taken to cover a permit on `in Group::"eng"`. Templates are never compared.
bool forbidShadows(const cedar::Policy& forbid, const cedar::Policy& permit);

} // namespace traceo
