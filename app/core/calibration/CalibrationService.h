#pragma once

#include "calibration/CalibrationAnalysis.h"
#include "calibration/CalibrationReport.h"
#include "calibration/ReliabilityAnalysis.h"
#include "domain/Calibration.h"
#include "domain/Person.h"
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

    // Calibration is run (sessions created, extended, closed) by those Permissions.h allows: a QA manager or an
    // administrator. Throws qadesk::Error with a message for the user otherwise.
    static void requireRunner(const Person &by);

    // Validates (a name, at least one interaction and one participant, the expert among the participants), fixes the
    // rubric to the one in use now and stores the session, created by `by` (who must run calibration). Throws
    // qadesk::Error with a message for the user.
    qint64 create(CalibrationSession &session, const Person &by);
    // More interactions or participants for an open session; closing one (no more scores). Only by a runner.
    void add(qint64 sessionId, const QList<qint64> &interactionIds, const QStringList &participants, const Person &by);
    void close(qint64 sessionId, const Person &by);

    // Computes score and grade with the session's rubric and stores the score. dimensions are in rubric order (each
    // a level 1–5 or N/A). Throws qadesk::Error when a dimension is unanswered, a checklist step is unanswered
    // (unless the rubric makes the checklist optional), or the store refuses (closed, not a participant, already
    // submitted).
    CalibrationScore submit(qint64 sessionId, qint64 interactionId, const QString &participant,
                            const QList<DimensionEvaluation> &dimensions, const QMap<QString, QString> &checklist,
                            const QMap<QString, bool> &criticalFailed, const QString &comment = {});

    // The blind rule, whatever the role: a participant sees others' scores of an interaction only after submitting
    // their own, and, when the session is blind until closed, only once it is closed. Someone who does not take part
    // sees them when they run calibration (a QA manager or an administrator, open or closed), never otherwise.
    static bool canSeeOthers(const CalibrationSession &session, const Person &viewer, bool viewerSubmitted);
    // Results (which show everyone's scores): a runner who does not take part always; a participant once the
    // session is closed, or, when it is not blind until closed, after submitting every interaction.
    static bool canSeeResults(const CalibrationSession &session, const Person &viewer, bool viewerSubmittedAll);

    // The scores viewer may see now: their own, and others' per the blind rule.
    QList<CalibrationScore> visibleScores(qint64 sessionId, const Person &viewer);

    // Who a login is for calibration: the person of the people list, or, for a login that is not in it (a grader
    // named only in a session), an inspector, as the application takes such a login.
    static Person viewer(Connection &connection, const QString &login);

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
