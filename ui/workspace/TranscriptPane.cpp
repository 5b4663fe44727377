#include "TranscriptPane.h"

#include "common/OrgTime.h"
#include "FindBar.h"
#include "InteractionLabels.h"
#include "domain/DomainLabels.h"
#include "TranscriptDelegate.h"
#include "WorkspaceRoles.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {

TranscriptPane::TranscriptPane(QWidget *parent) : QWidget(parent), m_model(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("transcriptPane"));
    m_model->setObjectName(QStringLiteral("transcriptModel"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("transcriptHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findBar = new FindBar(this);
    m_findBar->hide();

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    // Row heights need a text layout each; in batches, a 2,000-turn transcript paints after the first
    // batch instead of after all of them, and the rest is laid out in the following event-loop turns.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(40);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_delegate = new TranscriptDelegate(m_view);
    m_delegate->setModel(m_model);
    m_view->setItemDelegate(m_delegate);

    m_placeholder = new QLabel(tr("Select an interaction in the queue to read its transcript."), this);
    m_placeholder->setObjectName(QStringLiteral("transcriptPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    m_attach = new QToolButton(this);
    m_attach->setObjectName(QStringLiteral("attachEvidenceButton"));
    m_attach->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_attach->setEnabled(false);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Select turns (Ctrl/Shift+click) to use them as evidence."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    actions->addWidget(hint, 1);
    actions->addWidget(m_attach);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 6, 3, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_findBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);

    connect(m_findBar, &FindBar::textChanged, this, &TranscriptPane::findTextChanged);
    connect(m_findBar, &FindBar::next, this, [this] { goToMatch(1); });
    connect(m_findBar, &FindBar::previous, this, [this] { goToMatch(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        findTextChanged(QString());
        m_view->setFocus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TranscriptPane::updateAttachButton);
    connect(m_view, &QListView::customContextMenuRequested, this, &TranscriptPane::showContextMenu);
    connect(m_attach, &QToolButton::clicked, this,
            [this] { emit attachRequested(m_currentDimension, selectedTurnIds()); });
    clear();
}

void TranscriptPane::setInteraction(const Interaction &interaction, const TranscriptRules &rules,
                                    double silenceThresholdS)
{
    m_model->setInteraction(interaction, rules, silenceThresholdS);
    m_laidOut = false;
    m_stack->setCurrentWidget(interaction.turns.isEmpty() ? static_cast<QWidget *>(m_placeholder) : m_view);
    if (interaction.turns.isEmpty()) {
        m_placeholder->setText(tr("This interaction has no transcript."));
    }
    m_view->scrollToTop();
    updateHeader();
    findTextChanged(m_findBar->text());
    updateAttachButton();
}

void TranscriptPane::clear()
{
    m_model->clear();
    m_placeholder->setText(tr("Select an interaction in the queue to read its transcript."));
    m_stack->setCurrentWidget(m_placeholder);
    updateHeader();
    findTextChanged(QString());
    updateAttachButton();
}

void TranscriptPane::setSilenceThreshold(double seconds)
{
    m_model->setSilenceThreshold(seconds);
    m_laidOut = false;
    findTextChanged(m_findBar->text());
}

void TranscriptPane::setEvidence(const QHash<qint64, QStringList> &evidence)
{
    m_model->setEvidence(evidence);
}

void TranscriptPane::setDimensions(const QStringList &names)
{
    m_dimensions = names;
    updateAttachButton();
}

void TranscriptPane::setCurrentDimension(int index)
{
    m_currentDimension = index;
    updateAttachButton();
}

void TranscriptPane::updateHeader()
{
    const Interaction &in = m_model->interaction();
    if (in.id == 0) {
        m_header->setText(QStringLiteral("<span style='color:#6b7280'>%1</span>").arg(tr("No interaction open")));
        m_header->setToolTip(QString());
        return;
    }
    const QString agent =
        in.agentName.isEmpty() ? in.agentCode : QStringLiteral("%1 (%2)").arg(in.agentName, in.agentCode);
    QStringList facts{DomainLabels::channel(in.channel), DomainLabels::category(in.category),
                      OrgTime::text(in.startedAt),
                      tr("duration %1").arg(InteractionLabels::duration(in.handleS))};
    QStringList survey;
    survey << (in.csat ? tr("CSAT %1/5").arg(*in.csat) : tr("no CSAT"));
    if (in.nps) {
        survey << tr("NPS %1").arg(*in.nps);
    }
    if (in.ces) {
        survey << tr("CES %1/7").arg(*in.ces);
    }
    if (in.resolvedFirstContact) {
        survey << tr("resolved first contact: %1").arg(InteractionLabels::yesNo(in.resolvedFirstContact));
    }
    if (in.complaint) {
        survey << QStringLiteral("<b style='color:#c62828'>%1</b>").arg(tr("complaint").toHtmlEscaped());
    }
    const QString html = QStringLiteral("<div style='font-size:large'><b>%1</b> · %2</div>"
                                        "<div>%3 · <span style='color:#6b7280'>%4</span></div><div>%5</div>")
                             .arg(agent.toHtmlEscaped(),
                                  in.teamName.isEmpty() ? tr("no team").toHtmlEscaped() : in.teamName.toHtmlEscaped(),
                                  facts.join(QStringLiteral(" · ")).toHtmlEscaped(), in.externalId.toHtmlEscaped(),
                                  survey.join(QStringLiteral(" · ")));
    m_header->setText(html);
    m_header->setToolTip(OrgTime::sourceTip(in.startedAt)); // the source's own clock, where it differs
}

void TranscriptPane::updateAttachButton()
{
    const int selected = int(selectedTurnIds().size());
    const QString dimension = m_currentDimension >= 0 && m_currentDimension < m_dimensions.size()
                                  ? m_dimensions.at(m_currentDimension)
                                  : QString();
    m_attach->setText(dimension.isEmpty() ? tr("Attach as evidence") : tr("Attach to %1 (E)").arg(dimension));
    m_attach->setEnabled(m_evidenceEditable && selected > 0 && !dimension.isEmpty());
}

void TranscriptPane::setEvidenceEditable(bool editable)
{
    m_evidenceEditable = editable;
    updateAttachButton();
}

QList<qint64> TranscriptPane::selectedTurnIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(TurnIdRole).toLongLong();
        if (id > 0) {
            ids << id;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TranscriptPane::ensureLaidOut()
{
    // Rows past the batches laid out so far have no place yet, and scrolling to them would do nothing.
    if (!m_laidOut) {
        m_view->setLayoutMode(QListView::SinglePass);
        m_view->doItemsLayout();
        m_view->setLayoutMode(QListView::Batched);
        m_laidOut = true;
    }
}

void TranscriptPane::scrollToTurn(qint64 turnId)
{
    const int row = m_model->rowOfTurn(turnId);
    if (row < 0) {
        return;
    }
    ensureLaidOut();
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TranscriptPane::showFind()
{
    m_findBar->activate();
}

void TranscriptPane::findTextChanged(const QString &text)
{
    m_matches = m_model->find(text);
    m_currentMatch = -1;
    m_delegate->setFindText(text);
    m_delegate->setCurrentMatch({});
    if (!m_matches.isEmpty()) {
        goToMatch(1);
    } else {
        m_findBar->setCount(0, 0);
    }
}

void TranscriptPane::goToMatch(int step)
{
    if (m_matches.isEmpty()) {
        return;
    }
    const int count = int(m_matches.size());
    m_currentMatch =
        m_currentMatch < 0 ? (step > 0 ? 0 : count - 1) : ((m_currentMatch + step) % count + count) % count;
    const TranscriptMatch &match = m_matches.at(m_currentMatch);
    m_delegate->setCurrentMatch(match);
    ensureLaidOut();
    m_view->scrollTo(m_model->index(match.row), QAbstractItemView::PositionAtCenter);
    m_findBar->setCount(m_currentMatch + 1, count);
}

void TranscriptPane::showContextMenu(const QPoint &position)
{
    const QList<qint64> turns = selectedTurnIds();
    if (turns.isEmpty() || m_dimensions.isEmpty()) {
        return;
    }
    QMenu menu(this);
    QMenu *attach = menu.addMenu(tr("Attach as evidence to"));
    for (qsizetype i = 0; i < m_dimensions.size(); ++i) {
        attach->addAction(m_dimensions.at(i), this, [this, i, turns] { emit attachRequested(int(i), turns); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TranscriptPane::setPlayingTurn(qint64 turnId, bool follow)
{
    m_model->setPlayingTurn(turnId);
    const int row = m_model->rowOfTurn(turnId);
    if (follow && row >= 0) {
        m_view->scrollTo(m_model->index(row), QAbstractItemView::EnsureVisible);
    }
}

bool TranscriptPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(at);
        const QVariant start = index.data(StartMsRole);
        // The header line above the bubble holds the time; a click there seeks, a click on the bubble selects.
        const int headerHeight = QFontMetrics(m_view->font()).height();
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier && start.isValid() &&
            at.y() - m_view->visualRect(index).top() < headerHeight) {
            emit seekRequested(start.toLongLong());
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::NoModifier && m_attach->isEnabled()) {
            emit attachRequested(m_currentDimension, selectedTurnIds());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qadesk
