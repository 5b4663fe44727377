#include "ProfileDialog.h"

#include "common/MessageBox.h"
#include "domain/DomainLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qadesk {

ProfileDialog::ProfileDialog(const QList<Person> &people, const QString &current, QWidget *parent)
    : QDialog(parent), m_people(people)
{
    // Those who run the place first, the agents (many) last.
    const auto rank = [](Role role) {
        switch (role) {
        case Role::Admin:
            return 0;
        case Role::QaManager:
            return 1;
        case Role::Lead:
            return 2;
        case Role::Inspector:
            return 3;
        case Role::Agent:
            return 4;
        }
        return 5;
    };
    std::stable_sort(m_people.begin(), m_people.end(),
                     [&](const Person &a, const Person &b) { return rank(a.role) < rank(b.role); });
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Who is working here?"));
    auto *intro = new QLabel(tr("QA Desk offers what your role needs. Choose yourself, or add yourself as a new "
                                "person. Evaluations and the audit log record your name."),
                             this);
    intro->setWordWrap(true);
    m_existing = new QRadioButton(tr("&I am:"), this);
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setPlaceholderText(tr("Find by name, login, role or team…"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("peopleList"));
    for (const Person &p : std::as_const(m_people)) {
        QString text = tr("%1 · %2").arg(p.name, DomainLabels::role(roleKey(p.role)));
        if (!p.team.isEmpty()) {
            text = tr("%1 · %2").arg(text, p.team);
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.login);
        item->setToolTip(p.login);
        if (p.login == current) {
            m_list->setCurrentItem(item);
        }
    }
    m_new = new QRadioButton(tr("I am &new here:"), this);
    m_new->setObjectName(QStringLiteral("newRadio"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Your name, e.g. 王芳"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const Role role : allRoles()) {
        m_role->addItem(DomainLabels::role(roleKey(role)), roleKey(role));
    }
    m_role->setCurrentIndex(m_role->findData(roleKey(Role::Inspector)));
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentEdit"));
    m_agent->setPlaceholderText(tr("Your agent code, e.g. A005"));
    m_team = new QLineEdit(this);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_team->setPlaceholderText(tr("The team you lead, e.g. 售后一组"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("A&gent code:"), m_agent);
    form->addRow(tr("&Team:"), m_team);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_existing);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    layout->addLayout(form);
    layout->addWidget(buttons);

    (m_people.isEmpty() ? m_new : m_existing)->setChecked(true);
    m_existing->setEnabled(!m_people.isEmpty());
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    for (QRadioButton *radio : {m_existing, m_new}) {
        connect(radio, &QRadioButton::toggled, this, &ProfileDialog::updateState);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_new->setChecked(true); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfileDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &ProfileDialog::filter);
    updateState();
    resize(460, 420);
}

void ProfileDialog::updateState()
{
    const bool isNewPerson = m_new->isChecked();
    m_list->setEnabled(!isNewPerson);
    m_filter->setEnabled(!isNewPerson && m_list->count() > 0);
    m_name->setEnabled(isNewPerson);
    m_role->setEnabled(isNewPerson);
    m_agent->setEnabled(isNewPerson && m_role->currentData().toString() == roleKey(Role::Agent));
    m_team->setEnabled(isNewPerson && m_role->currentData().toString() == roleKey(Role::Lead));
    (isNewPerson ? static_cast<QWidget *>(m_name) : m_list)->setFocus();
}

void ProfileDialog::filter(const QString &text)
{
    m_existing->setChecked(true);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text, Qt::CaseInsensitive)
                           || item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first) {
            first = item;
        }
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden())) {
        m_list->setCurrentItem(first);
    }
    m_filter->setFocus();
}

bool ProfileDialog::isNew() const
{
    return m_new->isChecked();
}

Person ProfileDialog::chosen() const
{
    if (!isNew()) {
        const QString login = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        for (const Person &p : m_people) {
            if (p.login == login) {
                return p;
            }
        }
        return {};
    }
    Person p;
    p.name = m_name->text().trimmed();
    p.login = p.name;
    p.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Inspector);
    p.agentCode = p.role == Role::Agent ? m_agent->text().trimmed() : QString();
    p.team = p.role == Role::Lead ? m_team->text().trimmed() : QString();
    return p;
}

void ProfileDialog::accept()
{
    const Person p = chosen();
    if (isNew() && p.name.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter your name: evaluations are recorded under it."));
        m_name->setFocus();
        return;
    }
    if (isNew() && p.role == Role::Agent && p.agentCode.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter your agent code: it links you to your evaluations."));
        m_agent->setFocus();
        return;
    }
    if (!isNew() && p.login.isEmpty()) {
        return;
    }
    QDialog::accept();
}

} // namespace qadesk
