#include "cli/cli.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("traceo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACEO_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    traceo::installTranslations(app, lang >= 0 && lang + 1 < args.size() ? QLocale(args[lang + 1]) : QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return traceo::cli::runCli(args, out, err);
}
