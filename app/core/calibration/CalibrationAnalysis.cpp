#include "CalibrationAnalysis.h"

#include <QHash>

#include <cmath>
#include <functional>

namespace qadesk {
namespace {

using Level = KrippendorffAlpha::Level;

// A value of one row from one score, or none (missing).
using ValueOf = std::function<std::optional<double>(const CalibrationScore &)>;

struct Grid
{
    QHash<qint64, int> unitOf;             // interaction id → row index
    QHash<QString, int> graderOf;          // participant → column index
    QList<const CalibrationScore *> cells; // [unit * graders + grader], nullptr when not submitted
    int units = 0;
    int graders = 0;

    const CalibrationScore *at(int unit, int grader) const { return cells.at(qsizetype(unit) * graders + grader); }
};

std::optional<double> dimensionLevel(const CalibrationScore &score, const QString &key)
{
    for (const DimensionEvaluation &d : score.dimensions) {
        if (d.key == key) {
            if (d.notApplicable || !d.score) {
                return std::nullopt;
            }
            return double(*d.score);
        }
    }
    return std::nullopt;
}

// Fills alpha, interval, reading and the expert columns of a row whose units are the grid's interactions, or, with
// `subUnits` > 1, each interaction split into that many units (valueAt picks the sub-unit's value).
void measure(AgreementRow &row, const Grid &grid, int expertColumn, int subUnits,
             const std::function<std::optional<double>(const CalibrationScore &, int)> &valueAt,
             const CalibrationAnalysis::Options &options)
{
    KrippendorffAlpha alpha;
    double deviationSum = 0;
    for (int u = 0; u < grid.units; ++u) {
        for (int sub = 0; sub < subUnits; ++sub) {
            std::optional<double> reference;
            if (expertColumn >= 0) {
                if (const CalibrationScore *e = grid.at(u, expertColumn)) {
                    reference = valueAt(*e, sub);
                }
            }
            for (int g = 0; g < grid.graders; ++g) {
                const CalibrationScore *score = grid.at(u, g);
                if (!score) {
                    continue;
                }
                const std::optional<double> value = valueAt(*score, sub);
                if (!value) {
                    continue;
                }
                alpha.add(u * subUnits + sub, g, *value);
                if (reference && g != expertColumn) {
                    const double difference = row.level == Level::Nominal ? (*value == *reference ? 0.0 : 1.0)
                                                                          : std::abs(*value - *reference);
                    deviationSum += difference;
                    ++row.expertPairs;
                }
            }
        }
    }
    row.alpha = alpha.compute(row.level);
    row.reading = readingOf(row.alpha.alpha);
    if (row.alpha.alpha && options.resamples > 0) {
        if (const auto interval = alpha.bootstrap(row.level, options.resamples, options.seed)) {
            row.interval = ConfidenceInterval{interval->low, interval->high};
        }
    }
    if (row.expertPairs > 0) {
        const double mean = deviationSum / double(row.expertPairs);
        if (row.level != Level::Nominal) {
            row.meanAbsoluteDeviation = mean;
        }
        row.alignment = 1.0 - mean / row.scaleRange;
    }
}

void measure(AgreementRow &row, const Grid &grid, int expertColumn, const ValueOf &valueOf,
             const CalibrationAnalysis::Options &options)
{
    measure(
        row, grid, expertColumn, 1, [&](const CalibrationScore &s, int) { return valueOf(s); }, options);
}

} // namespace

AlphaReading readingOf(const std::optional<double> &alpha)
{
    if (!alpha) {
        return AlphaReading::Undefined;
    }
    if (*alpha >= 0.800) {
        return AlphaReading::Reliable;
    }
    if (*alpha >= 0.667) {
        return AlphaReading::Tentative;
    }
    return AlphaReading::NotReliable;
}

QString readingKey(AlphaReading reading)
{
    switch (reading) {
    case AlphaReading::Reliable:
        return QStringLiteral("reliable");
    case AlphaReading::Tentative:
        return QStringLiteral("tentative");
    case AlphaReading::NotReliable:
        return QStringLiteral("not_reliable");
    case AlphaReading::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString kindKey(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Dimension:
        return QStringLiteral("dimension");
    case AgreementKind::AllDimensions:
        return QStringLiteral("all_dimensions");
    case AgreementKind::Score:
        return QStringLiteral("score");
    case AgreementKind::Grade:
        return QStringLiteral("grade");
    case AgreementKind::Critical:
        return QStringLiteral("critical");
    case AgreementKind::Checklist:
        break;
    }
    return QStringLiteral("checklist");
}

CalibrationResults CalibrationAnalysis::compute(const Rubric &rubric, const CalibrationSession &session,
                                                const QList<CalibrationScore> &scores, const Options &options)
{
    CalibrationResults results;
    results.resamples = options.resamples;
    results.seed = options.seed;
    results.expert = session.expert;

    Grid grid;
    results.interactionIds = session.interactionIds;
    results.graderNames = session.participants;
    for (const CalibrationScore &s : scores) {
        if (!results.interactionIds.contains(s.interactionId)) {
            results.interactionIds << s.interactionId;
        }
        if (!results.graderNames.contains(s.participant)) {
            results.graderNames << s.participant;
        }
    }
    for (int i = 0; i < results.interactionIds.size(); ++i) {
        grid.unitOf.insert(results.interactionIds.at(i), i);
    }
    for (int g = 0; g < results.graderNames.size(); ++g) {
        grid.graderOf.insert(results.graderNames.at(g), g);
    }
    grid.units = int(results.interactionIds.size());
    grid.graders = int(results.graderNames.size());
    grid.cells = QList<const CalibrationScore *>(qsizetype(grid.units) * grid.graders, nullptr);
    for (const CalibrationScore &s : scores) {
        grid.cells[qsizetype(grid.unitOf.value(s.interactionId)) * grid.graders + grid.graderOf.value(s.participant)] =
            &s;
    }
    results.scoresSubmitted = int(scores.size());
    results.scoresExpected = int(session.interactionIds.size() * session.participants.size());
    const int expertColumn = session.expert.isEmpty() ? -1 : int(grid.graderOf.value(session.expert, -1));

    // Dimensions one by one, then pooled.
    for (const RubricDimension &dimension : rubric.dimensions) {
        AgreementRow row;
        row.kind = AgreementKind::Dimension;
        row.key = QStringLiteral("dimension:") + dimension.key;
        row.nameZh = dimension.nameZh;
        row.nameEn = dimension.nameEn;
        row.level = Level::Ordinal;
        row.scaleRange = 4;
        measure(
            row, grid, expertColumn, [&](const CalibrationScore &s) { return dimensionLevel(s, dimension.key); },
            options);
        results.rows << row;
    }
    if (!rubric.dimensions.isEmpty()) {
        AgreementRow row;
        row.kind = AgreementKind::AllDimensions;
        row.key = QStringLiteral("dimensions");
        row.level = Level::Ordinal;
        row.scaleRange = 4;
        measure(
            row, grid, expertColumn, int(rubric.dimensions.size()),
            [&](const CalibrationScore &s, int d) { return dimensionLevel(s, rubric.dimensions.at(d).key); }, options);
        results.rows << row;
    }
    {
        AgreementRow row;
        row.kind = AgreementKind::Score;
        row.key = QStringLiteral("score");
        row.level = Level::Interval;
        row.scaleRange = 100;
        measure(
            row, grid, expertColumn, [](const CalibrationScore &s) { return s.score; }, options);
        results.rows << row;
    }
    {
        AgreementRow row;
        row.kind = AgreementKind::Grade;
        row.key = QStringLiteral("grade");
        row.level = Level::Nominal;
        row.scaleRange = 1;
        QStringList bands;
        for (const GradeBand &band : rubric.gradeBands) {
            bands << band.key;
        }
        measure(
            row, grid, expertColumn,
            [&](const CalibrationScore &s) -> std::optional<double> {
                if (s.gradeKey.isEmpty()) {
                    return std::nullopt;
                }
                qsizetype index = bands.indexOf(s.gradeKey);
                if (index < 0) { // a band the rubric no longer has: a category of its own
                    bands << s.gradeKey;
                    index = bands.size() - 1;
                }
                return double(index);
            },
            options);
        results.rows << row;
    }
    for (const CriticalItem &item : rubric.criticalItems) {
        AgreementRow row;
        row.kind = AgreementKind::Critical;
        row.key = QStringLiteral("critical:") + item.key;
        row.nameZh = item.nameZh;
        row.nameEn = item.nameEn;
        row.level = Level::Nominal;
        row.scaleRange = 1;
        measure(
            row, grid, expertColumn,
            [&](const CalibrationScore &s) -> std::optional<double> {
                const auto it = s.criticalFailed.constFind(item.key);
                if (it == s.criticalFailed.constEnd()) {
                    return std::nullopt;
                }
                return it.value() ? 1.0 : 0.0;
            },
            options);
        results.rows << row;
    }
    for (const ChecklistStep &step : rubric.checklist) {
        AgreementRow row;
        row.kind = AgreementKind::Checklist;
        row.key = QStringLiteral("checklist:") + step.key;
        row.nameZh = step.nameZh;
        row.nameEn = step.nameEn;
        row.level = Level::Nominal;
        row.scaleRange = 1;
        measure(
            row, grid, expertColumn,
            [&](const CalibrationScore &s) -> std::optional<double> {
                const QString result = s.checklist.value(step.key);
                if (result == QLatin1String("yes")) {
                    return 0.0;
                }
                if (result == QLatin1String("no")) {
                    return 1.0;
                }
                if (result == QLatin1String("na")) {
                    return 2.0;
                }
                return std::nullopt;
            },
            options);
        results.rows << row;
    }

    // The heat map and each grader's leniency against the consensus of the others.
    results.heatMap = QList<QList<HeatCell>>(grid.units, QList<HeatCell>(grid.graders));
    QList<QList<double>> deviations(grid.graders), expertDeviations(grid.graders);
    for (int u = 0; u < grid.units; ++u) {
        const CalibrationScore *expertScore = expertColumn >= 0 ? grid.at(u, expertColumn) : nullptr;
        for (int g = 0; g < grid.graders; ++g) {
            HeatCell &cell = results.heatMap[u][g];
            const CalibrationScore *own = grid.at(u, g);
            if (!own) {
                continue;
            }
            cell.submitted = true;
            cell.score = own->score;
            if (!own->score) {
                continue;
            }
            double sum = 0;
            int others = 0;
            for (int o = 0; o < grid.graders; ++o) {
                const CalibrationScore *other = grid.at(u, o);
                if (o != g && other && other->score) {
                    sum += *other->score;
                    ++others;
                }
            }
            if (others > 0) {
                cell.deviation = *own->score - sum / others;
                deviations[g] << *cell.deviation;
            }
            if (expertScore && g != expertColumn && expertScore->score) {
                expertDeviations[g] << *own->score - *expertScore->score;
            }
        }
    }
    for (int g = 0; g < grid.graders; ++g) {
        GraderLeniency leniency;
        leniency.grader = results.graderNames.at(g);
        leniency.expert = g == expertColumn;
        leniency.n = deviations.at(g).size();
        if (leniency.n > 0) {
            double sum = 0;
            for (const double d : deviations.at(g)) {
                sum += d;
            }
            leniency.meanDeviation = sum / double(leniency.n);
            leniency.interval = meanInterval(deviations.at(g));
        }
        leniency.expertN = expertDeviations.at(g).size();
        if (leniency.expertN > 0) {
            double sum = 0;
            for (const double d : expertDeviations.at(g)) {
                sum += d;
            }
            leniency.expertDeviation = sum / double(leniency.expertN);
        }
        results.graders << leniency;
    }
    return results;
}

} // namespace qadesk
