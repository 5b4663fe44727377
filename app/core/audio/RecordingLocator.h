#pragma once

#include <QString>

namespace qadesk {

// Where an interaction's recording lies now: the stored path (import resolves it against the imported file's
// folder, DESIGN §4.2), else the same relative path or file name under the recordings root set in Settings (a
// folder of recordings moved or mounted elsewhere). `problem` says why not when nothing was found.
struct RecordingLocation
{
    QString path;    // an existing file, or empty
    QString problem; // for the player and qadesk-cli when path is empty
    bool found() const { return !path.isEmpty(); }
};

class RecordingLocator final
{
public:
    static RecordingLocation locate(const QString &recording, const QString &sourceFile, const QString &recordingsRoot);
};

} // namespace qadesk
