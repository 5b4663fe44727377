#pragma once

#include "calibration/CalibrationAnalysis.h"
#include "calibration/CalibrationReport.h"
#include "calibration/ReliabilityAnalysis.h"
#include "domain/Calibration.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qadesk {

class Connection;

// The calibration workflow over one connection: creating sessions, taking blind scores (score and grade computed
// with the session's rubric, as the evaluation form does), who may see what, and the results.
class CalibrationService final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationService)

public:
    explicit CalibrationService(Connection &connection) : m_connection(connection) {}

    // Validates (a name, at least one interaction and one participant, the expert among the participants), fixes the
    // rubric to the one in use now and stores the session. Throws qadesk::Error with a message for the user.
    qint64 create(CalibrationSession &session);

    // Computes score and grade with the session's rubric and stores the score. dimensions are in rubric order (each
    // a level 1–5 or N/A). Throws qadesk::Error when a dimension is unanswered, a checklist step is unanswered
    // (unless the rubric makes the checklist optional), or the store refuses (closed, not a participant, already
    // submitted).
    CalibrationScore submit(qint64 sessionId, qint64 interactionId, const QString &participant,
                            const QList<DimensionEvaluation> &dimensions, const QMap<QString, QString> &checklist,
                            const QMap<QString, bool> &criticalFailed, const QString &comment = {});

    // The blind rule. A participant sees others' scores of an interaction only after submitting their own, and, when
    // the session is blind until closed, only once it is closed. The session's creator, when not a participant,
    // always sees them.
    static bool canSeeOthers(const CalibrationSession &session, const QString &viewer, bool viewerSubmitted);
    // Results (which show everyone's scores): the creator who does not take part always; a participant once the
    // session is closed, or, when it is not blind until closed, after submitting every interaction.
    static bool canSeeResults(const CalibrationSession &session, const QString &viewer, bool viewerSubmittedAll);

    // The scores viewer may see now: their own, and others' per the blind rule.
    QList<CalibrationScore> visibleScores(qint64 sessionId, const QString &viewer);

    Rubric rubric(const CalibrationSession &session);
    CalibrationResults results(qint64 sessionId, const CalibrationAnalysis::Options &options = {});
    CalibrationReport report(qint64 sessionId, const CalibrationAnalysis::Options &options = {});

    // Continuous reliability over every double-scored pair (months in `zone`, the organisation's).
    ReliabilityResults reliability(const QTimeZone &zone, const CalibrationAnalysis::Options &options = {});

    // A reproducible random pick of n of the candidates (all of them when n ≥ their number), in candidate order.
    static QList<qint64> draw(QList<qint64> candidates, int n, quint64 seed);

private:
    Connection &m_connection;
};

} // namespace qadesk
