#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

namespace traceo {

namespace {
// A key nobody writes: reading it tells whether a keychain answers (EntryNotFound) or not.
QString probeKey()
{
    return QStringLiteral("traceo-keychain-probe");
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    probe();
}

bool CredentialStore::meansNoKeychain(int error)
{
    // Without a service QtKeychain reports NoBackendAvailable, or OtherError from a D-Bus failure.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

void CredentialStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged(m_backend);
}

void CredentialStore::probe()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Every Linux keychain (Secret Service, KWallet) answers on the session bus; without one,
    // QtKeychain would only fail after its D-Bus timeouts.
    if (!QDBusConnection::sessionBus().isConnected()) {
        setBackend(Backend::Session);
        return;
    }
#endif
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, probeKey(), this);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* j) {
        const QKeychain::Error error = j->error();
        setBackend(
            error == QKeychain::NoError || error == QKeychain::EntryNotFound ? Backend::Keychain : Backend::Session);
    });
    job->start();
}

void CredentialStore::write(const QString& source, const QString& secret)
{
    if (m_backend == Backend::Session) {
        m_session.insert(source, secret);
        // Answer later, as the keychain would, so callers see one asynchronous contract.
        QMetaObject::invokeMethod(
            this, [this, source] { Q_EMIT written(source, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, source, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, source, secret](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            setBackend(Backend::Keychain);
            m_session.remove(source);
            Q_EMIT written(source, QString());
        } else if (meansNoKeychain(j->error())) {
            setBackend(Backend::Session);
            m_session.insert(source, secret);
            Q_EMIT written(source, QString());
        } else {
            Q_EMIT written(
                source, tr("Cannot store the secret of %1 in the system keychain: %2").arg(source, j->errorString()));
        }
    });
    job->start();
}

void CredentialStore::read(const QString& source)
{
    if (m_backend == Backend::Session) {
        const auto it = m_session.constFind(source);
        const QString secret = it == m_session.cend() ? QString() : *it;
        const QString error = it == m_session.cend() ? tr("No secret stored for %1").arg(source) : QString();
        QMetaObject::invokeMethod(
            this, [this, source, secret, error] { Q_EMIT secretRead(source, secret, error); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, source, this);
    connect(job, &QKeychain::Job::finished, this, [this, source](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::NoError) {
            setBackend(Backend::Keychain);
            Q_EMIT secretRead(source, readJob->textData(), QString());
        } else if (meansNoKeychain(j->error())) {
            setBackend(Backend::Session);
            read(source);
        } else if (j->error() == QKeychain::EntryNotFound) {
            Q_EMIT secretRead(source, QString(), tr("No secret stored for %1").arg(source));
        } else {
            Q_EMIT secretRead(source, QString(),
                tr("Cannot read the secret of %1 from the system keychain: %2").arg(source, j->errorString()));
        }
    });
    job->start();
}

void CredentialStore::remove(const QString& source)
{
    m_session.remove(source);
    if (m_backend == Backend::Session) {
        QMetaObject::invokeMethod(
            this, [this, source] { Q_EMIT removed(source, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, source, this);
    connect(job, &QKeychain::Job::finished, this, [this, source](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound || meansNoKeychain(j->error()))
            Q_EMIT removed(source, QString());
        else
            Q_EMIT removed(source,
                tr("Cannot delete the secret of %1 from the system keychain: %2").arg(source, j->errorString()));
    });
    job->start();
}

} // namespace traceo
