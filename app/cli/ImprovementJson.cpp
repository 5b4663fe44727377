#include "ImprovementJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace qadesk::cli {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray weeks(const QList<WeeklyMean> &means)
{
    QJsonArray result;
    for (const WeeklyMean &w : means) {
        result.append(QJsonObject{{QStringLiteral("week"), date(w.weekStart)},
                                  {QStringLiteral("mean"), std::round(w.mean * 1000) / 1000},
                                  {QStringLiteral("n"), w.n}});
    }
    return result;
}

} // namespace

QJsonObject toJson(const RectificationItem &r, const QDate &today)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("agent"), r.agentCode},
        {QStringLiteral("agent_name"), text(r.agentName)},
        {QStringLiteral("team"), text(r.teamName)},
        {QStringLiteral("dimension"), text(r.dimensionKey)},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("evaluation"), r.evaluationId > 0 ? QJsonValue(r.evaluationId) : QJsonValue()},
        {QStringLiteral("owner"), r.owner},
        {QStringLiteral("raised_by"), r.raisedBy},
        {QStringLiteral("verifier"), r.verifier},
        {QStringLiteral("raised_at"), time(r.raisedAt)},
        {QStringLiteral("due"), date(r.dueDate)},
        {QStringLiteral("action"), r.requiredAction},
        {QStringLiteral("state"), rectificationStateKey(r.state)},
        {QStringLiteral("checks_required"), r.checksRequired},
        {QStringLiteral("round"), r.round},
        {QStringLiteral("checks_drawn"), r.checksDrawn},
        {QStringLiteral("checks_passed"), r.checksPassed},
        {QStringLiteral("checks_failed"), r.checksFailed},
        {QStringLiteral("submitted_at"), time(r.submittedAt)},
        {QStringLiteral("closed_at"), time(r.closedAt)},
        {QStringLiteral("days_late"), r.daysLate(today)},
    };
}

QJsonObject toJson(const RectificationDetail &d, const QDate &today)
{
    QJsonObject o = toJson(d.item, today);
    QJsonArray history;
    for (const RectificationHistoryEntry &h : d.history) {
        history.append(QJsonObject{{QStringLiteral("at"), time(h.at)},
                                   {QStringLiteral("actor"), h.actor},
                                   {QStringLiteral("from"), text(h.fromState)},
                                   {QStringLiteral("to"), h.toState},
                                   {QStringLiteral("note"), h.note}});
    }
    QJsonArray checks;
    for (const VerificationCheck &c : d.checks) {
        checks.append(QJsonObject{{QStringLiteral("interaction"), c.externalId},
                                  {QStringLiteral("started_at"), time(c.startedAt)},
                                  {QStringLiteral("round"), c.round},
                                  {QStringLiteral("evaluation"), c.evaluationId > 0 ? QJsonValue(c.evaluationId) : QJsonValue()},
                                  {QStringLiteral("level"), c.level ? QJsonValue(*c.level) : QJsonValue()},
                                  {QStringLiteral("result"), text(c.result)}});
    }
    if (!d.item.finding.isEmpty()) {
        o.insert(QStringLiteral("finding"), QJsonDocument::fromJson(d.item.finding.toUtf8()).object());
    }
    o.insert(QStringLiteral("history"), history);
    o.insert(QStringLiteral("verification"), checks);
    return o;
}

QJsonObject toJson(const DimensionFinding &f)
{
    return QJsonObject{{QStringLiteral("agent"), f.agentCode},
                       {QStringLiteral("agent_name"), text(f.agentName)},
                       {QStringLiteral("team"), text(f.teamName)},
                       {QStringLiteral("dimension"), f.dimensionKey},
                       {QStringLiteral("threshold"), f.threshold},
                       {QStringLiteral("weeks"), weeks(f.weeks)}};
}

QJsonObject toJson(const CoachingSession &s, const QDate &today)
{
    QJsonArray commitments;
    for (const CoachingCommitment &c : s.commitments) {
        commitments.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("text"), c.text},
                                       {QStringLiteral("due"), date(c.dueDate)},
                                       {QStringLiteral("done"), c.done},
                                       {QStringLiteral("done_by"), text(c.doneBy)},
                                       {QStringLiteral("overdue"), c.isOverdue(today)}});
    }
    QJsonArray evaluations;
    for (const qint64 id : s.evaluationIds) {
        evaluations.append(id);
    }
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("agent"), s.agentCode},
                       {QStringLiteral("agent_name"), text(s.agentName)},
                       {QStringLiteral("team"), text(s.teamName)},
                       {QStringLiteral("coach"), s.coach},
                       {QStringLiteral("date"), date(s.heldOn)},
                       {QStringLiteral("dimension"), text(s.dimensionKey)},
                       {QStringLiteral("notes"), s.notes},
                       {QStringLiteral("agent_note"), s.agentNote},
                       {QStringLiteral("rectification"), s.rectificationId > 0 ? QJsonValue(s.rectificationId) : QJsonValue()},
                       {QStringLiteral("evaluations"), evaluations},
                       {QStringLiteral("recordings"), QJsonArray::fromStringList(s.interactionExternalIds)},
                       {QStringLiteral("commitments"), commitments}};
}

QJsonObject toJson(const CoachingTrend &t)
{
    qint64 beforeN = 0;
    qint64 afterN = 0;
    const double before = CoachingTrend::pooled(t.before, &beforeN);
    const double after = CoachingTrend::pooled(t.after, &afterN);
    const auto mean = [](double value, qint64 n) { return n > 0 ? QJsonValue(std::round(value * 1000) / 1000) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("dimension"), text(t.dimensionKey)},
                       {QStringLiteral("weeks"), t.weeks},
                       {QStringLiteral("before"), weeks(t.before)},
                       {QStringLiteral("after"), weeks(t.after)},
                       {QStringLiteral("before_mean"), mean(before, beforeN)},
                       {QStringLiteral("before_n"), beforeN},
                       {QStringLiteral("after_mean"), mean(after, afterN)},
                       {QStringLiteral("after_n"), afterN}};
}

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"),
                              QStringLiteral("Who acts (required): their role and ownership decide what they may do."),
                              QStringLiteral("LOGIN"));
}

QDate dateValue(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace qadesk::cli
