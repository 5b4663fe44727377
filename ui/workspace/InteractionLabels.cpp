#include "InteractionLabels.h"

namespace qadesk {

QString InteractionLabels::channel(const QString &key)
{
    if (key == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (key == QLatin1String("chat")) {
        return tr("Chat");
    }
    if (key == QLatin1String("email")) {
        return tr("E-mail");
    }
    if (key == QLatin1String("other")) {
        return tr("Other");
    }
    return key.isEmpty() ? tr("Unknown") : key;
}

QString InteractionLabels::category(const QString &key)
{
    if (key == QLatin1String("consultation")) {
        return tr("Consultation");
    }
    if (key == QLatin1String("complaint")) {
        return tr("Complaint");
    }
    if (key == QLatin1String("after_sales")) {
        return tr("After-sales");
    }
    if (key == QLatin1String("suggestion")) {
        return tr("Suggestion");
    }
    if (key == QLatin1String("other")) {
        return tr("Other");
    }
    return key.isEmpty() ? tr("Unknown") : key;
}

QString InteractionLabels::status(const QString &key)
{
    if (key.isEmpty()) {
        return tr("Not started");
    }
    if (key == QLatin1String("draft")) {
        return tr("Draft");
    }
    if (key == QLatin1String("submitted")) {
        return tr("Submitted");
    }
    if (key == QLatin1String("disputed")) {
        return tr("Disputed");
    }
    if (key == QLatin1String("final")) {
        return tr("Final");
    }
    return key;
}

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

QString InteractionLabels::grade(const QString &gradeKey)
{
    if (gradeKey == QLatin1String("excellent")) {
        return tr("Excellent");
    }
    if (gradeKey == QLatin1String("good")) {
        return tr("Good");
    }
    if (gradeKey == QLatin1String("pass")) {
        return tr("Pass");
    }
    if (gradeKey == QLatin1String("needs_improvement")) {
        return tr("Needs improvement");
    }
    return gradeKey;
}

const QStringList &InteractionLabels::channelKeys()
{
    static const QStringList keys{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                                  QStringLiteral("other")};
    return keys;
}

const QStringList &InteractionLabels::categoryKeys()
{
    static const QStringList keys{QStringLiteral("consultation"), QStringLiteral("complaint"),
                                  QStringLiteral("after_sales"), QStringLiteral("suggestion"), QStringLiteral("other")};
    return keys;
}

} // namespace qadesk
