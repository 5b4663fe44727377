// Recordings in compressed formats through FfmpegReader: MP3, OGG/Vorbis, OGG/Opus and M4A/AAC fixtures
// (tests/data/audio, made by make-fixtures.sh from a generated call with known speech, silence and overtalk):
// format and duration, the energy analysis, exact seeking, damaged and foreign files.
#include "audio/AudioAnalysis.h"
#include "audio/EnvelopeCache.h"
#include "audio/FfmpegReader.h"
#include "audio/PcmSource.h"
#include "audio/TimeStretcher.h"
#include "Error.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QADESK_TEST_DATA "/audio/") + name;
}

// Lossy encoders smear a boundary by a window or two (pre-echo before an onset, ringing after an end; the encoder's
// delay itself is removed by the decoder from the files' gapless headers), so the analysis of a compressed call is
// held to 30 ms of the generated layout instead of the WAV tests' exact 10 ms windows.
constexpr qint64 kToleranceMs = 30;

QString near(const QList<TimeSpan> &spans, const QList<TimeSpan> &expected)
{
    QStringList got;
    for (const TimeSpan &s : spans) {
        got << QStringLiteral("%1-%2").arg(s.startMs).arg(s.endMs);
    }
    bool ok = spans.size() == expected.size();
    for (qsizetype i = 0; ok && i < spans.size(); ++i) {
        ok = qAbs(spans[i].startMs - expected[i].startMs) <= kToleranceMs &&
             qAbs(spans[i].endMs - expected[i].endMs) <= kToleranceMs;
    }
    return ok ? QStringLiteral("ok") : got.join(QLatin1Char(' '));
}

