// Shared by the report suites: a small database with two teams, three agents, interactions over three months
// and evaluations written through the storage classes (as the workspace and the demo generator write them).
#pragma once

#include "domain/Evaluation.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/RubricStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace reportfixture {

using namespace qadesk;

constexpr int NA = 0; // a dimension marked not applicable in a score list

struct Fixture
{
    std::unique_ptr<Connection> connection;
    int rubricVersionId = 0;
    QList<qint64> evaluations; // in insertion order
    qint64 criticalEvaluation = 0;
    qint64 longCommentEvaluation = 0;
    qint64 draftEvaluation = 0;
};

inline Interaction interaction(const QString &id, const QString &startedAt, const QString &agent, const QString &name,
                               const QString &team, std::optional<int> csat, std::optional<bool> fcr)
{
    Interaction in;
    in.externalId = id;
    in.startedAt = QDateTime::fromString(startedAt, Qt::ISODate);
    in.utcOffsetS = in.startedAt.offsetFromUtc();
    in.agentCode = agent;
    in.agentName = name;
    in.teamName = team;
    in.channel = QStringLiteral("phone");
    in.category = QStringLiteral("complaint");
    in.csat = csat;
    in.nps = csat ? std::optional<int>(*csat * 2) : std::nullopt;
    in.ces = csat ? std::optional<int>(*csat + 1) : std::nullopt;
    in.resolvedFirstContact = fcr;
    in.handleS = 300;
    in.firstResponseS = 4.0;
    return in;
}

// Scores in rubric order (response, attitude, resolution, knowledge, satisfaction, records); NA = not applicable.
inline qint64 addEvaluation(Connection &c, int rubricVersionId, qint64 interactionId, const QList<int> &scores,
                            const QString &comment, bool critical = false, const QString &status = QStringLiteral("submitted"))
{
    RubricStore rubrics(c);
    const Rubric rubric = rubrics.load(rubricVersionId);
    Evaluation e;
    e.interactionId = interactionId;
    e.rubricVersionId = rubricVersionId;
    e.inspector = QStringLiteral("陈质检");
    e.status = status;
    QList<DimensionInput> inputs;
    for (qsizetype i = 0; i < rubric.dimensions.size(); ++i) {
        DimensionEvaluation d;
        d.key = rubric.dimensions.at(i).key;
        DimensionInput input;
        if (scores.at(i) == NA) {
            d.notApplicable = input.notApplicable = true;
        } else {
            d.score = input.score = scores.at(i);
        }
        // Empty, not null: EvaluationStore binds a null QString as SQL NULL, which the NOT NULL column refuses.
        d.comment = i == 1 ? QStringLiteral("语气亲切，主动安抚客户情绪。") : QStringLiteral("");
        e.dimensions << d;
        inputs << input;
    }
    e.checklist = {{QStringLiteral("greeting"), QStringLiteral("yes")},
                   {QStringLiteral("confirm_need"), QStringLiteral("yes")},
                   {QStringLiteral("analyse"), QStringLiteral("na")},
                   {QStringLiteral("solution"), QStringLiteral("no")},
                   {QStringLiteral("follow_up"), QStringLiteral("yes")}};
    e.criticalFailed = {{QStringLiteral("disclosed_customer_data"), false},
                        {QStringLiteral("abusive_language"), critical}};
    e.overallComment = comment.isNull() ? QStringLiteral("") : comment;
    const ScoreResult result = ScoreCalculator::compute(rubric, inputs, critical);
    e.score = result.score;
    e.gradeKey = result.gradeKey;
    e.createdAt = QDateTime(QDate(2024, 3, 20), QTime(10, 0), QTimeZone::utc());
    if (status != QLatin1String("draft")) {
        e.submittedAt = QDateTime(QDate(2024, 3, 21), QTime(9, 30), QTimeZone::utc());
    }
    return EvaluationStore(c).insert(e);
}

