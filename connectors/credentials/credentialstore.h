#pragma once

#include <QHash>
#include <QObject>

namespace traceo {

/// Secrets of the data sources, keyed by source name, in the system keychain (QtKeychain).
///
/// Every call is asynchronous and answers with a signal. When no keychain service answers (no
/// Secret Service or KWallet, e.g. no D-Bus session), secrets are kept in memory for this session
/// only and persistent() turns false. Secrets never go to QSettings or the database, and QtKeychain's
/// insecure fallback stays off.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend
    {
        Unknown,
        Keychain,
        Session
    };

    explicit CredentialStore(const QString& service = QStringLiteral("traceo"), QObject* parent = nullptr);

    /// True while the system keychain is in use (false once it was found missing, and until the
    /// first probe has answered).
    bool persistent() const { return m_backend == Backend::Keychain; }
    Backend backend() const { return m_backend; }
    /// Asks the keychain whether it answers; backendChanged() follows. Started by the constructor.
    void probe();

    void write(const QString& source, const QString& secret);
    void read(const QString& source);
    void remove(const QString& source);

Q_SIGNALS:
    void backendChanged(traceo::CredentialStore::Backend backend);
    /// `error` is empty on success.
    void written(const QString& source, const QString& error);
    /// `secret` is empty and `error` set when there is no secret or the keychain failed.
    void secretRead(const QString& source, const QString& secret, const QString& error);
    void removed(const QString& source, const QString& error);

private:
    void setBackend(Backend backend);
    static bool meansNoKeychain(int error);

    QString m_service;
    Backend m_backend = Backend::Unknown;
    QHash<QString, QString> m_session;
};

} // namespace traceo
