#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace traceo {

struct PolicyVersion
{
    qint64 id = 0;
    QString policySet;
    int version = 0;
    QString author;
    QString message;
    QString content;
    QString contentHash; ///< SHA-256 of the content, hex
    QDateTime createdAt;
};

/// Owns the policy tables: policy sets and their saved versions (schema version 4) and, through
/// AuditLog, the decision audit log (version 8). Versions are never changed or removed: a rollback
/// saves the old text again as a new version.
class PolicyRepository
{
public:
    explicit PolicyRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Saves `content` as the next version of `policySet` (created if new); returns that version.
    /// Text that is not valid Cedar is refused: throws traceo::Error "SOURCE:LINE:COLUMN: message"
    /// (SOURCE is `sourceName`, by default the set's name) and stores nothing.
    PolicyVersion saveVersion(const QString& policySet, const QString& content, const QString& author,
        const QString& message, const QString& sourceName = QString());
    /// Saves the text of version `version` again as a new version, with the message "Rollback to
    /// version N". Throws traceo::Error when the set or the version does not exist.
    PolicyVersion rollback(const QString& policySet, int version, const QString& author);
    QList<PolicyVersion> versions(const QString& policySet) const;
    /// Version `version` of the set, or its latest when `version` is 0; nothing when there is none.
    std::optional<PolicyVersion> version(const QString& policySet, int version = 0) const;
    /// Like version(), but throws traceo::Error naming the set and the version when it does not exist.
    PolicyVersion requireVersion(const QString& policySet, int version = 0) const;
    QStringList policySets() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
