#include "policyauditview.h"

#include "snapshottablemodel.h"
#include "syntaxhighlighting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traceo {

namespace {

QTableView* readOnlyTable(SnapshotTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PolicyAuditView::PolicyAuditView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SnapshotTableModel(this))
    , m_table(readOnlyTable(m_model, this))
    , m_count(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
{
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute every record's hash and check that each links to the one before"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(m_verify, &QPushButton::clicked, this, &PolicyAuditView::verifyRequested);
    connect(refresh, &QPushButton::clicked, this, &PolicyAuditView::refreshRequested);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_verify);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
}

void PolicyAuditView::setPage(const PolicyAuditPage& page)
{
    TableSnapshot table;
    table.headers = { tr("Record"), tr("Time"), tr("Decision"), tr("Principal"), tr("Action"), tr("Resource"),
        tr("Determining"), tr("Errors"), tr("Policy set"), tr("Policy SHA-256") };
    for (const AuditRecord& r : page.records)
        table.rows.append({ r.seq, r.time, r.allow ? tr("Allow") : tr("Deny"), r.principal, r.action, r.resource,
            r.determining.join(QStringLiteral(", ")), r.erroring.join(QStringLiteral(", ")),
            r.policySet.isEmpty() ? tr("(unsaved text)") : r.policySet, r.policyHash.left(12) });
    m_model->setSnapshot(table);
    m_count->setText(page.error.isEmpty()
            ? tr("Newest %1 of %n decision(s), newest first", nullptr, int(page.total)).arg(page.records.size())
            : page.error);
}

void PolicyAuditView::setVerification(const AuditVerification& v)
{
    const bool dark = policytheme::isDark(palette());
    QPalette pal = m_banner->palette();
    if (v.ok) {
        m_banner->setText(tr("✔ Audit log intact: %n record(s) verified, each linked to the one before. "
                             "Head hash %1.",
            nullptr, int(v.records))
                              .arg(v.headHash.left(16)));
        pal.setColor(QPalette::Window, QColor::fromString(QLatin1String(dark ? "#1e4620" : "#e3f4e1")));
        pal.setColor(QPalette::WindowText, QColor::fromString(QLatin1String(dark ? "#b7f0b1" : "#14532d")));
    } else {
        m_banner->setText(v.badSeq > 0 ? tr("✖ Record %1 was changed or is out of place: %2 (%n record(s) before it "
                                            "verified).",
                              nullptr, int(v.records))
                                             .arg(v.badSeq)
                                             .arg(v.problem)
                                       : tr("✖ The audit log could not be verified: %1").arg(v.problem));
        pal.setColor(QPalette::Window, QColor::fromString(QLatin1String(dark ? "#5a1d1d" : "#fde2e1")));
        pal.setColor(QPalette::WindowText, QColor::fromString(QLatin1String(dark ? "#ffb4b0" : "#7f1d1d")));
    }
    m_banner->setPalette(pal);
    m_banner->show();
}

void PolicyAuditView::clearVerification()
{
    m_banner->hide();
}

PolicyReportView::PolicyReportView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SnapshotTableModel(this))
    , m_table(readOnlyTable(m_model, this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void PolicyReportView::setReport(const PolicyReportResult& result)
{
    const PolicyReport& r = result.report;
    TableSnapshot table;
    table.headers = { tr("Policy"), tr("Effect"), tr("Line"), tr("Decided"), tr("Errors"), tr("Findings") };
    for (const PolicyReportRow& p : r.policies) {
        QStringList findings;
        if (!p.shadowedBy.isEmpty())
            findings << tr("shadowed by %1").arg(p.shadowedBy.join(QStringLiteral(", ")));
        if (!p.duplicateOf.isEmpty())
            findings << tr("duplicate of %1").arg(p.duplicateOf.join(QStringLiteral(", ")));
        if (p.neverMatched())
            findings << tr("never decided a request");
        table.rows.append({ p.name, p.permit ? tr("permit") : tr("forbid"), p.line, p.determining, p.erroring,
            findings.join(QStringLiteral("; ")) });
    }
    m_model->setSnapshot(table);
    if (!result.error.isEmpty())
        m_summary->setText(result.error);
    else
        m_summary->setText(tr("<b>%1</b> version %2: %n policy(ies); %3 audited decision(s) against this text, %4 "
                              "allowed.",
            nullptr, int(r.policies.size()))
                               .arg(r.policySet.toHtmlEscaped())
                               .arg(r.version)
                               .arg(r.decisions)
                               .arg(r.allowed));
}

} // namespace traceo
