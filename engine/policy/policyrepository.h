#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QList>

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

/// Owns the policy tables (schema version 4): policy sets and their saved versions.
class PolicyRepository
{
public:
    explicit PolicyRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    static std::vector<Migration> migrations();

    /// Saves `content` as the next version of `policySet` (created if new); returns that version.
    PolicyVersion saveVersion(const QString& policySet, const QString& content, const QString& author,
        const QString& message);
    QList<PolicyVersion> versions(const QString& policySet) const;
    QStringList policySets() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
