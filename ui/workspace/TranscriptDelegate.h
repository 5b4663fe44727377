#pragma once

#include "TranscriptModel.h"

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace qadesk {

// Draws a transcript row as a chat bubble — customer on the left, agent on the right in another colour,
// system lines centred — with its number, speaker and time above it, find matches highlighted (the
// current one stronger), and the dimensions it is evidence for beneath. Silence and hold markers are
// thin centred pills. Row heights depend on the view's width and are cached per row until the model or
// the width changes, so scrolling a 2,000-turn transcript lays out each row once.
class TranscriptDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TranscriptDelegate(QAbstractItemView *view);

    void setModel(TranscriptModel *model);
    void setFindText(const QString &text);
    void setCurrentMatch(const TranscriptMatch &match);
    void invalidate();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Metrics
    {
        int textWidth = 0; // the width the text is wrapped to
        QSizeF textSize;   // the laid-out text
    };
    int bubbleMaxWidth() const;
    Metrics metricsFor(const QModelIndex &index) const;
    void layoutText(QTextLayout &layout, int width) const;

    QAbstractItemView *m_view;
    TranscriptModel *m_model = nullptr;
    QString m_findText;
    TranscriptMatch m_current;
    mutable QHash<int, Metrics> m_cache;
    mutable int m_cacheWidth = -1;
};

} // namespace qadesk
