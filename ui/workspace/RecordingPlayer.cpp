#include "RecordingPlayer.h"

#include "Error.h"
#include "InteractionLabels.h"
#include "PlaybackEngine.h"
#include "settings/AppSettings.h"
#include "WaveformView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {

RecordingPlayer::RecordingPlayer(AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_engine(PlaybackEngine::create(this))
{
    setObjectName(QStringLiteral("recordingPlayer"));
    m_waveform = new WaveformView(this);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play or pause (Space); Ctrl+Left/Right: back or ahead 5 s"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setToolTip(tr("Playback speed (the pitch is kept)"));
    for (const double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0}) {
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    }
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    m_volume->setToolTip(tr("Volume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setObjectName(QStringLiteral("followTranscript"));
    m_follow->setToolTip(tr("Scroll the transcript to the turn being played"));
    m_follow->setChecked(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("playerMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    // The time takes the room left and is cut, never the controls (a long reason is in its tooltip).
    m_time->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_time, 1);
    row->addWidget(m_follow);
    row->addWidget(m_speed);
    row->addWidget(m_volume);
    auto *column = new QVBoxLayout(controls);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_waveform);
    column->addLayout(row);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(controls);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 0);
    layout->addWidget(m_stack);

    setRate(m_settings.playbackRate());
    connect(m_play, &QToolButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        setRate(m_speed->itemData(index).toDouble());
        m_settings.setPlaybackRate(m_rate);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_engine->setVolume(value / 100.0); });
    connect(m_waveform, &WaveformView::seekRequested, this, &RecordingPlayer::seekTo);
    connect(m_engine, &PlaybackEngine::positionChanged, this, &RecordingPlayer::updatePosition);
    connect(m_engine, &PlaybackEngine::loaded, this, [this](qint64 durationMs) {
        if (m_state != State::Loading) {
            return;
        }
        m_duration = durationMs;
        m_waveform->setDurationMs(durationMs);
        setState(State::Ready);
        updateTimeLabel();
    });
    connect(m_engine, &PlaybackEngine::failed, this, [this](const QString &message) {
        if (m_state == State::Ready || m_state == State::Playing) {
            // Opened but cannot sound (no output device…): the waveform, seeking and the transcript's
            // highlight still work; the reason stays beside the time.
            setState(State::Ready);
            m_messageText = message;
            m_soundProblem = message;
            updateTimeLabel();
        } else if (m_state != State::NoRecording) {
            setState(State::Failed, tr("The recording cannot be played: %1").arg(message));
        }
    });
    connect(m_engine, &PlaybackEngine::playingChanged, this, [this](bool playing) {
        if (m_state == State::Ready && playing) {
            setState(State::Playing);
        } else if (m_state == State::Playing && !playing) {
            setState(State::Ready);
        }
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &RecordingPlayer::envelopeLoaded);
    clear();
}

RecordingPlayer::~RecordingPlayer()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_watcher.waitForFinished();
}

void RecordingPlayer::open(const QString &path, const QString &problem, const QList<Turn> &turns,
                           const QList<TimeSpan> &holds)
{
    if (m_cancel) {
        *m_cancel = true;
    }
    ++m_generation;
    m_engine->pause();
    m_waveform->clear();
    m_position = 0;
    m_duration = 0;
    m_currentTurn = -1;
    m_soundProblem.clear();
    m_timeline = TurnTimeline(turns);
    QList<qint64> starts;
    for (const Turn &turn : turns) {
        if (turn.startMs) {
            starts << *turn.startMs;
        }
    }
    m_waveform->setTurnStarts(starts);
    m_waveform->setHolds(holds);
    if (path.isEmpty()) {
        m_engine->setSource(QString());
        setState(problem.isEmpty() ? State::NoRecording : State::Failed, problem);
        return;
    }
    setState(State::Loading);
    m_path = path;
    m_engine->setSource(path);
    m_engine->setRate(m_rate);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    const int agentChannel = m_settings.recordingAgentChannel();
    AnalysisOptions options;
    options.agentChannel = agentChannel;
    options.silenceMinMs = qint64(m_settings.silenceThresholdS() * 1000);
    m_watcher.setFuture(QtConcurrent::run([path, options, generation, cancel = m_cancel] {
        Loaded loaded;
        loaded.generation = generation;
        try {
            loaded.envelope = EnvelopeReader::readCached(path, cancel.get());
            loaded.analysis = AudioAnalyzer::analyze(loaded.envelope, options);
        } catch (const Error &error) {
            loaded.error = error.message();
        }
        return loaded;
    }));
}

