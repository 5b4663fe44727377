#include "ReportTask.h"

#include "Error.h"

#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace qadesk {

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

ReportTask::ReportTask(QWidget *parent, const QString &label)
    : QObject(parent)
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, ProgressSteps, parent);
    m_dialog->setObjectName(QStringLiteral("reportProgressDialog"));
    m_dialog->setWindowTitle(tr("QA Desk"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick jobs finish without a flash of dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<ReportOutcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<ReportOutcome>::progressValueChanged, m_dialog, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<ReportOutcome>::finished, this, &ReportTask::finish);
}

ReportTask *ReportTask::start(QWidget *parent, const QString &label, Work work)
{
    auto *task = new ReportTask(parent, label);
    task->m_watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<ReportOutcome> &promise) {
        promise.setProgressRange(0, ProgressSteps);
        const ProgressCallback progress = [&promise](qint64 done, qint64 total) {
            if (total > 0) {
                promise.setProgressValue(int(std::min<qint64>(ProgressSteps, done * ProgressSteps / total)));
            }
            return !promise.isCanceled();
        };
        try {
            promise.addResult(work(progress));
        } catch (const Cancelled &) {
            // The watcher reports the cancellation.
        } catch (const Error &error) {
            promise.addResult(ReportOutcome{QString(), QString(), error.message()});
        } catch (const std::exception &error) {
            promise.addResult(ReportOutcome{QString(), QString(), QString::fromLocal8Bit(error.what())});
        }
    }));
    return task;
}

void ReportTask::finish()
{
    // Read the outcome first: closing the dialog emits canceled(), which must not touch a finished future.
    const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
    const ReportOutcome outcome = cancelled ? ReportOutcome{} : m_watcher.result();
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->disconnect(&m_watcher);
        m_dialog->close();
        m_dialog->deleteLater();
    }
    if (cancelled) {
        emit this->cancelled();
    } else if (outcome.error.isEmpty()) {
        emit succeeded(outcome.path, outcome.summary);
    } else {
        emit failed(outcome.error);
    }
    deleteLater();
}

} // namespace qadesk
