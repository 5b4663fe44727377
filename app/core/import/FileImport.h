#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"

#include <QElapsedTimer>
#include <QStringList>

#include <atomic>

namespace qadesk {

class InteractionWriter;

// Receives the records of one file and writes them through the InteractionWriter: duplicates are counted and
// skipped, transcripts attached to their interaction, recordings resolved. After the first error nothing more
// is written (the file will be rolled back) but the rest is still checked so that one pass reports many errors.
class FileImport final : public RecordSink
{
public:
    FileImport(InteractionWriter &writer, FileImportResult &result, const ImportSource &source,
               const ImportOptions &options, ImportProgress progress, const ImportProgressCallback &callback,
               const std::atomic_bool *cancel);

    void record(ImportRecord &record) override;
    void error(int line, int column, const QString &message) override;
    void warning(int line, const QString &message) override;
    bool wantsMore() const override;
    bool hasErrors() const override { return !m_result.errors.isEmpty(); }
    void progress(qint64 bytesDone) override;

    qint64 records() const { return m_records; }
    void reportProgress(qint64 bytesDone);

private:
    void checkCancel() const;
    bool resolveRecording(Interaction &interaction, int line); // false: refused (an error was reported)
    void writeInteraction(ImportRecord &record);
    void writeTranscript(ImportRecord &record);

    InteractionWriter &m_writer;
    FileImportResult &m_result;
    const ImportSource &m_source;
    const ImportOptions &m_options;
    ImportProgress m_progress;
    const ImportProgressCallback &m_callback;
    const std::atomic_bool *m_cancel;
    QElapsedTimer m_sinceReport;
    qint64 m_records = 0;
    int m_omittedWarnings = 0;
    QStringList m_recordingRoots;          // where recordings may lie: the file's folder, the recordings root
    QStringList m_canonicalRecordingRoots; // the same with symbolic links resolved
};

} // namespace qadesk
