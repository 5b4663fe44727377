#include "ExportTables.h"

#include "kpi/KpiService.h"
#include "report/KpiCatalog.h"
#include "scoring/ScoreCalculator.h"
#include "storage/EvaluationReportStore.h"
#include "storage/RubricStore.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace qadesk {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant localTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid()) {
        return {};
    }
    // Spreadsheet dates have no zone: write the wall-clock time of the export's zone (named in the header).
    const QDateTime local = utc.toTimeZone(zone);
    return QDateTime(local.date(), local.time());
}

} // namespace

ExportTable ExportTables::evaluations(Connection &connection, const KpiFilter &filter, bool chinese,
                                      const ProgressCallback &progress)
{
    EvaluationReportStore store(connection);
    const QList<EvaluationRecord> records = store.list(filter);
    reportProgress(progress, 0, records.size());
    const QHash<qint64, QList<DimensionEvaluation>> scores = store.dimensionScores(filter);

    // Every rubric version the evaluations used; dimensions in the newest version's order, then any that only
    // older versions had.
    QList<int> versionIds;
    for (const EvaluationRecord &r : records) {
        if (!versionIds.contains(r.rubricVersionId)) {
            versionIds << r.rubricVersionId;
        }
    }
    std::sort(versionIds.begin(), versionIds.end(), std::greater<>());
    RubricStore rubricStore(connection);
    QHash<int, Rubric> rubrics;
    QStringList dimensionKeys;
    QHash<QString, QString> dimensionNames;
    for (const int id : versionIds) {
        const Rubric rubric = rubricStore.load(id);
        rubrics.insert(id, rubric);
        for (const RubricDimension &d : rubric.dimensions) {
            if (!dimensionKeys.contains(d.key)) {
                dimensionKeys << d.key;
                dimensionNames.insert(d.key, d.name(chinese));
            }
        }
    }

    const QString zone = QString::fromUtf8(filter.zone.id());
    ExportTable table;
    table.sheetName = tr("Evaluations");
    table.columns = {{tr("Evaluation"), CellType::Integer, 0, 10},
                     {tr("Interaction"), CellType::Text, 0, 20},
                     {tr("Started (%1)").arg(zone), CellType::DateTime, 0, 17},
                     {tr("Channel"), CellType::Text, 0, 9},
                     {tr("Category"), CellType::Text, 0, 13},
                     {tr("Agent ID"), CellType::Text, 0, 10},
                     {tr("Agent"), CellType::Text, 0, 12},
                     {tr("Team"), CellType::Text, 0, 14},
                     {tr("Inspector"), CellType::Text, 0, 12},
                     {tr("Status"), CellType::Text, 0, 10}};
    for (const QString &key : dimensionKeys) {
        table.columns << ExportColumn{dimensionNames.value(key), CellType::Integer, 0, 10};
    }
    table.columns << ExportColumn{tr("Score"), CellType::Number, 2, 9}
                  << ExportColumn{tr("Grade key"), CellType::Text, 0, 18}
                  << ExportColumn{tr("Grade"), CellType::Text, 0, 12}
                  << ExportColumn{tr("Critical item failed"), CellType::Boolean, 0, 11}
                  << ExportColumn{tr("Submitted (%1)").arg(zone), CellType::DateTime, 0, 17}
                  << ExportColumn{tr("Overall comment"), CellType::Text, 0, 60};

    table.rows.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i % 1000 == 0) {
            reportProgress(progress, i, records.size());
        }
        const EvaluationRecord &r = records.at(i);
        QVariantList row{r.evaluationId,
                         r.externalId,
                         localTime(r.startedAt, filter.zone),
                         r.channel,
                         r.category,
                         r.agentCode,
                         r.agentName,
                         r.teamName,
                         r.inspector,
                         r.status};
        const QList<DimensionEvaluation> dimensions = scores.value(r.evaluationId);
        for (const QString &key : dimensionKeys) {
            QVariant cell;
            for (const DimensionEvaluation &d : dimensions) {
                if (d.key == key) {
                    cell = d.notApplicable ? QVariant(QStringLiteral("N/A"))
                                           : (d.score ? QVariant(*d.score) : QVariant());
                }
            }
            row << cell;
        }
        QString grade;
        for (const GradeBand &band : rubrics.value(r.rubricVersionId).gradeBands) {
            if (band.key == r.gradeKey) {
                grade = band.name(chinese);
            }
        }
        row << (r.score ? QVariant(ScoreCalculator::shownScore(*r.score)) : QVariant())
            << (r.gradeKey.isEmpty() ? QVariant() : QVariant(r.gradeKey))
            << (grade.isEmpty() ? QVariant() : QVariant(grade)) << r.criticalFailed
            << localTime(r.submittedAt, filter.zone) << r.overallComment;
        table.rows << row;
    }
    reportProgress(progress, records.size(), records.size());
    return table;
}

ExportTable ExportTables::kpis(Connection &connection, const KpiFilter &filter)
{
    ExportTable table;
    table.sheetName = tr("KPIs");
    table.columns = {{tr("Period start"), CellType::Date, 0, 12}, {tr("Interactions"), CellType::Integer, 0, 12}};
    const QList<KpiMeasure> measures = KpiCatalog::measures();
    // The columns of `qadesk-cli kpi`, in its order: a rate, then its n where the KPI has its own sample.
    const QHash<QString, QString> nTitles{{QStringLiteral("csat"), tr("CSAT responses")},
                                          {QStringLiteral("nps"), tr("NPS responses")},
                                          {QStringLiteral("ces"), tr("CES responses")},
                                          {QStringLiteral("fcr"), tr("FCR known")}};
    for (const KpiMeasure &m : measures) {
        table.columns << ExportColumn{m.label, CellType::Number, 2, 11};
        if (nTitles.contains(m.key)) {
            table.columns << ExportColumn{nTitles.value(m.key), CellType::Integer, 0, 10};
        }
    }
    table.columns << ExportColumn{tr("Evaluations"), CellType::Integer, 0, 12};
    for (const KpiValues &v : KpiService(connection).compute(filter)) {
        QVariantList row{v.start.isValid() ? QVariant(v.start) : QVariant(), v.interactions};
        for (const KpiMeasure &m : measures) {
            row << optionalNumber(m.value(v));
            if (nTitles.contains(m.key)) {
                row << m.n(v);
            }
        }
        row << v.evaluations;
        table.rows << row;
    }
    return table;
}

} // namespace qadesk
