#include "DatabaseWorker.h"

#include "Error.h"
#include "storage/Connection.h"

namespace qadesk {

DatabaseWorker::DatabaseWorker(QString location, const QString &threadName, int busyTimeoutMs)
    : m_location(std::move(location))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_mailbox(std::make_unique<QObject>())
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Queued work runs first (a write handed over must land); then the connection closes on its own thread.
    QMetaObject::invokeMethod(m_context, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString DatabaseWorker::messageOf(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const Error *>(&e)) {
        return error->message();
    }
    return QString::fromUtf8(e.what());
}

void DatabaseWorker::post(std::function<void(Connection &)> work)
{
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] {
        try {
            if (!m_connection) {
                m_connection = m_busyTimeoutMs < 0 ? std::make_unique<Connection>(m_location)
                                                   : std::make_unique<Connection>(m_location, m_busyTimeoutMs);
            }
            work(*m_connection);
        } catch (const std::exception &e) {
            qWarning("%s: %s", qPrintable(m_thread.objectName()), qPrintable(messageOf(e)));
        }
    }, Qt::QueuedConnection);
}

void DatabaseWorker::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(m_mailbox.get(), std::move(call), Qt::QueuedConnection);
}

void DatabaseWorker::flush()
{
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace qadesk
