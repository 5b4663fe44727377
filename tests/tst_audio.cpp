// Recordings in the core: WAV reading (PCM 8/16, A-law, µ-law), the envelope and its cache, the energy analysis
// on generated calls with known speech, silences and overtalk, turn mapping and recording resolution.
#include "audio/AudioAnalysis.h"
#include "audio/EnvelopeCache.h"
#include "audio/RecordingLocator.h"
#include "audio/TimeStretcher.h"
#include "audio/TurnTimeline.h"
#include "audio/WavReader.h"
#include "audio/WavWriter.h"
#include "Error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <cmath>

using namespace qadesk;

namespace {

struct Burst
{
    int channel;
    qint64 startMs;
    qint64 endMs;
};

// A call of durationMs: a 440 Hz tone (amplitude 8000) on a channel during each burst, faint noise elsewhere.
QList<qint16> makeCall(int sampleRate, int channels, qint64 durationMs, const QList<Burst> &bursts)
{
    const qint64 frames = durationMs * sampleRate / 1000;
    QList<qint16> samples(frames * channels);
    quint32 seed = 12345;
    for (qint64 f = 0; f < frames; ++f) {
        for (int c = 0; c < channels; ++c) {
            seed = seed * 1664525u + 1013904223u;
            samples[f * channels + c] = qint16(int(seed >> 24) % 41 - 20); // ±20: about -66 dBFS
        }
    }
    for (const Burst &burst : bursts) {
        for (qint64 f = burst.startMs * sampleRate / 1000; f < burst.endMs * sampleRate / 1000; ++f) {
            samples[f * channels + burst.channel] = qint16(8000.0 * std::sin(2.0 * M_PI * 440.0 * f / sampleRate));
        }
    }
    return samples;
}

// An 8-bit WAV of another encoding (1 PCM unsigned, 6 A-law, 7 µ-law) with the given bytes.
void writeEightBit(const QString &path, quint16 formatTag, int sampleRate, int channels, const QByteArray &data)
{
    QByteArray out = WavWriter::encode(sampleRate, channels, {});
    qToLittleEndian<quint16>(formatTag, out.data() + 20);
    qToLittleEndian<quint32>(quint32(sampleRate * channels), out.data() + 28);
    qToLittleEndian<quint16>(quint16(channels), out.data() + 32);
    qToLittleEndian<quint16>(8, out.data() + 34);
    qToLittleEndian<quint32>(quint32(data.size()), out.data() + 40);
    qToLittleEndian<quint32>(quint32(36 + data.size()), out.data() + 4);
    out += data;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(out);
}

QString spansText(const QList<TimeSpan> &spans)
{
    QStringList parts;
    for (const TimeSpan &s : spans) {
        parts << QStringLiteral("%1-%2").arg(s.startMs).arg(s.endMs);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsPcm16Stereo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        WavWriter::write(path, 8000, 2, {100, -200, 300, -400, 32767, -32768});
        WavReader reader(path);
        QCOMPARE(reader.format().sampleRate, 8000);
        QCOMPARE(reader.format().channels, 2);
        QCOMPARE(reader.format().frames, 3);
        QCOMPARE(reader.format().encoding, QStringLiteral("pcm16"));
        QList<qint16> samples;
        QCOMPARE(reader.read(samples, 2), 2);
        QCOMPARE(reader.read(samples, 10), 1);
        QCOMPARE(reader.read(samples, 10), 0);
        QCOMPARE(samples, (QList<qint16>{100, -200, 300, -400, 32767, -32768}));
    }

    void readsEightBitEncodings_data()
    {
        QTest::addColumn<int>("formatTag");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint16>>("expected");
        // PCM 8-bit is unsigned around 128.
        QTest::newRow("pcm8") << 1 << QByteArray("\x80\xff\x00", 3) << QList<qint16>{0, 32512, -32768};
        // G.711 reference values: A-law 0xD5 → +8, 0x55 → -8, 0xAA → +32256; µ-law 0xFF → 0, 0x80 → +32124,
        // 0x00 → -32124.
        QTest::newRow("alaw") << 6 << QByteArray("\xd5\x55\xaa", 3) << QList<qint16>{8, -8, 32256};
        QTest::newRow("ulaw") << 7 << QByteArray("\xff\x80\x00", 3) << QList<qint16>{0, 32124, -32124};
    }

    void readsEightBitEncodings()
    {
        QFETCH(int, formatTag);
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint16>, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g711.wav"));
        writeEightBit(path, quint16(formatTag), 8000, 1, bytes);
        WavReader reader(path);
        QCOMPARE(reader.format().frames, 3);
        QList<qint16> samples;
        reader.read(samples, 100);
        QCOMPARE(samples, expected);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QByteArray pcm24 = WavWriter::encode(8000, 1, {0, 0, 0});
        qToLittleEndian<quint16>(24, pcm24.data() + 34);
        QByteArray rate = WavWriter::encode(96000, 1, {0, 0});
        QByteArray surround = WavWriter::encode(8000, 6, {0, 0, 0, 0, 0, 0});
        QByteArray adpcm = WavWriter::encode(8000, 1, {0});
        qToLittleEndian<quint16>(2, adpcm.data() + 20);
        QTest::newRow("not a wav") << QByteArray("ID3\x03 this is an mp3?") << QStringLiteral("not a WAV file");
        QTest::newRow("24-bit") << pcm24 << QStringLiteral("24-bit PCM is not supported");
        QTest::newRow("96 kHz") << rate << QStringLiteral("96000 Hz is not supported");
        QTest::newRow("6 channels") << surround << QStringLiteral("6 channels are not supported");
        QTest::newRow("ADPCM") << adpcm << QStringLiteral("WAV encoding 2 is not supported");
        QTest::newRow("no data chunk") << WavWriter::encode(8000, 1, {}).left(36) << QStringLiteral("no data chunk");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        try {
            WavReader reader(path);
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }

    void missingFileIsAnError()
    {
        try {
            EnvelopeReader::read(QStringLiteral("/nonexistent/call.wav"));
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("does not exist")), qPrintable(error.message()));
        }
    }

