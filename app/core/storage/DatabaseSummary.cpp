#include "DatabaseSummary.h"

#include "Connection.h"

namespace qadesk {

DatabaseCounts DatabaseSummary::counts()
{
    DatabaseCounts counts;
    QSqlQuery query = m_connection.run(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM interactions), (SELECT COUNT(*) FROM interactions WHERE turn_count > 0), "
        "(SELECT COUNT(*) FROM evaluations)"));
    if (query.next()) {
        counts.interactions = query.value(0).toLongLong();
        counts.transcripts = query.value(1).toLongLong();
        counts.evaluations = query.value(2).toLongLong();
    }
    query.finish();
    return counts;
}

} // namespace qadesk
