#include "CalibrationPage.h"

#include "calibration/CalibrationService.h"
#include "calibration/CalibrationText.h"
#include "CalibrationAgreementView.h"
#include "CalibrationGradersView.h"
#include "CalibrationScoreDialog.h"
#include "CalibrationSessionDialog.h"
#include "CalibrationTables.h"
#include "CalibrationWorker.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "domain/DomainLabels.h"
#include "domain/Permissions.h"
#include "export/CalibrationExport.h"
#include "export/TableExporter.h"
#include "ReliabilityDialog.h"
#include "report/CalibrationReportRenderer.h"
#include "scoring/ScoreCalculator.h"
#include "settings/AppSettings.h"
#include "storage/CalibrationStore.h"
#include "storage/InteractionReader.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

using namespace calibrationtables;

CalibrationPage::CalibrationPage(QString databasePath, const AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)), m_settings(settings)
{
    setObjectName(QStringLiteral("calibrationPage"));
    m_person.login = m_person.name = m_settings.inspectorName();
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newSession = action(tr("&New session…"), QStringLiteral("newCalibrationSession"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &CalibrationPage::newSession);
    m_score = action(tr("&Score…"), QStringLiteral("scoreCalibrationItem"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &CalibrationPage::scoreCurrent);
    m_close = action(tr("C&lose session"), QStringLiteral("closeCalibrationSession"), QKeySequence(),
                     &CalibrationPage::closeSession);
    m_pdf = action(tr("Export &PDF…"), QStringLiteral("calibrationPdf"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                   &CalibrationPage::exportPdf);
    m_export = action(tr("Export &table…"), QStringLiteral("calibrationExport"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &CalibrationPage::exportTable);
    m_reliability = action(tr("Reliability over &time…"), QStringLiteral("calibrationReliability"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &CalibrationPage::showReliability);
    m_refresh = action(tr("&Refresh"), QStringLiteral("calibrationRefresh"), QKeySequence(Qt::Key_F5),
                       &CalibrationPage::reload);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_newSession, m_score, m_close, m_pdf, m_export, m_reliability, m_refresh}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_sessions = new QStandardItemModel(0, 3, this);
    m_sessions->setHorizontalHeaderLabels({tr("Session"), tr("State"), tr("Scored")});
    m_sessionTable = makeTable(m_sessions, QStringLiteral("calibrationSessions"), splitter);
    m_sessionTable->horizontalHeader()->setStretchLastSection(false);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    splitter->addWidget(m_sessionTable);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(tr("Create a session with New session (Ctrl+Shift+N), or pick one on the left."), right);
    m_header->setObjectName(QStringLiteral("calibrationHeader"));
    m_header->setWordWrap(true);
    rightLayout->addWidget(m_header);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("calibrationTabs"));

    m_items = new QStandardItemModel(0, 6, this);
    m_items->setHorizontalHeaderLabels(
        {tr("Interaction"), tr("Agent"), tr("Channel"), tr("Your score"), tr("Scored"), tr("Others' scores")});
    m_itemTable = makeTable(m_items, QStringLiteral("calibrationItems"), m_tabs);
    m_tabs->addTab(m_itemTable, tr("&Interactions"));

    // The two result tabs show a note instead while the blind rule hides the results from this person.
    const auto resultTab = [this](QWidget *content, const QString &name) {
        auto *stack = new QStackedWidget(m_tabs);
        stack->setObjectName(name);
        auto *hidden = new QLabel(stack);
        hidden->setObjectName(name + QStringLiteral("Hidden"));
        hidden->setAlignment(Qt::AlignCenter);
        hidden->setWordWrap(true);
        stack->addWidget(hidden);
        auto *scroll = new QScrollArea(stack);
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        stack->addWidget(scroll);
        m_resultStacks << stack;
        return stack;
    };
    m_agreementView = new CalibrationAgreementView;
    m_tabs->addTab(resultTab(m_agreementView, QStringLiteral("calibrationAgreementTab")), tr("&Agreement"));
    m_gradersView = new CalibrationGradersView;
    m_tabs->addTab(resultTab(m_gradersView, QStringLiteral("calibrationGradersTab")), tr("&Graders"));
    rightLayout->addWidget(m_tabs, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 900});
    layout->addWidget(splitter, 1);

    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    const qint64 id = m_sessions->item(current.row(), 0)->data(kIdRole).toLongLong();
                    if (id != m_sessionId) {
                        loadSession(id);
                    }
                }
            });
    connect(m_itemTable, &QTableView::activated, this, &CalibrationPage::scoreCurrent);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CalibrationPage::updateActions);
    updateActions();
}

