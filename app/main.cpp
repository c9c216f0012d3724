#include "consolesettings.h"
#include "core/i18n.h"
#include "databaseopener.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // "traceo", like the CLI, so both find the same default database.
    QApplication::setApplicationName(QStringLiteral("traceo"));
    QApplication::setApplicationVersion(QStringLiteral(TRACEO_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringList { QStringLiteral("db") },
        QApplication::translate("main", "Open FILE (SQLite) or URL (postgresql://…) instead of the default database."),
        QApplication::translate("main", "FILE|URL"));
    const QCommandLineOption lang(QStringList { QStringLiteral("lang") },
        QApplication::translate("main", "Use LANG (e.g. ja, zh_CN) instead of the system language."),
        QApplication::translate("main", "LANG"));
    parser.addOptions({ db, lang });
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const bool parsed = parser.parse(QApplication::arguments());

    traceo::installTranslations(app, parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Traceo Console"));
    parser.setApplicationDescription(
        QApplication::translate("main", "Traceo Console: an operations console for SREs."));
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    const QString spec = parser.isSet(db) ? parser.value(db) : traceo::ConsoleSettings::teamDatabaseUrl();
    const traceo::DatabaseInfo database = traceo::openDatabase(spec);
    if (!database.error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"), database.error);
        return 1;
    }
    traceo::MainWindow window(database);
    window.show();
    return QApplication::exec();
}
