#pragma once

#include "storage/Connection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace qadesk {

// Runs one piece of calibration work (reads, results with their bootstrap, a submitted score) on a worker thread
// with a connection of its own, so that no SQL runs on the GUI thread; the outcome comes back queued to `context`
// (dropped if it is gone). An exception becomes `failed` with its message.
template <typename Result>
void runCalibrationWork(QObject *context, const QString &databasePath, std::function<Result(Connection &)> work,
                        std::function<void(const Result &)> done, std::function<void(const QString &)> failed)
{
    struct Outcome
    {
        std::optional<Result> value;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done, failed] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.value) {
            done(*outcome.value);
        } else {
            failed(outcome.error);
        }
    });
    watcher->setFuture(QtConcurrent::run([databasePath, work]() -> Outcome {
        try {
            Connection connection(databasePath);
            return Outcome{work(connection), {}};
        } catch (const std::exception &e) {
            return Outcome{std::nullopt, QString::fromUtf8(e.what())};
        }
    }));
}

} // namespace qadesk
