#pragma once

#include "store/settingsrepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace traceo {

class CredentialStore;

/// Edits the remote data sources (Prometheus, OpenCost, Redis: URL, authentication, secret) and the
/// team PostgreSQL URL. Secrets go to the CredentialStore on OK; everything else is handed back to the
/// caller, which saves it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QList<DataSource>& sources, const QString& teamDatabaseUrl, CredentialStore* credentials,
        QWidget* parent = nullptr);

    /// The sources with a URL, to be saved.
    QList<DataSource> sources() const;
    /// Names of known sources whose URL was cleared, to be removed.
    QStringList removedSources() const;
    QString teamDatabaseUrl() const;

    bool showsKeychainWarning() const;
    QString keychainWarning() const;
    QLineEdit* urlEdit(const QString& kind) const;
    QLineEdit* secretEdit(const QString& kind) const;

    void accept() override;

private:
    struct SourceEditor
    {
        DataSource source;
        bool known = false;
        QLineEdit* url = nullptr;
        QComboBox* auth = nullptr;
        QLineEdit* secret = nullptr;
    };
    QWidget* createSourceBox(SourceEditor& editor, const QString& title);
    void updateKeychainWarning();

    QList<SourceEditor> m_editors;
    QLineEdit* m_teamUrl;
    QLabel* m_keychainWarning;
    CredentialStore* m_credentials;
};

} // namespace traceo
