#pragma once

#include "store/settingsrepository.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace traceo {

struct DatabaseInfo;

/// The status bar's content: the database (path or URL, schema version) and each remote source's
/// connection state.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget* parent = nullptr);

    void setDatabase(const DatabaseInfo& info);
    /// Lists the sources, each "not checked" until setSourceState() says otherwise.
    void setSources(const QList<DataSource>& sources);
    void setSourceState(const QString& name, const QString& state, const QString& detail = {});

    QString databaseText() const;
    QString sourceText(const QString& name) const;

private:
    QLabel* m_database;
    QHBoxLayout* m_sourceLayout;
    QHash<QString, QLabel*> m_sources;
    QHash<QString, DataSource> m_sourceInfo;
};

} // namespace traceo