    void envelopePeaksPerWindowAndChannel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.wav"));
        // 16 kHz stereo, 25 ms: windows of 160 frames, the last one half full.
        QList<qint16> samples(400 * 2, 0);
        samples[2 * 10] = 1000;       // left, window 0
        samples[2 * 170 + 1] = -3000; // right, window 1
        samples[2 * 399] = 32767;     // left, window 2 (partial)
        WavWriter::write(path, 16000, 2, samples);
        const AudioEnvelope envelope = EnvelopeReader::read(path);
        QCOMPARE(envelope.windows(), 3);
        QCOMPARE(envelope.format.durationMs(), 25);
        QCOMPARE(envelope.peak[0], (QList<qint16>{1000, 0, 32767}));
        QCOMPARE(envelope.peak[1], (QList<qint16>{0, 3000, 0}));
        // RMS of one 3000 sample among 160: 3000 / sqrt(160).
        QVERIFY(std::abs(envelope.rms[1][1] - 3000.0 / std::sqrt(160.0)) < 0.01);
    }

    void analysisFindsSpeechSilenceAndOvertalk_data()
    {
        QTest::addColumn<int>("sampleRate");
        QTest::newRow("8 kHz") << 8000;
        QTest::newRow("16 kHz") << 16000;
        QTest::newRow("48 kHz") << 48000;
    }

    void analysisFindsSpeechSilenceAndOvertalk()
    {
        QFETCH(int, sampleRate);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.wav"));
        // Customer (right) 500–2500; agent (left) 3700–6000 with a 200 ms pause at 4500 (bridged) and talking over
        // the customer's 5200–7000; nobody 7000–19000 (12 s); agent 19000–20000; 1 s of nothing to the end.
        const QList<Burst> bursts{{1, 500, 2500}, {0, 3700, 4500}, {0, 4700, 6000}, {1, 5200, 7000}, {0, 19000, 20000}};
        WavWriter::write(path, sampleRate, 2, makeCall(sampleRate, 2, 21000, bursts));
        const RecordingAnalysis a = AudioAnalyzer::analyze(EnvelopeReader::read(path));
        QCOMPARE(a.durationMs, 21000);
        QCOMPARE(a.sampleRate, sampleRate);
        QCOMPARE(a.channels, 2);
        QCOMPARE(spansText(a.agentSpeech), QStringLiteral("3700-6000 19000-20000"));
        QCOMPARE(spansText(a.customerSpeech), QStringLiteral("500-2500 5200-7000"));
        QCOMPARE(*a.agentSpeechMs, 2300 + 1000);
        QCOMPARE(*a.customerSpeechMs, 2000 + 1800);
        QCOMPARE(spansText(a.overtalk), QStringLiteral("5200-6000"));
        QCOMPARE(spansText(a.silences), QStringLiteral("7000-19000"));
        QCOMPARE(*a.firstAgentResponseMs, 3700 - 500);
        QCOMPARE(*a.talkRatio(), 3300.0 / 3800.0);
    }

    void analysisThresholdsAndChannelMapping()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.wav"));
        // Agent on the right this time; a 250 ms overlap is below the overtalk minimum; a 50 ms click is no speech.
        const QList<Burst> bursts{{1, 0, 1000}, {0, 750, 3000}, {1, 3500, 3550}, {1, 6000, 8000}};
        WavWriter::write(path, 8000, 2, makeCall(8000, 2, 9000, bursts));
        AnalysisOptions options;
        options.agentChannel = 1;
        options.silenceMinMs = 3000;
        const AudioEnvelope envelope = EnvelopeReader::read(path);
        const RecordingAnalysis a = AudioAnalyzer::analyze(envelope, options);
        QCOMPARE(spansText(a.agentSpeech), QStringLiteral("0-1000 6000-8000"));
        QCOMPARE(spansText(a.customerSpeech), QStringLiteral("750-3000"));
        QCOMPARE(spansText(a.overtalk), QString());
        QCOMPARE(spansText(a.silences), QStringLiteral("3000-6000"));
        QCOMPARE(*a.firstAgentResponseMs, 0); // the agent spoke first
        options.overtalkMinMs = 200;
        options.silenceMinMs = 3001;
        const RecordingAnalysis b = AudioAnalyzer::analyze(envelope, options);
        QCOMPARE(spansText(b.overtalk), QStringLiteral("750-1000"));
        QCOMPARE(spansText(b.silences), QString());
    }

    void monoHasNoSides()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mono.wav"));
        WavWriter::write(path, 8000, 1, makeCall(8000, 1, 15000, {{0, 0, 1000}, {0, 13000, 14000}}));
        AnalysisOptions options;
        options.silenceMinMs = 5000;
        const RecordingAnalysis a = AudioAnalyzer::analyze(EnvelopeReader::read(path), options);
        QCOMPARE(a.channels, 1);
        QVERIFY(!a.agentSpeechMs);
        QVERIFY(!a.firstAgentResponseMs);
        QCOMPARE(spansText(a.speech), QStringLiteral("0-1000 13000-14000"));
        QCOMPARE(spansText(a.silences), QStringLiteral("1000-13000"));
    }

    void cacheAnswersForAnUnchangedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.wav"));
        WavWriter::write(path, 8000, 2, makeCall(8000, 2, 2000, {{0, 0, 500}}));
        const QString cacheFile = EnvelopeCache::cacheFile(path);
        QFile::remove(cacheFile);
        QVERIFY(!EnvelopeCache::load(path));
        const AudioEnvelope first = EnvelopeReader::readCached(path);
        QVERIFY(QFile::exists(cacheFile));
        const auto cached = EnvelopeCache::load(path);
        QVERIFY(cached);
        QCOMPARE(cached->peak, first.peak);
        QCOMPARE(cached->rms, first.rms);
        QCOMPARE(cached->format.frames, 16000);
        QCOMPARE(cached->format.encoding, QStringLiteral("pcm16"));
        // A changed file has another key.
        QTest::qWait(10);
        WavWriter::write(path, 8000, 2, makeCall(8000, 2, 3000, {}));
        QVERIFY(EnvelopeCache::cacheFile(path) != cacheFile);
        QCOMPARE(EnvelopeReader::readCached(path).format.frames, 24000);
        QFile::remove(cacheFile);
        QFile::remove(EnvelopeCache::cacheFile(path));
    }

    void wavSeeks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.wav"));
        WavWriter::write(path, 8000, 2, {1, 2, 3, 4, 5, 6, 7, 8});
        WavReader reader(path);
        reader.seekFrame(2);
        QList<qint16> samples;
        QCOMPARE(reader.read(samples, 10), 2);
        QCOMPARE(samples, (QList<qint16>{5, 6, 7, 8}));
        reader.seekFrame(-3);
        samples.clear();
        reader.read(samples, 1);
        QCOMPARE(samples, (QList<qint16>{1, 2}));
    }

    // Speed changes keep the pitch: a 440 Hz tone played at 0.5× and 2× lasts twice / half as long and still
    // crosses zero 880 times a second (resampling would halve or double that).
    void stretchKeepsPitch_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("0.5x") << 0.5;
        QTest::newRow("0.75x") << 0.75;
        QTest::newRow("1.5x") << 1.5;
        QTest::newRow("2x") << 2.0;
    }

    void stretchKeepsPitch()
    {
        QFETCH(double, rate);
        const int frames = 8000 * 4;
        QList<qint16> tone(frames * 2);
        for (int f = 0; f < frames; ++f) {
            tone[f * 2] = qint16(8000 * std::sin(2 * M_PI * 440 * f / 8000.0));
            tone[f * 2 + 1] = tone[f * 2];
        }
        TimeStretcher stretcher(8000, 2);
        stretcher.setRate(rate);
        QList<qint16> out;
        QList<qint16> block(1000 * 2);
        for (int at = 0; at < frames; at += 4000) {
            stretcher.push(tone.constData() + at * 2, 4000); // fed in pieces, as the player reads
            for (qint64 n; (n = stretcher.pull(block.data(), 1000)) > 0;) {
                out.append(block.first(n * 2));
            }
        }
        const qint64 outFrames = out.size() / 2;
        const double expected = frames / rate;
        // Within the last window and search range the stretcher waits for more input (35 ms of input at 8 kHz).
        QVERIFY2(outFrames <= expected && outFrames >= expected - 280 / rate, qPrintable(QString::number(outFrames)));
        QVERIFY(std::abs(stretcher.inputConsumed() - frames) <= 8000 * 0.03 * rate + 200);
        // Zero crossings of the left channel over the middle second of the output.
        int crossings = 0;
        const qint64 from = outFrames / 2 - 4000;
        for (qint64 f = from + 1; f < from + 8000; ++f) {
            crossings += (out[(f - 1) * 2] < 0) != (out[f * 2] < 0) ? 1 : 0;
        }
        QVERIFY2(std::abs(crossings - 880) <= 880 * 0.03, qPrintable(QString::number(crossings)));
    }

    void stretchAtNormalSpeedIsExact()
    {
        QList<qint16> input(3000);
        for (int i = 0; i < input.size(); ++i) {
            input[i] = qint16(i * 7 - 9000);
        }
        TimeStretcher stretcher(8000, 1);
        stretcher.push(input.constData(), input.size());
        QList<qint16> out(input.size());
        QCOMPARE(stretcher.pull(out.data(), out.size()), input.size());
        QCOMPARE(out, input);
        QCOMPARE(stretcher.inputConsumed(), 3000);
    }

    void turnUnderThePlayhead()
    {
        QList<Turn> turns(5);
        turns[0].startMs = 0;
        turns[1].startMs = 3400; // row 2 has no time
        turns[3].startMs = 9000;
        turns[4].startMs = 12500;
        const TurnTimeline timeline(turns);
        QVERIFY(timeline.hasTimes());
        QCOMPARE(timeline.turnAt(0), 0);
        QCOMPARE(timeline.turnAt(3399), 0);
        QCOMPARE(timeline.turnAt(3400), 1);
        QCOMPARE(timeline.turnAt(8999), 1);
        QCOMPARE(timeline.turnAt(9000), 3);
        QCOMPARE(timeline.turnAt(100000), 4);
        QCOMPARE(timeline.startOf(3), 9000);
        QCOMPARE(timeline.startOf(2), -1);
        QCOMPARE(TurnTimeline(QList<Turn>(3)).turnAt(5000), -1);
        QList<Turn> late(1);
        late[0].startMs = 2000;
        QCOMPARE(TurnTimeline(late).turnAt(1999), -1);
    }

    void recordingResolution()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("import/rec")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root/rec")));
        WavWriter::write(dir.filePath(QStringLiteral("import/rec/a.wav")), 8000, 1, {0});
        WavWriter::write(dir.filePath(QStringLiteral("root/rec/b.wav")), 8000, 1, {0});
        const QString source = dir.filePath(QStringLiteral("import/calls.json"));
        const QString root = dir.filePath(QStringLiteral("root"));
        QCOMPARE(RecordingLocator::locate(QStringLiteral("rec/a.wav"), source, root).path,
                 dir.filePath(QStringLiteral("import/rec/a.wav")));
        QCOMPARE(RecordingLocator::locate(QStringLiteral("rec/b.wav"), source, root).path,
                 dir.filePath(QStringLiteral("root/rec/b.wav")));
        // Stored absolute (as import stores it) but moved: found by name under the root.
        WavWriter::write(dir.filePath(QStringLiteral("root/c.wav")), 8000, 1, {0});
        QCOMPARE(RecordingLocator::locate(QStringLiteral("/old/place/c.wav"), source, root).path,
                 dir.filePath(QStringLiteral("root/c.wav")));
        const RecordingLocation missing = RecordingLocator::locate(QStringLiteral("rec/x.wav"), source, QString());
        QVERIFY(!missing.found());
        QVERIFY2(missing.problem.contains(QStringLiteral("was not found")), qPrintable(missing.problem));
        QVERIFY(missing.problem.contains(QStringLiteral("x.wav")));
        QVERIFY(!RecordingLocator::locate(QString(), source, root).found());
    }
};

QTEST_GUILESS_MAIN(TestAudio)
#include "tst_audio.moc"
