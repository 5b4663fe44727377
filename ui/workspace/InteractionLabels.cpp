#include "InteractionLabels.h"

#include <QRegularExpression>

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

QString InteractionLabels::gap(qint64 ms)
{
    const qint64 seconds = qRound64(double(ms) / 1000.0);
    if (seconds < 120) {
        return tr("%n s", nullptr, int(seconds));
    }
    if (seconds < 2 * 3600) {
        return tr("%n min", nullptr, int(qRound64(double(seconds) / 60.0)));
    }
    if (seconds < 48 * 3600) {
        return tr("%n h", nullptr, int(qRound64(double(seconds) / 3600.0)));
    }
    return tr("%n day(s)", nullptr, int(qRound64(double(seconds) / 86400.0)));
}

QString InteractionLabels::clock(qint64 ms)
{
    const qint64 total = ms / 1000;
    if (total >= 24 * 3600) {
        // Days into an e-mail thread: "4 d 11:17:27", not "107:17:27".
        const qint64 rest = total % (24 * 3600);
        return tr("%n d", nullptr, int(total / (24 * 3600))) + QLatin1Char(' ') +
               QStringLiteral("%1:%2:%3")
                   .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                   .arg(rest / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(rest % 60, 2, 10, QLatin1Char('0'));
    }
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

qint64 InteractionLabels::firstTimecode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\d:])(\\d{1,2}):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return -1;
    }
    const qint64 a = match.captured(1).toLongLong();
    const qint64 b = match.captured(2).toLongLong();
    if (match.captured(3).isEmpty()) {
        return (a * 60 + b) * 1000;
    }
    return (a * 3600 + b * 60 + match.captured(3).toLongLong()) * 1000;
}

} // namespace qadesk
