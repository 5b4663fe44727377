#include "DemoRecordings.h"

#include "audio/WavReader.h"
#include "audio/WavWriter.h"
#include "Error.h"
#include "FilePermissions.h"
#include "storage/InteractionReader.h"
#include "storage/RecordingStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace qadesk {

namespace {

constexpr int kRate = 8000; // telephone quality

QString espeak()
{
    return QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
}

bool mostlyLatin(const QString &text)
{
    qsizetype latin = 0;
    for (const QChar c : text) {
        latin += c.unicode() < 0x80 ? 1 : 0;
    }
    return latin * 2 > text.size();
}

// One turn spoken, mono at 8 kHz; empty when espeak-ng fails on it.
QList<qint16> speak(const QString &program, const QString &text, bool agent, const QString &scratch)
{
    const QString voice =
        mostlyLatin(text) ? (agent ? QStringLiteral("en-us") : QStringLiteral("en-gb")) : QStringLiteral("cmn");
    QProcess process;
    process.start(program, {QStringLiteral("-v"), voice + (agent ? QStringLiteral("+f3") : QStringLiteral("+m3")),
                            QStringLiteral("-s"), QStringLiteral("190"), QStringLiteral("-w"), scratch, text});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        return {};
    }
    QList<qint16> raw;
    int rate = kRate;
    try {
        WavReader reader(scratch);
        rate = reader.format().sampleRate;
        while (reader.read(raw, 1 << 16) > 0) {
        }
        if (reader.format().channels != 1) {
            return {};
        }
    } catch (const Error &) {
        return {};
    }
    // To 8 kHz by linear interpolation (espeak-ng speaks at 22,050 Hz).
    QList<qint16> out;
    const qint64 frames = qint64(raw.size()) * kRate / rate;
    out.reserve(frames);
    for (qint64 i = 0; i < frames; ++i) {
        const double at = double(i) * rate / kRate;
        const qsizetype j = qsizetype(at);
        const double t = at - double(j);
        const double a = raw.value(j);
        const double b = raw.value(j + 1, qint16(a));
        out << qint16(a + (b - a) * t);
    }
    return out;
}

} // namespace

bool DemoRecordings::synthesizerAvailable()
{
    return !espeak().isEmpty();
}

DemoRecordingsResult DemoRecordings::attach(Connection &connection, const QString &folder, int maxRecordings)
{
    DemoRecordingsResult result;
    const QString program = espeak();
    if (program.isEmpty()) {
        result.note =
            QCoreApplication::translate("DemoRecordings", "espeak-ng is not installed: the demo has no recordings "
                                                          "(install espeak-ng and run the demo again to hear calls).");
        return result;
    }
    if (maxRecordings <= 0) {
        return result;
    }
    if (!FilePermissions::makePrivatePath(folder)) {
        throw Error(QCoreApplication::translate("DemoRecordings", "Cannot create the folder %1.").arg(folder));
    }
    QTemporaryDir scratchDir;
    const QString scratch = scratchDir.filePath(QStringLiteral("turn.wav"));
    RecordingStore store(connection);
    InteractionReader reader(connection);
    for (const qint64 id : store.phoneTranscriptsWithoutRecording(maxRecordings)) {
        Interaction in = reader.load(id);
        QList<qint16> stereo;
        qint64 cursorMs = 0;
        std::optional<qint64> previousStart;
        std::optional<qint64> previousOriginalEnd; // the transcript's own times, for its pauses
        bool agentSpoke = false;
        std::optional<qint64> firstCustomerMs;
        for (Turn &turn : in.turns) {
            const bool agent = turn.speaker == QLatin1String("agent");
            const bool customer = turn.speaker == QLatin1String("customer");
            const qint64 originalStart = turn.startMs.value_or(previousOriginalEnd.value_or(0));
            const qint64 originalEnd = std::max(originalStart, turn.endMs.value_or(originalStart));
            if (!agent && !customer) {
                turn.startMs = cursorMs; // system notes take no time
                turn.endMs = cursorMs;
                continue;
            }
            const QList<qint16> voice = speak(program, turn.text, agent, scratch);
            qint64 startMs = cursorMs;
            if (previousOriginalEnd) {
                const qint64 gap = originalStart - *previousOriginalEnd;
                startMs = gap < 0 && previousStart ? std::max(*previousStart, cursorMs - 400)
                                                   : cursorMs + std::clamp<qint64>(gap, 300, 2500);
            }
            if (agent && !agentSpoke && firstCustomerMs && in.firstResponseS) {
                startMs = std::max(cursorMs, *firstCustomerMs + qint64(*in.firstResponseS * 1000.0));
            }
            const qint64 lengthMs = qint64(voice.size()) * 1000 / kRate;
            const qint64 endMs = startMs + std::max<qint64>(lengthMs, 1);
            const qint64 needFrames = endMs * kRate / 1000 + 1;
            if (stereo.size() < needFrames * 2) {
                stereo.resize(needFrames * 2, 0);
            }
            const qint64 first = startMs * kRate / 1000;
            for (qsizetype i = 0; i < voice.size(); ++i) {
                stereo[(first + i) * 2 + (agent ? 0 : 1)] = voice[i];
            }
            turn.startMs = startMs;
            turn.endMs = endMs;
            if (customer && !firstCustomerMs) {
                firstCustomerMs = startMs;
            }
            agentSpoke = agentSpoke || agent;
            previousStart = startMs;
            previousOriginalEnd = originalEnd;
            cursorMs = std::max(cursorMs, endMs);
        }
        stereo.resize(stereo.size() + kRate * 2, 0); // a second of line at the end
        const QString path = QDir(folder).filePath(in.externalId + QStringLiteral(".wav"));
        WavWriter::write(path, kRate, 2, stereo);
        store.attach(id, QDir::cleanPath(QFileInfo(path).absoluteFilePath()), in.turns);
        ++result.recordings;
    }
    return result;
}

} // namespace qadesk
