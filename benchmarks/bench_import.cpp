// Import throughput (DESIGN §7: ≥ 50,000 turns/s). Generates a JSON Lines file of N interactions × T turns in a
// temporary folder, imports it through the real Importer into a fresh database, then inserts the same rows with
// plain prepared statements in one transaction (no parsing, no validation) as a baseline, and prints both.
//
//   bench_import [--interactions N] [--turns T] [--no-mask]     (defaults: 25000 × 40 = 1,000,000 turns)

#include "import/Importer.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace qadesk;

namespace {

const char *const kPhrases[] = {
    "您好，很高兴为您服务，请问有什么可以帮您？",
    "我的快递三天没动了，单号是 SF1234567890，能帮我查一下吗",
    "好的，请您稍等，我这边帮您查询一下物流信息。",
    "已经帮您催促了快递公司，预计明天上午会有更新。",
    "我的手机号是 13812345678，有消息请联系我",
    "请问还有其他可以帮您的吗？",
    "没有了，谢谢你",
    "感谢您的来电，祝您生活愉快，再见！",
    "The parcel has not moved for three days, could you check it?",
    "Sure, let me look that up for you right away.",
    "退款会在 3 到 5 个工作日内原路返回您的账户。",
    "这个问题我需要升级给专员处理，30 分钟内给您回电。",
};
constexpr int kPhraseCount = int(sizeof(kPhrases) / sizeof(kPhrases[0]));

const char *phrase(int interaction, int turn)
{
    return kPhrases[(interaction * 7 + turn * 3) % kPhraseCount];
}

QByteArray agentCode(int interaction)
{
    return "A" + QByteArray::number(100 + interaction % 200);
}

QByteArray timestamp(int interaction)
{
    // Spread over 30 days of March 2024.
    const int day = 1 + interaction % 30;
    const int second = (interaction * 37) % 86400;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "2024-03-%02dT%02d:%02d:%02d+08:00", day, second / 3600, second / 60 % 60,
                  second % 60);
    return QByteArray(buffer);
}

void generate(const QString &path, int interactions, int turns)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    QByteArray line;
    for (int i = 0; i < interactions; ++i) {
        line.clear();
        line += R"({"external_id":"BENCH-)" + QByteArray::number(i) + R"(","channel":"phone","started_at":")" +
                timestamp(i) + R"(","agent":{"id":")" + agentCode(i) + R"(","name":"坐席)" +
                QByteArray::number(i % 200) + R"(","team":"售后)" + QByteArray::number(i % 5) +
                R"(组"},"category":"after_sales","handle_s":)" + QByteArray::number(120 + i % 600) +
                R"(,"resolved_first_contact":true,"complaint":false,"survey":{"csat":)" +
                QByteArray::number(1 + i % 5) + R"(,"nps":)" + QByteArray::number(i % 11) + R"(},"turns":[)";
        for (int t = 0; t < turns; ++t) {
            if (t > 0) {
                line += ',';
            }
            const qint64 start = qint64(t) * 4000;
            line += R"({"speaker":")" + QByteArray(t % 2 == 0 ? "customer" : "agent") + R"(","start_ms":)" +
                    QByteArray::number(start) + R"(,"end_ms":)" + QByteArray::number(start + 3500) + R"(,"text":")" +
                    QByteArray(phrase(i, t)) + "\"}";
        }
        line += "]}\n";
        file.write(line);
    }
}

double baseline(const QString &dbPath, int interactions, int turns)
{
    Connection connection(dbPath);
    Schema::migrate(connection);
    QList<QString> phrases;
    for (const char *p : kPhrases) {
        phrases << QString::fromUtf8(p);
    }
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(connection);
    QSqlQuery agent = connection.prepare(QStringLiteral("INSERT INTO agents (code) VALUES (?)"));
    for (int a = 0; a < 200; ++a) {
        agent.bindValue(0, QStringLiteral("A%1").arg(100 + a));
        Connection::exec(agent);
    }
    QSqlQuery interaction = connection.prepare(QStringLiteral(
        "INSERT INTO interactions (external_id, channel, started_at, utc_offset_s, day, agent_id, category, handle_s, "
        "fcr, complaint, csat, nps, turn_count) VALUES (?, 'phone', ?, 28800, ?, ?, 'after_sales', ?, 1, 0, ?, ?, ?)"));
    QSqlQuery turn = connection.prepare(QStringLiteral(
        "INSERT INTO turns (interaction_id, seq, speaker, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString customer = QStringLiteral("customer");
    const QString agentName = QStringLiteral("agent");
    for (int i = 0; i < interactions; ++i) {
        interaction.bindValue(0, QStringLiteral("BENCH-%1").arg(i));
        interaction.bindValue(1, qint64(1709251200) + i);
        interaction.bindValue(2, 2460371 + i % 30);
        interaction.bindValue(3, 1 + i % 200);
        interaction.bindValue(4, 120 + i % 600);
        interaction.bindValue(5, 1 + i % 5);
        interaction.bindValue(6, i % 11);
        interaction.bindValue(7, turns);
        Connection::exec(interaction);
        const qint64 id = interaction.lastInsertId().toLongLong();
        for (int t = 0; t < turns; ++t) {
            turn.bindValue(0, id);
            turn.bindValue(1, t);
            turn.bindValue(2, t % 2 == 0 ? customer : agentName);
            turn.bindValue(3, qint64(t) * 4000);
            turn.bindValue(4, qint64(t) * 4000 + 3500);
            turn.bindValue(5, phrases.at((i * 7 + t * 3) % kPhraseCount));
            Connection::exec(turn);
        }
    }
    transaction.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int interactions = 25000;
    int turns = 40;
    bool mask = true;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--interactions") && i + 1 < args.size()) {
            interactions = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--turns") && i + 1 < args.size()) {
            turns = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--no-mask")) {
            mask = false;
        }
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("bench.jsonl"));
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    generate(input, interactions, turns);
    const double totalTurns = double(interactions) * turns;
    out << "generated " << interactions << " interactions x " << turns << " turns = " << qint64(totalTurns)
        << " turns, " << QString::number(double(QFile(input).size()) / 1e6, 'f', 1) << " MB in "
        << QString::number(double(timer.elapsed()) / 1000, 'f', 1) << " s" << Qt::endl;

    double importSeconds = 0;
    {
        Connection connection(dir.filePath(QStringLiteral("import.sqlite")));
        Schema::migrate(connection);
        ImportOptions options;
        options.maskPersonalData = mask;
        timer.restart();
        const ImportResult result = Importer(connection).importFiles({input}, options);
        importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!result.allAccepted() || result.turns() != qint64(totalTurns)) {
            out << "import failed: " << (result.errors().isEmpty() ? QString() : result.errors().first().message)
                << Qt::endl;
            return 1;
        }
    }
    const double baselineSeconds = baseline(dir.filePath(QStringLiteral("baseline.sqlite")), interactions, turns);
    out << "importer (parse, validate, mask, write, rollups): " << QString::number(importSeconds, 'f', 2)
        << " s = " << qint64(totalTurns / importSeconds) << " turns/s" << Qt::endl;
    out << "plain SQL baseline (prepared INSERTs, one transaction): " << QString::number(baselineSeconds, 'f', 2)
        << " s = " << qint64(totalTurns / baselineSeconds) << " turns/s" << Qt::endl;
    out << "budget 50000 turns/s: " << (totalTurns / importSeconds >= 50000 ? "met" : "MISSED") << Qt::endl;
    return 0;
}
