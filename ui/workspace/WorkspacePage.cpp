#include "WorkspacePage.h"

#include "common/MessageBox.h"
#include "Error.h"
#include "evaluation/DraftSaver.h"
#include "evaluation/EvaluationDocument.h"
#include "EvaluationFormPane.h"
#include "RecordingPlayer.h"
#include "audio/RecordingLocator.h"
#include "rules/ScoreSuggestions.h"
#include "SampleDialog.h"
#include "sampling/SampleDraw.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"
#include "storage/TranscriptIndex.h"
#include "TranscriptModel.h"
#include "TranscriptPane.h"
#include "WorkQueueModel.h"
#include "WorkQueuePane.h"
#include "WorkQueueSource.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QApplication>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qadesk {

namespace {


TranscriptRules loadRules()
{
    try {
        return TranscriptRules::load();
    } catch (const Error &error) {
        // A broken user file must not stop the inspector: say so once and use the shipped rules.
        qWarning("%s", qPrintable(error.message()));
        return TranscriptRules::shipped();
    }
}

} // namespace

WorkspacePage::WorkspacePage(WorkspaceService &service, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_settings(settings)
    , m_databasePath(service.location())
    , m_rules(loadRules())
{
    setObjectName(QStringLiteral("workspacePage"));
    m_inspector = m_settings.inspectorName();
    m_silenceThresholdS = m_settings.silenceThresholdS();
    m_saver = std::make_unique<DraftSaver>(m_databasePath);
    connect(m_saver.get(), &DraftSaver::openElsewhere, this, [this](const DraftSaver::Key &key, bool elsewhere) {
        m_form->setOpenElsewhere(elsewhere && key == DraftSaver::Key{m_interactionId, m_inspector});
    });

    m_queue = new WorkQueuePane(new ThreadedWorkQueueSource(m_databasePath), m_inspector, m_settings, this);
    auto *middle = new QWidget(this);
    middle->setObjectName(QStringLiteral("transcriptColumn"));
    m_player = new RecordingPlayer(m_settings, middle);
    m_transcript = new TranscriptPane(middle);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    middleLayout->addWidget(m_player);
    middleLayout->addWidget(m_transcript, 1);
    m_form = new EvaluationFormPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    if (!m_splitter->restoreState(m_settings.workspaceSplitter())) {
        m_splitter->setSizes({500, 520, 420});
    }
    connect(m_splitter, &QSplitter::splitterMoved, this, &WorkspacePage::saveLayout);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_undoGroup = new QUndoGroup(this);
    createActions();

    connect(m_queue, &WorkQueuePane::interactionActivated, this, &WorkspacePage::openInteraction);
    connect(m_queue, &WorkQueuePane::sampleRequested, this, &WorkspacePage::showSampleDialog);
    connect(m_queue->view(), &QTableView::activated, this, [this] {
        // Enter on a queue row: start scoring it.
        m_form->focusDimension(m_form->currentDimension());
    });
    connect(m_transcript, &TranscriptPane::attachRequested, this, [this](int dimension, const QList<qint64> &turns) {
        if (m_document && !turns.isEmpty()) {
            m_document->addEvidence(dimension, turns);
        }
    });
    connect(m_form, &EvaluationFormPane::evidenceClicked, m_transcript, &TranscriptPane::scrollToTurn);
    connect(m_form, &EvaluationFormPane::evidenceChanged, this,
            [this] { m_transcript->setEvidence(m_form->evidenceByTurn()); });
    connect(m_form, &EvaluationFormPane::currentDimensionChanged, m_transcript, &TranscriptPane::setCurrentDimension);
    connect(m_form, &EvaluationFormPane::submitted, this, [this] {
        m_transcript->setEvidenceEditable(false);
        m_queue->model()->refreshInteraction(m_interactionId);
        emit evaluationSubmitted(m_interactionId);
        emit statusMessage(tr("Evaluation submitted."));
        m_queue->view()->setFocus();
    });
    connectPlayer();
    startBackgroundIndexing();
}

// The recording follows the transcript and the form, and they follow it: the turn under the playhead is
// highlighted (and scrolled to unless Follow is off), a turn's time or an evidence chip plays from there.
void WorkspacePage::connectPlayer()
{
    connect(m_player, &RecordingPlayer::currentTurnChanged, this, [this](int turn) {
        const qint64 id = turn >= 0 && turn < m_interaction.turns.size() ? m_interaction.turns.at(turn).id : 0;
        m_transcript->setPlayingTurn(id, m_player->followsTranscript());
    });
    connect(m_transcript, &TranscriptPane::seekRequested, m_player, &RecordingPlayer::playFrom);
    connect(m_form, &EvaluationFormPane::timecodeActivated, m_player, &RecordingPlayer::playFrom);
    connect(m_form, &EvaluationFormPane::evidenceClicked, this, [this](qint64 turnId) {
        for (const Turn &turn : std::as_const(m_interaction.turns)) {
            if (turn.id == turnId && turn.startMs) {
                m_player->playFrom(*turn.startMs);
            }
        }
    });
    connect(m_player, &RecordingPlayer::analysisReady, this, [this](const RecordingAnalysis &analysis) {
        if (!m_document) {
            return;
        }
        if (const auto suggestion = ScoreSuggestions::responseFromAudio(m_document->rubric(), m_interaction,
                                                                        analysis.firstAgentResponseMs)) {
            m_form->addSuggestion(*suggestion);
        }
    });
    // Space plays and pauses from any pane but text fields (they take their own Space); the score keys stay
    // the form's. Ctrl+Left/Right go back or ahead 5 s.
    const struct
    {
        const char *name;
        QKeySequence key;
        std::function<void()> run;
    } keys[] = {
        {"playPauseAction", QKeySequence(Qt::Key_Space), [this] { m_player->togglePlay(); }},
        {"seekBackAction", QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { m_player->seekBy(-5000); }},
        {"seekAheadAction", QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { m_player->seekBy(5000); }},
    };
    QList<QAction *> actions;
    for (const auto &key : keys) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(key.name));
        action->setShortcut(key.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, key.run);
        addAction(action);
        actions << action;
    }
    // The keys are the player's only while it has a recording, and Space stays with a focused button, check
    // box, list of choices or text field (a checklist answer is given with Space).
    const auto update = [this, actions] {
        const QWidget *focus = QApplication::focusWidget();
        const bool usesSpace = focus && (qobject_cast<const QAbstractButton *>(focus) ||
                                         qobject_cast<const QComboBox *>(focus) ||
                                         qobject_cast<const QLineEdit *>(focus) ||
                                         qobject_cast<const QTextEdit *>(focus) ||
                                         qobject_cast<const QPlainTextEdit *>(focus) ||
                                         qobject_cast<const QAbstractSpinBox *>(focus));
        const bool playable = m_player->state() == RecordingPlayer::State::Ready ||
                              m_player->state() == RecordingPlayer::State::Playing;
        actions.at(0)->setEnabled(playable && !usesSpace);
        actions.at(1)->setEnabled(playable);
        actions.at(2)->setEnabled(playable);
    };
    connect(qApp, &QApplication::focusChanged, this, update);
    connect(m_player, &RecordingPlayer::stateChanged, this, update);
    update();
}

