#include "policy/cedar/lexer.h"

#include <QtTest>

using namespace traceo::cedar;

Q_DECLARE_METATYPE(TokenClass)

class TestCedarLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kinds"); // one letter per token, End excluded
        // i ident, n int, s string, ? slot, @ at, ( ) { } [ ] , ; : . punctuation, c ::, = ==, ! !=, < <=, etc.
        QTest::addRow("scope") << "permit(principal, action, resource);"
                               << "i(i,i,i);";
        QTest::addRow("entity") << "User::\"alice\""
                                << "ics";
        QTest::addRow("ops") << "a == b != c <= d >= e < f > g && h || !i + 1 - 2 * 3"
                             << "iEiNiLiGi<i>iAiO!i+n-n*n";
        QTest::addRow("slot") << "?principal ?resource ?other"
                              << "??Qi";
        QTest::addRow("annotation") << "@id(\"x\")"
                                    << "@i(s)";
        QTest::addRow("comment") << "a // comment\nb"
                                 << "ii";
        QTest::addRow("escaped quote") << "\"a\\\"b\" c"
                                       << "si";
        QTest::addRow("unterminated") << "\"abc"
                                      << "X";
        QTest::addRow("lone pipe") << "a | b"
                                   << "iXi";
        QTest::addRow("unicode junk") << QStringLiteral("a \u00e9 b") << "iXi";
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, kinds);
        const QByteArray utf8 = text.toUtf8();
        const std::vector<Token> toks = tokenize(std::string_view(utf8.constData(), size_t(utf8.size())));
        QString got;
        for (const Token& t : toks) {
            switch (t.kind) {
            case Tok::End:
                break;
            case Tok::Ident:
                got += u'i';
                break;
            case Tok::Int:
                got += u'n';
                break;
            case Tok::String:
                got += u's';
                break;
            case Tok::Slot:
                got += u'?';
                break;
            case Tok::Question:
                got += u'Q';
                break;
            case Tok::At:
                got += u'@';
                break;
            case Tok::LParen:
                got += u'(';
                break;
            case Tok::RParen:
                got += u')';
                break;
            case Tok::Comma:
                got += u',';
                break;
            case Tok::Semi:
                got += u';';
                break;
            case Tok::ColonColon:
                got += u'c';
                break;
            case Tok::Eq:
                got += u'E';
                break;
            case Tok::Ne:
                got += u'N';
                break;
            case Tok::Le:
                got += u'L';
                break;
            case Tok::Ge:
                got += u'G';
                break;
            case Tok::Lt:
                got += u'<';
                break;
            case Tok::Gt:
                got += u'>';
                break;
            case Tok::AndAnd:
                got += u'A';
                break;
            case Tok::OrOr:
                got += u'O';
                break;
            case Tok::Bang:
                got += u'!';
                break;
            case Tok::Plus:
                got += u'+';
                break;
            case Tok::Minus:
                got += u'-';
                break;
            case Tok::Star:
                got += u'*';
                break;
            case Tok::Error:
                got += u'X';
                break;
            default:
                got += u'#';
                break;
            }
        }
        QCOMPARE(got, kinds);
        QCOMPARE(toks.back().kind, Tok::End);
    }

    void positions()
    {
        const std::string text = "permit(\n  principal == User::\"a\",\n  action, resource);";
        const auto toks = tokenize(text);
        // `principal` is on line 2, column 3
        QCOMPARE(toks[2].pos.line, 2);
        QCOMPARE(toks[2].pos.column, 3);
        QCOMPARE(toks[2].text(text), std::string_view("principal"));
        QCOMPARE(toks[2].pos.offset, 10u);
    }

    void unescape_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("value");
        QTest::addRow("plain") << "\"abc\"" << true << "abc";
        QTest::addRow("escapes") << "\"a\\n\\t\\\\\\\"\\'\\0\"" << true << QStringLiteral("a\n\t\\\"'") + QChar(0);
        QTest::addRow("unicode") << "\"\\u{1F600}x\"" << true << QStringLiteral("\U0001F600x");
        QTest::addRow("bad escape") << "\"\\q\"" << false << "";
        QTest::addRow("star outside pattern") << "\"\\*\"" << false << "";
        QTest::addRow("surrogate") << "\"\\u{D800}\"" << false << "";
        QTest::addRow("too long") << "\"\\u{1234567}\"" << false << "";
    }

    void unescape()
    {
        QFETCH(QString, literal);
        QFETCH(bool, ok);
        QFETCH(QString, value);
        std::string out;
        std::string error;
        QCOMPARE(unescapeString(literal.toStdString(), out, error), ok);
        if (ok)
            QCOMPARE(QString::fromStdString(out), value);
        else
            QVERIFY(!error.empty());
    }

    void patternWildcards()
    {
        std::string out;
        std::string error;
        std::vector<bool> wild;
        QVERIFY(unescapeString("\"a*b\\*c\"", out, error, true, &wild));
        QCOMPARE(QString::fromStdString(out), QStringLiteral("a*b*c"));
        QCOMPARE(wild, (std::vector<bool> { false, true, false, false, false }));
    }

    void highlight_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::addColumn<TokenClass>("cls");
        const QString policy = QStringLiteral("@id(\"p1\") // note\npermit(principal in Group::\"admins\", action, "
                                              "resource)\nwhen { context.n > 10 && resource.owner like \"a*\" };");
        QTest::addRow("keyword") << policy << "permit" << TokenClass::Keyword;
        QTest::addRow("comment") << policy << "// note" << TokenClass::Comment;
        QTest::addRow("annotation") << policy << "id" << TokenClass::Annotation;
        QTest::addRow("entity type") << policy << "Group" << TokenClass::EntityReference;
        QTest::addRow("entity id") << policy << "\"admins\"" << TokenClass::EntityReference;
        QTest::addRow("number") << policy << "10" << TokenClass::Number;
        QTest::addRow("string") << policy << "\"a*\"" << TokenClass::String;
        QTest::addRow("operator") << policy << "&&" << TokenClass::Operator;
        QTest::addRow("identifier") << policy << "owner" << TokenClass::Identifier;
        QTest::addRow("error") << QStringLiteral("permit # x") << "#" << TokenClass::Error;
    }

    void highlight()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        QFETCH(TokenClass, cls);
        bool found = false;
        for (const HighlightSpan& s : traceo::cedar::highlight(text)) {
            if (text.mid(s.start, s.length) == token) {
                QCOMPARE(s.cls, cls);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(token));
    }

    void highlightUtf16Offsets()
    {
        const QString text = QStringLiteral("\"\U0001F600\" permit");
        const auto spans = traceo::cedar::highlight(text);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(text.mid(spans[1].start, spans[1].length), QStringLiteral("permit"));
    }

    void neverThrowsOnGarbage()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 2000; ++i) {
            QByteArray junk(int(rng.bounded(64)), Qt::Uninitialized);
            for (char& c : junk)
                c = char(rng.bounded(256));
            const auto toks = tokenize(std::string_view(junk.constData(), size_t(junk.size())), true);
            QCOMPARE(toks.back().kind, Tok::End);
            traceo::cedar::highlight(QString::fromUtf8(junk));
        }
    }
};

QTEST_GUILESS_MAIN(TestCedarLexer)
#include "tst_cedarlexer.moc"
