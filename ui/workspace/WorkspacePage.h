#pragma once

#include "domain/Sampling.h"
#include "rules/TranscriptRules.h"
#include "services/WorkspaceService.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QSplitter;
class QUndoGroup;

namespace qadesk {

class AppSettings;

class DraftSaver;
class EvaluationDocument;
class EvaluationFormPane;
class TranscriptPane;
class WorkQueuePane;

// The inspector's workspace: work queue | transcript | evaluation form in splitters whose sizes are
// remembered. It opens an interaction into the two right panes, routes evidence between them, and
// owns the open evaluation's document (whose undo stack the Edit menu follows). Actions for the main
// window's menus are created here; the window only places them.
class WorkspacePage final : public QWidget
{
    Q_OBJECT

public:
    // Every read and write goes through `service` (its own thread and connection) and the page's DraftSaver:
    // no SQL runs on the GUI thread.
    WorkspacePage(WorkspaceService &service, AppSettings &settings, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *sampleAction() const { return m_sample; }
    QAction *submitAction() const { return m_submit; }
    QAction *findAction() const { return m_find; }

    WorkQueuePane *queuePane() const { return m_queue; }
    TranscriptPane *transcriptPane() const { return m_transcript; }
    EvaluationFormPane *formPane() const { return m_form; }
    EvaluationDocument *document() const { return m_document.get(); }
    qint64 currentInteraction() const { return m_interactionId; }

    // Opens an interaction: its transcript, and its evaluation for this inspector (a new one if none).
    // Loaded on the service's thread; interactionOpened() or openFailed() follows. A newer request
    // supersedes one still loading.
    void openInteraction(qint64 interactionId);
    // The interaction being loaded, or 0.
    qint64 openingInteraction() const { return m_opening; }
    // Draws a sample onto the inspector's queue and shows it; sampleDrawn() follows, or sampleFailed().
    void drawSample(const SampleRequest &request);
    // Re-reads inspector name and silence threshold after the settings changed.
    void applySettings();
    // Reopens the interaction that was open when the application last closed (or crashed).
    void restoreLastInteraction();

public slots:
    void reload();
    void showSampleDialog();

signals:
    void interactionOpened(qint64 interactionId);
    void openFailed(qint64 interactionId, const QString &message);
    void sampleDrawn(const qadesk::SampleDrawResult &result);
    void sampleFailed(const QString &message);
    void evaluationSubmitted(qint64 interactionId);
    void statusMessage(const QString &message);

private:
    void createActions();
    void startBackgroundIndexing();
    void saveLayout() const;

    void resolveConflict(const QString &message);
    void showOpened(OpenedInteraction opened);

    WorkspaceService &m_service;
    AppSettings &m_settings;
    bool m_resolvingConflict = false;
    QString m_databasePath;
    qint64 m_opening = 0;
    bool m_explainEmptySample = false;
    QString m_inspector;
    double m_silenceThresholdS = 10.0;
    TranscriptRules m_rules;
    QSplitter *m_splitter = nullptr;
    WorkQueuePane *m_queue = nullptr;
    TranscriptPane *m_transcript = nullptr;
    EvaluationFormPane *m_form = nullptr;
    std::unique_ptr<DraftSaver> m_saver; // before the document: it outlives it and drains its last changes
    std::unique_ptr<EvaluationDocument> m_document;
    qint64 m_interactionId = 0;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_sample = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_find = nullptr;
    QFuture<void> m_indexing;
    std::atomic<bool> m_cancelIndexing{false};
};

} // namespace qadesk