QList<qint16> readAll(PcmSource &source)
{
    QList<qint16> samples;
    while (source.read(samples, 1000) > 0) {
    }
    return samples;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAudioFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("sampleRate");
        QTest::newRow("MP3") << QStringLiteral("call.mp3") << QStringLiteral("mp3float") << 8000;
        QTest::newRow("OGG/Vorbis") << QStringLiteral("call.ogg") << QStringLiteral("vorbis") << 8000;
        // FFmpeg decodes Opus at 48 kHz whatever rate went in.
        QTest::newRow("OGG/Opus") << QStringLiteral("call.opus") << QStringLiteral("opus") << 48000;
        QTest::newRow("M4A/AAC") << QStringLiteral("call.m4a") << QStringLiteral("aac") << 8000;
    }

    void formatAndDuration_data() { formats_data(); }
    void formatAndDuration()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(int, sampleRate);
        const std::unique_ptr<PcmSource> source = PcmSource::open(fixture(file));
        QCOMPARE(source->format().channels, 2);
        QCOMPARE(source->format().sampleRate, sampleRate);
        QCOMPARE(source->format().encoding, encoding);
        const qint64 headerMs = source->format().durationMs();
        const qint64 decodedFrames = readAll(*source).size() / 2;
        const qint64 decodedMs = decodedFrames * 1000 / sampleRate;
        qInfo("%s: header %lld ms, decoded %lld frames (%lld ms)", qPrintable(file), headerMs, decodedFrames,
              decodedMs);
        // The header's length is an estimate (an MP3's counts the encoder's delay and padding: 13176 ms here);
        // what is decoded is the call, encoder delay and padding removed.
        QVERIFY2(qAbs(headerMs - 13000) <= 13000 / 50, qPrintable(QString::number(headerMs)));
        QCOMPARE(decodedFrames, 13 * qint64(sampleRate));
    }

    void analysis_data() { formats_data(); }
    void analysis()
    {
        QFETCH(QString, file);
        AnalysisOptions options;
        options.silenceMinMs = 3000;
        const RecordingAnalysis a = AudioAnalyzer::analyze(EnvelopeReader::read(fixture(file)), options);
        const auto text = [](const QList<TimeSpan> &spans) {
            QStringList parts;
            for (const TimeSpan &s : spans) {
                parts << QStringLiteral("%1-%2").arg(s.startMs).arg(s.endMs);
            }
            return parts.join(QLatin1Char(' '));
        };
        qInfo("%s: agent %s, customer %s, overtalk %s, silences %s, first response %lld ms", qPrintable(file),
              qPrintable(text(a.agentSpeech)), qPrintable(text(a.customerSpeech)), qPrintable(text(a.overtalk)),
              qPrintable(text(a.silences)), *a.firstAgentResponseMs);
        QCOMPARE(a.channels, 2);
        QVERIFY(qAbs(a.durationMs - 13000) <= kToleranceMs);
        QCOMPARE(near(a.agentSpeech, {{3700, 6000}, {11000, 12000}}), QStringLiteral("ok"));
        QCOMPARE(near(a.customerSpeech, {{500, 2500}, {5200, 7000}}), QStringLiteral("ok"));
        QCOMPARE(near(a.overtalk, {{5200, 6000}}), QStringLiteral("ok"));
        QCOMPARE(near(a.silences, {{7000, 11000}}), QStringLiteral("ok"));
        QVERIFY2(qAbs(*a.firstAgentResponseMs - 3200) <= 2 * kToleranceMs,
                 qPrintable(QString::number(*a.firstAgentResponseMs)));
        QVERIFY(qAbs(*a.agentSpeechMs - 3300) <= 4 * kToleranceMs);
        QVERIFY(qAbs(*a.customerSpeechMs - 3800) <= 4 * kToleranceMs);
    }

    void mono()
    {
        const std::unique_ptr<PcmSource> source = PcmSource::open(fixture(QStringLiteral("mono.ogg")));
        QCOMPARE(source->format().channels, 1);
        AnalysisOptions options;
        options.silenceMinMs = 500;
        const RecordingAnalysis a =
            AudioAnalyzer::analyze(EnvelopeReader::read(fixture(QStringLiteral("mono.ogg"))), options);
        QCOMPARE(a.channels, 1);
        QVERIFY(!a.agentSpeechMs);
        QCOMPARE(near(a.speech, {{1000, 2000}}), QStringLiteral("ok"));
        QCOMPARE(near(a.silences, {{0, 1000}, {2000, 3000}}), QStringLiteral("ok"));
    }

    // A seek gives the very samples a read from the start gives there: ahead, back, into the first frame, to the
    // end, at frame boundaries and between them.
    void seekGivesTheSamplesOfAReadThrough_data() { formats_data(); }
    void seekGivesTheSamplesOfAReadThrough()
    {
        QFETCH(QString, file);
        const std::unique_ptr<PcmSource> through = PcmSource::open(fixture(file));
        const QList<qint16> all = readAll(*through);
        const qint64 frames = all.size() / 2;
        const std::unique_ptr<PcmSource> source = PcmSource::open(fixture(file));
        const int rate = source->format().sampleRate;
        for (const qint64 target : {qint64(rate) * 6, qint64(rate) * 6 + 577, qint64(1), qint64(rate) * 12 + 3,
                                    qint64(rate) * 2 + 1151, qint64(0), qint64(rate) * 11 - 17}) {
            source->seekFrame(target);
            QList<qint16> got;
            const qint64 want = std::min<qint64>(rate / 4, frames - target);
            QCOMPARE(source->read(got, want), want);
            const QList<qint16> expected = all.mid(target * 2, want * 2);
            int differing = 0;
            int worst = 0;
            for (qsizetype i = 0; i < got.size(); ++i) {
                differing += got[i] != expected[i] ? 1 : 0;
                worst = std::max(worst, qAbs(got[i] - expected[i]));
            }
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 at frame %2: %3 of %4 samples differ, by up to %5")
                                                    .arg(file)
                                                    .arg(target)
                                                    .arg(differing)
                                                    .arg(got.size())
                                                    .arg(worst)));
        }
        source->seekFrame(frames + 100000); // past the end: clamped, nothing or a few frames left, never a hang
        QList<qint16> rest;
        QVERIFY(source->read(rest, rate) <= rate / 10);
    }

    // What the player does with any format: read from a seek, stretched to 0.5× and 2×, the agent's 440 Hz tone
    // (4.7–6.0 s on the left) still crosses zero 880 times a second.
    void speedKeepsPitch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("rate");
        QTest::newRow("MP3 0.5x") << QStringLiteral("call.mp3") << 0.5;
        QTest::newRow("MP3 2x") << QStringLiteral("call.mp3") << 2.0;
        QTest::newRow("Opus 0.5x") << QStringLiteral("call.opus") << 0.5;
        QTest::newRow("Opus 2x") << QStringLiteral("call.opus") << 2.0;
    }

    void speedKeepsPitch()
    {
        QFETCH(QString, file);
        QFETCH(double, rate);
        const std::unique_ptr<PcmSource> source = PcmSource::open(fixture(file));
        const int sampleRate = source->format().sampleRate;
        source->seekFrame(qint64(sampleRate) * 4700 / 1000);
        QList<qint16> input;
        QCOMPARE(source->read(input, qint64(sampleRate) * 1300 / 1000), qint64(sampleRate) * 1300 / 1000);
        TimeStretcher stretcher(sampleRate, 2);
        stretcher.setRate(rate);
        stretcher.push(input.constData(), input.size() / 2);
        QList<qint16> out(qsizetype(input.size() / rate) + 2);
        const qint64 outFrames = stretcher.pull(out.data(), out.size() / 2);
        QVERIFY2(qAbs(outFrames - input.size() / 2 / rate) <= sampleRate * 0.05 / rate,
                 qPrintable(QString::number(outFrames)));
        // The middle half of the output: (1.3 s / rate) / 2 of it.
        const qint64 from = outFrames / 4;
        const qint64 to = outFrames * 3 / 4;
        int crossings = 0;
        for (qint64 f = from + 1; f < to; ++f) {
            crossings += (out[(f - 1) * 2] < 0) != (out[f * 2] < 0) ? 1 : 0;
        }
        const double perSecond = crossings / (double(to - from) / sampleRate);
        QVERIFY2(qAbs(perSecond - 880) <= 880 * 0.03, qPrintable(QString::number(perSecond)));
    }

    // Cut short: either an error naming the file or fewer frames than the whole call, read to the end without
    // hanging; cut to its first bytes: an error naming the file.
    void truncatedFiles_data() { formats_data(); }
    void truncatedFiles()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QByteArray whole = contentOf(fixture(file));
        QVERIFY(!whole.isEmpty());
        const QString half = dir.filePath(QStringLiteral("half-") + file);
        write(half, whole.left(whole.size() / 2));
        try {
            const AudioEnvelope envelope = EnvelopeReader::read(half);
            qInfo("%s cut in half: %lld ms read", qPrintable(file), envelope.format.durationMs());
            QVERIFY(envelope.format.durationMs() < 10000);
            QVERIFY(envelope.format.durationMs() > 2000);
        } catch (const Error &error) {
            qInfo("%s cut in half: %s", qPrintable(file), qPrintable(error.message()));
            QVERIFY2(error.message().contains(half), qPrintable(error.message()));
        }
        const QString stub = dir.filePath(QStringLiteral("stub-") + file);
        write(stub, whole.left(60));
        try {
            EnvelopeReader::read(stub);
            QFAIL("no error");
        } catch (const Error &error) {
            qInfo("%s cut to 60 bytes: %s", qPrintable(file), qPrintable(error.message()));
            QVERIFY2(error.message().contains(stub), qPrintable(error.message()));
        }
    }

    // An envelope cached before FFmpeg decoded the recording (version 1: Qt's decoder, its own timing) is read anew.
    void olderCacheIsReadAnew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.mp3"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("call.mp3")), path));
        const QString cacheFile = EnvelopeCache::cacheFile(path);
        QVERIFY(QDir().mkpath(QFileInfo(cacheFile).absolutePath()));
        {
            QFile out(cacheFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QDataStream stream(&out);
            const QList<QList<qint16>> peak{{1}, {1}};
            const QList<QList<float>> rms{{1.0f}, {1.0f}};
            stream << quint32(0x51444556) << quint32(1) << qint32(8000) << qint32(2) << qint64(80)
                   << QStringLiteral("decoded") << peak << rms;
        }
        QVERIFY(!EnvelopeCache::load(path));
        const AudioEnvelope envelope = EnvelopeReader::readCached(path);
        QCOMPARE(envelope.windows(), 1300);
        QCOMPARE(envelope.format.encoding, QStringLiteral("mp3float"));
        QCOMPARE(EnvelopeCache::load(path)->windows(), 1300);
        QFile::remove(cacheFile);
    }

    // The envelope read stops when told (the player cancels it when another interaction is opened).
    void cancelled()
    {
        const std::atomic_bool cancel{true};
        try {
            EnvelopeReader::read(fixture(QStringLiteral("call.mp3")), &cancel);
            QFAIL("not cancelled");
        } catch (const Error &error) {
            QCOMPARE(error.message(), QStringLiteral("Cancelled."));
        }
    }

    void foreignFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text as MP3") << QStringLiteral("notes.mp3")
                                     << QByteArray("Customer called about a refund.\nAgent: order 1234.\n");
        QTest::newRow("empty M4A") << QStringLiteral("empty.m4a") << QByteArray();
        QTest::newRow("zeros as OGG") << QStringLiteral("zeros.ogg") << QByteArray(4096, '\0');
    }

    void foreignFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        write(path, content);
        try {
            PcmSource::open(path);
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(path + QStringLiteral(": ")), qPrintable(error.message()));
            qInfo("%s", qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAudioFormats)
#include "tst_audio_formats.moc"
