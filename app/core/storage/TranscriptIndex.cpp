#include "TranscriptIndex.h"

#include "Connection.h"
#include "Schema.h"

#include <QRegularExpression>

namespace qadesk {

namespace {

const QString kMarkKey = QStringLiteral("fts_indexed_turn_id");

// A term as an FTS5 phrase: quoted, with inner quotes doubled, so that no character is an operator.
QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A term as a LIKE pattern matching it anywhere, with the wildcards escaped (ESCAPE '\').
QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString likeOperator(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

} // namespace

bool TranscriptIndex::available()
{
    if (m_connection.dialect() != SqlDialect::Sqlite) {
        return false;
    }
    QSqlQuery q =
        m_connection.run(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'turns_fts'"));
    return q.next();
}

qint64 TranscriptIndex::indexedUpTo()
{
    return available() ? Schema::meta(m_connection, kMarkKey, QStringLiteral("0")).toLongLong() : 0;
}

qint64 TranscriptIndex::pendingTurns()
{
    if (!available()) {
        return 0;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT COUNT(*) FROM turns WHERE id > ?"), {indexedUpTo()});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool TranscriptIndex::hasPendingTurns()
{
    if (!available()) {
        return false;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT 1 FROM turns WHERE id > ? LIMIT 1"), {indexedUpTo()});
    return q.next();
}

qint64 TranscriptIndex::catchUp(qint64 limit)
{
    if (!available()) {
        return 0;
    }
    const qint64 mark = indexedUpTo();
    QSqlQuery top = limit > 0
                        ? m_connection.run(QStringLiteral("SELECT MAX(id), COUNT(*) FROM (SELECT id FROM turns "
                                                          "WHERE id > ? ORDER BY id LIMIT ?) AS next_turns"),
                                           {mark, limit})
                        : m_connection.run(QStringLiteral("SELECT MAX(id), COUNT(*) FROM turns WHERE id > ?"), {mark});
    if (!top.next() || top.value(0).isNull()) {
        return 0;
    }
    const qint64 upTo = top.value(0).toLongLong();
    const qint64 count = top.value(1).toLongLong();
    top.finish();
    m_connection.run(QStringLiteral("INSERT INTO turns_fts (rowid, text) SELECT id, text FROM turns "
                                    "WHERE id > ? AND id <= ? ORDER BY id"),
                     {mark, upTo});
    Schema::setMeta(m_connection, kMarkKey, QString::number(upTo));
    return count;
}

qint64 TranscriptIndex::catchUpInChunks(qint64 chunk, const std::atomic<bool> *cancel)
{
    qint64 total = 0;
    while (!(cancel && cancel->load())) {
        Transaction transaction(m_connection);
        const qint64 done = catchUp(chunk);
        transaction.commit();
        if (done == 0) {
            break;
        }
        total += done;
    }
    return total;
}

QStringList TranscriptIndex::terms(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList result = text.split(space, Qt::SkipEmptyParts);
    result.removeDuplicates();
    return result;
}

QList<qint64> TranscriptIndex::search(const QString &text, int limit)
{
    QList<qint64> ids;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0) {
        return ids;
    }
    const bool fts = available();
    const qint64 mark = fts ? indexedUpTo() : 0;
    const QString like = likeOperator(m_connection.dialect());

    // Each term gives the set of interactions that mention it; the transcript hits are their intersection.
    // The SQL is assembled from fixed fragments only; every value is bound.
    QStringList termSelects;
    QVariantList values;
    for (const QString &term : terms(trimmed)) {
        if (fts && term.size() >= 3) {
            termSelects << QStringLiteral(
                               "SELECT interaction_id FROM turns WHERE id IN "
                               "(SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?) "
                               "UNION SELECT interaction_id FROM turns WHERE id > ? AND text %1 ? ESCAPE '\\'")
                               .arg(like);
            values << ftsPhrase(term) << mark << likePattern(term);
        } else {
            termSelects << QStringLiteral("SELECT interaction_id FROM turns WHERE text %1 ? ESCAPE '\\'").arg(like);
            values << likePattern(term);
        }
    }
    QString sql = QStringLiteral("SELECT id FROM interactions WHERE external_id = ? "
                                 "UNION SELECT i.id FROM interactions i JOIN agents a ON a.id = i.agent_id "
                                 "WHERE a.code = ? OR a.name = ?");
    QVariantList allValues{trimmed, trimmed, trimmed};
    if (!termSelects.isEmpty()) {
        QStringList wrapped;
        for (const QString &select : termSelects) {
            wrapped << QStringLiteral("SELECT interaction_id FROM (%1) AS term_hits").arg(select);
        }
        sql += QStringLiteral(" UNION SELECT interaction_id FROM (%1) AS transcript_hits")
                   .arg(wrapped.join(QStringLiteral(" INTERSECT ")));
        allValues += values;
    }
    sql = QStringLiteral("SELECT id FROM (%1) AS hits ORDER BY id DESC LIMIT ?").arg(sql);
    allValues << limit;
    QSqlQuery q = m_connection.run(sql, allValues);
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace qadesk
