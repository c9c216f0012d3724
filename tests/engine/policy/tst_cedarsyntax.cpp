// Checks resources/syntax/cedar.xml with KDE's own engine (kate-syntax-highlighter, Debian package
// libkf5syntaxhighlighting-tools): for every non-space character of the corpus policies and of the
// snippets below, the class KSyntaxHighlighting gives must equal the class of the engine's lexer.
//
// How the class is recovered: the test copies cedar.xml into a temporary XDG_DATA_HOME and gives each
// itemData its own colour #0000NN (the shipped file stays theme-neutral); the ANSI true-colour output
// then names the itemData of every character.
//
// One class cannot be expressed in KSyntaxHighlighting: the lexer marks an *unterminated* string as
// Error, which is only known at the end of the file; the definition highlights it as a String. The
// test therefore compares such spans as String.

#include "policy/cedar/lexer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using traceo::cedar::TokenClass;

namespace {

const char* className(TokenClass c)
{
    switch (c) {
    case TokenClass::Keyword:
        return "Keyword";
    case TokenClass::String:
        return "String";
    case TokenClass::Number:
        return "Number";
    case TokenClass::Comment:
        return "Comment";
    case TokenClass::Operator:
        return "Operator";
    case TokenClass::EntityReference:
        return "EntityReference";
    case TokenClass::Identifier:
        return "Identifier";
    case TokenClass::Annotation:
        return "Annotation";
    case TokenClass::Error:
        return "Error";
    }
    return "?";
}

// itemData name in cedar.xml -> the lexer's class. Escapes inside strings are strings.
const QHash<QString, TokenClass>& itemClasses()
{
    static const QHash<QString, TokenClass> map {
        { QStringLiteral("Identifier"), TokenClass::Identifier },
        { QStringLiteral("Keyword"), TokenClass::Keyword },
        { QStringLiteral("String"), TokenClass::String },
        { QStringLiteral("Escape"), TokenClass::String },
        { QStringLiteral("Number"), TokenClass::Number },
        { QStringLiteral("Comment"), TokenClass::Comment },
        { QStringLiteral("Operator"), TokenClass::Operator },
        { QStringLiteral("EntityReference"), TokenClass::EntityReference },
        { QStringLiteral("Annotation"), TokenClass::Annotation },
        { QStringLiteral("Error"), TokenClass::Error },
    };
    return map;
}

} // namespace

