#include "snapshottablemodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using traceo::SnapshotTableModel;
using traceo::TableSnapshot;

class TestSnapshotTableModel : public QObject
{
    Q_OBJECT

private:
    static TableSnapshot sample()
    {
        TableSnapshot s;
        s.headers = { QStringLiteral("Service"), QStringLiteral("Objective %"), QStringLiteral("Buckets") };
        s.rows = {
            { QStringLiteral("checkout"), 99.9, qint64(1440) },
            { QStringLiteral("search"), 99.5, qint64(20) },
            { QStringLiteral("payments"), 99.0, qint64(300) },
        };
        return s;
    }

private Q_SLOTS:
    void fillsAndResets()
    {
        SnapshotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);

        model.setSnapshot(sample());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Objective %"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        TableSnapshot smaller = sample();
        smaller.rows.removeLast();
        model.setSnapshot(smaller);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 2);

        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void displayFormatsAndSortRoleIsRaw_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("display");
        QTest::addRow("text") << QVariant(QStringLiteral("checkout")) << QStringLiteral("checkout");
        QTest::addRow("double") << QVariant(99.9) << QStringLiteral("99.9");
        QTest::addRow("integer grouped") << QVariant(qint64(1440)) << QLocale().toString(qint64(1440));
        QTest::addRow("date") << QVariant(QDate(2026, 11, 1))
                              << QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat);
        QTest::addRow("null") << QVariant() << QString();
    }

    void displayFormatsAndSortRoleIsRaw()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, display);
        SnapshotTableModel model;
        model.setSnapshot({ { QStringLiteral("A") }, { { value } } });
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
        QCOMPARE(index.data(SnapshotTableModel::SortRole), value);
    }

    void sortsByRawValue()
    {
        SnapshotTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotTableModel::SortRole);
        model.setSnapshot(sample());
        proxy.sort(2, Qt::AscendingOrder);
        // As text "1,440" < "20" < "300"; as numbers 20 < 300 < 1440.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("search"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("payments"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("checkout"));
    }

    void shortRowsAreSafe()
    {
        SnapshotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({ { QStringLiteral("A"), QStringLiteral("B") }, { { QStringLiteral("only A") } } });
        QCOMPARE(model.index(0, 1).data().toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotTableModel)
#include "tst_snapshottablemodel.moc"
