#include "KpiCatalog.h"

#include "scoring/ScoreCalculator.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

using Subject = DrillDownQuery::Subject;
using Requirement = DrillDownQuery::Requirement;

QList<KpiDefinition> makeDefinitions()
{
    return {
        {Kpi::Csat, QStringLiteral("csat"), KpiUnit::Percent, true, true, Subject::Interactions, Requirement::Csat, 5},
        {Kpi::Nps, QStringLiteral("nps"), KpiUnit::NpsPoints, true, false, Subject::Interactions, Requirement::Nps, 10},
        {Kpi::Ces, QStringLiteral("ces"), KpiUnit::Percent, true, true, Subject::Interactions, Requirement::Ces, 5},
        {Kpi::Fcr, QStringLiteral("fcr"), KpiUnit::Percent, true, true, Subject::Interactions, Requirement::Fcr, 5},
        {Kpi::Aht, QStringLiteral("aht_s"), KpiUnit::Seconds, false, false, Subject::Interactions,
         Requirement::HandleTime, 60},
        {Kpi::FirstResponse, QStringLiteral("first_response_s"), KpiUnit::Seconds, false, false,
         Subject::Interactions, Requirement::FirstResponse, 5},
        {Kpi::ComplaintRate, QStringLiteral("complaint_rate"), KpiUnit::Percent, false, true, Subject::Interactions,
         Requirement::Any, 1},
        {Kpi::QaScore, QStringLiteral("qa_score"), KpiUnit::Score, true, false, Subject::Evaluations,
         Requirement::Any, 5},
        {Kpi::QaPassRate, QStringLiteral("qa_pass_rate"), KpiUnit::Percent, true, true, Subject::Evaluations,
         Requirement::Any, 5},
    };
}

} // namespace

QString KpiDefinition::name() const
{
    switch (kpi) {
    case Kpi::Csat:
        return QCoreApplication::translate("Kpi", "CSAT");
    case Kpi::Nps:
        return QCoreApplication::translate("Kpi", "NPS");
    case Kpi::Ces:
        return QCoreApplication::translate("Kpi", "CES");
    case Kpi::Fcr:
        return QCoreApplication::translate("Kpi", "FCR");
    case Kpi::Aht:
        return QCoreApplication::translate("Kpi", "Average handle time");
    case Kpi::FirstResponse:
        return QCoreApplication::translate("Kpi", "First response");
    case Kpi::ComplaintRate:
        return QCoreApplication::translate("Kpi", "Complaint rate");
    case Kpi::QaScore:
        return QCoreApplication::translate("Kpi", "QA score");
    case Kpi::QaPassRate:
        return QCoreApplication::translate("Kpi", "QA pass rate");
    }
    return key;
}

QString KpiDefinition::label() const
{
    // The column titles of reports and exports; "QA score" there has a Chinese text of its own.
    switch (kpi) {
    case Kpi::Csat:
        return QCoreApplication::translate("Kpi", "CSAT %");
    case Kpi::Nps:
        return QCoreApplication::translate("Kpi", "NPS");
    case Kpi::Ces:
        return QCoreApplication::translate("Kpi", "CES %");
    case Kpi::Fcr:
        return QCoreApplication::translate("Kpi", "FCR %");
    case Kpi::Aht:
        return QCoreApplication::translate("Kpi", "Average handle time (s)");
    case Kpi::FirstResponse:
        return QCoreApplication::translate("Kpi", "First response (s)");
    case Kpi::ComplaintRate:
        return QCoreApplication::translate("Kpi", "Complaint rate %");
    case Kpi::QaScore:
        return QCoreApplication::translate("Kpi", "QA score", "column title");
    case Kpi::QaPassRate:
        return QCoreApplication::translate("Kpi", "QA pass rate %");
    }
    return key;
}

int KpiDefinition::decimals() const
{
    return kpi == Kpi::Aht ? 0 : 1;
}

QString KpiDefinition::plainNumber(std::optional<double> value) const
{
    if (!value) {
        return QStringLiteral("—");
    }
    // QA scores are shown the way evaluation scores are: cut, not rounded, so 59.996 never reads as 60.
    if (kpi == Kpi::QaScore) {
        return ScoreCalculator::formatScore(*value);
    }
    return QString::number(*value, 'f', decimals());
}

