#pragma once

#include "domain/Person.h"
#include "kpi/KpiTargets.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace qadesk {

class Connection;

// The organisation's KPI targets as a person works with them: everyone reads them; a QA manager or an
// administrator changes them (Action::SetTargets; in team mode the database refuses anyone else as well). Every
// change is in the audit log under the person's login.
class KpiTargetService final
{
    Q_DECLARE_TR_FUNCTIONS(KpiTargetService)

public:
    KpiTargetService(Connection &connection, Person actor, std::function<QDateTime()> clock = {});

    KpiTargets current();
    // Stores `targets` as the organisation's. Throws Error (naming the person and role) when the role may not.
    void set(const KpiTargets &targets);
    enum class Adoption
    {
        Adopted,    // the database held no targets: these are now the organisation's
        AlreadySet, // the database has targets of its own: the settings' are out of date
        NotAllowed  // this person may not set targets: a manager's first start moves them
    };
    // The targets one computer kept in its settings before they moved into the database (migration 015): stored
    // when the database holds none yet and the person may set targets.
    Adoption adopt(const KpiTargets &fromSettings);

private:
    QDateTime now() const;

    Connection &m_connection;
    Person m_actor;
    std::function<QDateTime()> m_clock;
};

} // namespace qadesk
