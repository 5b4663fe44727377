#include "TargetsDialog.h"

#include "DashboardFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qadesk {

namespace {

void configure(QDoubleSpinBox *box, const KpiDefinition &d)
{
    switch (d.unit) {
    case KpiUnit::Percent:
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        break;
    case KpiUnit::NpsPoints:
        box->setRange(-100, 100);
        box->setDecimals(1);
        break;
    case KpiUnit::Seconds:
        box->setRange(0, 36000);
        box->setDecimals(d.kpi == Kpi::Aht ? 0 : 1);
        box->setSuffix(DashboardFormat::tr(" s"));
        break;
    case KpiUnit::Score:
        box->setRange(0, 100);
        box->setDecimals(1);
        break;
    }
}

} // namespace

TargetsDialog::TargetsDialog(const KpiTargets &current, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("KPI targets"));
    auto *intro = new QLabel(tr("A tile is green when its KPI meets the target, amber when it misses it by no more than "
                                "the amber margin, and red beyond."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("KPI"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Target"), this), 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Amber margin"), this), 0, 3);
    int line = 1;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        Row row;
        row.enabled = new QCheckBox(d.name(), this);
        row.enabled->setObjectName(QStringLiteral("target_enabled_") + d.key);
        auto *bound = new QLabel(d.higherIsBetter ? QStringLiteral("\u2265") : QStringLiteral("\u2264"), this);
        bound->setToolTip(d.higherIsBetter ? tr("Higher is better") : tr("Lower is better"));
        row.target = new QDoubleSpinBox(this);
        row.target->setObjectName(QStringLiteral("target_") + d.key);
        configure(row.target, d);
        row.margin = new QDoubleSpinBox(this);
        row.margin->setObjectName(QStringLiteral("target_margin_") + d.key);
        configure(row.margin, d);
        row.margin->setMinimum(0);
        connect(row.enabled, &QCheckBox::toggled, row.target, &QWidget::setEnabled);
        connect(row.enabled, &QCheckBox::toggled, row.margin, &QWidget::setEnabled);
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(bound, line, 1);
        grid->addWidget(row.target, line, 2);
        grid->addWidget(row.margin, line, 3);
        m_rows.insert(d.kpi, row);
        ++line;
        if (d.kpi == Kpi::FirstResponse) {
            // E-mail is answered in hours: its own target, used when the dashboard is filtered to e-mail.
            m_email.enabled = new QCheckBox(tr("%1, e-mail").arg(d.name()), this);
            m_email.enabled->setObjectName(QStringLiteral("target_enabled_first_response_email"));
            m_email.target = new QDoubleSpinBox(this);
            m_email.target->setObjectName(QStringLiteral("target_first_response_email"));
            m_email.target->setRange(0.1, 168);
            m_email.target->setDecimals(1);
            m_email.target->setSuffix(tr(" h"));
            connect(m_email.enabled, &QCheckBox::toggled, m_email.target, &QWidget::setEnabled);
            grid->addWidget(m_email.enabled, line, 0);
            grid->addWidget(new QLabel(QStringLiteral("\u2264"), this), line, 1);
            grid->addWidget(m_email.target, line, 2);
            ++line;
        }
    }
    auto *buttons = new QDialogButtonBox(editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults
                                                  : QDialogButtonBox::Close,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (editable) {
        connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this]() { load(true); });
    }
    auto *scope = new QLabel(editable ? tr("These targets are the organisation's: everyone's dashboard and reports use "
                                           "them. Changes are recorded in the audit log.")
                                      : tr("These targets are the organisation's. A QA manager or an administrator "
                                           "changes them."),
                             this);
    scope->setObjectName(QStringLiteral("targetsScope"));
    scope->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(scope);
    layout->addWidget(buttons);
    load(false);
    if (!editable) {
        QList<Row> rows = m_rows.values();
        rows << m_email;
        for (const Row &row : std::as_const(rows)) {
            row.enabled->setEnabled(false);
            for (QDoubleSpinBox *box : {row.target, row.margin}) {
                if (box) {
                    box->setReadOnly(true);
                    box->setButtonSymbols(QAbstractSpinBox::NoButtons);
                }
            }
        }
    }
}

void TargetsDialog::load(bool defaults)
{
    for (const KpiDefinition &d : KpiCatalog::all()) {
        const Row &row = m_rows.value(d.kpi);
        const std::optional<double> target = defaults ? KpiTargets::defaultTarget(d.key) : m_current.target(d.key);
        row.enabled->setChecked(target.has_value());
        row.target->setEnabled(target.has_value());
        row.margin->setEnabled(target.has_value());
        row.target->setValue(target.value_or(KpiTargets::defaultTarget(d.key).value_or(0)));
        row.margin->setValue(defaults ? d.defaultAmberMargin : m_current.margin(d.key));
    }
    const QString email = KpiTargets::channelKey(Kpi::FirstResponse, QStringLiteral("email"));
    const std::optional<double> target = defaults ? KpiTargets::defaultTarget(email) : m_current.target(email);
    m_email.enabled->setChecked(target.has_value());
    m_email.target->setEnabled(target.has_value());
    m_email.target->setValue(target.value_or(KpiTargets::defaultTarget(email).value_or(3600)) / 3600);
}

KpiTargets TargetsDialog::result() const
{
    KpiTargets targets;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        const Row &row = m_rows.value(d.kpi);
        targets.setTarget(d.key, row.enabled->isChecked() ? std::optional<double>(row.target->value()) : std::nullopt);
        targets.setMargin(d.key, row.margin->value());
    }
    targets.setTarget(KpiTargets::channelKey(Kpi::FirstResponse, QStringLiteral("email")),
                      m_email.enabled->isChecked() ? std::optional<double>(m_email.target->value() * 3600) : std::nullopt);
    return targets;
}

} // namespace qadesk
