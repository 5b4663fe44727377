#include "AcknowledgeDialog.h"

#include "SignaturePad.h"
#include "common/OrgTime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qadesk {

AcknowledgeDialog::AcknowledgeDialog(const QString &summary, const QString &expectedName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge Evaluation"));
    auto *layout = new QVBoxLayout(this);
    auto *statement = new QLabel(tr("I have read this evaluation and the evidence behind it.\n%1").arg(summary), this);
    statement->setWordWrap(true);
    layout->addWidget(statement);
    m_pad = new SignaturePad(this);
    auto *padLabel = new QLabel(tr("&Signature (optional):"), this);
    padLabel->setBuddy(m_pad);
    layout->addWidget(padLabel);
    layout->addWidget(m_pad, 1);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signatureName"));
    m_name->setPlaceholderText(expectedName);
    form->addRow(tr("Type your &name:"), m_name);
    form->addRow(tr("Time:"), new QLabel(OrgTime::text(QDateTime::currentDateTimeUtc()), this));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Acknowledge"));
    auto *clear = buttons->addButton(tr("C&lear Signature"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateOk);
    layout->addWidget(buttons);
    m_name->setFocus();
    updateOk();
}

QString AcknowledgeDialog::typedName() const
{
    return m_name->text().trimmed();
}

QString AcknowledgeDialog::signature() const
{
    return m_pad->strokesJson();
}

void AcknowledgeDialog::updateOk()
{
    m_ok->setEnabled(!typedName().isEmpty());
}

} // namespace qadesk
