#pragma once

#include "audio/AudioAnalysis.h"
#include "domain/Interaction.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace qadesk {

class TranscriptRules;

// One match of the find bar: a row of the model and a span of its text.
struct TranscriptMatch
{
    int row = -1;
    int position = 0;
    int length = 0;
    bool operator==(const TranscriptMatch &) const = default;
};

// The turns of one interaction as list rows, with a marker row wherever the pause between two turns is
// longer than the silence threshold: a hold when the agent had just announced one ("请稍等"), a
// silence otherwise. Marker rows cannot be selected.
class TranscriptModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TranscriptModel(QObject *parent = nullptr);

    void setInteraction(const Interaction &interaction, const TranscriptRules &rules, double silenceThresholdS);
    void clear();
    void setSilenceThreshold(double seconds);
    // Names of the dimensions each turn is evidence for.
    void setEvidence(const QHash<qint64, QStringList> &evidence);

    // The turn under the recording's playhead (0: none); only its row and the previous one repaint.
    void setPlayingTurn(qint64 turnId);
    qint64 playingTurn() const { return m_playingTurn; }

    // The pauses marked as holds, from the end of the turn before to the start of the turn after.
    QList<TimeSpan> holds() const;

    const Interaction &interaction() const { return m_interaction; }
    int rowOfTurn(qint64 turnId) const;
    const Turn *turnAt(int row) const;
    QList<TranscriptMatch> find(const QString &text) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int turn = -1; // index into the turns, or -1 for a marker
        qint64 gapMs = 0;
        bool hold = false;
    };
    void rebuildRows();

    Interaction m_interaction;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfTurn;
    QHash<qint64, QStringList> m_evidence;
    QList<bool> m_announcesHold; // per turn
    double m_thresholdS = 10.0;
    qint64 m_playingTurn = 0;
};

} // namespace qadesk
