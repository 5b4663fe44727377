#include "CalibrationGradersView.h"

#include "calibration/CalibrationText.h"
#include "CalibrationHeatMap.h"
#include "CalibrationTables.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qadesk {

using namespace calibrationtables;

CalibrationGradersView::CalibrationGradersView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Grader"), tr("n"), tr("Leniency (points)"), tr("95 % interval"), tr("Versus the expert")});
    m_table = makeTable(m_model, QStringLiteral("calibrationGraders"), this);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table);
    auto *consensus = new QLabel(CalibrationText::consensusNote(), this);
    consensus->setWordWrap(true);
    consensus->setStyleSheet(QStringLiteral("color: #5f6670"));
    layout->addWidget(consensus);
    auto *heatTitle =
        new QLabel(tr("Weighted scores, interaction × grader (blue: above the others, red: below)"), this);
    QFont bold = heatTitle->font();
    bold.setBold(true);
    heatTitle->setFont(bold);
    layout->addWidget(heatTitle);
    m_heatMap = new CalibrationHeatMap(this);
    layout->addWidget(m_heatMap);
    layout->addStretch(1);
}

void CalibrationGradersView::setReport(const CalibrationReport &report)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const GraderLeniency &g : report.results.graders) {
        m_model->appendRow({cell(g.expert ? tr("%1 (expert)").arg(g.grader) : g.grader),
                            cell(QString::number(g.n), Qt::AlignCenter),
                            cell(CalibrationText::signedPoints(g.meanDeviation), Qt::AlignRight | Qt::AlignVCenter),
                            cell(CalibrationText::interval(g.interval, 1), Qt::AlignCenter),
                            cell(g.expert ? QStringLiteral("—") : CalibrationText::signedPoints(g.expertDeviation),
                                 Qt::AlignRight | Qt::AlignVCenter)});
    }
    fitHeight(m_table);
    m_heatMap->setReport(report);
}

} // namespace qadesk
