#pragma once

#include "calibration/CalibrationResults.h"
#include "domain/Calibration.h"

#include <QList>
#include <QString>

namespace qadesk {

// A session with its interactions and results: what the results view shows, the PDF prints and the export writes.
struct CalibrationReport
{
    CalibrationSession session;
    QList<CalibrationItem> items;
    CalibrationResults results;

    // The external id of an interaction of the session (its number when unknown).
    QString externalId(qint64 interactionId) const
    {
        for (const CalibrationItem &item : items) {
            if (item.interactionId == interactionId) {
                return item.externalId;
            }
        }
        return QString::number(interactionId);
    }
};

} // namespace qadesk
