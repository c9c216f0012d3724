#include "cli/cli.h"
#include "common/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo::cli;

namespace {
using Run = traceo::test::CliRun;

Run run(const QStringList& args)
{
    return traceo::test::runTraceo(args);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the default database location inside the temporary folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("traceo"));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run(
            { QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--seed"), QStringLiteral("5") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY(r.out.contains(m_demo));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("phrase");
        QTest::addRow("no arguments") << QStringList {} << 2 << "err"
                                      << "Usage: traceo";
        QTest::addRow("help") << QStringList { u"--help"_qs } << 0 << "out"
                              << "db info";
        QTest::addRow("version") << QStringList { u"--version"_qs } << 0 << "out" << TRACEO_VERSION;
        QTest::addRow("unknown group") << QStringList { u"frobnicate"_qs } << 2 << "err"
                                       << "unknown command \"frobnicate\"";
        QTest::addRow("unknown verb") << QStringList { u"db"_qs, u"explode"_qs } << 2 << "err"
                                      << "unknown verb \"explode\"";
        QTest::addRow("group help") << QStringList { u"db"_qs, u"--help"_qs } << 0 << "out"
                                    << "migrate";
        QTest::addRow("verb help") << QStringList { u"db"_qs, u"info"_qs, u"--help"_qs } << 0 << "out"
                                   << "--format";
        QTest::addRow("unknown option") << QStringList { u"db"_qs, u"info"_qs, u"--colour"_qs } << 2 << "err"
                                        << "colour";
        QTest::addRow("bad format") << QStringList { u"db"_qs, u"info"_qs, u"--format"_qs, u"xml"_qs } << 2 << "err"
                                    << "unknown format \"xml\"";
        QTest::addRow("missing file") << QStringList { u"db"_qs, u"info"_qs, u"--db"_qs, u"/nonexistent/x.sqlite"_qs }
                                      << 1 << "err"
                                      << "/nonexistent/x.sqlite";
        QTest::addRow("demo without --db") << QStringList { u"demo"_qs } << 2 << "err"
                                           << "--db FILE";
        QTest::addRow("bad seed") << QStringList { u"demo"_qs, u"--db"_qs, u"/tmp/never.sqlite"_qs, u"--seed"_qs,
            u"many"_qs } << 2 << "err"
                                  << "\"many\"";
        QTest::addRow("missing NAME") << QStringList { u"source"_qs, u"remove"_qs } << 2 << "err"
                                      << "NAME";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stream);
        QFETCH(QString, phrase);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        const QString& text = stream == u"out" ? r.out : r.err;
        QVERIFY2(text.contains(phrase), qPrintable(u"stdout: "_qs + r.out + u"\nstderr: "_qs + r.err));
    }

    void dbInfoAsJson()
    {
        const Run r = run({ u"db"_qs, u"info"_qs, u"--db"_qs, m_demo, u"--format"_qs, u"json"_qs });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"path").toString(), m_demo);
        QCOMPARE(o.value(u"driver").toString(), u"QSQLITE"_qs);
        QCOMPARE(o.value(u"integrity").toString(), u"ok"_qs);
        QCOMPARE(o.value(u"schema_version").toInt(), o.value(u"latest_schema_version").toInt());
        QVERIFY(o.value(u"engine").toString().startsWith(u"SQLite 3."));
    }

    void demoRefusesToOverwrite()
    {
        const Run r = run({ u"demo"_qs, u"--db"_qs, m_demo });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--force"));
    }

    void sourcesRoundTripInEveryFormat()
    {
        const QString db = m_dir.filePath(QStringLiteral("sources.sqlite"));
        QCOMPARE(run({ u"db"_qs, u"migrate"_qs, u"--db"_qs, db }).code, 0);
        Run r = run({ u"source"_qs, u"add"_qs, u"prod, eu"_qs, u"--kind"_qs, u"prometheus"_qs, u"--url"_qs,
            u"http://127.0.0.1:9090"_qs, u"--db"_qs, db });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({ u"source"_qs, u"add"_qs, u"x"_qs, u"--kind"_qs, u"graphite"_qs, u"--url"_qs, u"http://a"_qs,
            u"--db"_qs, db });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"graphite"));

        r = run({ u"source"_qs, u"list"_qs, u"--db"_qs, db, u"--format"_qs, u"csv"_qs });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"kind,name,url,auth\r\nprometheus,\"prod, eu\",http://127.0.0.1:9090,none\r\n"_qs);
        r = run({ u"source"_qs, u"list"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs });
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(u"name").toString(), u"prod, eu"_qs);
        r = run({ u"source"_qs, u"list"_qs, u"--db"_qs, db });
        QVERIFY(r.out.startsWith(u"kind"));
        QVERIFY(r.out.contains(u"prod, eu"));

        QCOMPARE(run({ u"source"_qs, u"remove"_qs, u"prod, eu"_qs, u"--db"_qs, db }).code, 0);
        r = run({ u"source"_qs, u"list"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void defaultDatabaseLocation()
    {
        const Run r = run({ u"db"_qs, u"migrate"_qs });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(m_dir.filePath(QStringLiteral("xdg"))), qPrintable(r.out));
    }

    void notATraceoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const Run r = run({ u"db"_qs, u"info"_qs, u"--db"_qs, path });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(path));
        QVERIFY(r.err.contains(u"not a Traceo database"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
