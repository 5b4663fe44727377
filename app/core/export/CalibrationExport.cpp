#include "CalibrationExport.h"

#include "calibration/CalibrationText.h"

#include <functional>

namespace qadesk {
namespace {

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ExportTable CalibrationExport::agreement(const CalibrationReport &report, bool chinese)
{
    ExportTable table;
    table.sheetName = tr("Agreement");
    table.columns = {{tr("Item"), CellType::Text, 0, 28},
                     {tr("Key"), CellType::Text, 0, 22},
                     {tr("Level"), CellType::Text, 0, 10},
                     {tr("Alpha"), CellType::Number, 3, 9},
                     {tr("95% low"), CellType::Number, 3, 9},
                     {tr("95% high"), CellType::Number, 3, 9},
                     {tr("Reading"), CellType::Text, 0, 14},
                     {tr("Interactions (units)"), CellType::Integer, 0, 10},
                     {tr("Values (n)"), CellType::Integer, 0, 9},
                     {tr("Graders"), CellType::Integer, 0, 8},
                     {tr("Pairs with the expert"), CellType::Integer, 0, 10},
                     {tr("Mean absolute deviation from the expert"), CellType::Number, 2, 12},
                     {tr("Alignment %"), CellType::Number, 1, 10}};
    for (const AgreementRow &row : report.results.rows) {
        table.rows << QVariantList{CalibrationText::rowName(row, chinese),
                                   row.key,
                                   CalibrationText::levelName(row.level),
                                   numberOrNull(row.alpha.alpha),
                                   row.interval ? QVariant(row.interval->low) : QVariant(),
                                   row.interval ? QVariant(row.interval->high) : QVariant(),
                                   CalibrationText::readingName(row.reading),
                                   qint64(row.alpha.units),
                                   qint64(row.alpha.values),
                                   qint64(row.alpha.raters),
                                   qint64(row.expertPairs),
                                   numberOrNull(row.meanAbsoluteDeviation),
                                   row.alignment ? QVariant(*row.alignment * 100) : QVariant()};
    }
    return table;
}

ExportTable CalibrationExport::graders(const CalibrationReport &report)
{
    const CalibrationResults &r = report.results;
    ExportTable table;
    table.sheetName = tr("Graders");
    table.columns << ExportColumn{tr("Interaction"), CellType::Text, 0, 22};
    for (const QString &grader : r.graderNames) {
        table.columns << ExportColumn{grader == r.expert ? tr("%1 (expert)").arg(grader) : grader, CellType::Number, 2,
                                      12};
    }
    for (qsizetype u = 0; u < r.interactionIds.size(); ++u) {
        QVariantList row{report.externalId(r.interactionIds.at(u))};
        for (const HeatCell &cell : r.heatMap.at(u)) {
            row << numberOrNull(cell.score);
        }
        table.rows << row;
    }
    const auto summary = [&](const QString &title, const std::function<QVariant(const GraderLeniency &)> &value) {
        QVariantList row{title};
        for (const GraderLeniency &g : r.graders) {
            row << value(g);
        }
        table.rows << row;
    };
    summary(tr("Leniency (mean deviation from the consensus)"),
            [](const GraderLeniency &g) { return numberOrNull(g.meanDeviation); });
    summary(tr("Leniency 95% low"),
            [](const GraderLeniency &g) { return g.interval ? QVariant(g.interval->low) : QVariant(); });
    summary(tr("Leniency 95% high"),
            [](const GraderLeniency &g) { return g.interval ? QVariant(g.interval->high) : QVariant(); });
    summary(tr("Leniency n"), [](const GraderLeniency &g) { return QVariant(double(g.n)); });
    summary(tr("Mean deviation from the expert"),
            [](const GraderLeniency &g) { return numberOrNull(g.expertDeviation); });
    return table;
}

} // namespace qadesk
