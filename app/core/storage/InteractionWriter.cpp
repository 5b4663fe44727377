#include "InteractionWriter.h"

#include "Connection.h"
#include "OrganisationZone.h"
#include "RollupStore.h"

namespace qadesk {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

InteractionWriter::InteractionWriter(Connection &connection)
    : m_connection(connection)
    , m_zone(OrganisationZone::zone(connection))
{
    if (!m_zone.isValid()) {
        m_zone = QTimeZone::utc();
    }
    m_exists = m_connection.prepare(QStringLiteral("SELECT 1 FROM interactions WHERE external_id = ?"));
    m_insertInteraction = m_connection.prepare(QStringLiteral(
        "INSERT INTO interactions (external_id, channel, started_at, utc_offset_s, day, agent_id, team_id, category, "
        "handle_s, first_response_s, fcr, complaint, csat, nps, ces, customer_id, customer_phone, recording, "
        "turn_count, source_file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertTurn = m_connection.prepare(QStringLiteral(
        "INSERT INTO turns (interaction_id, seq, speaker, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?)"));
    m_find = m_connection.prepare(
        QStringLiteral("SELECT id, turn_count, started_at FROM interactions WHERE external_id = ?"));
    m_attach = m_connection.prepare(QStringLiteral(
        "UPDATE interactions SET turn_count = ?, first_response_s = COALESCE(first_response_s, ?) WHERE id = ?"));
}

std::optional<StoredInteractionRef> InteractionWriter::find(const QString &externalId)
{
    m_find.bindValue(0, externalId);
    Connection::exec(m_find);
    std::optional<StoredInteractionRef> found;
    if (m_find.next()) {
        found = StoredInteractionRef{m_find.value(0).toLongLong(), m_find.value(1).toInt(),
                                     RollupStore::rollupDay(m_find.value(2).toLongLong())};
    }
    m_find.finish();
    return found;
}

void InteractionWriter::attachTurns(const StoredInteractionRef &target, const QList<Turn> &turns,
                                    std::optional<double> firstResponseS)
{
    insertTurns(target.id, turns);
    m_attach.bindValue(0, int(turns.size()));
    m_attach.bindValue(1, optionalValue(firstResponseS));
    m_attach.bindValue(2, target.id);
    Connection::exec(m_attach);
    if (firstResponseS) {
        m_touchedDays.insert(target.rollupDay); // the day's first-response KPI may change
    }
}

void InteractionWriter::insertTurns(qint64 interactionId, const QList<Turn> &turns)
{
    int seq = 0;
    for (const Turn &turn : turns) {
        m_insertTurn.bindValue(0, interactionId);
        m_insertTurn.bindValue(1, seq++);
        m_insertTurn.bindValue(2, turn.speaker);
        m_insertTurn.bindValue(3, optionalValue(turn.startMs));
        m_insertTurn.bindValue(4, optionalValue(turn.endMs));
        m_insertTurn.bindValue(5, turn.text);
        Connection::exec(m_insertTurn);
    }
}

bool InteractionWriter::exists(const QString &externalId)
{
    m_exists.bindValue(0, externalId);
    Connection::exec(m_exists);
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

qint64 InteractionWriter::teamId(const QString &name)
{
    if (name.isEmpty()) {
        return 0;
    }
    if (const auto it = m_teams.constFind(name); it != m_teams.constEnd()) {
        return *it;
    }
    QSqlQuery found = m_connection.run(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {name});
    qint64 id = 0;
    if (found.next()) {
        id = found.value(0).toLongLong();
    } else {
        QSqlQuery inserted = m_connection.run(QStringLiteral("INSERT INTO teams (name) VALUES (?)"), {name});
        id = inserted.lastInsertId().toLongLong();
    }
    m_teams.insert(name, id);
    return id;
}

qint64 InteractionWriter::agentId(const QString &code, const QString &name, qint64 teamId)
{
    const QVariant team = teamId > 0 ? QVariant(teamId) : QVariant(QMetaType(QMetaType::LongLong));
    if (const auto it = m_agents.constFind(code); it != m_agents.constEnd()) {
        const auto &[knownName, knownTeam] = m_agentDetails.value(code);
        // Later records win: an agent's name or team as the newest data says.
        if ((!name.isEmpty() && name != knownName) || (teamId > 0 && teamId != knownTeam)) {
            m_connection.run(QStringLiteral("UPDATE agents SET name = COALESCE(?, name), team_id = COALESCE(?, team_id) "
                                            "WHERE id = ?"),
                             {textOrNull(name), team, *it});
            m_agentDetails[code] = {name.isEmpty() ? knownName : name, teamId > 0 ? teamId : knownTeam};
        }
        return *it;
    }
    QSqlQuery found = m_connection.run(QStringLiteral("SELECT id, name, team_id FROM agents WHERE code = ?"), {code});
    qint64 id = 0;
    if (found.next()) {
        id = found.value(0).toLongLong();
        m_agents.insert(code, id);
        m_agentDetails.insert(code, {found.value(1).toString(), found.value(2).toLongLong()});
        return agentId(code, name, teamId);
    }
    QSqlQuery inserted = m_connection.run(QStringLiteral("INSERT INTO agents (code, name, team_id) VALUES (?, ?, ?)"),
                                          {code, textOrNull(name), team});
    id = inserted.lastInsertId().toLongLong();
    m_agents.insert(code, id);
    m_agentDetails.insert(code, {name, teamId});
    return id;
}

qint64 InteractionWriter::dayOf(const QDateTime &instant) const
{
    return instant.toTimeZone(m_zone).date().toJulianDay();
}

qint64 InteractionWriter::insert(const Interaction &in)
{
    const qint64 team = teamId(in.teamName);
    const qint64 agent = agentId(in.agentCode, in.agentName, team);
    const qint64 day = dayOf(in.startedAt);
    const QVariantList values{
        in.externalId,
        textOrNull(in.channel),
        in.startedAt.toSecsSinceEpoch(),
        in.utcOffsetS,
        day,
        agent,
        team > 0 ? QVariant(team) : QVariant(QMetaType(QMetaType::LongLong)),
        textOrNull(in.category),
        optionalValue(in.handleS),
        optionalValue(in.firstResponseS),
        in.resolvedFirstContact ? QVariant(int(*in.resolvedFirstContact)) : QVariant(QMetaType(QMetaType::Int)),
        int(in.complaint),
        optionalValue(in.csat),
        optionalValue(in.nps),
        optionalValue(in.ces),
        textOrNull(in.customerId),
        textOrNull(in.customerPhone),
        textOrNull(in.recording),
        int(in.turns.size()),
        textOrNull(in.sourceFile),
        QDateTime::currentSecsSinceEpoch(),
    };
    for (int i = 0; i < values.size(); ++i) {
        m_insertInteraction.bindValue(i, values.at(i));
    }
    Connection::exec(m_insertInteraction);
    const qint64 id = m_insertInteraction.lastInsertId().toLongLong();
    insertTurns(id, in.turns);
    m_touchedDays.insert(RollupStore::rollupDay(in.startedAt.toSecsSinceEpoch()));
    return id;
}

void InteractionWriter::finish(bool rebuildAll)
{
    RollupStore rollups(m_connection);
    if (rebuildAll) {
        rollups.rebuildAll();
    } else if (!m_touchedDays.isEmpty()) {
        rollups.refreshDays(m_touchedDays);
    }
    m_touchedDays.clear();
}

} // namespace qadesk
