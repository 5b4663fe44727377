#include "NewRectificationDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qadesk {

NewRectificationDialog::NewRectificationDialog(const ImprovementContext &context, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newRectificationDialog"));
    setWindowTitle(tr("Raise Rectification"));
    auto *form = new QFormLayout;
    m_source = new QLabel(tr("Raised by hand"), this);
    m_source->setWordWrap(true);
    form->addRow(tr("Source:"), m_source);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("rectificationAgent"));
    for (const AgentEntry &agent : context.agents) {
        m_agent->addItem(agent.name.isEmpty() ? agent.code : QStringLiteral("%1 (%2) · %3").arg(agent.name, agent.code,
                                                                                               agent.teamName),
                         agent.code);
    }
    form->addRow(tr("&Agent:"), m_agent);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("rectificationDimension"));
    m_dimension->addItem(tr("Whole evaluation (weighted score)"), QString());
    for (const auto &[key, name] : context.dimensions) {
        m_dimension->addItem(name, key);
    }
    form->addRow(tr("&Dimension:"), m_dimension);
    m_due = new QDateEdit(context.today.addDays(14), this);
    m_due->setObjectName(QStringLiteral("rectificationDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("D&ue date:"), m_due);
    m_action = new QPlainTextEdit(this);
    m_action->setObjectName(QStringLiteral("rectificationAction"));
    m_action->setTabChangesFocus(true);
    m_action->setPlaceholderText(tr("What the agent has to do, e.g. greet with the standard opening and confirm "
                                    "the customer's identity on every call."));
    m_action->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Required a&ction:"), m_action);
    m_checks = new QSpinBox(this);
    m_checks->setObjectName(QStringLiteral("rectificationChecks"));
    m_checks->setRange(1, 20);
    m_checks->setValue(kDefaultVerificationChecks);
    m_checks->setToolTip(tr("After the agent submits, this many of their next interactions are drawn onto the "
                            "verifier's queue; the item is verified when all of them pass."));
    form->addRow(tr("&Verify with next:"), m_checks);
    m_owner = new QLineEdit(this);
    m_owner->setPlaceholderText(tr("the agent's own login (default)"));
    form->addRow(tr("&Owner:"), m_owner);
    m_verifier = new QLineEdit(this);
    m_verifier->setPlaceholderText(tr("the evaluation's inspector, else you"));
    form->addRow(tr("Ve&rifier:"), m_verifier);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Raise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPlainTextEdit::textChanged, this, &NewRectificationDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
    resize(560, sizeHint().height());
}

void NewRectificationDialog::setSource(const QString &agentCode, const QString &dimensionKey, qint64 evaluationId,
                                       const QString &finding)
{
    m_evaluationId = evaluationId;
    m_finding = finding;
    const int agent = m_agent->findData(agentCode);
    if (agent >= 0) {
        m_agent->setCurrentIndex(agent);
    }
    m_agent->setEnabled(evaluationId == 0 && finding.isEmpty());
    const int dimension = m_dimension->findData(dimensionKey);
    if (dimension >= 0) {
        m_dimension->setCurrentIndex(dimension);
    }
    if (evaluationId > 0) {
        m_source->setText(tr("Evaluation %1").arg(evaluationId));
    } else if (!finding.isEmpty()) {
        m_source->setText(tr("Dashboard finding: below target on this dimension for consecutive weeks"));
        m_dimension->setEnabled(false);
    }
}

void NewRectificationDialog::validate()
{
    m_ok->setEnabled(!m_action->toPlainText().trimmed().isEmpty() && m_agent->count() > 0);
}

NewRectification NewRectificationDialog::item() const
{
    NewRectification n;
    n.agentCode = m_agent->currentData().toString();
    n.dimensionKey = m_dimension->currentData().toString();
    n.evaluationId = m_evaluationId;
    n.finding = m_finding;
    n.owner = m_owner->text().trimmed();
    n.verifier = m_verifier->text().trimmed();
    n.dueDate = m_due->date();
    n.requiredAction = m_action->toPlainText().trimmed();
    n.checksRequired = m_checks->value();
    return n;
}

} // namespace qadesk
