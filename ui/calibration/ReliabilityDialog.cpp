#include "ReliabilityDialog.h"

#include "calibration/CalibrationService.h"
#include "calibration/CalibrationText.h"
#include "CalibrationTables.h"
#include "CalibrationWorker.h"
#include "storage/RubricStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace qadesk {
namespace {

struct Loaded
{
    ReliabilityResults results;
    Rubric rubric;
};

QStandardItem *alphaItem(const ReliabilityCell &cell)
{
    auto *item = new QStandardItem(CalibrationText::alpha(cell.alpha.alpha));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(calibrationtables::readingColor(cell.reading));
    item->setToolTip(QCoreApplication::translate("qadesk::ReliabilityDialog", "%1 · %2 · n = %3 values")
                         .arg(CalibrationText::readingName(cell.reading), CalibrationText::interval(cell.interval))
                         .arg(cell.alpha.values));
    return item;
}

QTableView *makeTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

ReliabilityDialog::ReliabilityDialog(QString databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath))
{
    setObjectName(QStringLiteral("reliabilityDialog"));
    setWindowTitle(tr("Continuous reliability"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("reliabilitySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Alpha by month of the double-scored pairs (hover for the interval and n)"), this));
    m_alpha = new QStandardItemModel(this);
    m_alphaTable = makeTable(m_alpha, QStringLiteral("reliabilityAlpha"), this);
    layout->addWidget(m_alphaTable, 1);
    layout->addWidget(
        new QLabel(tr("Drift: each inspector's mean weighted score minus their partner's, points (n)"), this));
    m_drift = new QStandardItemModel(this);
    m_driftTable = makeTable(m_drift, QStringLiteral("reliabilityDrift"), this);
    layout->addWidget(m_driftTable, 1);
    auto *note = new QLabel(CalibrationText::readingNote(), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6670"));
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);

    const QTimeZone zone = QTimeZone::systemTimeZone();
    runCalibrationWork<Loaded>(
        this, m_databasePath,
        [zone](Connection &c) {
            Loaded loaded;
            loaded.rubric = RubricStore(c).current();
            CalibrationAnalysis::Options options;
            options.resamples = 500;
            loaded.results = CalibrationService(c).reliability(zone, options);
            return loaded;
        },
        [this](const Loaded &data) {
            m_loading = false;
            showResults(data.results, data.rubric);
            emit loaded();
        },
        [this](const QString &message) {
            m_loading = false;
            m_summary->setText(message);
            emit loaded();
        });
}

void ReliabilityDialog::showResults(const ReliabilityResults &r, const Rubric &rubric)
{
    const bool chinese = prefersChinese();
    m_summary->setText(
        r.overall.pairs == 0
            ? tr("No double-scored pairs yet. Draw a sample with \"Double-score\" set (Tools → Sample…); the second "
                 "inspector scores the share on the Calibration page. %n second score(s) wait for the first "
                 "inspector's evaluation.",
                 nullptr, r.pending)
            : tr("%n pair(s) of a plan inspector's evaluation and a second inspector's blind score.", nullptr,
                 int(r.overall.pairs)) +
                  (r.pending > 0 ? QLatin1Char(' ') + tr("%n more wait for the first evaluation.", nullptr, r.pending)
                                 : QString()));
    QStringList headers{tr("Month"), tr("Pairs")};
    for (const RubricDimension &d : rubric.dimensions) {
        headers << d.name(chinese);
    }
    headers << tr("Weighted score");
    m_alpha->clear();
    m_alpha->setHorizontalHeaderLabels(headers);
    QList<ReliabilityPeriod> rows{r.overall}; // the whole first: a month holds few pairs
    rows << r.periods;
    for (const ReliabilityPeriod &p : rows) {
        QList<QStandardItem *> items{
            new QStandardItem(p.month.isValid() ? p.month.toString(QStringLiteral("yyyy-MM")) : tr("All months")),
            new QStandardItem(QString::number(p.pairs))};
        for (const ReliabilityCell &cell : p.dimensions) {
            items << alphaItem(cell);
        }
        items << alphaItem(p.score);
        if (!p.month.isValid()) {
            for (QStandardItem *item : items) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        m_alpha->appendRow(items);
    }
    m_alphaTable->resizeColumnsToContents();

    QStringList driftHeaders{tr("Inspector"), tr("Overall (95 % interval)")};
    for (const ReliabilityPeriod &p : r.periods) {
        driftHeaders << p.month.toString(QStringLiteral("yyyy-MM"));
    }
    m_drift->clear();
    m_drift->setHorizontalHeaderLabels(driftHeaders);
    for (const InspectorDrift &d : r.drift) {
        QList<QStandardItem *> items{new QStandardItem(d.inspector),
                                     new QStandardItem(QStringLiteral("%1 %2 (%3)")
                                                           .arg(CalibrationText::signedPoints(d.overall),
                                                                CalibrationText::interval(d.interval, 1))
                                                           .arg(d.overallN))};
        for (int m = 0; m < d.monthly.size(); ++m) {
            items << new QStandardItem(d.monthlyN.at(m) > 0 ? QStringLiteral("%1 (%2)")
                                                                  .arg(CalibrationText::signedPoints(d.monthly.at(m)))
                                                                  .arg(d.monthlyN.at(m))
                                                            : QStringLiteral("—"));
        }
        m_drift->appendRow(items);
    }
    m_driftTable->resizeColumnsToContents();
}

} // namespace qadesk
