#include "common/testutil.h"
#include "policy/cedar/lexer.h"
#include "policy/cedar/testrunner.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo::cedar;

// Cedar's public integration tests: every request must match decision, reason and errors.
class TestCedarConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWritten()
    {
        const QString root = traceo::test::sharedData(QStringLiteral("cedar"));
        QStringList files;
        QDirIterator it(
            root + QStringLiteral("/tests"), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        QCOMPARE(files.size(), 22);
        const TestRunner runner(root);
        int requests = 0;
        for (const QString& file : files) {
            const TestFileResult r = runner.runFile(file);
            QVERIFY2(r.failed == 0, qPrintable(r.failures.join(u'\n')));
            requests += r.passed;
        }
        QCOMPARE(requests, 74);
    }

    void corpus()
    {
        const QString root = traceo::test::sharedData(QStringLiteral("cedar"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess tar;
        tar.start(QStringLiteral("tar"),
            { QStringLiteral("xzf"), root + QStringLiteral("/corpus-tests.tar.gz"), QStringLiteral("-C"), dir.path() });
        QVERIFY(tar.waitForFinished(120000));
        QCOMPARE(tar.exitCode(), 0);
        QStringList files;
        QDirIterator it(dir.path() + QStringLiteral("/corpus-tests"), { QStringLiteral("*.json") }, QDir::Files);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(QLatin1String(".entities.json")))
                files << f;
        }
        files.sort();
        const TestRunner runner(dir.path());
        int passed = 0;
        int requests = 0;
        QStringList failures;
        for (const QString& file : files) {
            const TestFileResult r = runner.runFile(file);
            requests += r.passed + r.failed;
            if (r.failed == 0)
                ++passed;
            else if (failures.size() < 20)
                failures << r.failures;
        }
        qInfo("Cedar corpus: %d of %lld tests passed (%d requests)", passed, qlonglong(files.size()), requests);
        QCOMPARE(files.size(), 7809);

        // The highlighter's lexer accepts every corpus policy: no span is classed as an error.
        int highlightErrors = 0;
        QDirIterator policies(dir.path() + QStringLiteral("/corpus-tests"), { QStringLiteral("*.cedar") }, QDir::Files);
        while (policies.hasNext()) {
            const QByteArray text = traceo::test::readAll(policies.next());
            for (const HighlightSpan& s : highlight(std::string_view(text.constData(), size_t(text.size()))))
                highlightErrors += s.cls == TokenClass::Error;
        }
        QCOMPARE(highlightErrors, 0);
        QVERIFY2(passed == files.size(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCedarConformance)
#include "tst_cedarconformance.moc"
