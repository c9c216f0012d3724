#include "i18n.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace traceo {

QStringList shippedLanguages()
{
    return { QStringLiteral("ja"), QStringLiteral("zh_CN") };
}

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("traceo"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QFileInfo(ours->filePath()).completeBaseName().mid(7);
}

} // namespace traceo
