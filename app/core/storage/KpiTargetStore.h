#pragma once

#include "kpi/KpiTargets.h"

#include <QDateTime>

namespace qadesk {

class Connection;

// The organisation's KPI targets (table kpi_targets, migration 015). A key with a row holds its target (NULL: no
// target) and margin; a key without one has its defaults. Who may change them is KpiTargetService's to decide
// (and in team mode the database's: its row-level security lets only managers write).
class KpiTargetStore final
{
public:
    explicit KpiTargetStore(Connection &connection) : m_connection(connection) {}

    KpiTargets load();
    // Whether no target was ever stored (every KPI on its default).
    bool isEmpty();
    // Replaces the stored targets with `targets` (a row for every key set) and writes one audit entry naming
    // `actor` with `action`, in one transaction.
    void save(const KpiTargets &targets, const QString &actor, const QString &action, const QDateTime &now);
    // As save(), but only when no target is stored yet (checked in the same transaction). Returns whether it saved.
    bool saveIfEmpty(const KpiTargets &targets, const QString &actor, const QString &action, const QDateTime &now);

private:
    void write(const KpiTargets &targets, const QString &actor, const QString &action, const QDateTime &now);

    Connection &m_connection;
};

} // namespace qadesk
