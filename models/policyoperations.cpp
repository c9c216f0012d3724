#include "policyoperations.h"

#include "core/error.h"
#include "policy/policyrepository.h"

#include <QCoreApplication>

namespace traceo::policyoperations {

namespace {

/// Runs a store write, turning its exceptions into the result's error.
template <typename Write> PolicyWriteResult guarded(const QString& policySet, Write write)
{
    PolicyWriteResult result;
    result.policySet = policySet;
    try {
        result.version = write().version;
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
    return guarded(policySet, [&] { return PolicyRepository(db).saveVersion(policySet, content, author, message); });
}

QString currentAuthor()
{
    for (const char* name : { "USER", "USERNAME", "LOGNAME" })
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return QCoreApplication::translate("traceo::policyoperations", "unknown");
}

} // namespace traceo::policyoperations
