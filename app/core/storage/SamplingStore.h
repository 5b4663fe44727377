#pragma once

#include "domain/Sampling.h"

#include <QList>

namespace qadesk {

class Connection;

// The storage side of sampling: the candidates a request allows, and a drawn sample recorded as a
// sampling plan whose interactions join the inspector's work queue.
class SamplingStore final
{
public:
    explicit SamplingStore(Connection &connection) : m_connection(connection) {}

    QList<SampleCandidate> candidates(const SampleRequest &request);
    // Records the plan, puts the drawn interactions on the inspector's queue and writes the audit
    // entry, in one transaction. Fills planId and added. With doubleScored (a share of drawn), also a continuous
    // calibration session of the plan in which the request's second inspector scores those blind.
    void savePlan(const SampleRequest &request, SampleDrawResult &result, const QList<qint64> &drawn,
                  const QList<qint64> &doubleScored = {});
    // The local day (in the organisation's zone) of the newest interaction, to offer a sensible period.
    QDate latestDay();

private:
    Connection &m_connection;
};

} // namespace qadesk
