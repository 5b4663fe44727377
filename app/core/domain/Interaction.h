#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// One utterance of a transcript. Times are optional: many exports have none.
struct Turn
{
    qint64 id = 0;
    int seq = 0;
    QString speaker; // agent, customer or system
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString text;
};

// A call, chat or e-mail with its survey answers, as stored (DESIGN §4.1).
struct Interaction
{
    qint64 id = 0;
    QString externalId;
    QString channel;      // phone, chat, email, other; empty when unknown
    QDateTime startedAt;  // an instant; utcOffsetS keeps the offset the source gave
    int utcOffsetS = 0;
    QString agentCode;
    QString agentName;
    QString teamName;
    QString category;     // consultation, complaint, after_sales, suggestion, other; empty when unknown
    std::optional<double> handleS;
    std::optional<double> firstResponseS;
    std::optional<bool> resolvedFirstContact;
    bool complaint = false;
    std::optional<int> csat;
    std::optional<int> nps;
    std::optional<int> ces;
    QString customerId;
    QString customerPhone;
    QString recording;
    QString sourceFile;
    QList<Turn> turns;
    int turnCount = 0; // stored count; turns may not be loaded
};

} // namespace qadesk
