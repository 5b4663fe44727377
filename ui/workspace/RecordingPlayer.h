#pragma once

#include "audio/AudioAnalysis.h"
#include "audio/TurnTimeline.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;

namespace qadesk {

class AppSettings;
class PlaybackEngine;
class WaveformView;

// The recording of the open interaction, docked above its transcript: play/pause, ±5 s, speed (remembered),
// volume, position and duration, the waveform with its markers, and the turn under the playhead for the
// transcript to follow. Peaks and the energy analysis are read on a worker thread (cached per recording); a
// missing, unreadable or unsupported file is said in the player, never more.
class RecordingPlayer final : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        NoRecording,
        Loading,
        Ready,
        Playing,
        Failed
    };
    Q_ENUM(State)

    RecordingPlayer(AppSettings &settings, QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // Opens a recording (a resolved, existing path) or shows `problem` when there is none.
    void open(const QString &path, const QString &problem, const QList<Turn> &turns, const QList<TimeSpan> &holds = {});
    void clear();

    State state() const { return m_state; }
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    double rate() const { return m_rate; }
    QString message() const;
    PlaybackEngine *engine() const { return m_engine; }
    WaveformView *waveform() const { return m_waveform; }
    bool followsTranscript() const;

public slots:
    void togglePlay();
    void seekTo(qint64 ms);
    void seekBy(qint64 ms);
    void playFrom(qint64 ms);
    void setRate(double rate);

signals:
    void stateChanged(RecordingPlayer::State state);
    // The transcript turn (index into the turns given to open) under the playhead, -1 when none.
    void currentTurnChanged(int turn);
    void analysisReady(const RecordingAnalysis &analysis);

private:
    struct Loaded
    {
        AudioEnvelope envelope;
        RecordingAnalysis analysis;
        QString error;
        int generation = 0;
    };
    void setState(State state, const QString &message = {});
    void updatePosition(qint64 ms);
    void updateTimeLabel();
    void envelopeLoaded();

    AppSettings &m_settings;
    PlaybackEngine *m_engine;
    WaveformView *m_waveform;
    QToolButton *m_play;
    QLabel *m_time;
    QComboBox *m_speed;
    QSlider *m_volume;
    QCheckBox *m_follow;
    QLabel *m_message;
    QStackedWidget *m_stack;
    State m_state = State::NoRecording;
    QString m_messageText;
    QString m_soundProblem; // opened, but cannot sound: said beside the time
    QString m_path;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    double m_rate = 1.0;
    int m_currentTurn = -1;
    TurnTimeline m_timeline;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace qadesk
