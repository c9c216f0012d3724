#include "credentials/credentialstore.h"
#include "settingsdialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using traceo::CredentialStore;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    // Each run uses its own keychain service so a real keychain is left as it was.
    static QString service() { return QStringLiteral("traceo-test-%1").arg(QCoreApplication::applicationPid()); }

    static QString readBack(CredentialStore& store, const QString& source, QString* error = nullptr)
    {
        QSignalSpy spy(&store, &CredentialStore::secretRead);
        store.read(source);
        if (!QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 15000))
            return QStringLiteral("<no answer>");
        if (error)
            *error = spy.at(0).at(2).toString();
        return spy.at(0).at(1).toString();
    }

private Q_SLOTS:
    void secretsRoundTrip()
    {
        CredentialStore store(service());
        QTRY_VERIFY_WITH_TIMEOUT(store.backend() != CredentialStore::Backend::Unknown, 15000);
        const bool keychain = store.backend() == CredentialStore::Backend::Keychain;
        qInfo() << (keychain ? "A system keychain answered: testing the persistent path"
                             : "No system keychain: testing the in-session fallback");
        QCOMPARE(store.persistent(), keychain);

        QSignalSpy written(&store, &CredentialStore::written);
        store.write(QStringLiteral("local-redis"), QStringLiteral("s3cret"));
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 15000);
        QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("local-redis"));
        QCOMPARE(written.at(0).at(1).toString(), QString());
        QCOMPARE(store.persistent(), keychain);
        QCOMPARE(readBack(store, QStringLiteral("local-redis")), QStringLiteral("s3cret"));

        if (keychain) {
            // Persistent: a second store (as after a restart) reads the same secret.
            CredentialStore again(service());
            QTRY_VERIFY_WITH_TIMEOUT(again.backend() != CredentialStore::Backend::Unknown, 15000);
            QCOMPARE(readBack(again, QStringLiteral("local-redis")), QStringLiteral("s3cret"));
        } else {
            // Session only: a second store (as after a restart) has nothing.
            CredentialStore again(service());
            QTRY_VERIFY_WITH_TIMEOUT(again.backend() != CredentialStore::Backend::Unknown, 15000);
            QString error;
            QCOMPARE(readBack(again, QStringLiteral("local-redis"), &error), QString());
            QVERIFY(!error.isEmpty());
        }

        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(QStringLiteral("local-redis"));
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 15000);
        QCOMPARE(removed.at(0).at(1).toString(), QString());
        QString error;
        QCOMPARE(readBack(store, QStringLiteral("local-redis"), &error), QString());
        QVERIFY(!error.isEmpty());
    }

    void settingsDialogWarnsWithoutKeychain()
    {
        CredentialStore store(service());
        QTRY_VERIFY_WITH_TIMEOUT(store.backend() != CredentialStore::Backend::Unknown, 15000);
        traceo::SettingsDialog dialog({ { 1, QStringLiteral("redis"), QStringLiteral("local-redis"),
                                          QStringLiteral("redis://127.0.0.1:6379"), QStringLiteral("password") } },
            QString(), &store);
        if (store.persistent()) {
            QVERIFY(!dialog.showsKeychainWarning());
        } else {
            QVERIFY(dialog.showsKeychainWarning());
            QCOMPARE(
                dialog.keychainWarning(), QStringLiteral("No system keychain: secrets are kept only until you quit."));
        }
        QCOMPARE(dialog.urlEdit(QStringLiteral("redis"))->text(), QStringLiteral("redis://127.0.0.1:6379"));
        QCOMPARE(dialog.secretEdit(QStringLiteral("redis"))->echoMode(), QLineEdit::Password);

        // OK hands the secret to the store, never to the returned sources.
        dialog.secretEdit(QStringLiteral("redis"))->setText(QStringLiteral("hunter2"));
        dialog.urlEdit(QStringLiteral("prometheus"))->setText(QStringLiteral("http://prom:9090"));
        QSignalSpy written(&store, &CredentialStore::written);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 15000);
        QCOMPARE(readBack(store, QStringLiteral("local-redis")), QStringLiteral("hunter2"));
        const QList<traceo::DataSource> sources = dialog.sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).name, QStringLiteral("prometheus"));
        QCOMPARE(sources.at(1).name, QStringLiteral("local-redis"));
        QCOMPARE(sources.at(1).auth, QStringLiteral("password"));

        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(QStringLiteral("local-redis"));
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 15000);
    }
};

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
