#include "costanomalyview.h"

#include "costformat.h"
#include "costsnapshot.h"
#include "costtables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace traceo {

namespace {
QString keyOf(const cost::CostAnomaly& a)
{
    return a.day.toString(Qt::ISODate) + u'|' + a.dims.join(u'|');
}
} // namespace

CostAnomalyView::CostAnomalyView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CostTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge alert"), this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SnapshotTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("costAnomalyTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_detail->setObjectName(QStringLiteral("costAnomalyDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumWidth(280);
    m_acknowledge->setObjectName(QStringLiteral("costAcknowledge"));
    m_acknowledge->setEnabled(false);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { Q_EMIT acknowledgeRequested(m_selected); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CostAnomalyView::currentChanged);

    auto* side = new QVBoxLayout;
    side->addWidget(m_detail, 1);
    side->addWidget(m_acknowledge, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 3);
    layout->addLayout(side, 2);
    showDetail();
}

void CostAnomalyView::show(const CostAnalysisSnapshot& analysis)
{
    m_analysis = &analysis;
    const QString keep = m_selectedKey;
    costtables::showAnomalies(m_model, analysis);
    // The slice takes the room left and is elided (a reset forgets the sections' modes).
    m_table->horizontalHeader()->setSectionResizeMode(costtables::Slice, QHeaderView::Stretch);
    m_selected = -1;
    for (std::size_t i = 0; i < analysis.anomalies.size(); ++i)
        if (!keep.isEmpty() && keyOf(analysis.anomalies[i].anomaly) == keep)
            selectAnomaly(int(i));
    if (m_selected < 0) {
        m_selectedKey.clear();
        showDetail();
        Q_EMIT anomalySelected(-1);
    }
}

bool CostAnomalyView::selectAnomaly(int index)
{
    const QModelIndex source = m_model->index(index, 0);
    if (!source.isValid())
        return false;
    const QModelIndex row = m_sorted->mapFromSource(source);
    m_table->setCurrentIndex(row);
    m_table->selectRow(row.row());
    return true;
}

void CostAnomalyView::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_analysis)
        return;
    m_selected = m_sorted->mapToSource(current).row();
    m_selectedKey = keyOf(m_analysis->anomalies[std::size_t(m_selected)].anomaly);
    showDetail();
    Q_EMIT anomalySelected(m_selected);
}

QString CostAnomalyView::detailText() const
{
    return m_detail->text();
}

void CostAnomalyView::showDetail()
{
    if (!m_analysis || m_selected < 0) {
        m_acknowledge->setEnabled(false);
        m_detail->setText(m_analysis && !m_analysis->error.isEmpty()
                ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(m_analysis->error.toHtmlEscaped())
                : m_analysis && m_analysis->anomalies.empty() ? tr("No cost anomalies in this window.")
                                                              : tr("Select an anomaly to see what moved."));
        return;
    }
    const CostAnalysisSnapshot::Anomaly& entry = m_analysis->anomalies[std::size_t(m_selected)];
    const cost::CostAnomaly& a = entry.anomaly;
    const QString& c = m_analysis->currency;
    QString html
        = tr("<b>%1</b> on %2<br>expected %3, actual <b>%4</b> (%5, %6)")
              .arg(a.dims.join(QStringLiteral(", ")).toHtmlEscaped(), QLocale().toString(a.day, QLocale::LongFormat),
                  costformat::money(a.expected, c), costformat::money(a.actual, c),
                  costformat::change(a.actual, a.expected), CostTableModel::severityText(int(a.severity)));
    if (!a.rootCauses.empty()) {
        html += u"<br><br>"_qs + tr("What moved:") + u"<table cellspacing='4'>"_qs;
        for (const cost::RootCause& rc : a.rootCauses)
            html += tr(
                "<tr><td>%1 <b>%2</b></td><td align='right'>%3 → %4</td><td align='right'>%5 of the impact</td></tr>")
                        .arg(rc.kind.toHtmlEscaped(), costformat::key(rc.key).toHtmlEscaped(),
                            costformat::money(rc.expected, c), costformat::money(rc.actual, c),
                            costformat::percent(rc.share * 100.0, 0));
        html += u"</table>"_qs;
    }
    html += u"<br>"_qs + tr("Alert: %1").arg(CostTableModel::alertText(int(entry.alert)));
    m_detail->setText(html);
    m_acknowledge->setEnabled(
        entry.alert == CostAnalysisSnapshot::AlertState::New || entry.alert == CostAnalysisSnapshot::AlertState::Open);
}

} // namespace traceo
