#include "RectificationDialog.h"

#include "common/OrgTime.h"
#include "domain/DomainLabels.h"
#include "improvement/ImprovementRules.h"
#include "improvement/RectificationService.h"
#include "services/DatabaseWorker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qadesk {

RectificationDialog::RectificationDialog(DatabaseWorker &worker, const Person &person, const ImprovementContext &context,
                                         qint64 itemId, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_person(person), m_context(context), m_itemId(itemId)
{
    setObjectName(QStringLiteral("rectificationDialog"));
    setWindowTitle(tr("Rectification %1").arg(itemId));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rectificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *edit = new QGroupBox(tr("Item"), this);
    auto *form = new QFormLayout(edit);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_checks = new QSpinBox(this);
    m_checks->setRange(1, 20);
    m_action = new QPlainTextEdit(this);
    m_action->setTabChangesFocus(true);
    m_action->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_save = new QPushButton(tr("Sa&ve changes"), this);
    m_save->setShortcut(QKeySequence::Save);
    form->addRow(tr("D&ue date:"), m_due);
    form->addRow(tr("Required a&ction:"), m_action);
    form->addRow(tr("Verify &with next:"), m_checks);
    form->addRow(QString(), m_save);

    m_evidence = new QTableWidget(0, 5, this);
    m_evidence->setObjectName(QStringLiteral("verificationTable"));
    m_evidence->setHorizontalHeaderLabels(
        {tr("Round"), tr("Interaction"), tr("Started"), tr("Level / score"), tr("Result")});
    m_evidence->horizontalHeader()->setStretchLastSection(true);
    m_evidence->verticalHeader()->hide();
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *evidenceBox = new QGroupBox(tr("Verification interactions"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);

    m_history = new QPlainTextEdit(this);
    m_history->setObjectName(QStringLiteral("rectificationHistory"));
    m_history->setReadOnly(true);
    m_history->setTabChangesFocus(true);
    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("transitionNote"));
    m_note->setPlaceholderText(tr("Note for the history (required to reopen)"));
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_submit = new QPushButton(tr("Su&bmit"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_reopen = new QPushButton(tr("Re&open"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_print = new QPushButton(tr("&Print notice…"), this);
    m_print->setObjectName(QStringLiteral("printNoticeButton"));
    m_print->setShortcut(QKeySequence::Print);
    auto *transitions = new QHBoxLayout;
    transitions->addWidget(new QLabel(tr("&Note:"), this));
    qobject_cast<QLabel *>(transitions->itemAt(0)->widget())->setBuddy(m_note);
    transitions->addWidget(m_note, 1);
    for (QPushButton *button : {m_start, m_submit, m_verify, m_reopen}) {
        button->setAutoDefault(false);
        transitions->addWidget(button);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rectificationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(edit);
    left->addWidget(historyBox, 1);
    columns->addLayout(left, 1);
    columns->addWidget(evidenceBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(transitions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] { run(Step::Start); });
    connect(m_submit, &QPushButton::clicked, this, [this] { run(Step::Submit); });
    connect(m_verify, &QPushButton::clicked, this, [this] { run(Step::Verify); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { run(Step::Reopen); });
    connect(m_save, &QPushButton::clicked, this, [this] { run(Step::Save); });
    connect(m_print, &QPushButton::clicked, this, [this] { emit printRequested(m_detail); });
    for (QWidget *w : std::initializer_list<QWidget *>{m_start, m_submit, m_verify, m_reopen, m_save, m_print}) {
        w->setEnabled(false);
    }
    resize(980, 560);
    load();
}

void RectificationDialog::load()
{
    const Person person = m_person;
    const qint64 id = m_itemId;
    m_worker.request<RectificationDetail>(
        this, [person, id](Connection &c) { return RectificationService(c, person).show(id); },
        [this](RectificationDetail detail) { show(detail); }, [this](const QString &message) { fail(message); });
}

void RectificationDialog::show(const RectificationDetail &d)
{
    m_detail = d;
    const RectificationItem &r = d.item;
    const QString dimension = r.dimensionKey.isEmpty() ? tr("whole evaluation")
                                                       : m_context.dimensionNames().value(r.dimensionKey, r.dimensionKey);
    const int late = r.daysLate(m_context.today);
    m_summary->setText(
        tr("<b>No. %1</b> · %2 (%3) · %4<br>State: <b>%5</b>%6<br>Owner: %7 · raised by %8 on %9 · verified by %10<br>"
           "Verification: %11 of %12 passed (round %13)")
            .arg(QString::number(r.id), r.agentName.toHtmlEscaped(), r.agentCode,
                 dimension.toHtmlEscaped(), DomainLabels::rectificationState(r.state).toHtmlEscaped(),
                 late > 0 ? tr(" · <span style='color:#c62828'>%n day(s) late</span>", nullptr, late) : QString(),
                 r.owner.toHtmlEscaped(), r.raisedBy.toHtmlEscaped(), OrgTime::local(r.raisedAt).date().toString(Qt::ISODate).toHtmlEscaped(),
                 r.verifier.toHtmlEscaped())
            .arg(r.checksPassed)
            .arg(r.checksRequired)
            .arg(r.round));
    m_due->setDate(r.dueDate);
    m_checks->setValue(r.checksRequired);
    m_action->setPlainText(r.requiredAction);
    QStringList lines;
    for (const RectificationHistoryEntry &h : d.history) {
        lines << tr("%1  %2: %3 → %4%5")
                     .arg(OrgTime::text(h.at), h.actor,
                          h.fromState.isEmpty() ? QStringLiteral("—") : DomainLabels::rectificationState(h.fromState),
                          DomainLabels::rectificationState(h.toState), h.note.isEmpty() ? QString() : QStringLiteral("  «%1»").arg(h.note));
    }
    m_history->setPlainText(lines.join(QLatin1Char('\n')));
    m_evidence->setRowCount(int(d.checks.size()));
    for (int row = 0; row < d.checks.size(); ++row) {
        const VerificationCheck &c = d.checks.at(row);
        const QString result = c.result == QLatin1String("pass")   ? tr("Passed")
                               : c.result == QLatin1String("fail") ? tr("Failed")
                               : c.result == QLatin1String("void") ? tr("Not applicable (replaced)")
                                                                   : tr("Waiting for evaluation");
        const QStringList cells{QString::number(c.round), c.externalId, OrgTime::text(c.startedAt),
                                c.level ? QLocale().toString(*c.level, 'f', *c.level == int(*c.level) ? 0 : 1) : QString(),
                                result};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (c.result == QLatin1String("fail")) {
                cell->setForeground(QColor(0xc6, 0x28, 0x28));
            }
            m_evidence->setItem(row, column, cell);
        }
    }
    m_evidence->resizeColumnsToContents();

    const QString work = ImprovementRules::whyNotWorkOn(m_person, r);
    const QString assign = ImprovementRules::whyNotVerify(m_person, r);
    const auto offer = [](QPushButton *button, bool stateAllows, const QString &why, const QString &stateReason) {
        button->setEnabled(stateAllows && why.isEmpty());
        button->setToolTip(!why.isEmpty() ? why : !stateAllows ? stateReason : QString());
    };
    const auto state = r.state;
    offer(m_start, state == RectificationState::Open || state == RectificationState::Reopened, work,
          tr("Only an open or reopened item is started."));
    offer(m_submit, state == RectificationState::InProgress, work, tr("Only an item in progress is submitted."));
    offer(m_verify, state == RectificationState::Submitted, assign,
          tr("Only a submitted item is verified, by its verification interactions."));
    offer(m_reopen, state == RectificationState::Submitted || state == RectificationState::Verified, assign,
          tr("Only a submitted or verified item is reopened."));
    const bool editable = assign.isEmpty() && state != RectificationState::Verified;
    for (QWidget *w : std::initializer_list<QWidget *>{m_due, m_checks, m_action, m_save}) {
        w->setEnabled(editable);
    }
    m_save->setToolTip(!assign.isEmpty() ? assign : editable ? QString() : tr("A verified item is reopened to change it."));
    m_print->setEnabled(true);
    m_message->clear();
    emit loaded();
}

void RectificationDialog::run(Step step)
{
    const Person person = m_person;
    const qint64 id = m_itemId;
    const QString note = m_note->text();
    RectificationEdit edit;
    if (step == Step::Save) {
        edit.dueDate = m_due->date();
        edit.requiredAction = m_action->toPlainText();
        edit.checksRequired = m_checks->value();
    }
    m_message->clear();
    m_worker.request<RectificationDetail>(
        this,
        [person, id, note, step, edit](Connection &c) {
            RectificationService service(c, person);
            switch (step) {
            case Step::Start:
                return service.start(id, note);
            case Step::Submit:
                return service.submit(id, note);
            case Step::Verify:
                return service.verify(id, note);
            case Step::Reopen:
                return service.reopen(id, note);
            case Step::Save:
                break;
            }
            return service.edit(id, edit);
        },
        [this](RectificationDetail detail) {
            m_note->clear();
            show(detail);
            emit changed(m_itemId);
        },
        [this](const QString &message) { fail(message); });
}

void RectificationDialog::fail(const QString &message)
{
    m_message->setText(message);
    emit loaded();
}

} // namespace qadesk
