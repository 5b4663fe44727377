// Calibration results at the size of a large session (issue 14): N interactions × G graders scored, read back from
// SQLite and analysed (17 alphas with 1,000-resample bootstrap intervals, leniency, heat map) as the Calibration page
// does when a session opens. Baselines in the same run: a plain SQL pass over the same score rows, and the analysis
// without intervals.
//   usage: bench_calibration [INTERACTIONS] [GRADERS] [RESAMPLES]
#include "calibration/CalibrationService.h"
#include "domain/Interaction.h"
#include "storage/CalibrationStore.h"
#include "storage/Connection.h"
#include "storage/InteractionWriter.h"
#include "storage/RubricStore.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace qadesk;

namespace {

template <typename F> double median(int runs, F &&work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int interactions = args.size() > 1 ? args.at(1).toInt() : 200;
    const int graders = args.size() > 2 ? args.at(2).toInt() : 10;
    const int resamples = args.size() > 3 ? args.at(3).toInt() : 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibration.sqlite"));
    Connection c(path);
    Schema::migrate(c);
    Schema::setMeta(c, QStringLiteral("rollup_tz"), QStringLiteral("UTC"));
    RubricStore(c).ensureDefault();
    CalibrationSession session;
    session.name = QStringLiteral("bench");
    session.createdBy = QStringLiteral("manager");
    {
        Transaction transaction(c);
        InteractionWriter writer(c);
        for (int i = 0; i < interactions; ++i) {
            Interaction in;
            in.externalId = QStringLiteral("BENCH-%1").arg(i);
            in.startedAt = QDateTime(QDate(2024, 3, 4), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(i) * 600);
            in.agentCode = QStringLiteral("A%1").arg(i % 20);
            in.channel = QStringLiteral("phone");
            session.interactionIds << writer.insert(in);
        }
        writer.finish();
        transaction.commit();
    }
    for (int g = 0; g < graders; ++g) {
        session.participants << QStringLiteral("grader %1").arg(g);
    }
    session.expert = session.participants.first();
    CalibrationService service(c);
    Person manager;
    manager.login = QStringLiteral("manager");
    manager.role = Role::QaManager;
    service.create(session, manager);
    QMap<QString, QString> checklist;
    for (const ChecklistStep &step : RubricStore(c).current().checklist) {
        checklist.insert(step.key, QStringLiteral("yes"));
    }
    std::mt19937_64 random(1);
    QElapsedTimer scoring;
    scoring.start();
    for (const qint64 id : std::as_const(session.interactionIds)) {
        const int truth = 2 + int(random() % 3);
        for (const QString &grader : std::as_const(session.participants)) {
            QList<DimensionEvaluation> levels(6);
            for (DimensionEvaluation &d : levels) {
                d.score = std::clamp(truth + int(random() % 3) - 1, 1, 5);
            }
            QMap<QString, QString> answers = checklist;
            if (random() % 4 == 0) {
                answers[QStringLiteral("greeting")] = QStringLiteral("no");
            }
            service.submit(session.id, id, grader, levels, answers, {});
        }
    }
    const double scoringMs = double(scoring.nsecsElapsed()) / 1e6;

    CalibrationStore store(c);
    QList<CalibrationScore> scores;
    const double loadMs = median(5, [&] { scores = store.scores(session.id); });
    const double sqlMs = median(5, [&] {
        QSqlQuery q =
            c.run(QStringLiteral("SELECT c.id, c.score, l.dimension_key, l.level FROM calibration_scores c "
                                 "JOIN calibration_score_levels l ON l.score_id = c.id WHERE c.session_id = ?"),
                  {session.id});
        double sum = 0;
        while (q.next()) {
            sum += q.value(3).toDouble();
        }
        Q_UNUSED(sum);
    });
    const Rubric rubric = service.rubric(session);
    CalibrationAnalysis::Options none;
    none.resamples = 0;
    CalibrationAnalysis::Options with;
    with.resamples = resamples;
    CalibrationResults results;
    const double plainMs = median(3, [&] { results = CalibrationAnalysis::compute(rubric, session, scores, none); });
    const double bootMs = median(3, [&] { results = CalibrationAnalysis::compute(rubric, session, scores, with); });

    QTextStream out(stdout);
    out << "calibration session: " << interactions << " interactions x " << graders << " graders = " << scores.size()
        << " scores (" << results.rows.size() << " alphas)\n";
    out << "  submitting the scores (one transaction each): " << qRound(scoringMs) << " ms\n";
    out << "  CalibrationStore::scores: " << QString::number(loadMs, 'f', 1)
        << " ms; baseline plain SQL over the same rows: " << QString::number(sqlMs, 'f', 1) << " ms\n";
    out << "  analysis without intervals: " << QString::number(plainMs, 'f', 1) << " ms; with " << resamples
        << "-resample bootstrap intervals: " << QString::number(bootMs, 'f', 1) << " ms\n";
    out << "  weighted score alpha " << QString::number(results.rows.at(7).alpha.alpha.value_or(-9), 'f', 3) << "\n";
    return 0;
}
