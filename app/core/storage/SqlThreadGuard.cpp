#include "SqlThreadGuard.h"

#include <QMutex>
#include <QThread>

#include <atomic>

namespace qadesk {

namespace {

std::atomic<QThread *> forbiddenThread{nullptr};
std::atomic<bool> fatalOffence{false};
std::atomic<int> offenceCount{0};
QMutex lastMutex;
QString last;

} // namespace

void SqlThreadGuard::forbid(QThread *thread, bool fatal)
{
    fatalOffence = fatal;
    forbiddenThread = thread;
}

void SqlThreadGuard::lift()
{
    forbiddenThread = nullptr;
}

int SqlThreadGuard::offences()
{
    return offenceCount.load();
}

QString SqlThreadGuard::lastOffence()
{
    QMutexLocker lock(&lastMutex);
    return last;
}

void SqlThreadGuard::resetCount()
{
    offenceCount = 0;
    QMutexLocker lock(&lastMutex);
    last.clear();
}

void SqlThreadGuard::check(const QString &statement)
{
    QThread *forbidden = forbiddenThread.load(std::memory_order_relaxed);
    if (!forbidden || QThread::currentThread() != forbidden) {
        return;
    }
    ++offenceCount;
    {
        QMutexLocker lock(&lastMutex);
        last = statement.simplified().left(200);
    }
#ifndef QT_NO_DEBUG
    if (fatalOffence) {
        qFatal("SQL on the GUI thread: %s", qPrintable(statement.simplified().left(200)));
    }
#endif
    qWarning("SQL on the GUI thread: %s", qPrintable(statement.simplified().left(200)));
}

} // namespace qadesk
