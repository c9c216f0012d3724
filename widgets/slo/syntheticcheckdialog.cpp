#include "syntheticcheckdialog.h"

#include "core/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace traceo {

namespace {

QSpinBox* spinBox(QWidget* parent, const QString& objectName, int min, int max, int value, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

SyntheticCheckDialog::SyntheticCheckDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(lineEdit(this, QStringLiteral("name"), tr("api-health")))
    , m_url(lineEdit(this, QStringLiteral("url"), tr("https://api.example.com/healthz")))
    , m_method(new QComboBox(this))
    , m_expect(lineEdit(this, QStringLiteral("expect"), tr("200-299")))
    , m_latency(spinBox(this, QStringLiteral("latency"), 1, 600000, 500, tr(" ms")))
    , m_timeout(spinBox(this, QStringLiteral("timeout"), 1, 600000, 5000, tr(" ms")))
    , m_interval(spinBox(this, QStringLiteral("interval"), 1, 86400, 30, tr(" s")))
    , m_body(lineEdit(this, QStringLiteral("body"), tr("optional: text a good answer contains")))
    , m_service(lineEdit(this, QStringLiteral("service"), tr("checkout")))
    , m_objective(new QDoubleSpinBox(this))
    , m_period(spinBox(this, QStringLiteral("period"), 1, 366, 30, tr(" days")))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a synthetic check"));
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItems({ QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("OPTIONS") });
    m_expect->setText(QStringLiteral("200-299"));
    m_objective->setObjectName(QStringLiteral("objective"));
    m_objective->setDecimals(3);
    m_objective->setRange(1, 99.999);
    m_objective->setValue(99.9);
    m_objective->setSuffix(tr(" %"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Expected status:"), m_expect);
    form->addRow(tr("&Latency threshold:"), m_latency);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Body contains:"), m_body);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    for (QLineEdit* edit : { m_name, m_url, m_expect, m_body, m_service })
        connect(edit, &QLineEdit::textChanged, this, &SyntheticCheckDialog::validate);
    for (QSpinBox* box : { m_latency, m_timeout, m_interval, m_period })
        connect(box, &QSpinBox::valueChanged, this, &SyntheticCheckDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SyntheticCheckDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SyntheticCheck SyntheticCheckDialog::check() const
{
    SyntheticCheck c;
    c.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.method = m_method->currentText();
    try {
        c.expect = StatusRanges::parse(m_expect->text(), tr("Expected status"));
    } catch (const Error&) {
        c.expect.ranges.clear(); // problem() names the mistake
    }
    c.latencyThresholdMs = m_latency->value();
    c.timeoutMs = m_timeout->value();
    c.intervalSeconds = m_interval->value();
    c.bodyContains = m_body->text();
    return c;
}

SloDefinition SyntheticCheckDialog::slo() const
{
    return { 0, m_service->text().trimmed(), m_name->text().trimmed(), m_objective->value() / 100, m_period->value() };
}

void SyntheticCheckDialog::validate()
{
    m_problemText.clear();
    try {
        StatusRanges::parse(m_expect->text(), tr("Expected status"));
        m_problemText = syntheticCheckProblem(check());
    } catch (const Error& e) {
        m_problemText = e.message();
    }
    if (m_problemText.isEmpty() && m_service->text().trimmed().isEmpty())
        m_problemText = tr("Service: the check's SLO needs a service.");
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problemText.isEmpty());
}

} // namespace traceo
