#pragma once

#include "Error.h"

#include <QCoreApplication>

#include <functional>

namespace qadesk {

// Tells the caller of a long job (export, report batch) how far it has come: `done` of `total` steps
// (total 0 when unknown). Returning false asks the job to stop; it then throws Cancelled.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// A job stopped because its caller asked it to. Derives from Error so that code which only reports
// errors still handles it, while a progress dialog can tell it apart and stay quiet.
class Cancelled final : public Error
{
public:
    Cancelled() : Error(QCoreApplication::translate("Progress", "Cancelled.")) {}
};

// Calls `progress` (when there is one) and throws Cancelled when it says stop.
inline void reportProgress(const ProgressCallback &progress, qint64 done, qint64 total)
{
    if (progress && !progress(done, total)) {
        throw Cancelled();
    }
}

} // namespace qadesk
