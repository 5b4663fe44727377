// Recordings (issue 12 budgets): the waveform envelope of a 60-minute stereo 8 kHz call read off the GUI thread
// (≤ 1 s, the GUI thread's longest stall alongside), the same answered from the cache, and opening a recorded
// call to playable in the real player (≤ 300 ms), for the call as WAV, MP3 (24 kbit/s) and OGG/Opus (24 kbit/s).
// Baseline in the same run: plainly reading the WAV's bytes and summing its samples in the same 64 k-frame blocks.
// The compressed files are encoded here with FFmpeg's libraries once and kept in the temporary folder
// (qadesk-bench-recording-MINUTES.mp3/.opus) for the next run.
//   usage: bench_recording [MINUTES]
#include "audio/AudioAnalysis.h"
#include "audio/EnvelopeCache.h"
#include "audio/PcmSource.h"
#include "audio/WavWriter.h"
#include "rules/TranscriptRules.h"
#include "settings/AppSettings.h"
#include "workspace/RecordingPlayer.h"
#include "workspace/TranscriptPane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

using namespace qadesk;

namespace {

// Encodes interleaved stereo 16-bit samples into `path` with FFmpeg's encoder `codecName`; false when this FFmpeg
// cannot.
bool encode(const QString &path, const char *codecName, int sampleRate, const QList<qint16> &samples)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(codecName);
    AVFormatContext *out = nullptr;
    if (!codec || avformat_alloc_output_context2(&out, nullptr, nullptr, QFile::encodeName(path).constData()) < 0) {
        return false;
    }
    AVStream *stream = avformat_new_stream(out, nullptr);
    AVCodecContext *encoder = avcodec_alloc_context3(codec);
    encoder->sample_rate = sampleRate;
    av_channel_layout_default(&encoder->ch_layout, 2);
    encoder->bit_rate = 24000;
    encoder->time_base = AVRational{1, sampleRate};
    encoder->sample_fmt = AV_SAMPLE_FMT_NONE;
    for (const AVSampleFormat *f = codec->sample_fmts; f && *f != AV_SAMPLE_FMT_NONE; ++f) {
        if (*f == AV_SAMPLE_FMT_S16 || *f == AV_SAMPLE_FMT_S16P) {
            encoder->sample_fmt = *f;
        }
    }
    if (out->oformat->flags & AVFMT_GLOBALHEADER) {
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    bool ok = encoder->sample_fmt != AV_SAMPLE_FMT_NONE && avcodec_open2(encoder, codec, nullptr) >= 0 &&
              avcodec_parameters_from_context(stream->codecpar, encoder) >= 0 &&
              avio_open(&out->pb, QFile::encodeName(path).constData(), AVIO_FLAG_WRITE) >= 0 &&
              avformat_write_header(out, nullptr) >= 0;
    AVFrame *frame = av_frame_alloc();
    AVPacket *packet = av_packet_alloc();
    const auto drain = [&] {
        while (avcodec_receive_packet(encoder, packet) == 0) {
            av_packet_rescale_ts(packet, encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            av_interleaved_write_frame(out, packet);
        }
    };
    const qint64 frames = samples.size() / 2;
    const int frameSize = encoder->frame_size > 0 ? encoder->frame_size : 1152;
    for (qint64 at = 0; ok && at < frames; at += frameSize) {
        frame->nb_samples = int(std::min<qint64>(frameSize, frames - at));
        frame->format = encoder->sample_fmt;
        frame->sample_rate = sampleRate;
        av_channel_layout_copy(&frame->ch_layout, &encoder->ch_layout);
        ok = av_frame_get_buffer(frame, 0) >= 0;
        for (int i = 0; ok && i < frame->nb_samples; ++i) {
            for (int c = 0; c < 2; ++c) {
                const qint16 sample = samples[(at + i) * 2 + c];
                if (encoder->sample_fmt == AV_SAMPLE_FMT_S16P) {
                    reinterpret_cast<qint16 *>(frame->data[c])[i] = sample;
                } else {
                    reinterpret_cast<qint16 *>(frame->data[0])[i * 2 + c] = sample;
                }
            }
        }
        frame->pts = at;
        ok = ok && avcodec_send_frame(encoder, frame) >= 0;
        av_frame_unref(frame);
        drain();
    }
    if (ok) {
        avcodec_send_frame(encoder, nullptr);
        drain();
        ok = av_write_trailer(out) >= 0;
    }
    av_packet_free(&packet);
    av_frame_free(&frame);
    avcodec_free_context(&encoder);
    avio_closep(&out->pb);
    avformat_free_context(out);
    return ok;
}

} // namespace

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
    // Turns of 4 s on alternating channels with 1 s pauses, a 200 Hz buzz at speech level.
    QList<qint16> samples(qint64(minutes) * 60 * 8000 * 2, 0);
    {
        const qint64 frames = samples.size() / 2;
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

    // Each format: the envelope and the analysis on a worker, the GUI thread's timer measuring its longest stall
    // meanwhile; the envelope from the cache; open to playable in the real player (PcmPlaybackEngine).
    AppSettings settings;
    const auto measure = [&](const QString &format, const QString &file) {
        // Its own baseline: the file decoded to 16-bit frames and nothing else (for WAV: read and converted).
        timer.restart();
        {
            const std::unique_ptr<PcmSource> source = PcmSource::open(file);
            QList<qint16> block;
            qint64 frames = 0;
            for (qint64 n; (n = source->read(block, 65536)) > 0; block.clear()) {
                frames += n;
            }
            out << format << ": decoded only (PcmSource read through): " << timer.elapsed() << " ms (" << frames
                << " frames at " << source->format().sampleRate << " Hz)\n";
        }
        // Seeking as the player does on the GUI thread (a click on the waveform): to 20 places, each followed by a
        // 100 ms read; the slowest.
        {
            const std::unique_ptr<PcmSource> source = PcmSource::open(file);
            const qint64 rate = source->format().sampleRate;
            const qint64 total = qint64(minutes) * 60 * rate;
            qint64 slowest = 0;
            for (int i = 0; i < 20; ++i) {
                QElapsedTimer seek;
                seek.start();
                source->seekFrame((total * ((i * 7) % 20)) / 20 + i * 1231);
                QList<qint16> block;
                source->read(block, rate / 10);
                slowest = std::max(slowest, seek.nsecsElapsed());
            }
            out << format << ": seek + 100 ms read, slowest of 20: " << double(slowest) / 1e6 << " ms\n";
        }
        QFile::remove(EnvelopeCache::cacheFile(file));
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
        watcher.setFuture(
            QtConcurrent::run([file] { return AudioAnalyzer::analyze(EnvelopeReader::readCached(file)); }));
        loop.exec();
        probe.stop();
        const RecordingAnalysis analysis = watcher.result();
        out << format << ": envelope + analysis off the GUI thread (first time, cache written): " << timer.elapsed()
            << " ms (budget 1000); GUI thread's longest gap " << longestStall << " ms; agent speech "
            << *analysis.agentSpeechMs / 1000 << " s, duration " << analysis.durationMs / 1000 << " s\n";
        timer.restart();
        const AudioEnvelope cached = EnvelopeReader::readCached(file);
        out << format << ": envelope from the cache: " << timer.elapsed() << " ms (" << cached.windows()
            << " windows)\n";

        RecordingPlayer player(settings);
        player.resize(800, 120);
        player.show();
        timer.restart();
        player.open(file, QString(), {});
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
        out << format << ": open to playable: " << timer.elapsed() << " ms (budget 300), state "
            << (player.state() == RecordingPlayer::State::Ready ? "ready" : qPrintable(player.message())) << "\n";
        out.flush();
    };
    measure(QStringLiteral("WAV"), path);
    for (const auto &[suffix, codec] : {std::pair{"mp3", "libmp3lame"}, std::pair{"opus", "libopus"}}) {
        const QString file =
            QDir(QDir::tempPath())
                .filePath(QStringLiteral("qadesk-bench-recording-%1min.%2").arg(minutes).arg(QLatin1String(suffix)));
        const QString part = QString(file).insert(file.lastIndexOf(QLatin1Char('.')), QStringLiteral("-part"));
        if (!QFile::exists(file)) {
            timer.restart();
            if (!encode(part, codec, 8000, samples) || !QFile::rename(part, file)) {
                out << suffix << ": FFmpeg here cannot encode with " << codec << ", skipped\n";
                QFile::remove(part);
                continue;
            }
            out << suffix << ": encoded with " << codec << " in " << timer.elapsed() << " ms\n";
        }
        out << suffix << ": " << QFile(file).size() / 1000000.0 << " MB\n";
        measure(QString::fromLatin1(suffix).toUpper(), file);
    }

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
