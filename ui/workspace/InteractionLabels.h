#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

// The words the workspace shows for stored keys (channel, category, evaluation status, speaker) and
// for durations, in the interface language.
class InteractionLabels final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionLabels)

public:
    static QString channel(const QString &key);
    static QString category(const QString &key);
    static QString status(const QString &key); // empty key: not started
    static QString speaker(const QString &key);
    static QString duration(std::optional<double> seconds); // "6:10", "1:02:03", "—"
    static QString clock(qint64 ms);                        // "00:04", "1:02:03" since the start
    static QString yesNo(std::optional<bool> value);
    static QString grade(const QString &gradeKey);
    static const QStringList &channelKeys();
    static const QStringList &categoryKeys();
};

} // namespace qadesk
