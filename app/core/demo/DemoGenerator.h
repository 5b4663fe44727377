#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace qadesk {

class Connection;

struct DemoOptions
{
    quint32 seed = 1;
    qint64 interactions = 10000;
    int agents = 0;          // 0: about one agent per 1,000 interactions, between 12 and 400
    qint64 transcripts = -1; // -1: 10 % of the interactions
    qint64 evaluations = -1; // -1: 5 % of the interactions
    QDate lastDay;           // the year of data ends on this day; invalid: today
};

struct DemoCounts
{
    int teams = 0;
    int agents = 0;
    qint64 interactions = 0;
    qint64 transcripts = 0;
    qint64 turns = 0;
    qint64 evaluations = 0;
    int people = 0; // who can work as (agents, inspectors, leads, a QA manager, an administrator)
    // Evaluations of the demo rectification items' verification interactions, on top of `evaluations`.
    qint64 verificationEvaluations = 0;
};

// Fills an empty database with a year of synthetic but realistic contact-centre data: teams and agents with
// Chinese names, interactions in every channel and category, dialogues with turn times, surveys whose answers
// follow the service quality, and submitted evaluations. The same options give the same data.
class DemoGenerator final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoGenerator(Connection &connection, DemoOptions options);
    DemoCounts run(const Progress &progress = {});

private:
    Connection &m_connection;
    DemoOptions m_options;
};

} // namespace qadesk