void WorkspacePage::openRecording(const Interaction &interaction)
{
    const RecordingLocation location =
        RecordingLocator::locate(interaction.recording, interaction.sourceFile, m_settings.recordingsRoot());
    m_player->open(location.path, interaction.recording.isEmpty() ? QString() : location.problem, interaction.turns,
                   m_transcript->model()->holds());
}

WorkspacePage::~WorkspacePage()
{
    m_cancelIndexing = true;
    m_indexing.waitForFinished();
    saveLayout();
    m_document.reset();
    m_saver.reset(); // waits for the last changes to land
}

void WorkspacePage::createActions()
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_sample = new QAction(tr("Draw a &Sample…"), this);
    m_sample->setObjectName(QStringLiteral("sampleAction"));
    connect(m_sample, &QAction::triggered, this, &WorkspacePage::showSampleDialog);

    // Page-wide shortcuts: they work from any pane, and only while the workspace is the visible page.
    m_submit = new QAction(tr("Submit Evaluation"), this);
    m_submit->setObjectName(QStringLiteral("submitAction"));
    m_submit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_submit, &QAction::triggered, m_form, &EvaluationFormPane::submit);
    addAction(m_submit);

    m_find = new QAction(tr("&Find in Transcript"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, m_transcript, &TranscriptPane::showFind);
    addAction(m_find);

    const struct
    {
        const char *name;
        int key;
        std::function<void()> focus;
    } panes[] = {
        {"focusQueue", Qt::Key_1, [this] { m_queue->view()->setFocus(Qt::ShortcutFocusReason); }},
        {"focusTranscript", Qt::Key_2, [this] { m_transcript->view()->setFocus(Qt::ShortcutFocusReason); }},
        {"focusForm", Qt::Key_3, [this] { m_form->focusDimension(m_form->currentDimension()); }},
    };
    for (const auto &pane : panes) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(pane.name));
        action->setShortcut(QKeySequence(Qt::ALT | pane.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, pane.focus);
        addAction(action);
    }
}

