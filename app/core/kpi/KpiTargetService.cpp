#include "KpiTargetService.h"

#include "Error.h"
#include "domain/DomainLabels.h"
#include "domain/Permissions.h"
#include "storage/KpiTargetStore.h"

namespace qadesk {

KpiTargetService::KpiTargetService(Connection &connection, Person actor, std::function<QDateTime()> clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
}

QDateTime KpiTargetService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

KpiTargets KpiTargetService::current()
{
    return KpiTargetStore(m_connection).load();
}

void KpiTargetService::set(const KpiTargets &targets)
{
    if (!allows(m_actor.role, Action::SetTargets)) {
        throw Error(tr("%1 (%2) may not change the KPI targets: they are set by a QA manager or an administrator.")
                        .arg(m_actor.login, DomainLabels::role(roleKey(m_actor.role))));
    }
    KpiTargetStore(m_connection).save(targets, m_actor.login, QStringLiteral("kpi-targets-set"), now());
}

KpiTargetService::Adoption KpiTargetService::adopt(const KpiTargets &fromSettings)
{
    if (!allows(m_actor.role, Action::SetTargets)) {
        return Adoption::NotAllowed;
    }
    return KpiTargetStore(m_connection).saveIfEmpty(fromSettings, m_actor.login, QStringLiteral("kpi-targets-adopted"),
                                                     now())
               ? Adoption::Adopted
               : Adoption::AlreadySet;
}

} // namespace qadesk
