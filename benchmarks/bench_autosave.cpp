// Autosave budget (DESIGN §7: every edit durable within 100 ms): the time from an edit of the evaluation
// document to the moment its DraftSaver reports it written, on a file database, against the plain baseline of
// the same save done synchronously (EvaluationStore::saveDraft on one connection) in the same run.
// Run by hand: build/benchmarks/bench_autosave [edits]
#include "../tests/WorkspaceFixture.h"
#include "evaluation/DraftSaver.h"
#include "evaluation/EvaluationDocument.h"
#include "storage/EvaluationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace qadesk;

namespace {

QString summary(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(ms.constLast(), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int edits = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("autosave.sqlite"));
    auto db = fixture::openDatabase(path);
    const QList<qint64> ids = fixture::addInteractions(*db, 0, 2);
    QTextStream out(stdout);

    // Through the application's path: edit → DraftSaver thread → database, until saved() says it landed.
    QList<double> viaSaver;
    {
        DraftSaver saver(path);
        auto doc = EvaluationDocument::open(*db, saver, ids[0], QStringLiteral("bench"));
        QElapsedTimer clock;
        for (int i = 0; i < edits; ++i) {
            clock.start();
            doc->setScore(i % 6, 1 + i % 5);
            while (doc->hasUnsavedChanges()) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            }
            viaSaver << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    // Baseline: the same draft saved synchronously with the store's prepared statements.
    QList<double> baseline;
    {
        EvaluationStore store(*db);
        Evaluation e = store.load(store.createDraft(ids[1], RubricStore(*db).ensureDefault(), QStringLiteral("bench")));
        e.dimensions = EvaluationStore(*db).currentDraft(ids[0], QStringLiteral("bench"))->dimensions;
        QElapsedTimer clock;
        for (int i = 0; i < edits; ++i) {
            e.dimensions[i % 6].score = 1 + i % 5;
            clock.start();
            store.saveDraft(e);
            baseline << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    out << "edits: " << edits << "\n";
    out << "edit to durable via DraftSaver: " << summary(viaSaver) << " (budget 100 ms)\n";
    out << "plain synchronous saveDraft:    " << summary(baseline) << "\n";
    return 0;
}