void WorkspacePage::openInteraction(qint64 interactionId)
{
    if (interactionId == m_interactionId && m_document) {
        m_opening = 0;
        emit interactionOpened(interactionId);
        return;
    }
    m_opening = interactionId;
    m_service.open(
        this, interactionId, m_inspector,
        [this, interactionId](OpenedInteraction opened) {
            if (m_opening == interactionId) { // else a newer request superseded it
                showOpened(std::move(opened));
            }
        },
        [this, interactionId](const QString &message) {
            if (m_opening != interactionId) {
                return;
            }
            m_opening = 0;
            emit openFailed(interactionId, message);
            MessageBox::warning(this, tr("Open interaction"), message);
        });
}

void WorkspacePage::showOpened(OpenedInteraction opened)
{
    const qint64 interactionId = opened.interaction.id;
    m_opening = 0;
    const Interaction &interaction = opened.interaction;
    auto document = std::make_unique<EvaluationDocument>(*m_saver, std::move(opened.evaluation));
    m_transcript->setInteraction(interaction, m_rules, m_silenceThresholdS);
    m_form->setDocument(document.get(), interaction, ScoreSuggestions::forInteraction(document->rubric(), interaction),
                        m_rules.checklistHints(interaction));
    m_transcript->setDimensions(m_form->dimensionNames());
    m_transcript->setCurrentDimension(m_form->currentDimension());
    m_transcript->setEvidence(m_form->evidenceByTurn());
    m_transcript->setEvidenceEditable(!document->isLocked());
    connect(document.get(), &EvaluationDocument::changed, this,
            [this] { m_transcript->setEvidenceEditable(m_document && !m_document->isLocked()); });
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    connect(document.get(), &EvaluationDocument::saved, this,
            [this, interactionId] { m_queue->model()->refreshInteraction(interactionId); });
    connect(document.get(), &EvaluationDocument::conflict, this, &WorkspacePage::resolveConflict, Qt::QueuedConnection);
    std::swap(m_document, document); // the previous one is saved and goes here
    m_interactionId = interactionId;
    m_interaction = interaction;
    openRecording(interaction);
    m_form->setOpenElsewhere(false);
    m_saver->setShown({interactionId, m_inspector});
    // "Anything opened by search" joins the inspector's queue (on the service's thread; it waits for a lock
    // another program holds, and the interaction is open meanwhile). The queue then shows it.
    m_service.addToQueue(this, m_inspector, interactionId, [this, interactionId] {
        if (m_queue->model()->rowOf(interactionId) < 0) {
            m_queue->reload();
        }
    });
    m_settings.setLastInteraction(interactionId);
    m_queue->selectInteraction(interactionId);
    emit interactionOpened(interactionId);
}

void WorkspacePage::restoreLastInteraction()
{
    const qint64 last = m_settings.lastInteraction();
    if (last <= 0 || m_interactionId != 0 || m_opening != 0) {
        return;
    }
    // Opened in one read; quietly nothing when it is from another database, or deleted since.
    m_opening = last;
    m_service.open(
        this, last, m_inspector,
        [this, last](OpenedInteraction opened) {
            if (m_opening == last) {
                showOpened(std::move(opened));
            }
        },
        [this, last](const QString &) {
            if (m_opening == last) {
                m_opening = 0;
            }
        });
}

