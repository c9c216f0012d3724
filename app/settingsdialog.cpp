#include "settingsdialog.h"

#include "credentials/credentialstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace traceo {

namespace {
struct KindInfo
{
    QString kind;
    QString title;
    QString placeholder;
    QStringList auths;
};
} // namespace

SettingsDialog::SettingsDialog(
    const QList<DataSource>& sources, const QString& teamDatabaseUrl, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_teamUrl(new QLineEdit(teamDatabaseUrl, this))
    , m_keychainWarning(new QLabel(this))
    , m_credentials(credentials)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    const QList<KindInfo> kinds = {
        { QStringLiteral("prometheus"), tr("Prometheus"), QStringLiteral("http://prometheus:9090"),
            { QStringLiteral("none"), QStringLiteral("bearer"), QStringLiteral("basic") } },
        { QStringLiteral("opencost"), tr("OpenCost"), QStringLiteral("http://opencost:9003"),
            { QStringLiteral("none"), QStringLiteral("bearer"), QStringLiteral("basic") } },
        { QStringLiteral("redis"), tr("Redis"), QStringLiteral("redis://redis:6379"),
            { QStringLiteral("none"), QStringLiteral("password") } },
    };
    auto* layout = new QVBoxLayout(this);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
    layout->addWidget(m_keychainWarning);
    m_editors.reserve(kinds.size());
    for (const KindInfo& k : kinds) {
        SourceEditor editor;
        editor.source.kind = k.kind;
        editor.source.name = k.kind;
        for (const DataSource& s : sources) {
            if (s.kind == k.kind) {
                editor.source = s;
                editor.known = true;
                break;
            }
        }
        m_editors.append(editor);
        SourceEditor& e = m_editors.last();
        layout->addWidget(createSourceBox(e, k.title));
        e.url->setPlaceholderText(k.placeholder);
        e.auth->addItems(k.auths);
        e.auth->setCurrentText(e.source.auth);
    }
    auto* team = new QGroupBox(tr("Team database"), this);
    auto* teamForm = new QFormLayout(team);
    m_teamUrl->setPlaceholderText(QStringLiteral("postgresql://user@db.example.com/traceo"));
    m_teamUrl->setToolTip(tr("Leave empty to use the local database file"));
    teamForm->addRow(tr("PostgreSQL URL:"), m_teamUrl);
    layout->addWidget(team);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_credentials, &CredentialStore::backendChanged, this, &SettingsDialog::updateKeychainWarning);
    updateKeychainWarning();
}

QWidget* SettingsDialog::createSourceBox(SourceEditor& editor, const QString& title)
{
    auto* box = new QGroupBox(editor.known ? tr("%1 (%2)").arg(title, editor.source.name) : title, this);
    auto* form = new QFormLayout(box);
    editor.url = new QLineEdit(editor.source.url, box);
    editor.auth = new QComboBox(box);
    editor.secret = new QLineEdit(box);
    editor.secret->setEchoMode(QLineEdit::Password);
    editor.secret->setPlaceholderText(tr("unchanged"));
    editor.secret->setToolTip(tr("Kept in the system keychain under \"%1\"").arg(editor.source.name));
    form->addRow(tr("URL:"), editor.url);
    form->addRow(tr("Authentication:"), editor.auth);
    form->addRow(tr("Secret:"), editor.secret);
    return box;
}

void SettingsDialog::updateKeychainWarning()
{
    switch (m_credentials->backend()) {
    case CredentialStore::Backend::Keychain:
        m_keychainWarning->hide();
        break;
    case CredentialStore::Backend::Unknown:
        m_keychainWarning->setText(tr("Checking the system keychain…"));
        m_keychainWarning->show();
        break;
    case CredentialStore::Backend::Session:
        m_keychainWarning->setText(tr("No system keychain: secrets are kept only until you quit."));
        m_keychainWarning->show();
        break;
    }
}

QList<DataSource> SettingsDialog::sources() const
{
    QList<DataSource> result;
    for (const SourceEditor& e : m_editors) {
        if (e.url->text().trimmed().isEmpty())
            continue;
        DataSource s = e.source;
        s.url = e.url->text().trimmed();
        s.auth = e.auth->currentText();
        result.append(s);
    }
    return result;
}

QStringList SettingsDialog::removedSources() const
{
    QStringList result;
    for (const SourceEditor& e : m_editors) {
        if (e.known && e.url->text().trimmed().isEmpty())
            result.append(e.source.name);
    }
    return result;
}

QString SettingsDialog::teamDatabaseUrl() const
{
    return m_teamUrl->text().trimmed();
}

bool SettingsDialog::showsKeychainWarning() const
{
    return !m_keychainWarning->isHidden();
}

QString SettingsDialog::keychainWarning() const
{
    return m_keychainWarning->text();
}

QLineEdit* SettingsDialog::urlEdit(const QString& kind) const
{
    for (const SourceEditor& e : m_editors) {
        if (e.source.kind == kind)
            return e.url;
    }
    return nullptr;
}

QLineEdit* SettingsDialog::secretEdit(const QString& kind) const
{
    for (const SourceEditor& e : m_editors) {
        if (e.source.kind == kind)
            return e.secret;
    }
    return nullptr;
}

void SettingsDialog::accept()
{
    for (const SourceEditor& e : m_editors) {
        if (!e.secret->text().isEmpty())
            m_credentials->write(e.source.name, e.secret->text());
        else if (e.auth->currentText() == u"none" || e.url->text().trimmed().isEmpty())
            m_credentials->remove(e.source.name);
    }
    QDialog::accept();
}

} // namespace traceo
