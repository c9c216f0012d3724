#include "policy/cedar/parser.h"

#include <QtTest>

using namespace traceo::cedar;

namespace {

ParseResult parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parsePolicies(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

class TestCedarParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addRow("empty") << "" << 0;
        QTest::addRow("comment only") << "// nothing here\n" << 0;
        QTest::addRow("minimal") << "permit(principal, action, resource);" << 1;
        QTest::addRow("two") << "permit(principal, action, resource);\nforbid(principal, action, resource);" << 2;
        QTest::addRow("scopes")
            << R"(permit(principal == User::"alice", action in [Action::"read", Action::"list"], resource in Folder::"f");)"
            << 1;
        QTest::addRow("is")
            << R"(permit(principal is User, action == Action::"a", resource is Ns::Photo in Ns::Album::"x");)" << 1;
        QTest::addRow("template") << "permit(principal == ?principal, action, resource in ?resource);" << 1;
        QTest::addRow("annotations") << R"(@id("x") @advice permit(principal, action, resource);)" << 1;
        QTest::addRow("conditions")
            << R"(permit(principal, action, resource) when { principal.age >= 18 && context.mfa } unless { resource.private };)"
            << 1;
        QTest::addRow("if") << "permit(principal, action, resource) when { if context.a then 1 < 2 else false };" << 1;
        QTest::addRow("has path")
            << "permit(principal, action, resource) when { context has a.b.c && context has \"x y\" };" << 1;
        QTest::addRow("like") << R"(permit(principal, action, resource) when { resource.name like "*.jpg\*" };)" << 1;
        QTest::addRow("records and sets")
            << R"(permit(principal, action, resource) when { {a: [1, -2, "x"], "b c": {d: true},}.a.contains(1) };)"
            << 1;
        QTest::addRow("extensions")
            << R"(permit(principal, action, resource) when { ip("10.0.0.1").isInRange(ip("10.0.0.0/8")) && decimal("1.5").lessThan(decimal("2.0")) && datetime("2024-01-01").offset(duration("1h")) > datetime("2024-01-01") };)"
            << 1;
        QTest::addRow("min long") << "permit(principal, action, resource) when { -9223372036854775808 < 0 };" << 1;
        QTest::addRow("index") << R"(permit(principal, action, resource) when { context["a b"] == principal["x"] };)"
                               << 1;
        QTest::addRow("tags")
            << R"(permit(principal, action, resource) when { principal.hasTag("t") && principal.getTag("t") == 1 };)"
            << 1;
        QTest::addRow("namespaced")
            << R"(permit(principal in A::B::Group::"g", action == A::B::Action::"x", resource);)" << 1;
        QTest::addRow("is in expr")
            << R"(permit(principal, action, resource) when { principal is User in Group::"g" };)" << 1;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const ParseResult r = parse(text);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.diagnostics.front().message));
        QCOMPARE(int(r.policies.size()), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(QString::fromStdString(r.policies[size_t(i)].id), QStringLiteral("policy%1").arg(i));
    }

    void structure()
    {
        const ParseResult r = parse(QStringLiteral("@id(\"one\")\nforbid(principal is User in Group::\"g\", action in "
                                                   "[Action::\"a\"], resource == ?resource) unless { false };"));
        QVERIFY(r.ok());
        const Policy& p = r.policies.front();
        QVERIFY(!p.permit);
        QCOMPARE(p.annotations.size(), size_t(1));
        QCOMPARE(p.principal.kind, Scope::Kind::IsIn);
        QCOMPARE(p.principal.type, std::string("User"));
        QCOMPARE(p.principal.uid, (EntityUid { "Group", "g" }));
        QCOMPARE(p.action.kind, Scope::Kind::InSet);
        QCOMPARE(p.action.set.size(), size_t(1));
        QVERIFY(p.resource.slot);
        QVERIFY(p.isTemplate());
        QCOMPARE(p.conditions.size(), size_t(1));
        QVERIFY(!p.conditions.front().when);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing semicolon") << "permit(principal, action, resource)" << 1 << 36 << "`;`";
        QTest::addRow("bad effect") << "allow(principal, action, resource);" << 1 << 1 << "`permit` or `forbid`";
        QTest::addRow("missing action") << "permit(principal, resource);" << 1 << 19 << "`action`";
        QTest::addRow("unterminated string") << "permit(principal == User::\"al" << 1 << 27 << "no closing quote";
        QTest::addRow("empty when") << "permit(principal, action, resource) when {};" << 1 << 43
                                    << "needs an expression";
        QTest::addRow("unknown variable")
            << "permit(principal, action, resource)\nwhen { user.age > 3 };" << 2 << 8 << "unknown name `user`";
        QTest::addRow("single equals") << "permit(principal, action, resource) when { 1 = 1 };" << 1 << 46
                                       << "use `==`";
        QTest::addRow("chained") << "permit(principal, action, resource) when { 1 < 2 < 3 };" << 1 << 50
                                 << "cannot be chained";
        QTest::addRow("unknown method") << "permit(principal, action, resource) when { [].size() };" << 1 << 47
                                        << "unknown method `size`";
        QTest::addRow("unknown function")
            << "permit(principal, action, resource) when { foo(1) };" << 1 << 44 << "unknown function `foo`";
        QTest::addRow("too big") << "permit(principal, action, resource) when { 9223372036854775808 };" << 1 << 44
                                 << "64-bit";
        QTest::addRow("bad escape") << "permit(principal, action, resource) when { \"\\q\" };" << 1 << 44
                                    << "unknown escape";
        QTest::addRow("slot in wrong scope")
            << "permit(principal == ?resource, action, resource);" << 1 << 21 << "?resource";
        QTest::addRow("is in action") << "permit(principal, action is Action, resource);" << 1 << 26 << "`is`";
        QTest::addRow("duplicate key") << "permit(principal, action, resource) when { {a: 1, a: 2} == {} };" << 1 << 51
                                       << "duplicate";
        QTest::addRow("bare if") << "permit(principal, action, resource) when { 1 + if true then 1 else 2 };" << 1 << 48
                                 << "parentheses";
        QTest::addRow("stray char") << "permit(principal, action, resource) when { 1 # 2 };" << 1 << 46 << "`#`";
        QTest::addRow("second line") << "permit(principal, action, resource);\nforbid(principal action, resource);" << 2
                                     << 18 << "`,`";
        QTest::addRow("slot in condition")
            << "permit(principal, action, resource) when { ?principal == principal };" << 1 << 44 << "scope";
        QTest::addRow("not an action") << "permit(principal, action == User::\"a\", resource);" << 1 << 29
                                       << "not an action type";
        QTest::addRow("division") << "permit(principal, action, resource) when { 4 / 2 == 2 };" << 1 << 46
                                  << "division";
        QTest::addRow("contains arity") << "permit(principal, action, resource) when { [1].contains(1, 2) };" << 1 << 48
                                        << "argument";
        QTest::addRow("eof in set") << "permit(principal, action in [Action::\"a\"" << 1 << 41 << "the end of the text";
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult r = parse(text);
        QVERIFY(!r.ok());
        const Diagnostic& d = r.diagnostics.front();
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
        QCOMPARE(d.pos.line, line);
        QCOMPARE(d.pos.column, column);
    }

    void recoversAfterError()
    {
        const ParseResult r = parse(QStringLiteral("permit(principal, action, resource) when { 1 + };\n"
                                                   "permit(principal, action, resource);\n"
                                                   "forbid(oops);\n"));
        QCOMPARE(r.diagnostics.size(), size_t(2));
        QCOMPARE(r.policies.size(), size_t(1));
        QCOMPARE(r.policies.front().id, std::string("policy1"));
        QCOMPARE(r.diagnostics[1].pos.line, 3);
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const QString text = QStringLiteral("permit(principal, action, resource) when { ") + QString(5000, u'(') + u'1'
            + QString(5000, u')') + QStringLiteral(" };");
        const ParseResult r = parse(text);
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.front().message.contains(QStringLiteral("nested")));
    }

    // Hundreds of mutations of valid policies: each must parse or give a positioned message.
    void mutationsNeverCrash()
    {
        const QByteArray seed
            = R"(@id("a") permit(principal == User::"alice", action in [Action::"read"], resource is Photo in Album::"x")
when { context.ip.isInRange(ip("10.0.0.0/8")) && (principal.age + 1) * 2 > -3 && resource.tags.contains("a") }
unless { if context has mfa then !context.mfa else true };)";
        QRandomGenerator rng(7);
        for (int i = 0; i < 1500; ++i) {
            QByteArray text = seed;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(text.size()));
                switch (rng.bounded(3)) {
                case 0:
                    text.remove(at, 1 + int(rng.bounded(5)));
                    break;
                case 1:
                    text.insert(at, "(){}[];,.:\"!&|=<>-*@?"[rng.bounded(21)]);
                    break;
                default:
                    text[at] = char(32 + rng.bounded(95));
                    break;
                }
            }
            const ParseResult r = parsePolicies(std::string_view(text.constData(), size_t(text.size())));
            for (const Diagnostic& d : r.diagnostics) {
                QVERIFY(d.pos.line >= 1);
                QVERIFY(d.pos.column >= 1);
                QVERIFY(!d.message.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCedarParser)
#include "tst_cedarparser.moc"