inline Fixture create(const QString &path)
{
    Fixture f;
    f.connection = std::make_unique<Connection>(path);
    Connection &c = *f.connection;
    Schema::migrate(c);
    OrganisationZone::setInitial(c, QByteArrayLiteral("UTC"));
    f.rubricVersionId = RubricStore(c).ensureDefault();
    const QString team1 = QStringLiteral("售后一组");
    const QString team2 = QStringLiteral("投诉处理组");

    Transaction t(c);
    InteractionWriter writer(c);
    QList<qint64> ids;
    // A017 王芳: three in March, one each in January and February. A018 李娜 (same team), B001 张伟 (other team).
    ids << writer.insert(interaction(QStringLiteral("CALL-0301"), QStringLiteral("2024-03-05T09:15:02+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, 5, true));
    ids << writer.insert(interaction(QStringLiteral("CALL-0302"), QStringLiteral("2024-03-12T14:00:00+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, 4, true));
    ids << writer.insert(interaction(QStringLiteral("CALL-0303"), QStringLiteral("2024-03-20T10:30:00+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, 2, false));
    ids << writer.insert(interaction(QStringLiteral("CALL-0304"), QStringLiteral("2024-03-08T11:00:00+08:00"),
                                     QStringLiteral("A018"), QStringLiteral("李娜"), team1, 3, true));
    ids << writer.insert(interaction(QStringLiteral("CALL-0305"), QStringLiteral("2024-03-09T16:45:00+08:00"),
                                     QStringLiteral("B001"), QStringLiteral("张伟"), team2, 1, false));
    ids << writer.insert(interaction(QStringLiteral("CALL-0101"), QStringLiteral("2024-01-15T09:00:00+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, 4, true));
    ids << writer.insert(interaction(QStringLiteral("CALL-0201"), QStringLiteral("2024-02-15T09:00:00+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, 3, false));
    ids << writer.insert(interaction(QStringLiteral("CALL-0306"), QStringLiteral("2024-03-25T09:00:00+08:00"),
                                     QStringLiteral("A017"), QStringLiteral("王芳"), team1, std::nullopt, std::nullopt));

    const int v = f.rubricVersionId;
    // 5,4,3,4,5,3 → 79 (pass, DESIGN's worked example).
    f.evaluations << addEvaluation(c, v, ids[0], {5, 4, 3, 4, 5, 3},
                                   QStringLiteral("整体表现良好，问题解决环节需加强。Overall good; work on resolution."));
    // Knowledge N/A: 100 × (15×5 + 20×5 + 25×4 + 15×5 + 10×4) / (5 × 85) = 91.76 → excellent.
    f.evaluations << addEvaluation(c, v, ids[1], {5, 5, 4, NA, 5, 4}, QStringLiteral("专业、耐心。"));
    // Abusive language: 0, needs improvement, whatever the scores.
    f.criticalEvaluation = addEvaluation(c, v, ids[2], {4, 1, 3, 3, 2, 3},
                                         QStringLiteral("通话中出现不文明用语，一票否决。"), true);
    f.evaluations << f.criticalEvaluation;
    f.evaluations << addEvaluation(c, v, ids[3], {3, 3, 3, 3, 3, 3}, QStringLiteral("合格。"));
    f.evaluations << addEvaluation(c, v, ids[4], {2, 2, 1, 2, 1, 2}, QStringLiteral("需改进。"));
    f.evaluations << addEvaluation(c, v, ids[5], {4, 4, 4, 4, 4, 4}, QString());
    f.evaluations << addEvaluation(c, v, ids[6], {3, 4, 3, 3, 3, 3}, QString());
    QString longComment;
    for (int i = 0; i < 12; ++i) {
        longComment += QStringLiteral("客户多次询问退款进度，坐席未能给出明确的处理时限，建议加强流程培训。"
                                      "The agent did not give a clear time frame for the refund. ");
    }
    f.longCommentEvaluation = addEvaluation(c, v, ids[7], {4, 3, 2, 4, 3, 4}, longComment);
    f.evaluations << f.longCommentEvaluation;
    f.draftEvaluation = addEvaluation(c, v, ids[7], {4, 4, 4, 4, 4, NA}, QStringLiteral("草稿"), false,
                                      QStringLiteral("draft"));
    writer.finish(true);
    t.commit();
    return f;
}

// Runs a poppler tool (pdftotext, pdfinfo, pdffonts) and returns its standard output.
inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as pdftotext extracts it, NFKC-normalized and without white space (a table cell may wrap
// anywhere). NFKC because Qt 6.4 maps CJK glyphs that the font shares with a Kangxi radical (力 and ⼒) to the
// radical in the PDF's text layer, which NFKC folds back to the ideograph.
inline QString squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

inline QString pdfText(const QString &path)
{
    return squeezed(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace reportfixture
