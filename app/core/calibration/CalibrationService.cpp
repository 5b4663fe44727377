#include "CalibrationService.h"

#include "domain/Permissions.h"
#include "Error.h"
#include "scoring/ScoreCalculator.h"
#include "storage/CalibrationStore.h"
#include "storage/PeopleStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <random>

namespace qadesk {

void CalibrationService::requireRunner(const Person &by)
{
    if (!allows(by.role, Action::RunCalibration) || by.disabled) {
        throw Error(tr("Calibration sessions are run by a QA manager or an administrator; %1 may not.").arg(by.login));
    }
}

qint64 CalibrationService::create(CalibrationSession &session, const Person &by)
{
    requireRunner(by);
    session.createdBy = by.login;
    session.name = session.name.trimmed();
    session.expert = session.expert.trimmed();
    if (session.name.isEmpty()) {
        throw Error(tr("A calibration session needs a name."));
    }
    if (session.interactionIds.isEmpty()) {
        throw Error(tr("A calibration session needs at least one interaction."));
    }
    QStringList participants;
    for (const QString &name : std::as_const(session.participants)) {
        if (!name.trimmed().isEmpty() && !participants.contains(name.trimmed())) {
            participants << name.trimmed();
        }
    }
    session.participants = participants;
    if (participants.isEmpty()) {
        throw Error(tr("A calibration session needs at least one participant."));
    }
    if (!session.expert.isEmpty() && !participants.contains(session.expert)) {
        throw Error(tr("The expert must be one of the participants."));
    }
    RubricStore rubrics(m_connection);
    if (session.rubricVersionId == 0) {
        session.rubricVersionId = rubrics.ensureDefault();
        const Rubric current = rubrics.current();
        if (const int id = rubrics.currentVersionId(current.key); id > 0) {
            session.rubricVersionId = id;
        }
    }
    return CalibrationStore(m_connection).create(session);
}

void CalibrationService::add(qint64 sessionId, const QList<qint64> &interactionIds, const QStringList &participants,
                             const Person &by)
{
    requireRunner(by);
    CalibrationStore(m_connection).add(sessionId, interactionIds, participants, by.login);
}

void CalibrationService::close(qint64 sessionId, const Person &by)
{
    requireRunner(by);
    CalibrationStore(m_connection).close(sessionId, by.login);
}

CalibrationScore CalibrationService::submit(qint64 sessionId, qint64 interactionId, const QString &participant,
                                            const QList<DimensionEvaluation> &dimensions,
                                            const QMap<QString, QString> &checklist,
                                            const QMap<QString, bool> &criticalFailed, const QString &comment)
{
    CalibrationStore store(m_connection);
    const CalibrationSession session = store.load(sessionId);
    const Rubric rubric = this->rubric(session);
    const bool chinese = prefersChinese();
    if (dimensions.size() != rubric.dimensions.size()) {
        throw Error(tr("Expected %1 dimension scores (%2), got %3.")
                        .arg(rubric.dimensions.size())
                        .arg([&] {
                            QStringList keys;
                            for (const RubricDimension &d : rubric.dimensions) {
                                keys << d.key;
                            }
                            return keys.join(QStringLiteral(", "));
                        }())
                        .arg(dimensions.size()));
    }
    QList<DimensionInput> inputs;
    CalibrationScore score;
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        DimensionEvaluation d = dimensions.at(i);
        d.key = rubric.dimensions.at(i).key;
        if (!d.notApplicable && !d.score) {
            throw Error(
                tr("%1: choose a level from 1 to 5, or mark it N/A.").arg(rubric.dimensions.at(i).name(chinese)));
        }
        if (d.notApplicable) {
            d.score.reset();
        }
        inputs.append(DimensionInput{d.score, d.notApplicable});
        d.comment.clear();
        d.evidenceTurnIds.clear();
        score.dimensions << d;
    }
    for (const ChecklistStep &step : rubric.checklist) {
        const QString result = checklist.value(step.key);
        if (!result.isEmpty()) {
            if (result != QLatin1String("yes") && result != QLatin1String("no") && result != QLatin1String("na")) {
                throw Error(
                    tr("Checklist \"%1\": expected yes, no or na, got \"%2\".").arg(step.name(chinese), result));
            }
            score.checklist.insert(step.key, result);
        } else if (!rubric.checklistOptional) {
            throw Error(tr("Checklist: answer \"%1\" with yes, no or N/A.").arg(step.name(chinese)));
        }
    }
    for (const CriticalItem &item : rubric.criticalItems) {
        score.criticalFailed.insert(item.key, criticalFailed.value(item.key, false));
    }
    for (auto it = criticalFailed.cbegin(); it != criticalFailed.cend(); ++it) {
        if (!score.criticalFailed.contains(it.key())) {
            throw Error(tr("The rubric has no critical item \"%1\".").arg(it.key()));
        }
    }
    const ScoreResult result = ScoreCalculator::compute(rubric, inputs, score.anyCriticalFailed());
    score.sessionId = sessionId;
    score.interactionId = interactionId;
    score.participant = participant.trimmed();
    score.score = result.score;
    score.gradeKey = result.gradeKey;
    score.comment = comment;
    store.saveScore(score);
    return score;
}