void WorkspacePage::drawSample(const SampleRequest &request)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_service.drawSample(
        this, request,
        [this, secondInspector = request.secondInspector](SampleDrawResult result) {
            QApplication::restoreOverrideCursor();
            m_queue->setScope(WorkQueueScope::MyQueue); // reloads the queue
            if (result.drawn == 0 && std::exchange(m_explainEmptySample, false)) {
                MessageBox::information(this, tr("Sample"),
                                         tr("No interaction matches: widen the period or remove a filter."));
            }
            QString drawnMessage =
                tr("Sample drawn: %1 interaction(s) from %2 candidate(s) of %3 agent(s); %4 new on your queue.")
                    .arg(result.drawn)
                    .arg(result.candidates)
                    .arg(result.agents)
                    .arg(result.added);
            if (result.doubleScored > 0) {
                drawnMessage += QLatin1Char(' ') + tr("%1 of them to be scored blind again by %2 (Calibration page).")
                                                       .arg(result.doubleScored)
                                                       .arg(secondInspector);
            }
            emit statusMessage(drawnMessage);
            emit sampleDrawn(result);
        },
        [this](const QString &message) {
            QApplication::restoreOverrideCursor();
            if (std::exchange(m_explainEmptySample, false)) {
                MessageBox::warning(this, tr("Sample"), message);
            }
            emit sampleFailed(message);
        });
}

void WorkspacePage::showSampleDialog()
{
    m_service.sampleChoices(
        this,
        [this](SampleChoices choices) {
            SampleDialog dialog(choices.teams, choices.latestDay, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_explainEmptySample = true; // the inspector asked: say why nothing came
                drawSample(dialog.request(m_inspector));
            }
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Sample"), message); });
}

void WorkspacePage::applySettings()
{
    m_silenceThresholdS = m_settings.silenceThresholdS();
    m_transcript->setSilenceThreshold(m_silenceThresholdS);
    const QString inspector = m_settings.inspectorName();
    if (inspector != m_inspector) {
        m_inspector = inspector;
        m_queue->setInspector(inspector);
        // The open evaluation belongs to the previous name; reopen as the new inspector.
        const qint64 current = m_interactionId;
        m_interactionId = 0;
        if (current > 0) {
            openInteraction(current);
        }
    } else if (m_interactionId > 0) {
        // The recordings folder, the agent's channel or the silence threshold may have changed.
        openRecording(m_interaction);
    }
}

void WorkspacePage::reload()
{
    m_queue->reload();
    startBackgroundIndexing(); // an import may have brought new turns
}

void WorkspacePage::resolveConflict(const QString &message)
{
    if (!m_document || m_resolvingConflict) {
        return;
    }
    m_resolvingConflict = true;
    enum { Theirs, Mine };
    const int choice = MessageBox::choose(
        this, QMessageBox::Warning, QStringLiteral("conflictBox"), tr("Evaluation changed elsewhere"),
        tr("%1\n\nYour changes here are kept until you choose. Reload theirs to see the stored version "
           "(your changes here are dropped), or keep yours to save them over it.")
            .arg(message),
        {{tr("&Reload Theirs"), QStringLiteral("reloadTheirs"), QMessageBox::RejectRole},
         {tr("&Keep Mine"), QStringLiteral("keepMine"), QMessageBox::AcceptRole}},
        Mine);
    m_resolvingConflict = false;
    if (!m_document) {
        return;
    }
    if (choice == Theirs) {
        const qint64 id = m_interactionId;
        m_document->discardMine();
        m_interactionId = 0; // reopen from the database
        openInteraction(id);
    } else {
        m_document->keepMine();
    }
}

void WorkspacePage::saveLayout() const
{
    m_settings.setWorkspaceSplitter(m_splitter->saveState());
}

void WorkspacePage::startBackgroundIndexing()
{
    // New turns (imported, generated, or from before the index existed) are indexed off the GUI thread;
    // search stays complete meanwhile through its LIKE fallback for the turns above the mark.
    if (m_databasePath.isEmpty() || m_databasePath == QLatin1String(":memory:") || m_indexing.isRunning()) {
        return;
    }
    const QString path = m_databasePath;
    m_indexing = QtConcurrent::run([path, cancel = &m_cancelIndexing] {
        try {
            Connection connection(path);
            if (!TranscriptIndex(connection).hasPendingTurns()) {
                return;
            }
            // Small chunks: each holds the write lock only briefly, so an autosave never waits long.
            TranscriptIndex(connection).catchUpInChunks(5000, cancel);
        } catch (const Error &error) {
            qWarning("Transcript indexing stopped: %s", qPrintable(error.message()));
        }
    });
}

} // namespace qadesk
