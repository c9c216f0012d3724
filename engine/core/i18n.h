#pragma once

#include <QLocale>

class QCoreApplication;

namespace traceo {

/// Installs Traceo's and Qt's translations for `locale` (the system locale unless --lang names
/// one). The .qm files are compiled into the executables under :/i18n. Returns the language
/// actually loaded ("en" when there is no translation for the locale).
QString installTranslations(QCoreApplication& app, const QLocale& locale);

/// The languages Traceo ships, as locale names ("ja", "zh_CN").
QStringList shippedLanguages();

} // namespace traceo
