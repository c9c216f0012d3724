// The line diff against GNU diff: the same minimal number of changed lines on random texts, and
// the same unified output on a policy edit.

#include "policy/policydiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

QString gnuDiff(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("diff"), args);
    if (!p.waitForFinished(30000))
        return QStringLiteral("(diff did not finish)");
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString randomText(QRandomGenerator& rng, int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QString(QChar(u'a' + rng.bounded(5))) + u'\n';
    return text;
}

} // namespace

class TestPolicyDiff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sameTextsHaveNoDiff()
    {
        const QString text = QStringLiteral("permit (principal, action, resource);\n");
        QVERIFY(unifiedDiff(text, text, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
        QVERIFY(diffHunks(diffLines(diffTextLines(text), diffTextLines(text))).isEmpty());
    }

    void linesRebuildBothTextsWithGnuDiffsMinimalEditCount()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 60; ++round) {
            const QString from = randomText(rng, int(rng.bounded(0, 40)));
            const QString to = randomText(rng, int(rng.bounded(0, 40)));
            const QList<DiffLine> lines = diffLines(diffTextLines(from), diffTextLines(to));
            QStringList oldSide;
            QStringList newSide;
            int changes = 0;
            for (const DiffLine& l : lines) {
                if (l.kind != DiffLine::Kind::Added)
                    oldSide << l.text;
                if (l.kind != DiffLine::Kind::Removed)
                    newSide << l.text;
                changes += l.kind != DiffLine::Kind::Context;
            }
            QCOMPARE(oldSide, diffTextLines(from));
            QCOMPARE(newSide, diffTextLines(to));
            const QString a = writeFile(m_dir, QStringLiteral("a.txt"), from);
            const QString b = writeFile(m_dir, QStringLiteral("b.txt"), to);
            int gnuChanges = 0;
            for (const QString& line :
                gnuDiff({ QStringLiteral("--minimal"), QStringLiteral("-U0"), a, b }).split(u'\n'))
                if ((line.startsWith(u'+') && !line.startsWith(QStringLiteral("+++")))
                    || (line.startsWith(u'-') && !line.startsWith(QStringLiteral("---"))))
                    ++gnuChanges;
            QCOMPARE(changes, gnuChanges);
        }
    }

    void unifiedDiffMatchesGnuDiff_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QString policy = QStringLiteral("// Finance reads billing data only with MFA.\n"
                                              "@id(\"finance-reads-billing\")\n"
                                              "permit (\n"
                                              "    principal in Traceo::Group::\"finance\",\n"
                                              "    action == Traceo::Action::\"read\",\n"
                                              "    resource is Traceo::Billing\n"
                                              ")\n"
                                              "when { context.mfa };\n"
                                              "\n"
                                              "// Nobody deletes production data.\n"
                                              "@id(\"no-prod-deletes\")\n"
                                              "forbid (principal, action == Traceo::Action::\"delete\", resource)\n"
                                              "when { resource.environment == \"production\" };\n");
        QString edited = policy;
        edited.replace(QStringLiteral("when { context.mfa };"),
            QStringLiteral("when { context.mfa }\nwhen { context.source_ip.isInRange(ip(\"10.20.0.0/16\")) };"));
        QTest::addRow("a condition added") << policy << edited;
        QTest::addRow("a condition removed") << edited << policy;
        QTest::addRow("from nothing") << QString() << policy;
        QTest::addRow("to nothing") << policy << QString();
        QString far = policy;
        far.replace(QStringLiteral("// Finance"), QStringLiteral("// The finance team"));
        far.replace(QStringLiteral("\"production\""), QStringLiteral("\"prod\""));
        QTest::addRow("two hunks") << policy << far;
        QString nearby = policy;
        nearby.replace(QStringLiteral("resource is Traceo::Billing"), QStringLiteral("resource is Traceo::Invoice"));
        nearby.replace(QStringLiteral("// Nobody"), QStringLiteral("// Really nobody"));
        QTest::addRow("changes close together share a hunk") << policy << nearby;
    }

    void unifiedDiffMatchesGnuDiff()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString a = writeFile(m_dir, QStringLiteral("from.cedar"), from);
        const QString b = writeFile(m_dir, QStringLiteral("to.cedar"), to);
        const QString expected = gnuDiff({ QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("v1"),
            QStringLiteral("--label"), QStringLiteral("v2"), a, b });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(unifiedDiff(from, to, QStringLiteral("v1"), QStringLiteral("v2")), expected);
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
