#include "AuditChain.h"

#include "Connection.h"
#include "Error.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace qadesk {

namespace {

constexpr auto kCanonicalVersion = "qadesk.audit.v1\n";

void appendField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

const QString kColumns = QStringLiteral("id, seq, at, actor, action, entity, entity_id, detail, prev_hash, hash");

AuditRecord readRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    if (!q.value(1).isNull()) {
        r.seq = q.value(1).toLongLong();
    }
    r.at = q.value(2).toLongLong();
    r.actor = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    if (!q.value(6).isNull()) {
        r.entityId = q.value(6).toLongLong();
    }
    r.detail = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

AuditFinding finding(AuditFinding::Problem problem, qint64 seq, qint64 id, const QString &message)
{
    return AuditFinding{problem, seq, id, message};
}

} // namespace

QString AuditHead::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

std::optional<AuditHead> AuditHead::fromString(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,18}):([0-9a-f]{64}|)$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return AuditHead{match.captured(1).toLongLong(), match.captured(2)};
}

QString AuditFinding::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::Changed: return QStringLiteral("changed");
    case Problem::Missing: return QStringLiteral("missing");
    case Problem::Unchained: return QStringLiteral("unchained");
    case Problem::BrokenLink: return QStringLiteral("broken_link");
    case Problem::Truncated: return QStringLiteral("truncated");
    case Problem::BeyondHead: return QStringLiteral("beyond_head");
    case Problem::AnchorLost: return QStringLiteral("anchor_lost");
    }
    return QString();
}

QByteArray AuditChain::canonical(const AuditRecord &record)
{
    QByteArray out(kCanonicalVersion);
    appendField(out, record.seq ? QByteArray::number(*record.seq) : QByteArray());
    appendField(out, QByteArray::number(record.at));
    appendField(out, record.actor.toUtf8());
    appendField(out, record.action.toUtf8());
    appendField(out, record.entity.toUtf8());
    appendField(out, record.entityId ? QByteArray::number(*record.entityId) : QByteArray());
    appendField(out, record.detail.toUtf8());
    appendField(out, record.prevHash.toUtf8());
    return out;
}

QString AuditChain::hashOf(const AuditRecord &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(record), QCryptographicHash::Sha256).toHex());
}

AuditHead AuditChain::head()
{
    if (Schema::currentVersion(m_connection) < Schema::kAuditChainVersion) {
        throw Error(QCoreApplication::translate("AuditChain", "The database %1 has schema version %2, which keeps no audit chain; open it with QA Desk or "
                       "run \"qadesk-cli init\" to upgrade it.")
                        .arg(m_connection.location())
                        .arg(Schema::currentVersion(m_connection)));
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!q.next()) {
        return AuditHead{-1, QString()}; // the head row itself was removed
    }
    return AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
}

AuditVerification AuditChain::verify()
{
    return walk(1, std::nullopt);
}

AuditVerification AuditChain::verifyTail(qint64 entries, const std::optional<AuditHead> &anchor)
{
    const AuditHead stored = head();
    return walk(qMax<qint64>(1, stored.seq - entries + 1), anchor);
}

