#include "common/customwindowdialog.h"
#include "common/timewindowbar.h"
#include "timewindowstate.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace traceo;

class TestTimeWindowBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsSetTheSharedState()
    {
        TimeWindowState state;
        TimeWindowBar bar(&state);
        QSignalSpy changed(&state, &TimeWindowState::changed);
        QVERIFY(bar.action(TimeWindow::Preset::LastDay)->isChecked());
        bar.action(TimeWindow::Preset::Last30Days)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state.window().kind(), TimeWindow::Preset::Last30Days);
        QVERIFY(bar.action(TimeWindow::Preset::Last30Days)->isChecked());
        QVERIFY(!bar.action(TimeWindow::Preset::LastDay)->isChecked());

        // A change from elsewhere shows in the bar.
        state.setWindow(TimeWindow::preset(TimeWindow::Preset::LastHour));
        QVERIFY(bar.action(TimeWindow::Preset::LastHour)->isChecked());
    }

    void customDialogValidates()
    {
        CustomWindowDialog dialog(TimeWindow::preset(TimeWindow::Preset::LastDay));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        const QDateTime from = dialog.fromEdit()->dateTime();
        dialog.toEdit()->setDateTime(from.addSecs(-60));
        QVERIFY(!ok->isEnabled());
        dialog.toEdit()->setDateTime(from.addSecs(3600));
        QVERIFY(ok->isEnabled());
        const TimeWindow w = dialog.window();
        QCOMPARE(w.kind(), TimeWindow::Preset::Custom);
        QCOMPARE(w.seconds(), 3600);
    }

    void customActionOpensTheDialog()
    {
        TimeWindowState state;
        TimeWindowBar bar(&state);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<CustomWindowDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->toEdit()->setDateTime(dialog->fromEdit()->dateTime().addSecs(7200));
            dialog->accept();
        });
        bar.action(TimeWindow::Preset::Custom)->trigger();
        QCOMPARE(state.window().kind(), TimeWindow::Preset::Custom);
        QCOMPARE(state.window().seconds(), 7200);
        QVERIFY(bar.action(TimeWindow::Preset::Custom)->isChecked());
    }
};

QTEST_MAIN(TestTimeWindowBar)
#include "tst_timewindowbar.moc"
