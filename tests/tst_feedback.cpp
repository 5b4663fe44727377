// The feedback loop (issue 13) in the core: working-day deadlines, the rubric's dispute policy, every transition of
// FeedbackService with its permission and ownership refusals, versions after a rescore, the rollup following the
// current version, rates per inspector, and the audit entries.
#include "FeedbackFixture.h"

#include "Error.h"
#include "demo/DemoGenerator.h"
#include "report/EvaluationSheet.h"
#include "feedback/FeedbackService.h"
#include "feedback/WorkingDays.h"
#include "storage/AuditLog.h"
#include "storage/FeedbackStore.h"
#include "kpi/TimeBuckets.h"
#include "storage/KpiStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// 2024-03-04 is a Monday; the fixture's organisation zone is UTC.
const QDateTime kMonday = utc(2024, 3, 4, 10);

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    fixture::FeedbackWorld world() { return fixture::makeFeedbackWorld(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_n))); }

    static FeedbackService as(fixture::FeedbackWorld &w, const QString &login, const QDateTime &at = kMonday)
    {
        return FeedbackService(*w.connection, PeopleStore(*w.connection).requireActive(login), [at] { return at; });
    }

    static QList<DisputeItem> attitudeTo(int level)
    {
        return {{QStringLiteral("attitude"), QStringLiteral("客户表扬了我"), level, {}, {3000}}};
    }

