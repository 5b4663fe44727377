#include "ExportTables.h"

#include "kpi/ZoneRules.h"
#include "kpi/KpiService.h"
#include "kpi/KpiCatalog.h"
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

namespace {

// The columns of the evaluation export and how one evaluation fills them. Dimensions come in the newest rubric
// version's order, then any that only older versions had.
class EvaluationColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExportTables)

public:
    EvaluationColumns(Connection &connection, const KpiFilter &filter, bool chinese)
        : m_zone(filter.zone)
        , m_chinese(chinese)
    {
        RubricStore rubricStore(connection);
        QHash<QString, QString> dimensionNames;
        for (const int id : EvaluationReportStore(connection).rubricVersionIds(filter)) {
            const Rubric rubric = rubricStore.load(id);
            m_rubrics.insert(id, rubric);
            for (const RubricDimension &d : rubric.dimensions) {
                if (!m_keys.contains(d.key)) {
                    m_keys << d.key;
                    dimensionNames.insert(d.key, d.name(chinese));
                }
            }
        }
        const QString zone = zoneLabel(filter.zone);
        m_columns = {{tr("Evaluation"), CellType::Integer, 0, 10},
                     {tr("Interaction"), CellType::Text, 0, 20},
                     {tr("Started (%1)").arg(zone), CellType::DateTime, 0, 17},
                     {tr("Channel"), CellType::Text, 0, 9},
                     {tr("Category"), CellType::Text, 0, 13},
                     {tr("Agent ID"), CellType::Text, 0, 10},
                     {tr("Agent"), CellType::Text, 0, 12},
                     {tr("Team"), CellType::Text, 0, 14},
                     {tr("Inspector"), CellType::Text, 0, 12},
                     {tr("Status"), CellType::Text, 0, 10}};
        for (const QString &key : m_keys) {
            m_columns << ExportColumn{dimensionNames.value(key), CellType::Integer, 0, 10};
        }
        m_columns << ExportColumn{tr("Score"), CellType::Number, 2, 9}
                  << ExportColumn{tr("Grade key"), CellType::Text, 0, 18}
                  << ExportColumn{tr("Grade"), CellType::Text, 0, 12}
                  << ExportColumn{tr("Critical item failed"), CellType::Boolean, 0, 11}
                  << ExportColumn{tr("Submitted (%1)").arg(zone), CellType::DateTime, 0, 17}
                  << ExportColumn{tr("Overall comment"), CellType::Text, 0, 60};
    }

    const QList<ExportColumn> &columns() const { return m_columns; }

    QVariantList row(const EvaluationRecord &r, const QList<DimensionEvaluation> &dimensions) const
    {
        QVariantList row{r.evaluationId, r.externalId, localTime(r.startedAt, m_zone), r.channel, r.category,
                         r.agentCode,    r.agentName,  r.teamName,                     r.inspector, r.status};
        for (const QString &key : m_keys) {
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
        for (const GradeBand &band : m_rubrics.value(r.rubricVersionId).gradeBands) {
            if (band.key == r.gradeKey) {
                grade = band.name(m_chinese);
            }
        }
        row << (r.score ? QVariant(ScoreCalculator::officialScore(*r.score)) : QVariant())
            << (r.gradeKey.isEmpty() ? QVariant() : QVariant(r.gradeKey))
            << (grade.isEmpty() ? QVariant() : QVariant(grade)) << r.criticalFailed << localTime(r.submittedAt, m_zone)
            << r.overallComment;
        return row;
    }

private:
    QTimeZone m_zone;
    bool m_chinese;
    QHash<int, Rubric> m_rubrics;
    QStringList m_keys;
    QList<ExportColumn> m_columns;
};

} // namespace

ExportTable ExportTables::evaluations(Connection &connection, const KpiFilter &filter, bool chinese)
{
    const EvaluationColumns columns(connection, filter, chinese);
    ExportTable table;
    table.sheetName = tr("Evaluations");
    table.columns = columns.columns();
    EvaluationReportStore(connection).forEach(
        filter, [&](const EvaluationRecord &r, const QList<DimensionEvaluation> &d) { table.rows << columns.row(r, d); });
    return table;
}

qint64 ExportTables::writeEvaluations(Connection &connection, const KpiFilter &filter, bool chinese,
                                      const QString &path, ExportFormat format, const ProgressCallback &progress)
{
    EvaluationReportStore store(connection);
    const qint64 total = store.count(filter);
    reportProgress(progress, 0, total);
    const EvaluationColumns columns(connection, filter, chinese);
    const std::unique_ptr<TableWriter> writer = TableWriter::open(path, format, tr("Evaluations"), columns.columns());
    store.forEach(filter, [&](const EvaluationRecord &r, const QList<DimensionEvaluation> &d) {
        if (writer->rowCount() % TableExporter::ProgressEvery == 0) {
            reportProgress(progress, writer->rowCount(), total);
        }
        writer->addRow(columns.row(r, d));
    });
    reportProgress(progress, total, total);
    writer->commit();
    return writer->rowCount();
}

ExportTable ExportTables::kpis(Connection &connection, const KpiFilter &filter)
{
    ExportTable table;
    table.sheetName = tr("KPIs");
    table.columns = {{tr("Period start"), CellType::Date, 0, 12}, {tr("Interactions"), CellType::Integer, 0, 12}};
    // The columns of `qadesk-cli kpi`, in its order: a rate, then its n where the KPI has its own sample.
    const QHash<QString, QString> nTitles{{QStringLiteral("csat"), tr("CSAT responses")},
                                          {QStringLiteral("nps"), tr("NPS responses")},
                                          {QStringLiteral("ces"), tr("CES responses")},
                                          {QStringLiteral("fcr"), tr("FCR known")}};
    for (const KpiDefinition &m : KpiCatalog::all()) {
        table.columns << ExportColumn{m.label(), CellType::Number, 2, 11};
        if (nTitles.contains(m.key)) {
            table.columns << ExportColumn{nTitles.value(m.key), CellType::Integer, 0, 10};
        }
    }
    table.columns << ExportColumn{tr("Evaluations"), CellType::Integer, 0, 12};
    for (const KpiValues &v : KpiService(connection).compute(filter)) {
        QVariantList row{v.start.isValid() ? QVariant(v.start) : QVariant(), v.interactions};
        for (const KpiDefinition &m : KpiCatalog::all()) {
            row << optionalNumber(KpiCatalog::value(v, m.kpi));
            if (nTitles.contains(m.key)) {
                row << KpiCatalog::sampleSize(v, m.kpi);
            }
        }
        row << v.evaluations;
        table.rows << row;
    }
    return table;
}

} // namespace qadesk
