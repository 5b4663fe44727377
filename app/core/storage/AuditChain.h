#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

class Connection;

// One stored audit log entry as the chain sees it.
struct AuditRecord
{
    qint64 id = 0;
    std::optional<qint64> seq; // empty: the row has no place in the chain (added outside QA Desk)
    qint64 at = 0;
    QString actor;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QString detail;
    QString prevHash;
    QString hash;
};

// The chain's last entry: audit_head in the database, or an anchor a reader kept from an earlier look.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    // "SEQ:HASH", the form the CLI prints and takes as --anchor.
    QString toString() const;
    static std::optional<AuditHead> fromString(const QString &text);
};

// What a walk along the chain found.
struct AuditFinding
{
    enum class Problem {
        Changed,     // an entry's content does not match its hash (edited, or replaced by other content)
        Missing,     // a place in the chain holds no entry (deleted)
        Unchained,   // a row without a place in the chain (inserted or replaced outside QA Desk)
        BrokenLink,  // an entry does not follow the one before it (replaced or inserted between them)
        Truncated,   // the chain ends before its recorded head (entries removed from the end)
        BeyondHead,  // entries after the recorded head (added outside QA Desk)
        AnchorLost,  // the chain no longer holds an entry a reader saw earlier (rewritten)
    };
    Problem problem = Problem::Changed;
    qint64 seq = 0; // the first broken place in the chain
    qint64 id = 0;  // the row there, 0 when there is none
    QString message;
    static QString problemKey(Problem problem);
};

struct AuditVerification
{
    qint64 entries = 0;  // rows in the log
    qint64 checked = 0;  // entries whose hash and link were checked
    AuditHead head;      // audit_head as stored
    std::optional<AuditFinding> firstBroken;
    QStringList missingGuards; // guards (triggers) of the log that are not in the database
    bool ok() const { return !firstBroken && missingGuards.isEmpty(); }
};

// The audit log's hash chain (issue 10, docs/audit.md): each entry carries the SHA-256 of the entry before it
// and of its own canonical content, so that an edited, deleted, inserted or replaced entry breaks the chain at
// the place where it happened, whether or not the database's guards (triggers) were in place.
class AuditChain final
{
public:
    explicit AuditChain(Connection &connection) : m_connection(connection) {}

    // The bytes an entry's hash covers: a version line, then seq, at, actor, action, entity, entity_id (empty
    // when null), detail and prev_hash, each as "<UTF-8 length>:<UTF-8 bytes>\n".
    static QByteArray canonical(const AuditRecord &record);
    // Lower-case hex SHA-256 of canonical(record).
    static QString hashOf(const AuditRecord &record);

    AuditHead head();
    // Walks the whole chain from its first entry.
    AuditVerification verify();
    // Checks only the last `entries` entries, their link to the head, and (when given) that the entry at the
    // anchor still carries the anchor's hash: a quick look at start-up.
    AuditVerification verifyTail(qint64 entries, const std::optional<AuditHead> &anchor = std::nullopt);

    // Gives the rows stored before the chain existed (schema 5 and older) their places, in id order. Runs inside
    // the migration that adds the chain, before the guards are installed.
    void chainUnchainedEntries();

private:
    AuditVerification walk(qint64 fromSeq, const std::optional<AuditHead> &anchor);

    Connection &m_connection;
};

} // namespace qadesk