AuditVerification AuditChain::walk(qint64 fromSeq, const std::optional<AuditHead> &anchor)
{
    AuditVerification result;
    result.head = head();
    result.missingGuards = Schema::missingGuards(m_connection);
    {
        QSqlQuery count = m_connection.run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        result.entries = count.next() ? count.value(0).toLongLong() : 0;
    }
    std::optional<AuditFinding> found;
    const auto note = [&found](AuditFinding f) {
        if (!found || f.seq < found->seq) {
            found = std::move(f);
        }
    };

    // Rows that have no place in the chain: inserted (or replaced, which deletes and inserts) outside QA Desk.
    {
        QSqlQuery q = m_connection.run(QStringLiteral(
            "SELECT u.id, (SELECT MAX(c.seq) FROM audit_log c WHERE c.seq IS NOT NULL AND c.id < u.id) "
            "FROM audit_log u WHERE u.seq IS NULL ORDER BY u.id LIMIT 1"));
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const qint64 place = q.value(1).isNull() ? 1 : q.value(1).toLongLong() + 1;
            note(finding(AuditFinding::Problem::Unchained, place, id,
                         QCoreApplication::translate("AuditChain", "Audit entry id %1 has no place in the chain: it was inserted or replaced outside QA Desk "
                            "(after entry %2).")
                             .arg(id)
                             .arg(place - 1)));
        }
    }

    qint64 expectedSeq = fromSeq;
    QString expectedPrev;
    bool knowPrev = fromSeq == 1;
    qint64 previousId = 0;
    if (fromSeq > 1) {
        QSqlQuery q = m_connection.run(QStringLiteral("SELECT id, hash FROM audit_log WHERE seq = ?"), {fromSeq - 1});
        if (q.next()) {
            previousId = q.value(0).toLongLong();
            expectedPrev = q.value(1).toString();
            knowPrev = true;
        }
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq, id").arg(kColumns), {fromSeq});
    bool broken = false; // the walk stops at the first break it finds
    while (!broken && q.next()) {
        const AuditRecord r = readRecord(q);
        const qint64 seq = *r.seq;
        if (seq < expectedSeq) {
            note(finding(AuditFinding::Problem::Unchained, seq, r.id,
                         QCoreApplication::translate("AuditChain", "Audit entry id %1 claims place %2, which entry id %3 holds: it was inserted outside QA "
                            "Desk.")
                             .arg(r.id)
                             .arg(seq)
                             .arg(previousId)));
            broken = true;
            break;
        }
        if (seq > expectedSeq) {
            note(finding(AuditFinding::Problem::Missing, expectedSeq, 0,
                         seq == expectedSeq + 1
                             ? QCoreApplication::translate("AuditChain", "Audit entry %1 is missing: it was deleted (the chain goes on at entry %2, id %3).")
                                   .arg(expectedSeq)
                                   .arg(seq)
                                   .arg(r.id)
                             : QCoreApplication::translate("AuditChain", "Audit entries %1 to %2 are missing: they were deleted (the chain goes on at entry "
                                  "%3, id %4).")
                                   .arg(expectedSeq)
                                   .arg(seq - 1)
                                   .arg(seq)
                                   .arg(r.id)));
            broken = true;
            break;
        }
        if (knowPrev && r.prevHash != expectedPrev) {
            note(finding(AuditFinding::Problem::BrokenLink, seq, r.id,
                         QCoreApplication::translate("AuditChain", "Audit entry %1 (id %2) does not follow entry %3 (id %4): one of them was replaced, or an "
                            "entry was inserted between them.")
                             .arg(seq)
                             .arg(r.id)
                             .arg(seq - 1)
                             .arg(previousId)));
            broken = true;
            break;
        }
        if (r.hash != hashOf(r)) {
            note(finding(AuditFinding::Problem::Changed, seq, r.id,
                         QCoreApplication::translate("AuditChain", "Audit entry %1 (id %2) was changed after it was written: its content no longer matches "
                            "its hash.")
                             .arg(seq)
                             .arg(r.id)));
            broken = true;
            break;
        }
        expectedPrev = r.hash;
        knowPrev = true;
        previousId = r.id;
        ++expectedSeq;
        ++result.checked;
    }

    const qint64 lastSeq = expectedSeq - 1;
    if (!broken) {
        if (result.head.seq < 0) {
            note(finding(AuditFinding::Problem::Truncated, lastSeq + 1, 0,
                         QCoreApplication::translate("AuditChain", "The audit chain's head record was deleted.")));
        } else if (result.head.seq > lastSeq) {
            note(finding(AuditFinding::Problem::Truncated, lastSeq + 1, 0,
                         QCoreApplication::translate("AuditChain", "Audit entries %1 to %2 are missing: they were removed from the end of the log.")
                             .arg(lastSeq + 1)
                             .arg(result.head.seq)));
        } else if (result.head.seq < lastSeq) {
            note(finding(AuditFinding::Problem::BeyondHead, result.head.seq + 1, 0,
                         QCoreApplication::translate("AuditChain", "Audit entries %1 to %2 were added outside QA Desk, after the chain's head (entry %3).")
                             .arg(result.head.seq + 1)
                             .arg(lastSeq)
                             .arg(result.head.seq)));
        } else if (lastSeq > 0 && result.head.hash != expectedPrev) {
            note(finding(AuditFinding::Problem::BrokenLink, lastSeq, previousId,
                         QCoreApplication::translate("AuditChain", "Audit entry %1 (id %2), the last one, does not match the chain's head: it was replaced.")
                             .arg(lastSeq)
                             .arg(previousId)));
        }
    }
    if (anchor && anchor->seq > 0) {
        QSqlQuery a = m_connection.run(QStringLiteral("SELECT id, hash FROM audit_log WHERE seq = ?"), {anchor->seq});
        const bool there = a.next();
        if (!there || a.value(1).toString() != anchor->hash) {
            note(finding(AuditFinding::Problem::AnchorLost, anchor->seq, there ? a.value(0).toLongLong() : 0,
                         QCoreApplication::translate("AuditChain", "Audit entry %1 is not the one seen here before (%2): the log was rewritten since.")
                             .arg(anchor->seq)
                             .arg(anchor->toString())));
        }
    }
    result.firstBroken = found;
    return result;
}

void AuditChain::chainUnchainedEntries()
{
    QSqlQuery headQuery = m_connection.run(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!headQuery.next()) {
        throw Error(QCoreApplication::translate("AuditChain", "The audit chain's head record is missing."));
    }
    qint64 seq = headQuery.value(0).toLongLong();
    QString prev = headQuery.value(1).toString();
    QList<AuditRecord> records;
    {
        QSqlQuery q = m_connection.run(
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq IS NULL ORDER BY id").arg(kColumns));
        while (q.next()) {
            records.append(readRecord(q));
        }
    }
    for (AuditRecord &r : records) {
        r.seq = ++seq;
        r.prevHash = prev;
        r.hash = hashOf(r);
        m_connection.run(QStringLiteral("UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                         {*r.seq, r.prevHash, r.hash, r.id});
        prev = r.hash;
    }
    m_connection.run(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), {seq, prev});
}

} // namespace qadesk
