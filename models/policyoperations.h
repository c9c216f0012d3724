#pragma once

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

/// The Policy pane's writes to the policy store. Each runs on a worker thread and never throws.
namespace policyoperations {

/// Saves `content` as the next version of `policySet`.
PolicyWriteResult saveVersion(const std::shared_ptr<Database>& db, const QString& policySet, const QString& content,
    const QString& author, const QString& message);

/// The name versions are saved under: the operating-system user.
QString currentAuthor();

} // namespace policyoperations

} // namespace traceo
