#include "OrgTime.h"

#include "report/ReportLabels.h"
#include "storage/OrganisationZone.h"

#include <QLocale>

namespace qadesk {

QDateTime OrgTime::local(const QDateTime &instant)
{
    return instant.toTimeZone(OrganisationZone::current());
}

QString OrgTime::text(const QDateTime &instant)
{
    if (!instant.isValid()) {
        return {};
    }
    return QLocale().toString(local(instant), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString OrgTime::sourceTip(const QDateTime &instant)
{
    if (!instant.isValid() || local(instant).offsetFromUtc() == instant.offsetFromUtc()) {
        return {};
    }
    return tr("Source time %1").arg(ReportLabels::dateTimeWithOffset(instant));
}

} // namespace qadesk
