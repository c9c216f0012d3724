#include "cli/cli.h"
#include "core/i18n.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // PDF reports lay text out with fonts, which takes a QGuiApplication. The CLI never shows a window,
    // so it uses the offscreen platform (no display needed) unless QT_QPA_PLATFORM says otherwise.
    std::unique_ptr<QCoreApplication> app;
    if (traceo::cli::needsGuiApplication(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("traceo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACEO_VERSION));
    args = QCoreApplication::arguments();
    const qsizetype lang = args.indexOf(QStringLiteral("--lang"));
    traceo::installTranslations(*app, lang >= 0 && lang + 1 < args.size() ? QLocale(args[lang + 1]) : QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return traceo::cli::runCli(args, out, err);
}