void RecordingPlayer::envelopeLoaded()
{
    const Loaded loaded = m_watcher.result();
    if (loaded.generation != m_generation) {
        return; // another recording was opened meanwhile
    }
    if (!loaded.error.isEmpty()) {
        m_engine->setSource(QString());
        setState(State::Failed, loaded.error);
        return;
    }
    m_waveform->setEnvelope(loaded.envelope, loaded.analysis, m_settings.recordingAgentChannel());
    m_waveform->setPosition(m_position);
    // The decoded length is exact; a compressed file's header gives an estimate (an MP3's counts its encoder's
    // delay and padding).
    if (loaded.analysis.durationMs > 0 && m_duration != loaded.analysis.durationMs) {
        m_duration = loaded.analysis.durationMs;
        updateTimeLabel();
    }
    emit analysisReady(loaded.analysis);
}

void RecordingPlayer::clear()
{
    open(QString(), QString(), {});
}

QString RecordingPlayer::message() const
{
    return m_messageText;
}

bool RecordingPlayer::followsTranscript() const
{
    return m_follow->isChecked();
}

void RecordingPlayer::setState(State state, const QString &message)
{
    m_messageText = message;
    if (state == State::NoRecording) {
        m_message->setText(message.isEmpty() ? tr("No recording for this interaction.") : message);
    } else if (state == State::Failed) {
        m_message->setText(message);
    }
    m_stack->setCurrentIndex(state == State::NoRecording || state == State::Failed ? 0 : 1);
    m_play->setEnabled(state == State::Ready || state == State::Playing);
    m_play->setText(state == State::Playing ? tr("Pause") : tr("Play"));
    if (state == State::Loading) {
        m_time->setText(tr("Opening…"));
    }
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void RecordingPlayer::togglePlay()
{
    if (m_state == State::Playing) {
        m_engine->pause();
    } else if (m_state == State::Ready) {
        m_engine->play();
    }
}

void RecordingPlayer::seekTo(qint64 ms)
{
    if (m_state != State::Ready && m_state != State::Playing) {
        return;
    }
    ms = m_duration > 0 ? std::clamp<qint64>(ms, 0, m_duration) : std::max<qint64>(0, ms); // length unknown: no end
    m_engine->setPosition(ms);
    updatePosition(ms);
}

void RecordingPlayer::seekBy(qint64 ms)
{
    seekTo(m_position + ms);
}

void RecordingPlayer::playFrom(qint64 ms)
{
    seekTo(ms);
    if (m_state == State::Ready) {
        m_engine->play();
    }
}

void RecordingPlayer::setRate(double rate)
{
    m_rate = std::clamp(rate, 0.5, 2.0);
    m_engine->setRate(m_rate);
    int best = 0;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - m_rate) <
            std::abs(m_speed->itemData(best).toDouble() - m_rate)) {
            best = i;
        }
    }
    m_speed->setCurrentIndex(best);
}

void RecordingPlayer::updatePosition(qint64 ms)
{
    m_position = ms;
    m_waveform->setPosition(ms);
    updateTimeLabel();
    const int turn = m_timeline.turnAt(ms);
    if (turn != m_currentTurn) {
        m_currentTurn = turn;
        emit currentTurnChanged(turn);
    }
}

void RecordingPlayer::updateTimeLabel()
{
    if (m_state == State::Loading && m_duration == 0) {
        return;
    }
    const QString time =
        QStringLiteral("%1 / %2").arg(InteractionLabels::clock(m_position), InteractionLabels::clock(m_duration));
    m_time->setText(m_soundProblem.isEmpty() ? time : time + QStringLiteral(" · ") + m_soundProblem);
    m_time->setToolTip(m_soundProblem);
}

} // namespace qadesk