private slots:
    void deadlines_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("monday + 5 = end of next monday") << kMonday << 5 << "UTC" << utc(2024, 3, 12);
        QTest::newRow("friday + 1 = end of monday") << utc(2024, 3, 8, 17) << 1 << "UTC" << utc(2024, 3, 12);
        QTest::newRow("saturday + 5 = end of friday") << utc(2024, 3, 9, 12) << 5 << "UTC" << utc(2024, 3, 16);
        QTest::newRow("0 = end of the same day") << kMonday << 0 << "UTC" << utc(2024, 3, 5);
        QTest::newRow("wednesday + 3 = end of monday") << utc(2024, 3, 6, 9) << 3 << "UTC" << utc(2024, 3, 12);
        // 2024-03-08 20:00 UTC is Saturday 04:00 in Shanghai: + 1 working day is the end of Monday, Shanghai time.
        QTest::newRow("the organisation's day counts") << utc(2024, 3, 8, 20) << 1 << "Asia/Shanghai" << utc(2024, 3, 11, 16);
    }
    void deadlines()
    {
        QFETCH(QDateTime, from);
        QFETCH(int, days);
        QFETCH(QString, zone);
        QFETCH(QDateTime, expected);
        QCOMPARE(WorkingDays::deadline(from, days, QTimeZone(zone.toUtf8())), expected);
    }

    void rubricDisputePolicy()
    {
        const Rubric shipped = RubricLoader::defaultRubric();
        QCOMPARE(shipped.dispute.windowWorkingDays, 5);
        QCOMPARE(shipped.dispute.maxPerMonth, 2);
        QCOMPARE(shipped.dispute.decisionWorkingDays, 3);
        QByteArray json = RubricLoader::toJson(shipped);
        Rubric custom = shipped;
        custom.dispute = {7, 1, 2};
        const Rubric back = RubricLoader::fromJson(RubricLoader::toJson(custom), QStringLiteral("x.json"));
        QCOMPARE(back.dispute, custom.dispute);
        QVERIFY(!json.contains("\"dispute\"")); // defaults are not written: stored versions serialize as before
        json.replace("\"key\": \"default\"", "\"key\": \"default\", \"dispute\": {\"max_per_month\": 2.5}");
        try {
            RubricLoader::fromJson(json, QStringLiteral("bad.json"));
            QFAIL("a fractional max_per_month was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("bad.json: dispute: \"max_per_month\" must be a whole number from 0 to 366"));
        }
    }

    void wholeLoopWithTwoLevels()
    {
        auto w = world();
        const qint64 e = w.evaluations.at(0); // agent A01, team 售后一组
        as(w, QStringLiteral("insp")).release(e);
        FeedbackDetail d = as(w, QStringLiteral("wangfang")).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Released);
        QCOMPARE(d.feedback->respondBy, utc(2024, 3, 12));

        const QDateTime tuesday = utc(2024, 3, 5, 9);
        as(w, QStringLiteral("wangfang"), tuesday).dispute(e, attitudeTo(5));
        d = as(w, QStringLiteral("lead1"), tuesday).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Disputed);
        QCOMPARE(d.row.status, QStringLiteral("disputed"));
        QCOMPARE(d.row.deadline, utc(2024, 3, 9)); // Wed, Thu, Fri
        QCOMPARE(d.dispute->items.constFirst().evidenceMs, QList<qint64>{3000});

        // Level 1: attitude 3 → 4. Weights 15/20/25/15/15/10: 100 × (3×80 + 4×20) / (5×100) = 64.
        const int v = as(w, QStringLiteral("lead1"), utc(2024, 3, 6, 9))
                          .decide(e, QStringLiteral("partly"), QStringLiteral("语气尚可"), {{QStringLiteral("attitude"), 4}});
        QCOMPARE(v, 2);
        d = as(w, QStringLiteral("boss")).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Decided);
        QCOMPARE(d.evaluation.score, std::optional<double>(64));
        QCOMPARE(d.versions.size(), 1);
        QCOMPARE(d.versions.at(0).version, 1);
        QCOMPARE(d.versions.at(0).content.score, std::optional<double>(60));
        QCOMPARE(d.versions.at(0).content.dimensions.at(1).score, std::optional<int>(3));
        QCOMPARE(d.versions.at(0).replacedBy, QStringLiteral("lead1"));
        QCOMPARE(d.row.deadline, utc(2024, 3, 14)); // escalate within 5 working days of Wed 6th: end of Wed 13th

        as(w, QStringLiteral("wangfang"), utc(2024, 3, 7, 9)).escalate(e, QStringLiteral("应为5分"));
        d = as(w, QStringLiteral("boss")).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Escalated);
        QCOMPARE(d.dispute->level, 2);
        QCOMPARE(d.row.deadline, utc(2024, 3, 13)); // Fri, Mon, Tue

        // Level 2 accepted without a rescore: the proposed 5 applies. 100 × (3×80 + 5×20) / 500 = 68.
        QCOMPARE(as(w, QStringLiteral("boss")).decide(e, QStringLiteral("accepted"), QStringLiteral("终审同意")), 3);
        d = as(w, QStringLiteral("boss")).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Final);
        QCOMPARE(d.row.status, QStringLiteral("final"));
        QCOMPARE(d.evaluation.score, std::optional<double>(68));
        QCOMPARE(d.versions.size(), 2);
        QCOMPARE(d.versions.at(1).content.score, std::optional<double>(64));
        QCOMPARE(d.dispute->decisions.size(), 2);
        QCOMPARE(d.dispute->decisions.at(1).versionBefore, 2);
        QCOMPARE(d.dispute->decisions.at(1).versionAfter, 3);
        QVERIFY(d.dispute->closedAt.isValid());

        // The audit log names every step and who took it.
        QStringList steps;
        for (const AuditEntry &entry : AuditLog(*w.connection).forEntity(QStringLiteral("evaluation"), e)) {
            if (entry.action.startsWith(QLatin1String("feedback")) || entry.action.startsWith(QLatin1String("dispute"))) {
                steps << entry.actor + QLatin1Char(' ') + entry.action;
            }
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("insp feedback-release"), QStringLiteral("wangfang dispute-raise"),
                                     QStringLiteral("lead1 dispute-decide-1"), QStringLiteral("wangfang dispute-escalate"),
                                     QStringLiteral("boss dispute-decide-2")}));
    }

    void theRollupFollowsTheCurrentVersion()
    {
        auto w = world();
        const qint64 e = w.evaluations.at(0);
        KpiFilter filter;
        filter.agent = QStringLiteral("A01");
        filter.bucket = KpiBucket::None;
        filter.zone = QTimeZone::utc();
        const auto buckets = TimeBuckets::split(QDate(2024, 3, 1), QDate(2024, 3, 31), KpiBucket::None, filter.zone);
        const auto qaScore = [&] {
            return KpiStore(*w.connection).query(filter, buckets, KpiStore::Source::Rollup).at(0).qaScore;
        };
        QCOMPARE(qaScore(), std::optional<double>(60));
        as(w, QStringLiteral("insp")).release(e);
        as(w, QStringLiteral("wangfang")).dispute(e, attitudeTo(5));
        as(w, QStringLiteral("lead1")).decide(e, QStringLiteral("accepted"), QStringLiteral("同意"));
        QCOMPARE(qaScore(), std::optional<double>(68));
    }

    void releaseTheWorkspacesLastSubmit()
    {
        auto w = world();
        as(w, QStringLiteral("insp")).releaseLatestOf(w.interactions.at(2), QStringLiteral("insp"));
        QCOMPARE(as(w, QStringLiteral("boss")).detail(w.evaluations.at(2)).row.state, FeedbackState::Released);
        QVERIFY_THROWS_EXCEPTION(Error, as(w, QStringLiteral("other_insp"))
                                            .releaseLatestOf(w.interactions.at(3), QStringLiteral("other_insp")));
    }

    void acknowledgeWithSignature()
    {
        auto w = world();
        const qint64 e = w.evaluations.at(1); // A02
        as(w, QStringLiteral("boss")).release(e);
        const QString strokes = QStringLiteral("[[[0,0],[10,10]]]");
        as(w, QStringLiteral("lina"), utc(2024, 3, 20)).acknowledge(e, QStringLiteral(" 李娜 "), strokes);
        const FeedbackDetail d = as(w, QStringLiteral("lina")).detail(e);
        QCOMPARE(d.row.state, FeedbackState::Acknowledged);
        QCOMPARE(d.row.status, QStringLiteral("final"));
        QCOMPARE(d.feedback->signatureName, QStringLiteral("李娜"));
        QCOMPARE(d.feedback->signature, strokes);
        QCOMPARE(d.feedback->acknowledgedAt, utc(2024, 3, 20)); // late acknowledgement is still taken
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("message");
        QTest::newRow("agent releases") << "release" << "wangfang" << "wangfang (Agent) may not release evaluations to agents.";
        QTest::newRow("other inspector releases") << "release" << "other_insp" << "other_insp may release only their own evaluations; evaluation %1 is insp's.";
        QTest::newRow("lead of another team releases") << "release" << "lead2" << "lead2 leads 售前二组; evaluation %1 is of an agent of 售后一组.";
        QTest::newRow("acknowledge before release") << "acknowledge-unreleased" << "wangfang" << "Evaluation %1 has not been released to the agent yet.";
        QTest::newRow("other agent acknowledges") << "acknowledge" << "lina" << "lina may acknowledge only their own evaluations; evaluation %1 is of agent A01.";
        QTest::newRow("inspector acknowledges") << "acknowledge" << "insp" << "insp (QA inspector) may not acknowledge evaluations.";
        QTest::newRow("acknowledge without a name") << "acknowledge-noname" << "wangfang" << "An acknowledgement needs the agent's name typed as a signature.";
        QTest::newRow("bad signature") << "acknowledge-badsig" << "wangfang" << "The drawn signature must be a JSON list of strokes of at most 64 KB.";
        // acknowledge() and dispute() share one guard (requireReleasedOwn), each with its own words.
        QTest::newRow("other agent disputes") << "dispute" << "lina" << "lina may dispute only their own evaluations; evaluation %1 is of agent A01.";
        QTest::newRow("dispute before release") << "dispute-unreleased" << "wangfang" << "Evaluation %1 has not been released to the agent yet.";
        QTest::newRow("dispute an acknowledged one") << "dispute-acknowledged" << "wangfang" << "Evaluation %1 cannot be disputed: it is already Acknowledged.";
        QTest::newRow("acknowledge a disputed one") << "acknowledge-disputed" << "wangfang" << "Evaluation %1 cannot be acknowledged: it is already Disputed, awaiting the team lead.";
        QTest::newRow("dispute after the window") << "dispute-late" << "wangfang" << "The window to dispute evaluation %1 closed at 2024-03-12 00:00.";
        QTest::newRow("lead disputes") << "dispute" << "lead1" << "lead1 (Team lead) may not dispute evaluations.";
        QTest::newRow("inspector decides") << "decide" << "insp" << "insp (QA inspector) may not decide disputes.";
        QTest::newRow("lead of another team decides") << "decide" << "lead2" << "lead2 leads 售前二组 and may decide only their team's disputes; evaluation %1 is of an agent of 售后一组.";
        QTest::newRow("lead takes the final decision") << "decide-final" << "lead1" << "lead1 (Team lead) may not take the final decision (终审) on escalated disputes.";
        QTest::newRow("other agent escalates") << "escalate" << "lina" << "lina may escalate only their own disputes; evaluation %1 is of agent A01.";
        QTest::newRow("escalate after the window") << "escalate-late" << "wangfang" << "The window to escalate evaluation %1 closed at 2024-03-12 00:00; the level-1 decision stands.";
        QTest::newRow("other agent sees it") << "view" << "lina" << "lina (Agent) may not see evaluation %1.";
        QTest::newRow("agent sees rates") << "rates" << "wangfang" << "wangfang (Agent) may not see dispute and overturn rates.";
        QTest::newRow("unknown person") << "release" << "nobody" << "There is no person with the login \"nobody\"; add them first (Tools → Switch Profile, or qadesk-cli admin user add).";
    }
    void refusals()
    {
        QFETCH(QString, step);
        QFETCH(QString, who);
        QFETCH(QString, message);
        auto w = world();
        const qint64 e = w.evaluations.at(0);
        const QString boss = QStringLiteral("boss");
        try {
            if (step == QLatin1String("release")) {
                as(w, who).release(e);
            } else if (step == QLatin1String("acknowledge-unreleased")) {
                as(w, who).acknowledge(e, QStringLiteral("王芳"), {});
            } else if (step == QLatin1String("dispute-unreleased")) {
                as(w, who).dispute(e, attitudeTo(4));
            } else if (step == QLatin1String("view")) {
                as(w, boss).release(e);
                as(w, who).detail(e);
            } else if (step == QLatin1String("rates")) {
                as(w, who).rates();
            } else {
                as(w, boss).release(e);
                if (step == QLatin1String("acknowledge")) {
                    as(w, who).acknowledge(e, QStringLiteral("名字"), {});
                } else if (step == QLatin1String("dispute-acknowledged")) {
                    as(w, who).acknowledge(e, QStringLiteral("王芳"), {});
                    as(w, who).dispute(e, attitudeTo(4));
                } else if (step == QLatin1String("acknowledge-disputed")) {
                    as(w, who).dispute(e, attitudeTo(4));
                    as(w, who).acknowledge(e, QStringLiteral("王芳"), {});
                } else if (step == QLatin1String("acknowledge-noname")) {
                    as(w, who).acknowledge(e, QStringLiteral("  "), {});
                } else if (step == QLatin1String("acknowledge-badsig")) {
                    as(w, who).acknowledge(e, QStringLiteral("王芳"), QStringLiteral("{\"not\": \"strokes\"}"));
                } else if (step == QLatin1String("dispute-late")) {
                    as(w, who, utc(2024, 3, 12, 0, 1)).dispute(e, attitudeTo(4));
                } else if (step == QLatin1String("dispute")) {
                    as(w, who).dispute(e, attitudeTo(4));
                } else {
                    as(w, QStringLiteral("wangfang")).dispute(e, attitudeTo(4));
                    if (step == QLatin1String("decide")) {
                        as(w, who).decide(e, QStringLiteral("rejected"), QStringLiteral("不成立"));
                    } else {
                        as(w, QStringLiteral("lead1")).decide(e, QStringLiteral("rejected"), QStringLiteral("不成立"));
                        if (step == QLatin1String("decide-final")) {
                            as(w, QStringLiteral("wangfang")).escalate(e, {});
                            as(w, who).decide(e, QStringLiteral("rejected"), QStringLiteral("不成立"));
                        } else if (step == QLatin1String("escalate")) {
                            as(w, who).escalate(e, {});
                        } else if (step == QLatin1String("escalate-late")) {
                            as(w, who, utc(2024, 3, 12, 0, 1)).escalate(e, {});
                        }
                    }
                }
            }
            QFAIL("the step was not refused");
        } catch (const Error &error) {
            QCOMPARE(error.message(), message.contains(QLatin1String("%1")) ? message.arg(e) : message);
        }
    }

    void monthlyLimitAndStateRefusals()
    {
        auto w = world(); // A01 has evaluations 0 only: give them three more interactions (4, 8, 12 are A01's)
        fixture::FeedbackWorld more = fixture::makeFeedbackWorld(m_dir.filePath(QStringLiteral("m.sqlite")), 13);
        const QList<qint64> mine{more.evaluations.at(0), more.evaluations.at(4), more.evaluations.at(8)};
        for (const qint64 e : mine) {
            as(more, QStringLiteral("boss")).release(e);
        }
        as(more, QStringLiteral("wangfang")).dispute(mine.at(0), attitudeTo(4));
        as(more, QStringLiteral("wangfang")).dispute(mine.at(1), attitudeTo(4));
        QVERIFY_THROWS_EXCEPTION(Error, as(more, QStringLiteral("wangfang")).dispute(mine.at(2), attitudeTo(4)));
        // Next month the count starts again (the window of mine[2] has closed by then, so the message says that).
        try {
            as(more, QStringLiteral("wangfang"), utc(2024, 4, 1, 9)).dispute(mine.at(2), attitudeTo(4));
            QFAIL("a dispute after the window was accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("closed at")));
        }
        // A decision cannot be taken twice, nor an acknowledged evaluation disputed.
        as(more, QStringLiteral("lead1")).decide(mine.at(0), QStringLiteral("rejected"), QStringLiteral("不成立"));
        QVERIFY_THROWS_EXCEPTION(Error, as(more, QStringLiteral("lead1")).decide(mine.at(0), QStringLiteral("rejected"),
                                                                                 QStringLiteral("again")));
        // After the window to escalate, the lead closes the dispute; the decision stands.
        as(more, QStringLiteral("lead1"), utc(2024, 3, 20)).accept(mine.at(0));
        QCOMPARE(as(more, QStringLiteral("boss")).detail(mine.at(0)).row.state, FeedbackState::Final);
        Q_UNUSED(w);
    }

    // A level-1 decision nobody escalates becomes final once the window (5 working days) has passed: decided on a
    // Friday at 17:00, the agent may escalate until the end of the next Friday (the weekend does not count).
    void theEscalationWindowClosesTheDispute()
    {
        auto w = world();
        const qint64 e0 = w.evaluations.at(0); // A01 wangfang, 售后一组 (lead1)
        const qint64 e1 = w.evaluations.at(1); // A02 lina, 售后一组
        const QDateTime friday = utc(2024, 3, 8, 17);
        for (const auto &[e, agent] : {std::pair{e0, QStringLiteral("wangfang")}, std::pair{e1, QStringLiteral("lina")}}) {
            as(w, QStringLiteral("insp")).release(e);
            as(w, agent, utc(2024, 3, 5, 9)).dispute(e, attitudeTo(4));
            as(w, QStringLiteral("lead1"), friday).decide(e, QStringLiteral("rejected"), QStringLiteral("不成立"));
        }
        const QDateTime windowEnd = utc(2024, 3, 16); // Mon 11 … Fri 15, to its end
        QCOMPARE(as(w, QStringLiteral("boss")).detail(e1).row.deadline, windowEnd);
        // Thursday 14th, six calendar days on: still open (a count of calendar days would have closed it).
        QCOMPARE(as(w, QStringLiteral("boss"), utc(2024, 3, 14, 12)).closeLapsed(), 0);
        // The last second of the window: nothing closes, the agent still escalates.
        const QDateTime lastSecond = windowEnd.addSecs(-1);
        QCOMPARE(as(w, QStringLiteral("lead1"), lastSecond).list(FeedbackList::OpenDisputes).size(), 2);
        as(w, QStringLiteral("wangfang"), lastSecond).escalate(e0, QStringLiteral("仍不认可"));
        QCOMPARE(as(w, QStringLiteral("lead1"), windowEnd).closeLapsed(), 0); // at the end itself, not past it
        // One second past: an inspector closes nothing (not theirs to close); the lead's list closes e1 and shows
        // only the escalated e0.
        const QDateTime past = windowEnd.addSecs(1);
        QCOMPARE(as(w, QStringLiteral("insp"), past).closeLapsed(), 0);
        QCOMPARE(as(w, QStringLiteral("insp"), past).detail(e1).row.state, FeedbackState::Decided);
        const QList<FeedbackRow> open = as(w, QStringLiteral("lead1"), past).list(FeedbackList::OpenDisputes);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).evaluationId, e0);
        QCOMPARE(open.at(0).state, FeedbackState::Escalated);
        FeedbackDetail d = as(w, QStringLiteral("lina"), past).detail(e1);
        QCOMPARE(d.row.state, FeedbackState::Final);
        QCOMPARE(d.row.status, QStringLiteral("final"));
        QVERIFY(!d.row.overdue);
        QCOMPARE(d.dispute->closedAt, windowEnd);
        QCOMPARE(d.dispute->decisions.size(), 1);
        QCOMPARE(as(w, QStringLiteral("boss"), past).closeLapsed(), 0); // once only
        // The stored evaluation agrees, and the audit says it closed by expiry.
        QCOMPARE(EvaluationStore(*w.connection).load(e1).status, QStringLiteral("final"));
        const QList<AuditEntry> entries = AuditLog(*w.connection).forEntity(QStringLiteral("evaluation"), e1);
        QCOMPARE(entries.constLast().actor, QStringLiteral("lead1"));
        QCOMPARE(entries.constLast().action, QStringLiteral("dispute-expire"));
        QVERIFY2(entries.constLast().detail.contains(QLatin1String("\"closed_by\":\"expiry\"")), qPrintable(entries.constLast().detail));
        QVERIFY2(entries.constLast().detail.contains(QLatin1String("\"escalate_by\":\"2024-03-16T00:00:00Z\"")),
                 qPrintable(entries.constLast().detail));
        // Escalating now is refused with the reason, and the escalated one is untouched.
        try {
            as(w, QStringLiteral("lina"), past).escalate(e1, QStringLiteral("太晚了"));
            QFAIL("an escalation after the window was accepted");
        } catch (const Error &error) {
            QCOMPARE(error.message(), QStringLiteral("The window to escalate evaluation %1 closed at 2024-03-16 00:00; "
                                                     "the level-1 decision stands.")
                                          .arg(e1));
        }
        QCOMPARE(as(w, QStringLiteral("boss"), past).detail(e0).row.state, FeedbackState::Escalated);
    }

    // The agent's own list closes their lapsed decision too (the same step as accepting it).
    void theAgentsListClosesTheirLapsedDecision()
    {
        auto w = world();
        const qint64 e = w.evaluations.at(0);
        as(w, QStringLiteral("insp")).release(e);
        as(w, QStringLiteral("wangfang")).dispute(e, attitudeTo(4));
        as(w, QStringLiteral("lead1")).decide(e, QStringLiteral("rejected"), QStringLiteral("不成立")); // Mon 4th 10:00
        QCOMPARE(as(w, QStringLiteral("lina"), utc(2024, 3, 20)).closeLapsed(), 0); // another agent's: not hers
        const QList<FeedbackRow> mine = as(w, QStringLiteral("wangfang"), utc(2024, 3, 12, 0, 0)).list(FeedbackList::Mine);
        QCOMPARE(mine.at(0).state, FeedbackState::Decided); // end of Mon 11th: the last moment
        const QList<FeedbackRow> later = as(w, QStringLiteral("wangfang"), utc(2024, 3, 12, 0, 1)).list(FeedbackList::Mine);
        QCOMPARE(later.at(0).state, FeedbackState::Final);
        QCOMPARE(later.at(0).status, QStringLiteral("final"));
        QCOMPARE(AuditLog(*w.connection).forEntity(QStringLiteral("evaluation"), e).constLast().actor, QStringLiteral("wangfang"));
    }

    void theSheetPrintsTheFeedback()
    {
        auto w = world();
        const qint64 e = w.evaluations.at(0);
        as(w, QStringLiteral("insp")).release(e);
        EvaluationSheet sheet = EvaluationSheetLoader(*w.connection).load(e);
        QCOMPARE(sheet.feedback->state, FeedbackState::Released);
        QVERIFY(!sheet.dispute);
        QCOMPARE(sheet.version, 1);
        as(w, QStringLiteral("wangfang")).dispute(e, attitudeTo(5));
        as(w, QStringLiteral("lead1")).decide(e, QStringLiteral("accepted"), QStringLiteral("同意"));
        sheet = EvaluationSheetLoader(*w.connection).load(e);
        QCOMPARE(sheet.version, 2);
        QCOMPARE(sheet.dispute->decisions.size(), 1);
        QCOMPARE(sheet.dispute->decisions.at(0).outcome, QStringLiteral("accepted"));
        QCOMPARE(sheet.result.score, std::optional<double>(68)); // the sheet prints the current version
    }

    void demoSeedsTheLoopReproducibly()
    {
        const auto summary = [this](const QString &name) {
            auto connection = fixture::openDatabase(m_dir.filePath(name));
            DemoOptions options;
            options.seed = 7;
            options.interactions = 3000;
            options.evaluations = 600;
            options.lastDay = QDate(2024, 6, 30);
            DemoGenerator(*connection, options).run();
            FeedbackQuery query;
            QStringList states;
            for (const FeedbackRow &row : FeedbackStore(*connection).rows(query, utc(2024, 7, 1))) {
                states << QStringLiteral("%1:%2:%3").arg(row.evaluationId).arg(row.state).arg(row.version);
            }
            return states;
        };
        const QStringList a = summary(QStringLiteral("demo-a.sqlite"));
        QCOMPARE(summary(QStringLiteral("demo-b.sqlite")), a);
        for (const char *state : {"released", "acknowledged", "disputed", "decided", "final"}) {
            QVERIFY2(!a.filter(QStringLiteral(":%1:").arg(QLatin1String(state))).isEmpty(), state);
        }
    }

    void listsAndRates()
    {
        auto w = world();
        for (const qint64 e : w.evaluations) {
            as(w, QStringLiteral("insp")).release(e);
        }
        QCOMPARE(as(w, QStringLiteral("insp")).list(FeedbackList::ToRelease).size(), 0);
        QCOMPARE(as(w, QStringLiteral("wangfang")).list(FeedbackList::Mine).size(), 1);
        QCOMPARE(as(w, QStringLiteral("lead1")).list(FeedbackList::PendingAcknowledgement).size(), 2); // A01, A02
        QCOMPARE(as(w, QStringLiteral("boss")).list(FeedbackList::PendingAcknowledgement).size(), 4);
        QVERIFY(!as(w, QStringLiteral("boss")).list(FeedbackList::PendingAcknowledgement).at(0).overdue);
        QVERIFY(as(w, QStringLiteral("boss"), utc(2024, 3, 12, 0, 1)).list(FeedbackList::PendingAcknowledgement).at(0).overdue);
        as(w, QStringLiteral("wangfang")).dispute(w.evaluations.at(0), attitudeTo(5));
        as(w, QStringLiteral("lina")).dispute(w.evaluations.at(1), attitudeTo(5));
        QCOMPARE(as(w, QStringLiteral("lead1")).list(FeedbackList::OpenDisputes).size(), 2);
        QCOMPARE(as(w, QStringLiteral("lead2")).list(FeedbackList::OpenDisputes).size(), 0);
        as(w, QStringLiteral("lead1")).decide(w.evaluations.at(0), QStringLiteral("accepted"), QStringLiteral("同意"));
        as(w, QStringLiteral("lead1")).decide(w.evaluations.at(1), QStringLiteral("rejected"), QStringLiteral("不同意"));
        // insp: 4 released, 2 disputes (50 %), 2 decided, 1 overturned (50 %).
        const QList<InspectorRates> rates = as(w, QStringLiteral("boss")).rates();
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.at(0).inspector, QStringLiteral("insp"));
        QCOMPARE(rates.at(0).released, 4);
        QCOMPARE(rates.at(0).disputes, 2);
        QCOMPARE(rates.at(0).decided, 2);
        QCOMPARE(rates.at(0).overturned, 1);
        QCOMPARE(rates.at(0).disputeRate(), std::optional<double>(50));
        QCOMPARE(rates.at(0).overturnRate(), std::optional<double>(50));
        QCOMPARE(InspectorRates{}.disputeRate(), std::nullopt); // no base, no rate
        // The lead sees their team's share only: A01 and A02 are both in 售后一组 (2 released).
        QCOMPARE(as(w, QStringLiteral("lead1")).rates().at(0).released, 2);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
