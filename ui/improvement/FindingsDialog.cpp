#include "FindingsDialog.h"

#include "improvement/ImprovementRules.h"
#include "improvement/RectificationService.h"
#include "services/DatabaseWorker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qadesk {

FindingsDialog::FindingsDialog(DatabaseWorker &worker, const Person &person, const ImprovementContext &context,
                               const QString &agentCode, QWidget *parent)
    : QDialog(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("findingsDialog"));
    setWindowTitle(tr("Below Target for 4 Weeks"));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("findingsIntro"));
    const auto describe = [intro, today = context.today](double target) {
        intro->setText(tr("Agents whose weekly mean level on a dimension stayed below the dimension target (%1) in "
                          "each of the 4 weeks up to %2.")
                           .arg(QLocale().toString(target, 'f', 1), QLocale().toString(today, QLocale::ShortFormat)));
    };
    describe(kPassingLevel);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setHorizontalHeaderLabels({tr("Agent"), tr("Team"), tr("Dimension"), tr("Weekly means (n)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_raise = buttons->addButton(tr("&Raise rectification…"), QDialogButtonBox::ActionRole);
    m_raise->setObjectName(QStringLiteral("raiseFromFindingButton"));
    m_raise->setEnabled(false);
    const QString why = ImprovementRules::whyNotAssign(person, person.team);
    m_raise->setToolTip(why);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_raise, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_findings.size()) {
            emit raiseRequested(m_findings.at(row));
            accept();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);

    const QHash<QString, QString> names = context.dimensionNames();
    const QDate today = context.today;
    using Found = std::pair<double, QList<DimensionFinding>>;
    m_worker.request<Found>(
        this,
        [person, today, agentCode](Connection &c) {
            RectificationService service(c, person);
            const double target = service.dimensionTarget();
            return Found(target, service.findings(today, 4, target, agentCode));
        },
        [this, names, why, describe](Found found) {
            describe(found.first);
            const QList<DimensionFinding> &findings = found.second;
            m_findings = findings;
            m_table->setRowCount(int(findings.size()));
            for (int row = 0; row < findings.size(); ++row) {
                const DimensionFinding &f = findings.at(row);
                QStringList weeks;
                for (const WeeklyMean &w : f.weeks) {
                    weeks << QStringLiteral("%1 (%2)").arg(QLocale().toString(w.mean, 'f', 2)).arg(w.n);
                }
                const QStringList cells{f.agentName.isEmpty() ? f.agentCode
                                                              : QStringLiteral("%1 (%2)").arg(f.agentName, f.agentCode),
                                        f.teamName, names.value(f.dimensionKey, f.dimensionKey),
                                        weeks.join(QStringLiteral(" · "))};
                for (int column = 0; column < cells.size(); ++column) {
                    m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
                }
            }
            m_table->resizeColumnsToContents();
            if (!findings.isEmpty()) {
                m_table->selectRow(0);
            }
            m_raise->setEnabled(!findings.isEmpty() && why.isEmpty());
            m_message->setText(findings.isEmpty() ? tr("No agent is below target on a dimension for 4 weeks.")
                                                  : QString());
            m_table->setFocus();
            emit loaded();
        },
        [this](const QString &message) {
            m_message->setText(message);
            emit loaded();
        });
}

} // namespace qadesk
