#include "TranscriptDelegate.h"

#include "InteractionLabels.h"
#include "WorkspaceRoles.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace qadesk {

namespace {

constexpr int kSideMargin = 12;
constexpr int kRowSpacing = 6;
constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kRadius = 9;
constexpr int kMarkerHeight = 26;

struct Palette
{
    QColor fill, border;
};

Palette bubbleColours(const QString &speaker)
{
    if (speaker == QLatin1String("agent")) {
        return {QColor(0xE6, 0xF0, 0xFF), QColor(0xA9, 0xC8, 0xF2)};
    }
    if (speaker == QLatin1String("customer")) {
        return {QColor(0xF4, 0xF5, 0xF7), QColor(0xD3, 0xD7, 0xDD)};
    }
    return {QColor(Qt::transparent), QColor(Qt::transparent)};
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

void TranscriptDelegate::setModel(TranscriptModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    invalidate();
    connect(model, &QAbstractItemModel::modelReset, this, &TranscriptDelegate::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row) {
            m_cache.remove(row);
        }
        emit sizeHintChanged(from);
    });
}

void TranscriptDelegate::invalidate()
{
    m_cache.clear();
    m_cacheWidth = -1;
}

void TranscriptDelegate::setFindText(const QString &text)
{
    m_findText = text;
    m_view->viewport()->update();
}

void TranscriptDelegate::setCurrentMatch(const TranscriptMatch &match)
{
    m_current = match;
    m_view->viewport()->update();
}

int TranscriptDelegate::bubbleMaxWidth() const
{
    const int available = m_view->viewport()->width() - 2 * kSideMargin;
    return qMax(160, available * 4 / 5);
}

