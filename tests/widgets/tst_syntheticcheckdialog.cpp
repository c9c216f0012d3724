#include "slo/syntheticcheckdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace traceo;
using namespace Qt::StringLiterals;

class TestSyntheticCheckDialog : public QObject
{
    Q_OBJECT

    static QLineEdit* edit(SyntheticCheckDialog& d, const QString& name) { return d.findChild<QLineEdit*>(name); }
    static QSpinBox* spin(SyntheticCheckDialog& d, const QString& name) { return d.findChild<QSpinBox*>(name); }
    static QPushButton* ok(SyntheticCheckDialog& d)
    {
        return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static void type(SyntheticCheckDialog& d, const QString& name, const QString& text)
    {
        QLineEdit* e = edit(d, name);
        e->clear();
        QTest::keyClicks(e, text);
    }
    static void fillValid(SyntheticCheckDialog& d)
    {
        type(d, u"name"_s, u"api-health"_s);
        type(d, u"url"_s, u"https://api.example.com/healthz"_s);
        type(d, u"service"_s, u"checkout"_s);
    }

private Q_SLOTS:
    void emptyFormCannotBeAccepted()
    {
        SyntheticCheckDialog d;
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY(d.problem().contains(u"Name:"_s));
    }

    void validFormGivesTheCheckAndItsSlo()
    {
        SyntheticCheckDialog d;
        fillValid(d);
        QVERIFY2(ok(d)->isEnabled(), qPrintable(d.problem()));
        QVERIFY(d.findChild<QLabel*>(u"problem"_s)->isHidden());
        d.findChild<QComboBox*>(u"method"_s)->setCurrentText(u"HEAD"_s);
        type(d, u"expect"_s, u"200-299, 404"_s);
        spin(d, u"latency"_s)->setValue(250);
        spin(d, u"timeout"_s)->setValue(2000);
        spin(d, u"interval"_s)->setValue(15);
        type(d, u"body"_s, u"ok"_s);
        d.findChild<QDoubleSpinBox*>(u"objective"_s)->setValue(99.5);
        spin(d, u"period"_s)->setValue(7);
        QVERIFY2(ok(d)->isEnabled(), qPrintable(d.problem()));

        const SyntheticCheck c = d.check();
        QCOMPARE(c.name, u"api-health"_s);
        QCOMPARE(c.url, u"https://api.example.com/healthz"_s);
        QCOMPARE(c.method, u"HEAD"_s);
        QCOMPARE(c.expect.toString(), u"200-299,404"_s);
        QCOMPARE(c.latencyThresholdMs, 250);
        QCOMPARE(c.timeoutMs, 2000);
        QCOMPARE(c.intervalSeconds, 15);
        QCOMPARE(c.bodyContains, u"ok"_s);
        const SloDefinition s = d.slo();
        QCOMPARE(s.service, u"checkout"_s);
        QCOMPARE(s.name, u"api-health"_s);
        QCOMPARE(s.objective, 0.995);
        QCOMPARE(s.periodDays, 7);
    }

    void invalidFieldsDisableOk_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addRow("ftp URL") << u"url"_s << u"ftp://example.com/x"_s << u"only http:// and https://"_s;
        QTest::addRow("file URL") << u"url"_s << u"file:///etc/hosts"_s << u"only http:// and https://"_s;
        QTest::addRow("no scheme") << u"url"_s << u"example.com"_s << u"only http:// and https://"_s;
        QTest::addRow("status pattern") << u"expect"_s << u"2xx"_s << u"position 1"_s;
        QTest::addRow("status range") << u"expect"_s << u"299-200"_s << u"must not end below its start"_s;
        QTest::addRow("no service") << u"service"_s << u""_s << u"Service:"_s;
        QTest::addRow("no name") << u"name"_s << u" "_s << u"Name:"_s;
    }
    void invalidFieldsDisableOk()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        SyntheticCheckDialog d;
        fillValid(d);
        QVERIFY(ok(d)->isEnabled());
        type(d, field, text);
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY2(d.problem().contains(problem), qPrintable(d.problem()));
        QCOMPARE(d.findChild<QLabel*>(u"problem"_s)->text(), d.problem());
        QVERIFY(!d.findChild<QLabel*>(u"problem"_s)->isHidden());
    }

    void latencyAboveTimeoutIsRefused()
    {
        SyntheticCheckDialog d;
        fillValid(d);
        spin(d, u"timeout"_s)->setValue(1000);
        spin(d, u"latency"_s)->setValue(1500);
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY2(d.problem().contains(u"above the timeout"_s), qPrintable(d.problem()));
        spin(d, u"timeout"_s)->setValue(1500);
        QVERIFY(ok(d)->isEnabled());
    }
};

QTEST_MAIN(TestSyntheticCheckDialog)
#include "tst_syntheticcheckdialog.moc"
