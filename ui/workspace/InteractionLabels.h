#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

// How the workspace writes speakers, durations and yes/no, in the interface language (the words for channel,
// category and status: DomainLabels).
class InteractionLabels final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionLabels)

public:
    static QString speaker(const QString &key);
    static QString duration(std::optional<double> seconds); // "6:10", "1:02:03", "—"
    // A pause in words of the right size: "45 s", "12 min", "22 h", "3 days" (an e-mail thread waits hours).
    static QString gap(qint64 ms);
    static QString clock(qint64 ms);                        // "00:04", "1:02:03" since the start
    // The first time code ("01:23", "1:02:03") in a text, as ms since the start; -1 when there is none.
    static qint64 firstTimecode(const QString &text);
    static QString yesNo(std::optional<bool> value);
};

} // namespace qadesk
