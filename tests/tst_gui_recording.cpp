// The recording player in the workspace, offscreen and without a sound card (a scripted playback engine): the
// player's states, a turn's time clicked seeks and plays, the highlight follows the playhead, Space and
// Ctrl+arrows from the form without taking its score keys, the speed remembered, a missing or unsupported
// file said in the player, and the response speed suggested from the audio when the transcript has no times.
#include "audio/WavWriter.h"
#include "evaluation/EvaluationDocument.h"
#include "GuiWorkspaceFixture.h"
#include "storage/InteractionWriter.h"
#include "Translations.h"
#include "workspace/DimensionEditor.h"
#include "workspace/EvaluationFormPane.h"
#include "workspace/InteractionLabels.h"
#include "workspace/PcmPlaybackEngine.h"
#include "workspace/PlaybackEngine.h"
#include "workspace/RecordingPlayer.h"
#include "workspace/TranscriptModel.h"
#include "workspace/TranscriptPane.h"
#include "workspace/WaveformView.h"
#include "workspace/WorkspaceRoles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMediaDevices>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtEndian>

#include <cmath>

using namespace qadesk;

namespace {

// Plays nothing: loads at once with the duration the test sets, moves only when told.
class ScriptedEngine final : public PlaybackEngine
{
public:
    using PlaybackEngine::PlaybackEngine;
    static inline ScriptedEngine *last = nullptr;
    qint64 durationMs = 110000;
    qint64 positionMs = 0;
    bool playing = false;
    double rate = 1.0;
    QString source;

    void setSource(const QString &path) override
    {
        source = path;
        positionMs = 0;
        playing = false;
        if (!path.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { emit loaded(durationMs); }, Qt::QueuedConnection);
        }
    }
    void play() override
    {
        playing = true;
        emit playingChanged(true);
    }
    void pause() override
    {
        if (playing) {
            playing = false;
            emit playingChanged(false);
        }
    }
    void setPosition(qint64 ms) override
    {
        positionMs = ms;
        emit positionChanged(ms);
    }
    qint64 position() const override { return positionMs; }
    void setRate(double r) override { rate = r; }
    void setVolume(double) override {}
    void advanceTo(qint64 ms) { setPosition(ms); }
};

// Stereo 8 kHz: a tone on the agent's channel (left) from 3400 ms for 2 s, on the customer's from 0 for 1 s.
QList<qint16> callSamples(qint64 durationMs)
{
    QList<qint16> samples(durationMs * 8 * 2, 0);
    for (qint64 f = 0; f < 8000; ++f) {
        samples[f * 2 + 1] = qint16(8000 * std::sin(f * 0.3));
    }
    for (qint64 f = 3400 * 8; f < 5400 * 8; ++f) {
        samples[f * 2] = qint16(8000 * std::sin(f * 0.3));
    }
    return samples;
}

} // namespace

