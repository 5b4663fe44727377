#pragma once

#include "TranscriptModel.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace qadesk {

class FindBar;
class TranscriptDelegate;
class TranscriptRules;

// The middle pane: who, when and how the customer rated it, then the conversation as bubbles with
// silence and hold markers; find (Ctrl+F) with highlights and next/previous; turns selected here are
// attached as evidence to a dimension of the form (the button, the context menu, or E).
class TranscriptPane final : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(QWidget *parent = nullptr);

    void setInteraction(const Interaction &interaction, const TranscriptRules &rules, double silenceThresholdS);
    void clear();
    void setSilenceThreshold(double seconds);
    void setEvidence(const QHash<qint64, QStringList> &evidence);
    // The dimensions turns can be attached to, and the one the form has in focus (for the button and E).
    void setDimensions(const QStringList &names);
    void setCurrentDimension(int index);
    // A submitted (read-only) evaluation takes no more evidence: the attach button and E stay off.
    void setEvidenceEditable(bool editable);
    void scrollToTurn(qint64 turnId);
    // The turn the recording plays now (0: none): highlighted, and scrolled to when `follow`.
    void setPlayingTurn(qint64 turnId, bool follow);
    void showFind();

    TranscriptModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    QList<qint64> selectedTurnIds() const;
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }

signals:
    void attachRequested(int dimension, const QList<qint64> &turnIds);
    // A click on a timed turn's header line (its number, speaker and time): play the recording from there.
    void seekRequested(qint64 ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void updateAttachButton();
    bool m_evidenceEditable = true;
    void findTextChanged(const QString &text);
    void goToMatch(int step);
    void showContextMenu(const QPoint &position);
    void ensureLaidOut();

    TranscriptModel *m_model;
    TranscriptDelegate *m_delegate = nullptr;
    QLabel *m_header = nullptr;
    FindBar *m_findBar = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_attach = nullptr;
    QStringList m_dimensions;
    int m_currentDimension = 0;
    QList<TranscriptMatch> m_matches;
    int m_currentMatch = -1;
    bool m_laidOut = false;
};

} // namespace qadesk
