#include "CalibrationAgreementView.h"

#include "calibration/CalibrationText.h"
#include "CalibrationTables.h"
#include "domain/Rubric.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qadesk {

using namespace calibrationtables;

CalibrationAgreementView::CalibrationAgreementView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("calibrationVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdict);
    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("Level"), tr("Alpha"), tr("95 % interval"), tr("Reading"),
                                        tr("n (interactions / values)"), tr("Deviation from expert"), tr("Alignment")});
    m_table = makeTable(m_model, QStringLiteral("calibrationAgreement"), this);
    layout->addWidget(m_table);
    auto *note = new QLabel(CalibrationText::readingNote(), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6670"));
    layout->addWidget(note);
    layout->addStretch(1);
}

void CalibrationAgreementView::setResults(const CalibrationResults &r)
{
    const bool chinese = prefersChinese();
    m_model->removeRows(0, m_model->rowCount());
    const AgreementRow *overall = nullptr;
    for (const AgreementRow &row : r.rows) {
        if (row.kind == AgreementKind::Score) {
            overall = &row;
        }
        auto *name = cell(CalibrationText::rowName(row, chinese));
        if (row.kind == AgreementKind::Score || row.kind == AgreementKind::AllDimensions) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        auto *alpha = cell(CalibrationText::alpha(row.alpha.alpha), Qt::AlignRight | Qt::AlignVCenter);
        auto *reading = cell(CalibrationText::readingName(row.reading));
        reading->setForeground(readingColor(row.reading));
        if (!row.alpha.alpha) {
            alpha->setForeground(readingColor(AlphaReading::Undefined));
            alpha->setToolTip(CalibrationText::reasonText(row));
            reading->setToolTip(CalibrationText::reasonText(row));
        }
        m_model->appendRow(
            {name, cell(CalibrationText::levelName(row.level)), alpha,
             cell(CalibrationText::interval(row.interval), Qt::AlignCenter), reading,
             cell(QStringLiteral("%1 / %2").arg(row.alpha.units).arg(row.alpha.values), Qt::AlignCenter),
             cell(row.meanAbsoluteDeviation ? QString::number(*row.meanAbsoluteDeviation, 'f', 2) : QStringLiteral("—"),
                  Qt::AlignRight | Qt::AlignVCenter),
             cell(CalibrationText::percent(row.alignment), Qt::AlignRight | Qt::AlignVCenter)});
    }
    fitHeight(m_table);
    if (overall) {
        m_verdict->setText(tr("Weighted score: alpha <b>%1</b> %2, <span style=\"color:%3\"><b>%4</b></span> · %5 of "
                              "%6 scores submitted")
                               .arg(CalibrationText::alpha(overall->alpha.alpha),
                                    CalibrationText::interval(overall->interval), readingColor(overall->reading).name(),
                                    CalibrationText::readingName(overall->reading))
                               .arg(r.scoresSubmitted)
                               .arg(r.scoresExpected));
    }
}

} // namespace qadesk
