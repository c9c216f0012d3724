#include "database.h"

#include "core/error.h"
#include "sqlquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace traceo {

namespace {

constexpr int kSqliteApplicationId = 0x54524345; // "TRCE"
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString connectionPrefix()
{
    static QAtomicInt counter;
    return QStringLiteral("traceo-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase makeSqliteConnection(const QString& name, const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

// Runs `sql` on a read-only probe connection and returns the first column of every row, or throws.
QStringList probeColumn(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        throw Error(
            QCoreApplication::translate(
                "traceo::Database", "%1 is corrupt or unreadable: %2 (the file was not changed)")
                .arg(path,
                    q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText()));
    }
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

// Validates an existing SQLite file on a read-only connection and returns its schema version.
int inspectSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::Database", "Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(kSqliteMagic))
        throw Error(QCoreApplication::translate(
            "traceo::Database", "%1 is not a Traceo database: it is not an SQLite file (the file was not changed)")
                        .arg(path));

    const QString name = connectionPrefix() + QStringLiteral("-probe");
    int version = 0;
    {
        QSqlDatabase db = makeSqliteConnection(name, path, true);
        if (!db.open())
            throw Error(
                QCoreApplication::translate("traceo::Database", "Cannot open %1: %2").arg(path, db.lastError().text()));
        const QStringList check = probeColumn(db, QStringLiteral("PRAGMA quick_check"), path);
        if (check != QStringList { QStringLiteral("ok") })
            throw Error(QCoreApplication::translate("traceo::Database", "%1 is corrupt: %2 (the file was not changed)")
                            .arg(path, check.mid(0, 3).join(u'\n').split(u'\n').mid(0, 4).join(u"; ")));
        const QStringList tables = probeColumn(
            db, QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='traceo_schema'"), path);
        const QStringList appId = probeColumn(db, QStringLiteral("PRAGMA application_id"), path);
        if (tables.isEmpty() || appId.value(0).toInt() != kSqliteApplicationId)
            throw Error(QCoreApplication::translate(
                "traceo::Database", "%1 is an SQLite database but not a Traceo database (the file was not changed)")
                            .arg(path));
        version = probeColumn(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM traceo_schema"), path)
                      .value(0)
                      .toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void checkNotNewer(int version, const QString& display)
{
    if (version > latestSchemaVersion())
        throw Error(QCoreApplication::translate("traceo::Database",
            "%1 has schema version %2, newer than this program understands (%3): "
            "use a newer Traceo (the database was not changed)")
                        .arg(display)
                        .arg(version)
                        .arg(latestSchemaVersion()));
}

} // namespace

std::shared_ptr<Database> Database::open(const DatabaseLocation& location, Mode mode)
{
    std::shared_ptr<Database> db(new Database(location, mode));
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        const QFileInfo info(location.path);
        const bool fresh = !info.exists() || info.size() == 0;
        if (fresh && mode == Mode::ReadOnly)
            throw Error(QCoreApplication::translate("traceo::Database", "There is no Traceo database at %1")
                            .arg(location.path));
        if (info.exists() && !info.isFile())
            throw Error(QCoreApplication::translate("traceo::Database", "%1 is not a file").arg(location.path));
        if (fresh && !QDir().mkpath(info.absolutePath()))
            throw Error(QCoreApplication::translate("traceo::Database", "Cannot create the folder %1")
                            .arg(info.absolutePath()));
        if (!fresh)
            checkNotNewer(inspectSqliteFile(location.path), location.path);
    }
    QSqlDatabase conn = db->connection(); // opens, and for PostgreSQL checks reachability
    if (location.kind == DatabaseLocation::Kind::Postgres) {
        const QStringList tables = [&] {
            QSqlQuery q = execSql(conn,
                QStringLiteral(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            return names;
        }();
        if (!tables.isEmpty() && !tables.contains(u"traceo_schema"))
            throw Error(QCoreApplication::translate(
                "traceo::Database", "%1 holds tables but is not a Traceo database (nothing was changed)")
                            .arg(location.display()));
        if (tables.contains(u"traceo_schema"))
            checkNotNewer(db->schemaVersion(), location.display());
    }
    if (mode == Mode::ReadWrite)
        db->migrate();
    return db;
}

Database::Database(DatabaseLocation location, Mode mode)
    : m_location(std::move(location))
    , m_mode(mode)
    , m_prefix(connectionPrefix())
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Connections may belong to worker threads: remove them without touching them from here
    // (removeDatabase closes the driver; SQLite and libpq connections may be closed from any thread).
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid() && db.isOpen())
                return db;
            // A thread that ended left its connection behind under a reused address.
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            m_connections.remove(name);
        }
        m_connections.insert(name);
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    const bool readOnly = m_mode == Mode::ReadOnly;
    QSqlDatabase db;
    if (m_location.kind == DatabaseLocation::Kind::Sqlite) {
        db = makeSqliteConnection(name, m_location.path, readOnly);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl& url = m_location.url;
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        throw Error(QCoreApplication::translate("traceo::Database", "Cannot open the database %1: %2")
                        .arg(m_location.display(), db.lastError().text()));
    if (m_location.kind == DatabaseLocation::Kind::Sqlite) {
        execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!readOnly) {
            execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
    } else if (readOnly) {
        execSql(db, QStringLiteral("SET default_transaction_read_only = on"));
    }
    return db;
}

SqlDialect Database::dialect() const
{
    return m_location.kind == DatabaseLocation::Kind::Sqlite ? SqlDialect::Sqlite : SqlDialect::Postgres;
}

int Database::schemaVersion() const
{
    const QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("traceo_schema")))
        return 0;
    QSqlQuery q = execSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM traceo_schema"));
    return q.next() ? q.value(0).toInt() : 0;
}

QString Database::integrityCheck() const
{
    const QSqlDatabase db = connection();
    if (m_location.kind == DatabaseLocation::Kind::Postgres)
        return QCoreApplication::translate("traceo::Database", "ok (checked by the PostgreSQL server)");
    QSqlQuery q = execSql(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u"; ");
}

QString Database::engineVersion() const
{
    const QSqlDatabase db = connection();
    if (m_location.kind == DatabaseLocation::Kind::Sqlite) {
        QSqlQuery q = execSql(db, QStringLiteral("SELECT sqlite_version()"));
        return QStringLiteral("SQLite ") + (q.next() ? q.value(0).toString() : QString());
    }
    QSqlQuery q = execSql(db, QStringLiteral("SHOW server_version"));
    return QStringLiteral("PostgreSQL ") + (q.next() ? q.value(0).toString() : QString());
}

void Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    for (const Migration& m : allMigrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        for (const QString& statement : m.statements)
            execSql(db, translateSql(statement, dialect()));
        if (m.run)
            m.run(db, dialect());
        execSql(db,
            QStringLiteral("INSERT INTO traceo_schema (version, domain, description, applied_at) VALUES (?, ?, ?, ?)"),
            { m.version, m.domain, m.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
        if (dialect() == SqlDialect::Sqlite)
            execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kSqliteApplicationId));
        tx.commit();
    }
}

} // namespace traceo
