#pragma once
// Small realistic Chinese interactions for the workspace tests and benchmarks, written through the
// same InteractionWriter the importers use.

#include "domain/Interaction.h"
#include "storage/Connection.h"
#include "storage/InteractionWriter.h"
#include "storage/RubricStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"
#include "storage/TranscriptIndex.h"

#include <QTimeZone>

#include <array>

namespace qadesk::fixture {

struct Line
{
    const char *speaker;
    qint64 pauseMs; // from the end of the previous turn to the start of this one
    const char *text;
};

// A parcel complaint with a hold (45 s after "请您稍等") and a silence (15 s).
inline const std::array<Line, 12> kDialogue{{
    {"customer", 0, "你好，我的快递三天没动了，订单号是SF1234567890，能帮我查一下吗？"},
    {"agent", 2400, "您好，很高兴为您服务，我是客服小王。您是说快递三天没有物流更新，对吗？"},
    {"customer", 900, "对，一直显示在转运中心，我很着急，明天就要用。"},
    {"agent", 1200, "非常理解您的心情，请您稍等，我帮您查询一下物流状态。"},
    {"agent", 45000, "感谢您的耐心等待。查到包裹因天气原因在转运中心滞留，目前已经重新发出。"},
    {"customer", 15000, "那什么时候能到？"},
    {"agent", 1500, "预计明天下午送达。首先，我会为您催促加急派送；然后，派送员出发前会短信通知您。"},
    {"customer", 800, "如果明天还到不了怎么办？"},
    {"agent", 1300, "接下来如果明天18点前未送达，您可以直接申请退款，我会在24小时内回访确认处理进度。"},
    {"customer", 700, "好的，谢谢。"},
    {"agent", 900, "不客气，还有其他可以帮您的吗？"},
    {"customer", 600, "没有了，再见。"},
}};

inline const char *const kAgents[][3] = {
    {"A01", "王芳", "售后一组"},
    {"A02", "李娜", "售后一组"},
    {"A03", "张伟", "售前二组"},
    {"A04", "刘洋", "售前二组"},
};
inline const char *const kChannels[] = {"phone", "chat", "email", "other"};
inline const char *const kCategories[] = {"complaint", "consultation", "after_sales", "suggestion", "other"};

// Interaction number i: agents, channels and categories rotate; a CSAT on five of six; `turns` turns
// (the dialogue repeated as needed), each about 2–4 s long.
inline Interaction makeInteraction(int i, int turns = int(kDialogue.size()))
{
    Interaction in;
    in.externalId = QStringLiteral("WS-%1").arg(i, 5, 10, QLatin1Char('0'));
    in.startedAt = QDateTime(QDate(2024, 3, 4), QTime(9, 0), QTimeZone(8 * 3600)).addSecs(qint64(i) * 37 * 60);
    in.utcOffsetS = 8 * 3600;
    const auto &agent = kAgents[i % 4];
    in.agentCode = QString::fromUtf8(agent[0]);
    in.agentName = QString::fromUtf8(agent[1]);
    in.teamName = QString::fromUtf8(agent[2]);
    in.channel = QString::fromUtf8(kChannels[i % 4]);
    in.category = QString::fromUtf8(kCategories[(i / 4) % 5]);
    in.handleS = 120 + (i * 53) % 600;
    in.complaint = i % 7 == 0;
    if (i % 6 != 5) {
        in.csat = 1 + (i * 3) % 5;
    }
    qint64 at = 0;
    for (int t = 0; t < turns; ++t) {
        const Line &line = kDialogue[std::size_t(t) % kDialogue.size()];
        at += t == 0 ? 0 : line.pauseMs;
        Turn turn;
        turn.speaker = QString::fromUtf8(line.speaker);
        turn.startMs = at;
        const qint64 length = 2000 + (t * 700) % 2000;
        turn.endMs = at + length;
        at += length;
        turn.text = t < int(kDialogue.size()) ? QString::fromUtf8(line.text)
                                              : QString::fromUtf8(line.text) + QStringLiteral("（%1）").arg(t);
        in.turns << turn;
    }
    in.turnCount = int(in.turns.size());
    return in;
}

// A migrated database in the UTC rollup zone, with the default rubric stored.
inline std::unique_ptr<Connection> openDatabase(const QString &path)
{
    auto connection = std::make_unique<Connection>(path);
    Schema::migrate(*connection);
    OrganisationZone::setInitial(*connection, QByteArrayLiteral("UTC"));
    RubricStore(*connection).ensureDefault();
    return connection;
}

// Inserts interactions first … first + count - 1; returns their ids.
inline QList<qint64> addInteractions(Connection &connection, int first, int count, int turns = int(kDialogue.size()))
{
    QList<qint64> ids;
    Transaction transaction(connection);
    InteractionWriter writer(connection);
    for (int i = first; i < first + count; ++i) {
        ids << writer.insert(makeInteraction(i, turns));
    }
    writer.finish();
    // What the application's background indexer does, so that searches here go through the index.
    TranscriptIndex(connection).catchUp();
    transaction.commit();
    return ids;
}

} // namespace qadesk::fixture
