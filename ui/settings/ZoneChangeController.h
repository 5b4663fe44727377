#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QTimeZone>

#include <atomic>

class QWidget;

namespace qadesk {

// Settings → Organisation time zone: stores the new zone and renumbers the stored local days in it on a worker
// thread with a connection of its own (OrganisationZone::change), behind a non-modal progress dialog that can
// cancel; the window stays usable meanwhile. The KPI rollups are keyed in UTC: nothing else needs rebuilding.
class ZoneChangeController final : public QObject
{
    Q_OBJECT

public:
    ZoneChangeController(QString databasePath, QString actor, QWidget *window);
    ~ZoneChangeController() override;

    void change(const QTimeZone &zone);
    bool isRunning() const { return m_watcher.isRunning(); }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // ok false with a message on error or cancel; the views reload either way (the zone itself is stored at once).
    void finished(bool ok, const QString &message);

private:
    void onFinished();

    QString m_databasePath;
    QString m_actor;
    QWidget *m_window = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QString> m_watcher; // the error message, empty on success
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    QTimeZone m_zone;
};

} // namespace qadesk
