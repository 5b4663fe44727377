#include "CalibrationText.h"

#include "domain/Rubric.h"

#include <QLocale>

#include <cmath>

namespace qadesk {

QString CalibrationText::rowName(const AgreementRow &row, bool chinese)
{
    const QString rubricName = localized(row.nameZh, row.nameEn, chinese);
    switch (row.kind) {
    case AgreementKind::Dimension:
        return rubricName;
    case AgreementKind::AllDimensions:
        return tr("All dimensions (pooled)");
    case AgreementKind::Score:
        return tr("Weighted score");
    case AgreementKind::Grade:
        return tr("Grade band");
    case AgreementKind::Critical:
        return tr("Critical item: %1").arg(rubricName);
    case AgreementKind::Checklist:
        break;
    }
    return tr("Checklist: %1").arg(rubricName);
}

QString CalibrationText::levelName(KrippendorffAlpha::Level level)
{
    switch (level) {
    case KrippendorffAlpha::Level::Nominal:
        return tr("nominal");
    case KrippendorffAlpha::Level::Ordinal:
        return tr("ordinal");
    case KrippendorffAlpha::Level::Interval:
        return tr("interval");
    case KrippendorffAlpha::Level::Ratio:
        break;
    }
    return tr("ratio");
}

QString CalibrationText::readingName(AlphaReading reading)
{
    switch (reading) {
    case AlphaReading::Reliable:
        return tr("reliable");
    case AlphaReading::Tentative:
        return tr("tentative");
    case AlphaReading::NotReliable:
        return tr("not reliable");
    case AlphaReading::Undefined:
        break;
    }
    return tr("undefined");
}

QString CalibrationText::alpha(const std::optional<double> &alpha)
{
    return alpha ? QString::number(*alpha, 'f', 3) : tr("undefined");
}

QString CalibrationText::reasonText(const AgreementRow &row)
{
    if (row.alpha.alpha) {
        return {};
    }
    return row.alpha.values < 2 ? tr("fewer than 2 values to pair (a second grader is needed)")
                                : tr("every value is the same: no variation to measure");
}

QString CalibrationText::interval(const std::optional<ConfidenceInterval> &interval, int decimals)
{
    if (!interval) {
        return QStringLiteral("—");
    }
    return QStringLiteral("[%1, %2]")
        .arg(QString::number(interval->low, 'f', decimals), QString::number(interval->high, 'f', decimals));
}

QString CalibrationText::signedPoints(const std::optional<double> &value)
{
    if (!value) {
        return QStringLiteral("—");
    }
    const double rounded = std::round(*value * 10) / 10;
    if (rounded == 0) {
        return QStringLiteral("0.0");
    }
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(rounded), 'f', 1);
}

QString CalibrationText::percent(const std::optional<double> &fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(QString::number(*fraction * 100, 'f', 1)) : QStringLiteral("—");
}

QString CalibrationText::consensusNote()
{
    return tr(
        "Leniency: a grader's mean signed deviation from the consensus, where the consensus of an interaction "
        "is the mean weighted score of the other graders; positive is lenient, negative severe. 95 % t interval.");
}

QString CalibrationText::readingNote()
{
    return tr("Krippendorff's alpha: ≥ 0.800 reliable, 0.667–0.800 tentative, below 0.667 not reliable. Intervals: "
              "95 % bootstrap over the interactions (seeded, reproducible).");
}

} // namespace qadesk