QString KpiDefinition::unitSuffix() const
{
    switch (unit) {
    case KpiUnit::Percent:
        return QStringLiteral("%");
    case KpiUnit::Seconds:
        return QCoreApplication::translate("Kpi", " s");
    case KpiUnit::NpsPoints:
    case KpiUnit::Score:
        return {};
    }
    return {};
}

const QList<KpiDefinition> &KpiCatalog::all()
{
    static const QList<KpiDefinition> definitions = makeDefinitions();
    return definitions;
}

const KpiDefinition &KpiCatalog::get(Kpi kpi)
{
    return all().at(int(kpi));
}

const KpiDefinition *KpiCatalog::find(const QString &key)
{
    for (const KpiDefinition &d : all()) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

std::optional<double> KpiCatalog::value(const KpiValues &v, Kpi kpi)
{
    switch (kpi) {
    case Kpi::Csat:
        return v.csat;
    case Kpi::Nps:
        return v.nps;
    case Kpi::Ces:
        return v.ces;
    case Kpi::Fcr:
        return v.fcr;
    case Kpi::Aht:
        return v.ahtS;
    case Kpi::FirstResponse:
        return v.firstResponseS;
    case Kpi::ComplaintRate:
        return v.complaintRate;
    case Kpi::QaScore:
        return v.qaScore;
    case Kpi::QaPassRate:
        return v.qaPassRate;
    }
    return std::nullopt;
}

qint64 KpiCatalog::sampleSize(const KpiValues &v, Kpi kpi)
{
    switch (kpi) {
    case Kpi::Csat:
        return v.csatN;
    case Kpi::Nps:
        return v.npsN;
    case Kpi::Ces:
        return v.cesN;
    case Kpi::Fcr:
        return v.fcrN;
    case Kpi::Aht:
        return v.handleN;
    case Kpi::FirstResponse:
        return v.firstResponseN;
    case Kpi::ComplaintRate:
        return v.interactions;
    case Kpi::QaScore:
    case Kpi::QaPassRate:
        return v.qaN;
    }
    return 0;
}

std::optional<ConfidenceInterval> KpiCatalog::interval(const KpiValues &v, Kpi kpi)
{
    std::optional<ConfidenceInterval> fraction;
    switch (kpi) {
    case Kpi::Csat:
        fraction = wilsonInterval(v.csatPositive, v.csatN);
        break;
    case Kpi::Ces:
        fraction = wilsonInterval(v.cesPositive, v.cesN);
        break;
    case Kpi::Fcr:
        fraction = wilsonInterval(v.fcrYes, v.fcrN);
        break;
    case Kpi::ComplaintRate:
        fraction = wilsonInterval(v.complaints, v.interactions);
        break;
    case Kpi::QaPassRate:
        fraction = wilsonInterval(v.qaPass, v.qaN);
        break;
    case Kpi::Nps:
        return npsInterval(v.npsPromoters, v.npsDetractors, v.npsN);
    case Kpi::Aht:
    case Kpi::FirstResponse:
    case Kpi::QaScore:
        return std::nullopt;
    }
    if (!fraction) {
        return std::nullopt;
    }
    return ConfidenceInterval{fraction->low * 100.0, fraction->high * 100.0};
}

bool KpiCatalog::isSmallSample(const KpiValues &values, Kpi kpi)
{
    const qint64 n = sampleSize(values, kpi);
    return n > 0 && n < kSmallSampleThreshold;
}

TargetStatus targetStatus(const KpiDefinition &definition, std::optional<double> value, std::optional<double> target,
                          double amberMargin)
{
    if (!value || !target) {
        return TargetStatus::NoTarget;
    }
    const double shortfall = definition.higherIsBetter ? *target - *value : *value - *target;
    if (shortfall <= 0) {
        return TargetStatus::Met;
    }
    return shortfall <= amberMargin ? TargetStatus::Near : TargetStatus::Missed;
}

std::optional<bool> isImprovement(const KpiDefinition &definition, std::optional<double> current,
                                  std::optional<double> previous)
{
    if (!current || !previous || *current == *previous) {
        return std::nullopt;
    }
    return definition.higherIsBetter ? *current > *previous : *current < *previous;
}

} // namespace qadesk