class TstCedarSyntax : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;
    QString m_tool;
    QList<TokenClass> m_byColour; // index = blue component of the itemData's colour

    void checkText(const QString& name, const QString& text)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("in.cedar"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_xdg.path());
        p.setProcessEnvironment(env);
        p.start(m_tool,
            { QStringLiteral("--syntax"), QStringLiteral("Cedar"), QStringLiteral("--output-format"),
                QStringLiteral("ansi"), path });
        QVERIFY2(p.waitForFinished(60000), qPrintable(name));
        QVERIFY2(
            p.exitCode() == 0, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError())));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());

        // Recover the text and, per character, the colour index of its itemData.
        static const QRegularExpression fg(QStringLiteral("(?:^|;)38;2;0;0;(\\d+)"));
        QString seen;
        QList<int> colour;
        int current = -1;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out[i] == QLatin1Char('\x1b') && i + 1 < out.size() && out[i + 1] == QLatin1Char('[')) {
                qsizetype j = i + 2;
                while (j < out.size() && !out[j].isLetter())
                    ++j;
                if (j < out.size() && out[j] == QLatin1Char('m')) {
                    const auto m = fg.match(out.mid(i + 2, j - i - 2));
                    if (m.hasMatch())
                        current = m.captured(1).toInt();
                }
                i = j;
                continue;
            }
            seen += out[i];
            colour.append(current);
        }
        // The tool ends the output with a newline; the input may not.
        QString expectedText = text;
        if (!expectedText.endsWith(QLatin1Char('\n')))
            expectedText += QLatin1Char('\n');
        QCOMPARE(seen, expectedText);

        QList<int> want(text.size(), -1);
        for (const auto& s : traceo::cedar::highlight(text)) {
            TokenClass c = s.cls;
            if (c == TokenClass::Error && text.mid(s.start, 1) == QStringLiteral("\"") && s.length > 1)
                c = TokenClass::String; // unterminated string, see the comment at the top
            for (qsizetype k = s.start; k < s.start + s.length; ++k)
                want[k] = int(c);
        }
        int line = 1;
        int col = 1;
        int failures = 0;
        for (qsizetype k = 0; k < text.size(); ++k) {
            const QChar ch = text[k];
            if (!ch.isSpace() && !ch.isLowSurrogate()) {
                const int c = colour[k];
                const bool known = c >= 0 && c < m_byColour.size();
                if (want[k] >= 0 && (!known || int(m_byColour[c]) != want[k])) {
                    if (++failures <= 20)
                        qWarning("%s:%d:%d: %s: lexer %s, KSyntaxHighlighting %s", qPrintable(name), line, col,
                            qPrintable(QString(ch)), className(TokenClass(want[k])),
                            known ? className(m_byColour[c]) : "(unknown)");
                }
            }
            if (ch == QLatin1Char('\n')) {
                ++line;
                col = 1;
            } else if (!ch.isLowSurrogate()) {
                ++col;
            }
        }
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1: %2 characters disagree").arg(name).arg(failures)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tool = qEnvironmentVariable("KATE_SYNTAX_HIGHLIGHTER");
        if (m_tool.isEmpty())
            m_tool = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
        QVERIFY2(!m_tool.isEmpty() && QFile::exists(m_tool),
            "kate-syntax-highlighter not found: install the Debian package libkf5syntaxhighlighting-tools");

        QVERIFY(m_xdg.isValid());
        QFile src(qEnvironmentVariable("TRACEO_SOURCE_DIR") + QStringLiteral("/resources/syntax/cedar.xml"));
        QVERIFY2(src.open(QIODevice::ReadOnly), qPrintable(src.fileName()));
        QString xml = QString::fromUtf8(src.readAll());
        static const QRegularExpression item(QStringLiteral("<itemData name=\"(\\w+)\" "));
        QStringList names;
        for (auto it = item.globalMatch(xml); it.hasNext();)
            names << it.next().captured(1);
        m_byColour.append(TokenClass::Identifier); // index 0 unused
        for (const QString& n : names) {
            QVERIFY2(itemClasses().contains(n), qPrintable(QStringLiteral("unmapped itemData ") + n));
            xml.replace(QStringLiteral("<itemData name=\"%1\" ").arg(n),
                QStringLiteral("<itemData name=\"%1\" color=\"#0000%2\" ")
                    .arg(n)
                    .arg(m_byColour.size(), 2, 16, QLatin1Char('0')));
            m_byColour.append(itemClasses().value(n));
        }
        const QString dir = m_xdg.filePath(QStringLiteral("org.kde.syntax-highlighting/syntax"));
        QVERIFY(QDir().mkpath(dir));
        QFile dst(dir + QStringLiteral("/cedar.xml"));
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(xml.toUtf8());
    }

    void snippets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("keywords") << QStringLiteral(
            "permit forbid when unless principal action resource context if then else in has like is true false\n");
        QTest::newRow("policy") << QStringLiteral(
            "@id(\"p1\")\n@advice(\"a \\\"q\\\" \\u{1F600} \\n\")\npermit (principal == User::\"alice\", action in "
            "[Action::\"read\", Action::\"list\"], resource is Ns::Photo in Ns::Album::\"x\\\"y\")\n"
            "when { context.mfa == true && context.age >= 18 || !(resource.size < 100) } // trailing\n"
            "unless { if principal has email then principal.email like \"*@x.com\" else false };\n");
        QTest::newRow("template") << QStringLiteral(
            "permit(principal in ?principal, action, resource == ?resource);\n");
        QTest::newRow("operators") << QStringLiteral(
            "{a: 1 + 2 - 3 * 4, b: [1, 2]}.contains(x) != y <= z > w; ?x = .in\n");
        QTest::newRow("errors") << QStringLiteral("permit & | # $ \u00e9 / x\n");
        QTest::newRow("multiline") << QStringLiteral("User ::\n  \"bob\" \"two\nlines\" 12abc");
        QTest::newRow("unterminated") << QStringLiteral(
            "permit(principal == User::\"x\", action, resource) when { \"open");
    }

    void snippets()
    {
        QFETCH(QString, text);
        checkText(QString::fromLatin1(QTest::currentDataTag()), text);
    }

    void corpus()
    {
        const QString root = qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/cedar/tests");
        QDirIterator it(root, { QStringLiteral("*.cedar") }, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            checkText(path, QString::fromUtf8(f.readAll()));
            if (QTest::currentTestFailed())
                return;
            ++files;
        }
        QVERIFY2(files > 0, qPrintable(QStringLiteral("no .cedar files under ") + root));
    }
};

QTEST_GUILESS_MAIN(TstCedarSyntax)
#include "tst_cedarsyntax.moc"