QString CalibrationPage::viewer() const
{
    return m_person.login;
}

void CalibrationPage::setPerson(const Person &person)
{
    const bool changed = person.login != m_person.login || person.role != m_person.role ||
                         person.disabled != m_person.disabled;
    m_person = person;
    updateActions();
    if (changed && m_sessionId > 0) {
        loadSession(m_sessionId);
    }
}

void CalibrationPage::failed(const QString &message)
{
    --m_pending;
    emit statusMessage(message);
    MessageBox::warning(this, tr("Calibration"), message);
    updateActions();
}

void CalibrationPage::reload()
{
    ++m_pending;
    runCalibrationWork<QList<CalibrationSummary>>(
        this, m_databasePath, [](Connection &c) { return CalibrationStore(c).list(); },
        [this](const QList<CalibrationSummary> &sessions) {
            --m_pending;
            setSessions(sessions);
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::setSessions(const QList<CalibrationSummary> &sessions)
{
    const qint64 keep = m_sessionId;
    const QSignalBlocker blocker(m_sessionTable->selectionModel());
    m_sessions->removeRows(0, m_sessions->rowCount());
    int keepRow = -1;
    for (const CalibrationSummary &s : sessions) {
        auto *name = cell(s.name);
        name->setData(s.id, kIdRole);
        name->setToolTip(s.deadline.isValid() ? tr("%1, deadline %2").arg(s.name, s.deadline.toString(Qt::ISODate))
                                              : s.name);
        const qint64 expected = qint64(s.interactions) * s.participants;
        m_sessions->appendRow({name, cell(s.state == QLatin1String("closed") ? tr("closed") : tr("open")),
                               cell(tr("%1 / %2").arg(s.submitted).arg(expected), Qt::AlignCenter)});
        if (s.id == keep) {
            keepRow = m_sessions->rowCount() - 1;
        }
    }
    m_sessionTable->resizeColumnToContents(1);
    m_sessionTable->resizeColumnToContents(2);
    if (keepRow < 0 && m_sessions->rowCount() > 0) {
        keepRow = 0;
    }
    if (keepRow >= 0) {
        m_sessionTable->setCurrentIndex(m_sessions->index(keepRow, 0));
        loadSession(m_sessions->item(keepRow, 0)->data(kIdRole).toLongLong());
    } else {
        m_sessionId = 0;
        updateActions();
        emit loaded();
    }
}

void CalibrationPage::selectSession(qint64 id)
{
    for (int r = 0; r < m_sessions->rowCount(); ++r) {
        if (m_sessions->item(r, 0)->data(kIdRole).toLongLong() == id) {
            m_sessionTable->setCurrentIndex(m_sessions->index(r, 0));
            return;
        }
    }
}

void CalibrationPage::loadSession(qint64 id)
{
    m_sessionId = id;
    const int generation = ++m_generation;
    const Person person = m_person;
    const QString who = person.login;
    ++m_pending;
    runCalibrationWork<CalibrationView>(
        this, m_databasePath,
        [id, who, person](Connection &c) {
            CalibrationStore store(c);
            CalibrationService service(c);
            CalibrationView view;
            view.report.session = store.load(id);
            view.report.items = store.items(id);
            view.rubric = service.rubric(view.report.session);
            const QList<CalibrationScore> all = store.scores(id);
            int own = 0;
            for (const CalibrationScore &s : all) {
                view.scoredCount[s.interactionId] += 1;
                own += s.participant == who ? 1 : 0;
            }
            view.visibleScores = service.visibleScores(id, person);
            view.resultsVisible = CalibrationService::canSeeResults(view.report.session, person,
                                                                    own == view.report.session.interactionIds.size());
            if (view.resultsVisible) {
                view.report.results = CalibrationAnalysis::compute(view.rubric, view.report.session, all, {});
            }
            return view;
        },
        [this, generation](const CalibrationView &view) {
            --m_pending;
            if (generation == m_generation) {
                showView(view);
            }
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::showView(const CalibrationView &view)
{
    const bool another = view.report.session.id != m_view.report.session.id;
    m_view = view;
    if (another) {
        // A closed session is there to be read: open it on its results; an open one on what is left to score.
        m_tabs->setCurrentIndex(view.report.session.isClosed() && view.resultsVisible ? 1 : 0);
    }
    const CalibrationSession &s = view.report.session;
    const QString who = viewer();
    QStringList facts;
    facts << tr("<b>%1</b> by %2").arg(s.name.toHtmlEscaped(), s.createdBy.toHtmlEscaped());
    facts << (s.isClosed() ? tr("closed") : tr("open"));
    if (s.deadline.isValid()) {
        facts << (!s.isClosed() && QDate::currentDate() > s.deadline
                      ? tr("<span style=\"color:#b01e23\">deadline %1 passed</span>")
                            .arg(s.deadline.toString(Qt::ISODate))
                      : tr("deadline %1").arg(s.deadline.toString(Qt::ISODate)));
    }
    facts << tr("participants: %1").arg(s.participants.join(QStringLiteral(", ")).toHtmlEscaped());
    facts << (s.expert.isEmpty() ? tr("no expert") : tr("expert: %1").arg(s.expert.toHtmlEscaped()));
    facts << (s.blindUntilClosed ? tr("others' scores hidden until closed")
                                 : tr("others' scores shown after submitting"));
    facts << (s.participants.contains(who) ? tr("you (%1) take part").arg(who.toHtmlEscaped())
                                           : tr("you (%1) do not take part").arg(who.toHtmlEscaped()));
    m_header->setText(facts.join(QStringLiteral(" · ")));

    const int currentRow = m_itemTable->currentIndex().row();
    m_items->removeRows(0, m_items->rowCount());
    for (const CalibrationItem &entry : view.report.items) {
        QString mine = tr("to score");
        QStringList others;
        for (const CalibrationScore &score : view.visibleScores) {
            if (score.interactionId != entry.interactionId) {
                continue;
            }
            const QString text =
                score.score ? QStringLiteral("%1 %2").arg(ScoreCalculator::formatScore(*score.score),
                                                          DomainLabels::grade(view.rubric.gradeBands, score.gradeKey))
                            : tr("N/A");
            if (score.participant == who) {
                mine = text;
            } else {
                others << QStringLiteral("%1: %2").arg(score.participant, text);
            }
        }
        if (!s.participants.contains(who)) {
            mine = QStringLiteral("—");
        }
        const int scored = view.scoredCount.value(entry.interactionId);
        auto *id = cell(entry.externalId);
        id->setData(entry.interactionId, kIdRole);
        bool mineSubmitted = false;
        for (const CalibrationScore &score : view.visibleScores) {
            mineSubmitted = mineSubmitted || (score.interactionId == entry.interactionId && score.participant == who);
        }
        const bool othersHidden = others.isEmpty() && scored - (mineSubmitted ? 1 : 0) > 0;
        m_items->appendRow({id, cell(entry.agentName), cell(DomainLabels::channel(entry.channel)), cell(mine),
                            cell(tr("%1 of %2").arg(scored).arg(s.participants.size()), Qt::AlignCenter),
                            cell(othersHidden ? tr("hidden (blind)") : others.join(QStringLiteral(" · ")))});
    }
    m_itemTable->resizeColumnsToContents();
    if (m_items->rowCount() > 0) {
        m_itemTable->setCurrentIndex(m_items->index(std::clamp(currentRow, 0, m_items->rowCount() - 1), 0));
    }

    if (view.resultsVisible) {
        m_agreementView->setResults(view.report.results);
        m_gradersView->setReport(view.report);
    }
    const QString hiddenText = !s.participants.contains(who)
                                   ? tr("Only the session's participants and a QA manager or an administrator see "
                                        "its results.")
                               : s.blindUntilClosed
                                   ? tr("The results stay hidden until the session is closed: no participant sees "
                                        "another's scores before then.")
                                   : tr("The results appear once you have scored every interaction of the session.");
    for (QStackedWidget *stack : std::as_const(m_resultStacks)) {
        qobject_cast<QLabel *>(stack->widget(0))->setText(hiddenText);
        stack->setCurrentIndex(view.resultsVisible ? 1 : 0);
    }
    updateActions();
    emit loaded();
}

void CalibrationPage::updateActions()
{
    const bool have = m_sessionId > 0 && m_view.report.session.id == m_sessionId;
    const CalibrationSession &s = m_view.report.session;
    const QString who = viewer();
    bool canScore = false;
    if (have && !s.isClosed() && s.participants.contains(who)) {
        const QModelIndex current = m_itemTable->currentIndex();
        if (current.isValid()) {
            const qint64 id = m_items->item(current.row(), 0)->data(kIdRole).toLongLong();
            canScore = true;
            for (const CalibrationScore &score : m_view.visibleScores) {
                if (score.interactionId == id && score.participant == who) {
                    canScore = false;
                }
            }
        }
    }
    m_score->setEnabled(canScore);
    // Sessions are run by a QA manager or an administrator (Permissions.h), whoever created them.
    const bool runs = allows(m_person.role, Action::RunCalibration) && !m_person.disabled;
    const QString runnersOnly = runs ? QString() : tr("Calibration sessions are run by a QA manager or an administrator.");
    m_newSession->setEnabled(runs);
    m_newSession->setStatusTip(runnersOnly);
    m_close->setEnabled(have && !s.isClosed() && runs);
    m_close->setStatusTip(runnersOnly);
    m_pdf->setEnabled(have && m_view.resultsVisible);
    m_export->setEnabled(have && m_view.resultsVisible);
}

void CalibrationPage::newSession()
{
    updateActions();
    if (!m_newSession->isEnabled()) {
        return;
    }
    CalibrationSessionDialog dialog(m_databasePath, viewer(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const CalibrationSession session = dialog.session();
    ++m_pending;
    runCalibrationWork<qint64>(
        this, m_databasePath,
        [session, person = m_person](Connection &c) {
            CalibrationSession s = session;
            return CalibrationService(c).create(s, person);
        },
        [this](qint64 id) {
            --m_pending;
            m_sessionId = id;
            emit statusMessage(tr("Calibration session %1 created.").arg(id));
            reload();
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::scoreCurrent()
{
    updateActions();
    if (!m_score->isEnabled()) {
        return;
    }
    const qint64 interactionId = m_items->item(m_itemTable->currentIndex().row(), 0)->data(kIdRole).toLongLong();
    const CalibrationSession session = m_view.report.session;
    const Rubric rubric = m_view.rubric;
    const QString who = viewer();
    ++m_pending;
    runCalibrationWork<Interaction>(
        this, m_databasePath, [interactionId](Connection &c) { return InteractionReader(c).load(interactionId, true); },
        [this, session, rubric, who](const Interaction &interaction) {
            --m_pending;
            auto *dialog = new CalibrationScoreDialog(m_databasePath, session, who, rubric, interaction,
                                                      m_settings.silenceThresholdS(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CalibrationScoreDialog::submitted, this, [this](const CalibrationScore &score) {
                emit statusMessage(tr("Calibration score submitted: %1.")
                                       .arg(score.score ? ScoreCalculator::formatScore(*score.score) : tr("N/A")));
                reload();
            });
            dialog->open();
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::closeSession()
{
    if (!m_close->isEnabled()) {
        return;
    }
    const CalibrationSession &s = m_view.report.session;
    const int missing = int(s.interactionIds.size() * s.participants.size()) - [&] {
        int n = 0;
        for (auto it = m_view.scoredCount.cbegin(); it != m_view.scoredCount.cend(); ++it) {
            n += it.value();
        }
        return n;
    }();
    const QString question = missing > 0 ? tr("%n score(s) are still missing. Close the session anyway? No more scores "
                                              "are taken once it is closed; the participants then see the results.",
                                              nullptr, missing)
                                         : tr("Close the session? No more scores are taken; the participants then see "
                                              "the results.");
    if (MessageBox::choose(this, QMessageBox::Warning, QStringLiteral("closeCalibrationSessionBox"),
                           tr("Close calibration session"), question,
                           {{tr("Close session"), QStringLiteral("confirmClose"), QMessageBox::AcceptRole},
                            {tr("Cancel"), QStringLiteral("cancelClose"), QMessageBox::RejectRole}},
                           1) != 0) {
        return;
    }
    const qint64 id = s.id;
    ++m_pending;
    runCalibrationWork<bool>(
        this, m_databasePath,
        [id, person = m_person](Connection &c) {
            CalibrationService(c).close(id, person);
            return true;
        },
        [this](bool) {
            --m_pending;
            emit statusMessage(tr("Calibration session closed."));
            m_sessionId = 0;
            reload();
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::exportPdf()
{
    if (!m_pdf->isEnabled()) {
        return;
    }
    const CalibrationReport report = m_view.report;
    const QString path = FileDialogs::saveFile(this, tr("Export calibration results as PDF"),
                                               tr("calibration-%1.pdf").arg(report.session.id), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    ReportOptions options;
    options.zone = QTimeZone::systemTimeZone();
    ++m_pending;
    runCalibrationWork<int>(
        this, m_databasePath,
        [report, path, options](Connection &) { return CalibrationReportRenderer(options).writePdf(report, path); },
        [this, path](int pages) {
            --m_pending;
            emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QFileInfo(path).fileName()));
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::exportTable()
{
    if (!m_export->isEnabled()) {
        return;
    }
    const CalibrationReport report = m_view.report;
    QString filter;
    const QString path =
        FileDialogs::saveFile(this, tr("Export calibration results"), tr("calibration-%1.xlsx").arg(report.session.id),
                              tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    const ExportFormat format = TableExporter::formatFromPath(path).value_or(ExportFormat::Xlsx);
    const QFileInfo info(path);
    const QString gradersPath =
        info.dir().filePath(info.completeBaseName() + tr("-graders") + QLatin1Char('.') + info.suffix());
    const bool chinese = prefersChinese();
    ++m_pending;
    runCalibrationWork<QString>(
        this, m_databasePath,
        [report, path, gradersPath, format, chinese](Connection &) {
            TableExporter::write(CalibrationExport::agreement(report, chinese), path, format);
            TableExporter::write(CalibrationExport::graders(report), gradersPath, format);
            return gradersPath;
        },
        [this, path](const QString &graders) {
            --m_pending;
            emit statusMessage(tr("Saved %1 and %2.").arg(QFileInfo(path).fileName(), QFileInfo(graders).fileName()));
        },
        [this](const QString &message) { failed(message); });
}

void CalibrationPage::showReliability()
{
    auto *dialog = new ReliabilityDialog(m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace qadesk