void TranscriptDelegate::layoutText(QTextLayout &layout, int width) const
{
    QTextOption option;
    // Chinese has no spaces: break between any two characters when a word does not fit.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

TranscriptDelegate::Metrics TranscriptDelegate::metricsFor(const QModelIndex &index) const
{
    const int width = bubbleMaxWidth() - 2 * kPadX;
    if (width != m_cacheWidth) {
        m_cache.clear();
        m_cacheWidth = width;
    }
    if (const auto it = m_cache.constFind(index.row()); it != m_cache.constEnd()) {
        return *it;
    }
    QTextLayout layout(index.data(Qt::DisplayRole).toString(), m_view->font());
    layoutText(layout, width);
    qreal natural = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        natural = qMax(natural, layout.lineAt(i).naturalTextWidth());
    }
    Metrics m{width, QSizeF(natural, layout.boundingRect().height())};
    m_cache.insert(index.row(), m);
    return m;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    const int width = m_view->viewport()->width();
    if (TranscriptRowKind(index.data(RowKindRole).toInt()) != TranscriptRowKind::Turn) {
        return {width, kMarkerHeight};
    }
    const Metrics m = metricsFor(index);
    const QFontMetrics small(smallFont(m_view->font()));
    int height = small.height() + 2 + qCeil(m.textSize.height()) + 2 * kPadY + kRowSpacing;
    if (!index.data(EvidenceRole).toStringList().isEmpty()) {
        height += small.height() + 4;
    }
    return {width, height};
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const QFont small = smallFont(m_view->font());
    const QFontMetrics smallMetrics(small);
    const auto kind = TranscriptRowKind(index.data(RowKindRole).toInt());

    if (kind != TranscriptRowKind::Turn) {
        const bool hold = kind == TranscriptRowKind::Hold;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QColor ink = hold ? QColor(0x9A, 0x5B, 0x00) : QColor(0x6B, 0x72, 0x80);
        const QColor fill = hold ? QColor(0xFF, 0xF4, 0xE0) : QColor(0xF0, 0xF1, 0xF3);
        painter->setFont(small);
        const int textWidth = smallMetrics.horizontalAdvance(text) + 24;
        const QRect pill(rect.center().x() - textWidth / 2, rect.top() + 4, textWidth, rect.height() - 8);
        painter->setPen(QPen(ink.lighter(170), 1, Qt::DashLine));
        const int midY = pill.center().y();
        painter->drawLine(rect.left() + kSideMargin, midY, pill.left() - 6, midY);
        painter->drawLine(pill.right() + 6, midY, rect.right() - kSideMargin, midY);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(ink);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
        return;
    }

    const QString speaker = index.data(SpeakerRole).toString();
    const bool agent = speaker == QLatin1String("agent");
    const bool system = speaker != QLatin1String("agent") && speaker != QLatin1String("customer");
    const Metrics m = metricsFor(index);
    const QStringList evidence = index.data(EvidenceRole).toStringList();
    const QString evidenceText =
        evidence.isEmpty() ? QString() : tr("Evidence: %1").arg(evidence.join(QStringLiteral(", ")));
    const int evidenceWidth = evidence.isEmpty() ? 0 : smallMetrics.horizontalAdvance(evidenceText);

    // Header: "#12 Agent 00:41", on the bubble's side.
    const QVariant start = index.data(StartMsRole);
    const QString header =
        QStringLiteral("#%1  %2%3")
            .arg(index.data(TurnSeqRole).toInt() + 1)
            .arg(InteractionLabels::speaker(speaker),
                 start.isValid() ? QStringLiteral("  ") + InteractionLabels::clock(start.toLongLong()) : QString());
    const int bubbleWidth =
        qMin(bubbleMaxWidth(),
             std::max({qCeil(m.textSize.width()), evidenceWidth, smallMetrics.horizontalAdvance(header)}) + 2 * kPadX);
    const int bubbleHeight =
        qCeil(m.textSize.height()) + 2 * kPadY + (evidence.isEmpty() ? 0 : smallMetrics.height() + 4);
    int left = rect.left() + kSideMargin;
    if (agent) {
        left = rect.right() - kSideMargin - bubbleWidth;
    } else if (system) {
        left = rect.center().x() - bubbleWidth / 2;
    }
    const QRect headerRect(left, rect.top(), bubbleWidth, smallMetrics.height());
    const QRect bubble(left, headerRect.bottom() + 3, bubbleWidth, bubbleHeight);

    painter->setFont(small);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(headerRect,
                      (agent    ? Qt::AlignRight
                       : system ? Qt::AlignHCenter
                                : Qt::AlignLeft) |
                          Qt::AlignVCenter,
                      header);

    const bool selected = option.state & QStyle::State_Selected;
    const bool playing = index.data(PlayingRole).toBool();
    const Palette colours = bubbleColours(speaker);
    if (playing) {
        // The turn being played: an accent bar on the outer side of the bubble.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xD9, 0x48, 0x1C));
        const int barX = agent ? bubble.right() + 4 : bubble.left() - 7;
        painter->drawRoundedRect(QRect(barX, bubble.top(), 3, bubble.height()), 1.5, 1.5);
    }
    if (!system || selected) {
        QPainterPath path;
        path.addRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        painter->setBrush(selected ? option.palette.color(QPalette::Highlight).lighter(185) : colours.fill);
        painter->setPen(selected ? QPen(option.palette.color(QPalette::Highlight), 2) : QPen(colours.border, 1));
        painter->drawPath(path);
    }

    // The text with find matches.
    const QString text = index.data(Qt::DisplayRole).toString();
    QTextLayout layout(text, m_view->font());
    layoutText(layout, m.textWidth);
    QList<QTextLayout::FormatRange> highlights;
    if (!m_findText.isEmpty()) {
        for (qsizetype at = text.indexOf(m_findText, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_findText, at + m_findText.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(m_findText.size());
            const bool current = m_current.row == index.row() && m_current.position == at;
            range.format.setBackground(current ? QColor(0xFF, 0x9F, 0x1C) : QColor(0xFF, 0xE5, 0x8F));
            highlights << range;
        }
    }
    painter->setPen(system ? option.palette.color(QPalette::PlaceholderText) : QColor(0x1F, 0x23, 0x28));
    QFont textFont = m_view->font();
    textFont.setItalic(system);
    painter->setFont(textFont);
    layout.draw(painter, QPointF(bubble.left() + kPadX, bubble.top() + kPadY), highlights);

    if (!evidence.isEmpty()) {
        painter->setFont(small);
        painter->setPen(QColor(0x0E, 0x7C, 0x86));
        painter->drawText(QRect(bubble.left() + kPadX, bubble.bottom() - kPadY - smallMetrics.height(),
                                bubble.width() - 2 * kPadX, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, evidenceText);
    }
    painter->restore();
}

} // namespace qadesk
