#include "InteractionLabels.h"

namespace qadesk {

QString InteractionLabels::speaker(const QString &key)
{
    if (key == QLatin1String("agent")) {
        return tr("Agent");
    }
    if (key == QLatin1String("customer")) {
        return tr("Customer");
    }
    return tr("System");
}

QString InteractionLabels::duration(std::optional<double> seconds)
{
    if (!seconds) {
        return QStringLiteral("—");
    }
    const qint64 total = qRound64(*seconds);
    const qint64 h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString InteractionLabels::clock(qint64 ms)
{
    const qint64 total = ms / 1000;
    const qint64 h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString InteractionLabels::yesNo(std::optional<bool> value)
{
    if (!value) {
        return QStringLiteral("—");
    }
    return *value ? tr("Yes") : tr("No");
}

} // namespace qadesk