class TestGuiRecording : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, qint64> m_ids;

    WorkspacePage *page() const { return m_window->findChild<WorkspacePage *>(); }
    RecordingPlayer *player() const { return page()->player(); }
    ScriptedEngine *engine() const { return static_cast<ScriptedEngine *>(player()->engine()); }
    TranscriptModel *transcript() const { return page()->transcriptPane()->model(); }
    int playingRow() const
    {
        for (int row = 0; row < transcript()->rowCount(); ++row) {
            if (transcript()->index(row).data(PlayingRole).toBool()) {
                return row;
            }
        }
        return -1;
    }
    int rowOfTurn(int turnIndex) const
    {
        return transcript()->rowOfTurn(transcript()->interaction().turns.at(turnIndex).id);
    }
    void add(Connection &connection, const QString &key, Interaction in)
    {
        in.externalId = QStringLiteral("REC-") + key;
        Transaction transaction(connection);
        InteractionWriter writer(connection);
        m_ids.insert(key, writer.insert(in));
        writer.finish();
        transaction.commit();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
        Translations::install(false);
        PlaybackEngine::setFactory([](QObject *parent) {
            ScriptedEngine::last = new ScriptedEngine(parent);
            return ScriptedEngine::last;
        });
    }

    void init()
    {
        fixture::resetSettings();
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromUtf8(QTest::currentTestFunction())));
        QFile::remove(m_path);
        const QString wav = m_dir.filePath(QStringLiteral("call.wav"));
        WavWriter::write(wav, 8000, 2, callSamples(110000));
        QByteArray pcm24 = WavWriter::encode(8000, 1, {0, 0, 0});
        qToLittleEndian<quint16>(24, pcm24.data() + 34);
        QFile bad(m_dir.filePath(QStringLiteral("24bit.wav")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(pcm24);
        bad.close();
        {
            auto db = fixture::openDatabase(m_path);
            Interaction timed = fixture::makeInteraction(0);
            timed.recording = wav;
            add(*db, QStringLiteral("timed"), timed);
            Interaction missing = fixture::makeInteraction(1);
            missing.recording = m_dir.filePath(QStringLiteral("gone.wav"));
            add(*db, QStringLiteral("missing"), missing);
            Interaction unsupported = fixture::makeInteraction(2);
            unsupported.recording = bad.fileName();
            add(*db, QStringLiteral("unsupported"), unsupported);
            Interaction untimed = fixture::makeInteraction(3);
            untimed.recording = wav;
            untimed.firstResponseS.reset();
            for (Turn &turn : untimed.turns) {
                turn.startMs.reset();
                turn.endMs.reset();
            }
            add(*db, QStringLiteral("untimed"), untimed);
            add(*db, QStringLiteral("none"), fixture::makeInteraction(4));
            // The MP3 call of tests/data/audio (13 s; customer from 0.5 s, agent from 3.7 s), transcript untimed.
            const QString mp3 = m_dir.filePath(QStringLiteral("call.mp3"));
            QFile::remove(mp3);
            QVERIFY(QFile::copy(QStringLiteral(QADESK_TEST_DATA "/audio/call.mp3"), mp3));
            Interaction compressed = fixture::makeInteraction(5);
            compressed.recording = mp3;
            compressed.firstResponseS.reset();
            for (Turn &turn : compressed.turns) {
                turn.startMs.reset();
                turn.endMs.reset();
            }
            add(*db, QStringLiteral("mp3"), compressed);
            const QString text = m_dir.filePath(QStringLiteral("notes.mp3"));
            QFile notes(text);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("Customer called about a refund.\n");
            notes.close();
            Interaction foreign = fixture::makeInteraction(6);
            foreign.recording = text;
            add(*db, QStringLiteral("foreign"), foreign);
        }
        m_window = fixture::openWindow(m_path);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void turnClickSeeksAndTheHighlightFollows()
    {
        QCOMPARE(player()->state(), RecordingPlayer::State::NoRecording);
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QCOMPARE(player()->state(), RecordingPlayer::State::Loading);
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        QCOMPARE(player()->duration(), 110000);
        QTRY_COMPARE(player()->waveform()->durationMs(), 110000);
        QCOMPARE(playingRow(), -1);
        // The transcript's 45 s hold (after turn 3, 14700–59700 ms) is marked on the waveform too.
        QCOMPARE(transcript()->holds(), (QList<TimeSpan>{{14700, 59700}}));

        // Turn 3 (the agent's "请您稍等") starts at 12600 ms: a click on its header line seeks there and plays.
        QListView *view = page()->transcriptPane()->view();
        const QModelIndex third = transcript()->index(rowOfTurn(3));
        view->scrollTo(third);
        QTRY_VERIFY(view->visualRect(third).isValid() &&
                    view->viewport()->rect().contains(view->visualRect(third).topLeft() + QPoint(0, 4)));
        const QRect rect = view->visualRect(third);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(rect.center().x(), rect.top() + 4));
        QCOMPARE(engine()->positionMs, 12600);
        QVERIFY(engine()->playing);
        QCOMPARE(player()->state(), RecordingPlayer::State::Playing);
        QCOMPARE(playingRow(), rowOfTurn(3));
        // A click on the bubble's text selects, as before, and does not seek.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(rect.center().x(), rect.bottom() - 6));
        QCOMPARE(engine()->positionMs, 12600);

        // The playhead moves on: the highlight follows into the turn after the 45 s hold (59700 ms), and the
        // transcript scrolls to it.
        engine()->advanceTo(14000);
        QCOMPARE(playingRow(), rowOfTurn(3));
        engine()->advanceTo(59700);
        QCOMPARE(playingRow(), rowOfTurn(4));
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(transcript()->index(rowOfTurn(4)))));
        QCOMPARE(player()->position(), 59700);
        // With Follow off the highlight still moves, the view stays.
        player()->findChild<QCheckBox *>(QStringLiteral("followTranscript"))->setChecked(false);
        view->scrollToTop();
        const int top = view->verticalScrollBar()->value();
        engine()->advanceTo(100800); // the last turn's start
        QCOMPARE(playingRow(), rowOfTurn(11));
        QCOMPARE(view->verticalScrollBar()->value(), top);

        // A click on the waveform seeks to the time under the mouse (where 55 s is drawn: the lane names' column
        // on the left is as wide as the fonts make it).
        WaveformView *waveform = player()->waveform();
        const int x = waveform->xAt(55000);
        QVERIFY(x > 0 && x < waveform->width());
        QTest::mouseClick(waveform, Qt::LeftButton, Qt::NoModifier, QPoint(x, 10));
        QCOMPARE(engine()->positionMs, waveform->positionAt(x));
        QVERIFY2(std::abs(engine()->positionMs - 55000) < 1000, qPrintable(QString::number(engine()->positionMs)));
    }

    void keysFromTheForm()
    {
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        page()->formPane()->focusDimension(0);
        auto *response = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_response"));
        QTRY_VERIFY(response->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(player()->state(), RecordingPlayer::State::Playing);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(engine()->positionMs, 5000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(engine()->positionMs, 5000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(engine()->positionMs, 0); // never before the start
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(player()->state(), RecordingPlayer::State::Ready);
        // The score keys stay the form's.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QCOMPARE(page()->document()->dimension(0).score, std::optional<int>(4));
        QCOMPARE(player()->state(), RecordingPlayer::State::Ready);
    }

    void noSoundOutputKeepsThePlayer()
    {
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        emit engine()->failed(QStringLiteral("This computer has no sound output."));
        QCOMPARE(player()->state(), RecordingPlayer::State::Ready);
        QVERIFY(player()->message().contains(QStringLiteral("no sound output")));
        QVERIFY(player()->waveform()->isVisible());
        player()->seekTo(12600);
        QCOMPARE(playingRow(), rowOfTurn(3));
    }

    void evidenceChipPlays()
    {
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        const qint64 turn = transcript()->interaction().turns.at(2).id; // starts at 8000 ms
        page()->document()->addEvidence(1, {turn});
        auto *editor = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_attitude"));
        auto *chip = editor->findChild<QAbstractButton *>(QStringLiteral("evidence_%1").arg(turn));
        QVERIFY(chip);
        QVERIFY2(chip->text().endsWith(QStringLiteral("00:08")), qPrintable(chip->text()));
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(engine()->positionMs, 8000);
        QCOMPARE(player()->state(), RecordingPlayer::State::Playing);
        QCOMPARE(playingRow(), rowOfTurn(2));
    }

    void commentTimecodePlays()
    {
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        auto *editor = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_attitude"));
        QLineEdit *comment = editor->commentEdit();
        auto *play = comment->findChild<QAction *>(QStringLiteral("playCommentTime"));
        QVERIFY(play);
        comment->setText(QStringLiteral("坐席打断客户"));
        QVERIFY(!play->isVisible());
        comment->setText(QStringLiteral("1:02 坐席打断客户，见 12:34:56 之前"));
        QVERIFY(play->isVisible());
        play->trigger();
        QCOMPARE(engine()->positionMs, 62000);
        QCOMPARE(player()->state(), RecordingPlayer::State::Playing);
        QCOMPARE(InteractionLabels::firstTimecode(QStringLiteral("at 1:02:03.")), 3723000);
        QCOMPARE(InteractionLabels::firstTimecode(QStringLiteral("订单 123:45 与 10:61")), -1);
    }

    void speedIsRemembered()
    {
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        auto *speed = player()->findChild<QComboBox *>(QStringLiteral("speedBox"));
        const int index = speed->findData(1.5);
        QVERIFY(index >= 0);
        speed->setCurrentIndex(index);
        emit speed->activated(index);
        QCOMPARE(engine()->rate, 1.5);
        QCOMPARE(AppSettings().playbackRate(), 1.5);
        // The next window (the next session) starts at that speed, also for the next recording.
        m_window.reset();
        m_window = fixture::openWindow(m_path);
        QCOMPARE(player()->rate(), 1.5);
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("timed"))));
        QCOMPARE(engine()->rate, 1.5);
    }

    void problemsAreSaidInThePlayer_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << int(RecordingPlayer::State::Failed)
                                 << QStringLiteral("was not found");
        QTest::newRow("unsupported") << QStringLiteral("unsupported") << int(RecordingPlayer::State::Failed)
                                     << QStringLiteral("24-bit PCM is not supported");
        QTest::newRow("text named .mp3") << QStringLiteral("foreign") << int(RecordingPlayer::State::Failed)
                                         << QStringLiteral("notes.mp3: not a recording FFmpeg can read");
        QTest::newRow("none") << QStringLiteral("none") << int(RecordingPlayer::State::NoRecording) << QString();
    }

    void problemsAreSaidInThePlayer()
    {
        QFETCH(QString, key);
        QFETCH(int, state);
        QFETCH(QString, message);
        QVERIFY(fixture::openAndWait(page(), m_ids.value(key)));
        QTRY_COMPARE(int(player()->state()), state);
        QVERIFY2(player()->message().contains(message), qPrintable(player()->message()));
        auto *label = player()->findChild<QLabel *>(QStringLiteral("playerMessage"));
        QVERIFY(label->isVisible());
        if (!message.isEmpty()) {
            QVERIFY(label->text().contains(message));
        }
        // Space does nothing then (and nothing breaks); the transcript is still there.
        QTest::keyClick(page()->transcriptPane()->view(), Qt::Key_Space);
        QCOMPARE(int(player()->state()), state);
        QVERIFY(transcript()->rowCount() > 0);
    }

    void agentChannelFromTheSettings()
    {
        // The agent on the right: the right channel's speech at 0 ms is the agent's, who then spoke first.
        AppSettings().setRecordingAgentChannel(1);
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("untimed"))));
        auto *response = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_response"));
        QTRY_VERIFY(response->hasSuggestion());
        auto *label = response->findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("after 0.0 s")), qPrintable(label->text()));
    }

    // The real WAV engine (pitch-keeping speed) without the window: loads, seeks, says when a file or the sound
    // output is missing.
    void wavEngine()
    {
        PcmPlaybackEngine engine;
        QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
        QSignalSpy failed(&engine, &PlaybackEngine::failed);
        QSignalSpy playing(&engine, &PlaybackEngine::playingChanged);
        engine.setSource(m_dir.filePath(QStringLiteral("call.wav")));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), 110000);
        engine.setRate(1.5);
        engine.setPosition(42000);
        QCOMPARE(engine.position(), 42000);
        engine.setPosition(500000);
        QCOMPARE(engine.position(), 110000); // clamped to the end
        engine.setPosition(12345);
        engine.play();
        if (QMediaDevices::defaultAudioOutput().isNull()) {
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no sound output")));
            QCOMPARE(playing.size(), 0);
        } else {
            QCOMPARE(playing.size(), 1);
            engine.pause();
            QCOMPARE(playing.size(), 2);
        }
        engine.setSource(m_dir.filePath(QStringLiteral("24bit.wav")));
        QTRY_COMPARE(failed.size(), QMediaDevices::defaultAudioOutput().isNull() ? 2 : 1);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("24-bit")));
    }

    // With a sound output (skipped without one): the engine really plays a WAV, an MP3, an Opus and an M4A call, its
    // position follows
    // the clock at 1× and 2×, and it stops by itself at the end.
    void engineOnASoundOutput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("WAV") << QStringLiteral("short.wav");
        QTest::newRow("MP3") << QStringLiteral("call.mp3");
        QTest::newRow("OGG/Opus") << QStringLiteral("call.opus");
        QTest::newRow("M4A/AAC") << QStringLiteral("call.m4a");
    }

    void engineOnASoundOutput()
    {
        QFETCH(QString, file);
        if (QMediaDevices::defaultAudioOutput().isNull()) {
            QSKIP("no sound output here");
        }
        const QString path = file.endsWith(QLatin1String(".wav")) ? m_dir.filePath(file)
                                                                  : QStringLiteral(QADESK_TEST_DATA "/audio/") + file;
        WavWriter::write(m_dir.filePath(QStringLiteral("short.wav")), 8000, 2, callSamples(6000));
        PcmPlaybackEngine engine;
        QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
        QSignalSpy playing(&engine, &PlaybackEngine::playingChanged);
        QSignalSpy failed(&engine, &PlaybackEngine::failed);
        engine.setSource(path);
        QTRY_COMPARE(loaded.size(), 1);
        const qint64 start0 = std::max<qint64>(0, loaded.at(0).at(0).toLongLong() - 6000); // the last 6 s
        engine.setPosition(start0);
        engine.play();
        QCOMPARE(failed.size(), 0);
        QCOMPARE(playing.size(), 1);
        // The output may take a moment to start; from then on the position keeps time.
        QTRY_VERIFY_WITH_TIMEOUT(engine.position() > start0 + 100, 3000);
        const qint64 start = engine.position();
        QTest::qWait(1000);
        const qint64 atOne = engine.position();
        QVERIFY2(atOne - start > 750 && atOne - start < 1250, qPrintable(QString::number(atOne - start)));
        engine.setRate(2.0);
        QTest::qWait(1000);
        const qint64 atTwo = engine.position();
        QVERIFY2(atTwo - atOne > 1500 && atTwo - atOne < 2500, qPrintable(QString::number(atTwo - atOne)));
        QTRY_COMPARE_WITH_TIMEOUT(playing.size(), 2, 5000); // stopped at the end
        QVERIFY(!playing.last().at(0).toBool());
        QVERIFY(engine.position() > start0 + 5500);
    }

    // An MP3 in the workspace: waveform and analysis through FFmpeg (the form's response speed suggested from its
    // audio), the decoded length replacing the header's estimate.
    void mp3InTheWorkspace()
    {
        engine()->durationMs = 13176; // what the engine says from the MP3's header
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("mp3"))));
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        QTRY_COMPARE(player()->waveform()->durationMs(), 13000);
        QCOMPARE(player()->duration(), 13000);
        QVERIFY(player()->message().isEmpty());
        auto *response = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_response"));
        QTRY_VERIFY(response->hasSuggestion());
        auto *label = response->findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("3.2 s")), qPrintable(label->text()));
        // Drawn: the column where the customer speaks (1.5 s) is not the column where nobody does (9 s).
        WaveformView *waveform = player()->waveform();
        const QImage image = waveform->grab().toImage();
        const auto column = [&image](int x) {
            QList<QRgb> pixels;
            for (int y = 0; y < image.height(); ++y) {
                pixels << image.pixel(x, y);
            }
            return pixels;
        };
        const double scale = image.width() / double(waveform->width());
        QVERIFY(column(int(waveform->xAt(1500) * scale)) != column(int(waveform->xAt(9000) * scale)));
        QCOMPARE(column(int(waveform->xAt(8000) * scale)), column(int(waveform->xAt(9000) * scale)));
    }

    // Without a test's engine the player plays an MP3 with our own engine (PcmPlaybackEngine: the pitch kept), and
    // a speed change keeps it there.
    void mp3PlaysThroughOurEngine()
    {
        PlaybackEngine::setFactory({});
        AppSettings settings;
        RecordingPlayer standalone(settings);
        PlaybackEngine::setFactory([](QObject *parent) {
            ScriptedEngine::last = new ScriptedEngine(parent);
            return ScriptedEngine::last;
        });
        auto *ours = qobject_cast<PcmPlaybackEngine *>(standalone.engine());
        QVERIFY(ours);
        standalone.open(m_dir.filePath(QStringLiteral("call.mp3")), QString(), {});
        QTRY_COMPARE(standalone.state(), RecordingPlayer::State::Ready);
        QTRY_COMPARE(standalone.waveform()->durationMs(), 13000);
        standalone.seekTo(6000);
        QCOMPARE(ours->position(), 6000);
        standalone.setRate(2.0);
        QCOMPARE(standalone.engine(), ours);
        QCOMPARE(ours->position(), 6000);
        QCOMPARE(standalone.state(), RecordingPlayer::State::Ready);
    }

    void responseSpeedFromTheAudio()
    {
        // No turn times, no stored first response: the audio's first agent speech (3400 ms after the customer's
        // at 0) gives the suggestion.
        QVERIFY(fixture::openAndWait(page(), m_ids.value(QStringLiteral("untimed"))));
        auto *response = m_window->findChild<DimensionEditor *>(QStringLiteral("dimension_response"));
        QTRY_VERIFY(response->hasSuggestion());
        auto *label = response->findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("3.4 s")), qPrintable(label->text()));
        // A transcript without times: no turn is highlighted while playing.
        QTRY_COMPARE(player()->state(), RecordingPlayer::State::Ready);
        engine()->advanceTo(4000);
        QCOMPARE(playingRow(), -1);
    }
};

QTEST_MAIN(TestGuiRecording)
#include "tst_gui_recording.moc"
