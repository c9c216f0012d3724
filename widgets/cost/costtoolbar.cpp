#include "costtoolbar.h"

#include "costloaders.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace traceo {

CostToolbar::CostToolbar(QWidget* parent)
    : QWidget(parent)
    , m_metric(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Group by"), this));
    const CostQuery defaults;
    for (int level = 0; level < kLevels; ++level) {
        if (level > 0)
            row->addWidget(new QLabel(QStringLiteral("›"), this));
        m_levels[level] = new QComboBox(this);
        m_levels[level]->setObjectName(QStringLiteral("costLevel%1").arg(level));
        m_levels[level]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(m_levels[level]);
        connect(m_levels[level], &QComboBox::currentIndexChanged, this, &CostToolbar::emitQuery);
    }
    m_dimensions = defaults.path;
    for (int level = 0; level < kLevels; ++level)
        fillLevel(level, defaults.path.value(level));

    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Metric"), this));
    m_metric->setObjectName(QStringLiteral("costMetric"));
    m_metric->addItem(tr("Billed cost"), int(cost::Metric::Billed));
    m_metric->addItem(tr("Effective cost"), int(cost::Metric::Effective));
    m_metric->addItem(tr("List cost"), int(cost::Metric::List));
    m_metric->setToolTip(tr("Billed: the invoice. Effective: with commitments and discounts amortised. List: "
                            "at public prices."));
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CostToolbar::emitQuery);
    row->addWidget(m_metric);

    m_filter->setObjectName(QStringLiteral("costFilter"));
    m_filter->setPlaceholderText(tr("Filter: region=eu-west-1, service=Amazon EC2, or text…"));
    m_filter->setToolTip(tr("DIMENSION=VALUE terms, separated by commas, keep only those line items (values of "
                            "one dimension are alternatives); other text filters the rows of the tree."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &CostToolbar::emitQuery);
    row->addWidget(m_filter, 1);

    auto* import = new QToolButton(this);
    import->setObjectName(QStringLiteral("costImport"));
    import->setText(tr("Import…"));
    import->setToolTip(tr("Import FOCUS cost exports (CSV or CSV.gz)"));
    connect(import, &QToolButton::clicked, this, &CostToolbar::importRequested);
    row->addWidget(import);

    auto* exportMenu = new QMenu(this);
    const QList<costloaders::ReportFormat> formats = costloaders::reportFormats();
    for (int i = 0; i < formats.size(); ++i)
        exportMenu->addAction(tr("%1…").arg(formats[i].name), this, [this, i] { Q_EMIT exportRequested(i); });
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("costExport"));
    exportButton->setText(tr("Export report"));
    exportButton->setToolTip(tr("A report of the window: totals, the breakdown by the chosen path, daily cost, "
                                "anomalies and recommendations"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    row->addWidget(exportButton);
}

void CostToolbar::fillLevel(int level, const QString& current)
{
    QComboBox* box = m_levels[level];
    const QSignalBlocker block(box);
    box->clear();
    if (level > 0)
        box->addItem(tr("—"), QString());
    for (const QString& d : m_dimensions)
        box->addItem(d, d);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void CostToolbar::setDimensions(const QStringList& dimensions)
{
    const CostQuery current = query();
    m_dimensions = dimensions;
    for (int level = 0; level < kLevels; ++level)
        fillLevel(level, current.path.value(level));
}

void CostToolbar::setQuery(const CostQuery& query)
{
    m_updating = true;
    for (const QString& d : query.path)
        if (!m_dimensions.contains(d))
            m_dimensions << d;
    for (int level = 0; level < kLevels; ++level)
        fillLevel(level, query.path.value(level));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(int(query.metric))));
    m_filter->setText(query.filter);
    m_filterDelay->stop();
    m_updating = false;
}

CostQuery CostToolbar::query() const
{
    CostQuery q;
    q.path.clear();
    for (QComboBox* box : m_levels) {
        const QString d = box->currentData().toString();
        if (d.isEmpty())
            break; // "—" ends the path
        if (!q.path.contains(d))
            q.path << d;
    }
    q.metric = cost::Metric(m_metric->currentData().toInt());
    q.filter = m_filter->text().trimmed();
    return q;
}

void CostToolbar::emitQuery()
{
    if (!m_updating)
        Q_EMIT queryChanged(query());
}

} // namespace traceo
