#include "policy/cedar/authorizer.h"
#include "policy/cedar/extensions.h"
#include "policy/cedar/parser.h"

#include <QtTest>

using namespace traceo::cedar;

namespace {

const char* kEntities = R"([
  {"uid": {"type": "User", "id": "alice"}, "parents": [{"type": "Group", "id": "admins"}],
   "attrs": {"age": 30, "name": "Alice", "roles": ["dev", "ops"], "address": {"city": "Paris"},
             "manager": {"__entity": {"type": "User", "id": "bob"}}, "big": 9223372036854775807,
             "home": {"__extn": {"fn": "ip", "arg": "192.168.1.0/24"}}},
   "tags": {"level": 3}},
  {"uid": {"type": "User", "id": "bob"}, "parents": [], "attrs": {}},
  {"uid": {"type": "Group", "id": "admins"}, "parents": [{"type": "Group", "id": "all"}], "attrs": {}},
  {"uid": {"type": "Group", "id": "all"}, "parents": [], "attrs": {}},
  {"uid": {"type": "Photo", "id": "p1"}, "parents": [], "attrs": {"owner": {"__entity": {"type": "User", "id": "alice"}}}}
])";

struct Fixture
{
    Entities entities;
    Request request;
    Fixture()
    {
        Json json;
        std::string error;
        const bool ok = Json::parse(kEntities, json, error) && entities.load(json, nullptr, error);
        Q_ASSERT(ok);
        request.principal = { "User", "alice" };
        request.action = { "Action", "read" };
        request.resource = { "Photo", "p1" };
        Json ctx;
        Json::parse(R"({"mfa": true, "ip": {"__extn": {"fn": "ip", "arg": "10.1.2.3"}}, "n": -9223372036854775808})",
            ctx, error);
        jsonToValue(ctx, nullptr, request.context, error);
    }
};

} // namespace

class TestCedarEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("expected"); // Value::toString(), or "error"
        // arithmetic and overflow
        QTest::addRow("add") << "1 + 2 * 3"
                             << "7";
        QTest::addRow("neg") << "-(2 - 5)"
                             << "3";
        QTest::addRow("overflow add") << "principal.big + 1"
                                      << "error";
        QTest::addRow("overflow mul") << "principal.big * 2"
                                      << "error";
        QTest::addRow("overflow neg") << "-context.n"
                                      << "error";
        QTest::addRow("min literal") << "-9223372036854775808 == context.n"
                                     << "true";
        QTest::addRow("add type") << "1 + \"a\""
                                  << "error";
        // logic and short-circuit
        QTest::addRow("and short") << "false && (1 + \"a\" == 2)"
                                   << "false";
        QTest::addRow("or short") << "true || principal.nope"
                                  << "true";
        QTest::addRow("and rhs type") << "true && 1"
                                      << "error";
        QTest::addRow("if lazy") << "if 1 < 2 then \"yes\" else principal.nope"
                                 << "\"yes\"";
        QTest::addRow("if cond type") << "if 1 then 2 else 3"
                                      << "error";
        QTest::addRow("not") << "!!true"
                             << "true";
        // equality never errors
        QTest::addRow("eq types") << "1 == \"1\""
                                  << "false";
        QTest::addRow("set eq") << "[1, 2, 2] == [2, 1]"
                                << "true";
        QTest::addRow("record eq") << "{a: 1, b: [true]} == {b: [true], a: 1}"
                                   << "true";
        QTest::addRow("entity eq") << "principal == User::\"alice\""
                                   << "true";
        QTest::addRow("lt string") << "\"a\" < \"b\""
                                   << "error";
        // hierarchy
        QTest::addRow("in direct") << "principal in Group::\"admins\""
                                   << "true";
        QTest::addRow("in transitive") << "principal in Group::\"all\""
                                       << "true";
        QTest::addRow("in self") << "principal in principal"
                                 << "true";
        QTest::addRow("in set") << "principal in [Group::\"x\", Group::\"all\"]"
                                << "true";
        QTest::addRow("in unknown entity") << "User::\"zed\" in Group::\"all\""
                                           << "false";
        QTest::addRow("in type") << "1 in Group::\"all\""
                                 << "error";
        QTest::addRow("in set type") << "principal in [1]"
                                     << "error";
        // attributes
        QTest::addRow("attr") << "principal.address.city"
                              << "\"Paris\"";
        QTest::addRow("index") << "principal[\"name\"]"
                               << "\"Alice\"";
        QTest::addRow("missing attr") << "principal.nope"
                                      << "error";
        QTest::addRow("missing entity") << "User::\"zed\".age"
                                        << "error";
        QTest::addRow("entity attr chain") << "resource.owner.age"
                                           << "30";
        QTest::addRow("has") << "principal has age"
                             << "true";
        QTest::addRow("has missing entity") << "User::\"zed\" has age"
                                            << "false";
        QTest::addRow("has path") << "principal has address.city"
                                  << "true";
        QTest::addRow("has path missing") << "principal has address.zip"
                                          << "false";
        QTest::addRow("has path short") << "principal has nope.city"
                                        << "false";
        QTest::addRow("has type") << "1 has a"
                                  << "error";
        // like
        QTest::addRow("like") << "\"photo.jpg\" like \"*.jpg\""
                              << "true";
        QTest::addRow("like star literal") << "\"a*b\" like \"a\\*b\""
                                           << "true";
        QTest::addRow("like star literal no") << "\"axb\" like \"a\\*b\""
                                              << "false";
        QTest::addRow("like multi") << "\"abcabd\" like \"*ab*d\""
                                    << "true";
        QTest::addRow("like empty") << "\"\" like \"*\""
                                    << "true";
        QTest::addRow("like type") << "1 like \"*\""
                                   << "error";
        // is
        QTest::addRow("is") << "principal is User"
                            << "true";
        QTest::addRow("is in") << "principal is User in Group::\"all\""
                               << "true";
        QTest::addRow("is wrong") << "principal is Group in Group::\"all\""
                                  << "false";
        QTest::addRow("is type") << "1 is User"
                                 << "error";
        // sets
        QTest::addRow("contains") << "principal.roles.contains(\"ops\")"
                                  << "true";
        QTest::addRow("containsAll") << "[1, 2, 3].containsAll([1, 3])"
                                     << "true";
        QTest::addRow("containsAny") << "[1, 2].containsAny([5, 6])"
                                     << "false";
        QTest::addRow("isEmpty") << "[].isEmpty()"
                                 << "true";
        QTest::addRow("contains type") << "1.contains(1)"
                                       << "error";
        QTest::addRow("arity") << "decimal(\"1.0\").lessThan(decimal(\"2.0\"), 3)"
                               << "error";
        // tags
        QTest::addRow("hasTag") << "principal.hasTag(\"level\")"
                                << "true";
        QTest::addRow("getTag") << "principal.getTag(\"level\")"
                                << "3";
        QTest::addRow("getTag missing") << "principal.getTag(\"x\")"
                                        << "error";
        QTest::addRow("hasTag no entity") << "User::\"zed\".hasTag(\"x\")"
                                          << "false";
        // ip
        QTest::addRow("ip range") << "context.ip.isInRange(ip(\"10.0.0.0/8\"))"
                                  << "true";
        QTest::addRow("ip range no") << "context.ip.isInRange(principal.home)"
                                     << "false";
        QTest::addRow("ip v4") << "ip(\"::1\").isIpv4()"
                               << "false";
        QTest::addRow("ip loopback") << "ip(\"127.0.0.1\").isLoopback() && ip(\"::1\").isLoopback()"
                                     << "true";
        QTest::addRow("ip multicast") << "ip(\"224.0.0.1\").isMulticast() && ip(\"ff02::1\").isMulticast()"
                                      << "true";
        QTest::addRow("ip bad") << "ip(\"1.2.3\")"
                                << "error";
        QTest::addRow("ip leading zero prefix") << "ip(\"1.2.3.0/08\")"
                                                << "error";
        QTest::addRow("ip embedded v4") << "ip(\"::ffff:1.2.3.4\")"
                                        << "error";
        QTest::addRow("ip eq") << "ip(\"10.0.0.1\") == ip(\"10.0.0.1/32\")"
                               << "true";
        // decimal
        QTest::addRow("decimal lt") << "decimal(\"1.23\").lessThan(decimal(\"1.3\"))"
                                    << "true";
        QTest::addRow("decimal ge") << "decimal(\"-1.5\").greaterThanOrEqual(decimal(\"-1.5000\"))"
                                    << "true";
        QTest::addRow("decimal eq") << "decimal(\"1.50\") == decimal(\"1.5\")"
                                    << "true";
        QTest::addRow("decimal digits") << "decimal(\"1.23456\")"
                                        << "error";
        QTest::addRow("decimal no dot") << "decimal(\"12\")"
                                        << "error";
        QTest::addRow("decimal operator") << "decimal(\"1.0\") < decimal(\"2.0\")"
                                          << "error";
        // datetime and duration
        QTest::addRow("datetime cmp") << "datetime(\"2024-01-01\") < datetime(\"2024-01-01T00:00:00.001Z\")"
                                      << "true";
        QTest::addRow("datetime offset tz")
            << "datetime(\"2024-01-01T10:00:00+0200\") == datetime(\"2024-01-01T08:00:00Z\")"
            << "true";
        QTest::addRow("offset") << "datetime(\"2024-01-01\").offset(duration(\"1d\")) == datetime(\"2024-01-02\")"
                                << "true";
        QTest::addRow("durationSince") << "datetime(\"2024-01-02\").durationSince(datetime(\"2024-01-01\")).toHours()"
                                       << "24";
        QTest::addRow("toDate") << "datetime(\"2024-03-05T13:14:15Z\").toDate() == datetime(\"2024-03-05\")"
                                << "true";
        QTest::addRow("toTime") << "datetime(\"2024-03-05T13:14:15Z\").toTime().toSeconds()"
                                << "47655";
        QTest::addRow("toTime negative") << "datetime(\"1969-12-31T23:00:00Z\").toTime().toMinutes()"
                                         << "1380";
        QTest::addRow("duration parts") << "duration(\"1d2h3m4s5ms\").toMilliseconds()"
                                        << "93784005";
        QTest::addRow("duration negative") << "duration(\"-90m\").toHours()"
                                           << "-1";
        QTest::addRow("duration order") << "duration(\"1m1h\")"
                                        << "error";
        QTest::addRow("bad date") << "datetime(\"2023-02-29\")"
                                  << "error";
        QTest::addRow("leap date") << "datetime(\"2024-02-29\") < datetime(\"2024-03-01\")"
                                   << "true";
        QTest::addRow("duration cmp") << "duration(\"1h\") > duration(\"59m\")"
                                      << "true";
        QTest::addRow("mixed cmp") << "duration(\"1h\") > datetime(\"2024-01-01\")"
                                   << "error";
        // records and sets built at run time
        QTest::addRow("record lit") << "{a: principal.age}.a"
                                    << "30";
        QTest::addRow("set lit") << "[principal.age, 30].contains(30)"
                                 << "true";
    }

    void expressions()
    {
        QFETCH(QString, expr);
        QFETCH(QString, expected);
        const Fixture f;
        Expr e;
        Diagnostic d;
        const QByteArray utf8 = expr.toUtf8();
        QVERIFY2(parseExpression(std::string_view(utf8.constData(), size_t(utf8.size())), e, d), qPrintable(d.message));
        const Evaluator ev(f.request, f.entities);
        QString got;
        try {
            got = QString::fromStdString(ev.eval(e).toString());
        } catch (const EvalError&) {
            got = QStringLiteral("error");
        }
        QCOMPARE(got, expected);
    }

    void authorization()
    {
        const Fixture f;
        const ParseResult parsed = parsePolicies(R"(
permit(principal in Group::"all", action, resource);
permit(principal, action, resource) when { principal.nope };
forbid(principal, action, resource) unless { context.mfa };
permit(principal == ?principal, action, resource);
)");
        QVERIFY(parsed.ok());
        Response r = authorize(parsed.policies, f.request, f.entities);
        QVERIFY(r.allow);
        QCOMPARE(r.reason, std::vector<std::string> { "policy0" });
        QCOMPARE(r.errors.size(), size_t(1));
        QCOMPARE(r.errors.front().policyId, std::string("policy1"));

        Request noMfa = f.request;
        noMfa.context = Value::makeRecord({ { "mfa", Value(false) } });
        r = authorize(parsed.policies, noMfa, f.entities);
        QVERIFY(!r.allow);
        QCOMPARE(r.reason, std::vector<std::string> { "policy2" });

        Request stranger = f.request;
        stranger.principal = { "User", "zed" };
        r = authorize(parsed.policies, stranger, f.entities);
        QVERIFY(!r.allow);
        QVERIFY(r.reason.empty());
    }

    void templateLinking()
    {
        const Fixture f;
        const ParseResult parsed = parsePolicies("permit(principal == ?principal, action, resource in ?resource);");
        QVERIFY(parsed.ok());
        Policy linked;
        std::string error;
        const EntityUid alice { "User", "alice" };
        const EntityUid photo { "Photo", "p1" };
        QVERIFY(!linkTemplate(parsed.policies[0], "link0", &alice, nullptr, linked, error));
        QVERIFY(linkTemplate(parsed.policies[0], "link0", &alice, &photo, linked, error));
        const Response r = authorize({ linked }, f.request, f.entities);
        QVERIFY(r.allow);
        QCOMPARE(r.reason, std::vector<std::string> { "link0" });
    }

    void jsonIntegers()
    {
        Json j;
        std::string error;
        QVERIFY(Json::parse("[9223372036854775807, -9223372036854775808, 1.5]", j, error));
        QCOMPARE(j.items[0].i, std::numeric_limits<int64_t>::max());
        QCOMPARE(j.items[1].i, std::numeric_limits<int64_t>::min());
        Value v;
        QVERIFY(!jsonToValue(j.items[2], nullptr, v, error));
    }
};

QTEST_GUILESS_MAIN(TestCedarEvaluator)
#include "tst_cedarevaluator.moc"
