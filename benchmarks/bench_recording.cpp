// Recordings (issue 12 budgets): the waveform envelope of a 60-minute stereo 8 kHz call read off the GUI thread
// (≤ 1 s, the GUI thread's longest stall alongside), the same answered from the cache, and opening a recorded
// call to playable in the real player (≤ 300 ms). Baseline in the same run: plainly reading the file's bytes and
// summing its samples in the same 64 k-frame blocks.
//   usage: bench_recording [MINUTES]
#include "audio/AudioAnalysis.h"
#include "audio/EnvelopeCache.h"
#include "audio/WavWriter.h"
#include "rules/TranscriptRules.h"
#include "settings/AppSettings.h"
#include "workspace/RecordingPlayer.h"
#include "workspace/TranscriptPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>

using namespace qadesk;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int minutes = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 60;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    {
        // Turns of 4 s on alternating channels with 1 s pauses, a 200 Hz buzz at speech level.
        const qint64 frames = qint64(minutes) * 60 * 8000;
        QList<qint16> samples(frames * 2, 0);
        for (qint64 f = 0; f < frames; ++f) {
            const qint64 turn = f / (5 * 8000);
            if (f % (5 * 8000) < 4 * 8000) {
                samples[f * 2 + turn % 2] = qint16(6000 * std::sin(double(f) * 2 * M_PI * 200 / 8000));
            }
        }
        WavWriter::write(path, 8000, 2, samples);
    }
    QTextStream out(stdout);
    out << "recording: " << minutes << " min stereo 8 kHz, " << QFile(path).size() / 1000000 << " MB\n";

    // Baseline: the bytes read and summed, nothing else.
    QElapsedTimer timer;
    timer.start();
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QByteArray block(65536 * 4, Qt::Uninitialized);
        qint64 sum = 0;
        for (qint64 n; (n = file.read(block.data(), block.size())) > 0;) {
            const auto *s = reinterpret_cast<const qint16 *>(block.constData());
            for (qint64 i = 0; i < n / 2; ++i) {
                sum += s[i] < 0 ? -s[i] : s[i];
            }
        }
        out << "baseline (read + sum of |samples|): " << timer.elapsed() << " ms (sum " << sum << ")\n";
    }

    // The envelope and the analysis on a worker, the GUI thread's timer measuring its longest stall meanwhile.
    QFile::remove(EnvelopeCache::cacheFile(path));
    qint64 longestStall = 0;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] { longestStall = std::max(longestStall, tick.restart()); });
    timer.restart();
    tick.start();
    probe.start();
    QFutureWatcher<RecordingAnalysis> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<RecordingAnalysis>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] { return AudioAnalyzer::analyze(EnvelopeReader::readCached(path)); }));
    loop.exec();
    probe.stop();
    const RecordingAnalysis analysis = watcher.result();
    out << "envelope + analysis off the GUI thread (first time, cache written): " << timer.elapsed()
        << " ms (budget 1000); GUI thread's longest gap " << longestStall << " ms; agent speech "
        << *analysis.agentSpeechMs / 1000 << " s\n";
    timer.restart();
    const AudioEnvelope cached = EnvelopeReader::readCached(path);
    out << "envelope from the cache: " << timer.elapsed() << " ms (" << cached.windows() << " windows)\n";

    // Open to playable in the real player (Qt Multimedia), then the envelope drawn.
    AppSettings settings;
    RecordingPlayer player(settings);
    player.resize(800, 120);
    player.show();
    timer.restart();
    player.open(path, QString(), {});
    QEventLoop ready;
    QObject::connect(&player, &RecordingPlayer::stateChanged, &ready, [&](RecordingPlayer::State state) {
        if (state != RecordingPlayer::State::Loading) {
            ready.quit();
        }
    });
    QTimer::singleShot(10000, &ready, &QEventLoop::quit);
    if (player.state() == RecordingPlayer::State::Loading) {
        ready.exec();
    }
    out << "open to playable: " << timer.elapsed() << " ms (budget 300), state "
        << (player.state() == RecordingPlayer::State::Ready ? "ready" : qPrintable(player.message())) << "\n";

    // The transcript while playing: a 2,000-turn call, the playhead moving into the next turn 300 times (each a
    // highlight change and a scroll to it, as with Follow on), every frame painted at once and timed.
    {
        Interaction call;
        for (int i = 0; i < 2000; ++i) {
            Turn turn;
            turn.id = i + 1;
            turn.seq = i;
            turn.speaker = i % 2 ? QStringLiteral("agent") : QStringLiteral("customer");
            turn.startMs = qint64(i) * 5000;
            turn.endMs = qint64(i) * 5000 + 4000;
            turn.text =
                QStringLiteral("您好，很高兴为您服务，请问有什么可以帮您？这是第 %1 句话，内容稍长一些以便换行。")
                    .arg(i);
            call.turns << turn;
        }
        call.turnCount = 2000;
        TranscriptPane pane;
        pane.resize(520, 560);
        pane.show();
        pane.setInteraction(call, TranscriptRules::shipped(), 10.0);
        QCoreApplication::processEvents();
        qint64 worst = 0;
        qint64 total = 0;
        for (int i = 0; i < 300; ++i) {
            QElapsedTimer frame;
            frame.start();
            pane.setPlayingTurn(i + 1, true);
            pane.view()->viewport()->repaint();
            const qint64 ns = frame.nsecsElapsed();
            worst = std::max(worst, ns);
            total += ns;
        }
        out << "transcript frame while playing (highlight + follow + repaint, 2,000 turns): mean "
            << double(total) / 300 / 1e6 << " ms, worst " << double(worst) / 1e6 << " ms (budget 16)\n";
    }
    out.flush();
    return 0;
}
