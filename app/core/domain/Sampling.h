#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace qadesk {

// An interaction that may be drawn, with what oversampling looks at.
struct SampleCandidate
{
    qint64 interactionId = 0;
    qint64 agentId = 0;
    bool complaint = false; // flagged as a complaint or in the complaint category
    std::optional<int> csat;
};

struct SampleOptions
{
    int perAgent = 3;
    quint64 seed = 1;
    // Relative chance of being drawn, against 1 for an ordinary interaction; weights multiply.
    double complaintWeight = 1.0;
    double lowCsatWeight = 1.0;
    int lowCsatMax = 2; // a CSAT at or below this is "low"
};

// What an inspector asks the Sample… dialog for.
struct SampleRequest
{
    QString inspector;
    QDate from, to; // local days in the database's rollup time zone, inclusive
    qint64 teamId = 0;
    QString channel;             // empty: every channel
    QString category;            // empty: every category
    bool transcriptsOnly = true; // only interactions with a transcript to read
    bool skipEvaluated = true;   // leave out interactions that already have an evaluation
    SampleOptions options;
    // Continuous reliability (issue 14): this share of the drawn interactions (rounded, at least one when above 0)
    // is also scored blind by the second inspector, in a calibration session of the plan.
    int doubleScorePercent = 0;
    QString secondInspector;
};

struct SampleDrawResult
{
    qint64 planId = 0;
    int candidates = 0;
    int agents = 0;
    int drawn = 0;
    int added = 0; // drawn and not already on the inspector's queue
    int doubleScored = 0;
    qint64 reliabilitySessionId = 0; // the plan's continuous calibration session, when it double-scores
};

} // namespace qadesk