bool CalibrationService::canSeeOthers(const CalibrationSession &session, const Person &viewer, bool viewerSubmitted)
{
    if (!session.participants.contains(viewer.login)) {
        return allows(viewer.role, Action::RunCalibration) && !viewer.disabled;
    }
    if (session.isClosed()) {
        return true;
    }
    return viewerSubmitted && !session.blindUntilClosed;
}

bool CalibrationService::canSeeResults(const CalibrationSession &session, const Person &viewer,
                                       bool viewerSubmittedAll)
{
    return canSeeOthers(session, viewer, viewerSubmittedAll);
}

QList<CalibrationScore> CalibrationService::visibleScores(qint64 sessionId, const Person &viewer)
{
    CalibrationStore store(m_connection);
    const CalibrationSession session = store.load(sessionId);
    const QList<CalibrationScore> all = store.scores(sessionId);
    QSet<qint64> submitted;
    for (const CalibrationScore &s : all) {
        if (s.participant == viewer.login) {
            submitted.insert(s.interactionId);
        }
    }
    QList<CalibrationScore> out;
    for (const CalibrationScore &s : all) {
        if (s.participant == viewer.login || canSeeOthers(session, viewer, submitted.contains(s.interactionId))) {
            out << s;
        }
    }
    return out;
}

Person CalibrationService::viewer(Connection &connection, const QString &login)
{
    if (std::optional<Person> person = PeopleStore(connection).find(login)) {
        return *person;
    }
    Person someone;
    someone.login = login;
    someone.name = login;
    someone.role = Role::Inspector;
    return someone;
}

Rubric CalibrationService::rubric(const CalibrationSession &session)
{
    RubricStore rubrics(m_connection);
    return session.rubricVersionId > 0 ? rubrics.load(int(session.rubricVersionId)) : rubrics.current();
}

CalibrationResults CalibrationService::results(qint64 sessionId, const CalibrationAnalysis::Options &options)
{
    CalibrationStore store(m_connection);
    const CalibrationSession session = store.load(sessionId);
    return CalibrationAnalysis::compute(rubric(session), session, store.scores(sessionId), options);
}

CalibrationReport CalibrationService::report(qint64 sessionId, const CalibrationAnalysis::Options &options)
{
    CalibrationStore store(m_connection);
    CalibrationReport report;
    report.session = store.load(sessionId);
    report.items = store.items(sessionId);
    report.results =
        CalibrationAnalysis::compute(rubric(report.session), report.session, store.scores(sessionId), options);
    return report;
}

ReliabilityResults CalibrationService::reliability(const QTimeZone &zone, const CalibrationAnalysis::Options &options)
{
    CalibrationStore store(m_connection);
    ReliabilityResults results =
        ReliabilityAnalysis::compute(RubricStore(m_connection).current(), store.reliabilityPairs(), zone, options);
    results.pending = store.pendingReliabilityPairs();
    return results;
}

QList<qint64> CalibrationService::draw(QList<qint64> candidates, int n, quint64 seed)
{
    if (n >= candidates.size()) {
        return candidates;
    }
    // A Fisher–Yates shuffle of positions with a fixed generator (mt19937_64 is the same on every platform), then
    // the first n positions back in candidate order.
    QList<qsizetype> positions(candidates.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        positions[i] = i;
    }
    std::mt19937_64 generator(seed);
    for (qsizetype i = positions.size() - 1; i > 0; --i) {
        const auto j = qsizetype(generator() % quint64(i + 1));
        std::swap(positions[i], positions[j]);
    }
    positions.resize(std::max(n, 0));
    std::sort(positions.begin(), positions.end());
    QList<qint64> out;
    for (const qsizetype p : positions) {
        out << candidates.at(p);
    }
    return out;
}

} // namespace qadesk
