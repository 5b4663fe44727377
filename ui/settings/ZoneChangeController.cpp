#include "ZoneChangeController.h"

#include "Error.h"
#include "common/MessageBox.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"

#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace qadesk {

ZoneChangeController::ZoneChangeController(QString databasePath, QString actor, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ZoneChangeController::onFinished);
}

ZoneChangeController::~ZoneChangeController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ZoneChangeController::change(const QTimeZone &zone)
{
    if (m_watcher.isRunning() || !zone.isValid()) {
        return;
    }
    m_zone = zone;
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    m_progress = new QProgressDialog(tr("Counting days in %1…").arg(QString::fromUtf8(zone.id())), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setObjectName(QStringLiteral("zoneChangeProgress"));
    m_progress->setWindowTitle(tr("Organisation time zone"));
    m_progress->setWindowModality(Qt::NonModal); // the window stays usable
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_progress && m_total > 0) {
            m_progress->setMaximum(int(m_total));
            m_progress->setValue(int(m_done));
        }
    });
    poll->start(100);
    const QString path = m_databasePath;
    const QString actor = m_actor;
    m_watcher.setFuture(QtConcurrent::run([this, path, actor, zone]() -> QString {
        try {
            Connection connection(path);
            OrganisationZone::change(connection, zone, actor, [this](qint64 done, qint64 total) {
                m_done = done;
                m_total = total;
                return !m_cancel.load();
            });
            return {};
        } catch (const Cancelled &) {
            return tr("Cancelled. The new zone is in use; some stored days are still counted in the old one. "
                      "Choose the zone again to finish.");
        } catch (const Error &error) {
            return error.message();
        }
    }));
}

void ZoneChangeController::onFinished()
{
    const QString error = m_watcher.result();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    // Whatever happened to the renumbering, the zone itself was stored first.
    OrganisationZone::setCurrent(m_zone);
    if (error.isEmpty()) {
        emit finished(true, tr("Local times, days, weeks and months are now counted in %1.")
                                .arg(QString::fromUtf8(m_zone.id())));
    } else {
        MessageBox::warning(m_window, tr("Organisation time zone"), error);
        emit finished(false, error);
    }
}

} // namespace qadesk
