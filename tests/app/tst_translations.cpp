// The shipped translations are complete and current: every source string of the program has a
// finished Japanese and Simplified Chinese translation, and lupdate finds nothing new.
#include "common/testutil.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsFile
{
    QSet<QString> keys; ///< context + '\x1f' + source
    QStringList unfinished;
    QStringList placeholderMismatch;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.keys.insert(context + u'\x1f' + source);
            if (!finished || translation.isEmpty())
                ts.unfinished << context + QStringLiteral(": ") + source;
            for (int n = 1; n <= 9; ++n) {
                const QString marker = u'%' + QString::number(n);
                if (source.contains(marker) != translation.contains(marker))
                    ts.placeholderMismatch << context + QStringLiteral(": ") + source;
            }
        }
    }
    return ts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("ja") << "ja";
        QTest::addRow("zh_CN") << "zh_CN";
    }

    void complete()
    {
        QFETCH(QString, language);
        const TsFile ts
            = readTs(traceo::test::sourceDir() + QStringLiteral("/translations/traceo_%1.ts").arg(language));
        QVERIFY(ts.keys.size() > 50);
        QVERIFY2(ts.unfinished.isEmpty(),
            qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                           .arg(ts.unfinished.size())
                           .arg(ts.unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
        QVERIFY2(
            ts.placeholderMismatch.isEmpty(), qPrintable(ts.placeholderMismatch.mid(0, 5).join(QStringLiteral(" | "))));
    }

    void currentWithTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(qEnvironmentVariable("TRACEO_LUPDATE"),
            { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                u'@' + qEnvironmentVariable("TRACEO_TRANSLATABLE_LIST"), QStringLiteral("-ts"), fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        const QString log = QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
        QCOMPARE(lupdate.exitCode(), 0);
        // A tr() whose context lupdate cannot tell is a string that will never be translated.
        QVERIFY2(!log.contains(u"lacks Q_OBJECT"), qPrintable(log));
        const QSet<QString> expected = readTs(fresh).keys;
        QVERIFY(!expected.isEmpty());
        const QSet<QString> shipped
            = readTs(traceo::test::sourceDir() + QStringLiteral("/translations/traceo_ja.ts")).keys;
        const QSet<QString> missing = expected - shipped;
        const QSet<QString> stale = shipped - expected;
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("not in the .ts files (run the update_translations target): ")
                + QStringList(missing.begin(), missing.end()).mid(0, 5).join(u" | ")));
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("stale: ") + QStringList(stale.begin(), stale.end()).mid(0, 5).join(u" | ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
