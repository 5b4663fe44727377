#include "FileImport.h"

#include "ImportErrors.h"
#include "storage/InteractionWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace qadesk {

namespace {

constexpr int kMaxWarningsPerFile = 100;

} // namespace

FileImport::FileImport(InteractionWriter &writer, FileImportResult &result, const ImportSource &source,
                       const ImportOptions &options, ImportProgress progress, const ImportProgressCallback &callback,
                       const std::atomic_bool *cancel)
    : m_writer(writer), m_result(result), m_source(source), m_options(options), m_progress(std::move(progress)),
      m_callback(callback), m_cancel(cancel)
{
    m_sinceReport.start();
}

void FileImport::checkCancel() const
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        throw ImportCancelled();
    }
}

void FileImport::error(int line, int column, const QString &message)
{
    if (m_result.errors.size() < m_options.maxErrorsPerFile) {
        m_result.errors.append(ImportIssue{m_result.file, line, column, message});
    }
}

void FileImport::warning(int line, const QString &message)
{
    if (m_result.warnings.size() < kMaxWarningsPerFile) {
        m_result.warnings.append(ImportIssue{m_result.file, line, 0, message});
    } else if (m_omittedWarnings++ == 0) {
        m_result.warnings.append(
            ImportIssue{m_result.file, 0, 0, QCoreApplication::translate("Import", "more warnings not shown")});
    }
}

bool FileImport::wantsMore() const
{
    return m_result.errors.size() < m_options.maxErrorsPerFile;
}

void FileImport::progress(qint64 bytesDone)
{
    checkCancel();
    if (m_callback && m_sinceReport.elapsed() >= m_options.progressIntervalMs) {
        reportProgress(bytesDone);
    }
}

void FileImport::reportProgress(qint64 bytesDone)
{
    m_progress.bytesDone = bytesDone;
    m_progress.records = m_records;
    if (m_callback) {
        m_callback(m_progress);
    }
    m_sinceReport.restart();
}

namespace {

bool isInside(const QString &path, QString root)
{
    if (root.isEmpty()) {
        return false;
    }
    if (!root.endsWith(QLatin1Char('/'))) {
        root += QLatin1Char('/');
    }
    return path.startsWith(root);
}

} // namespace

// A recording must be a file inside the imported file's folder or the configured recordings root: a path that
// climbs out (../../etc/passwd), an absolute path elsewhere, a file:// URL to elsewhere, a symbolic link that
// leads out, or a URL of another scheme is refused, so an import file cannot make the app read arbitrary files.
bool FileImport::resolveRecording(Interaction &in, int line)
{
    if (in.recording.isEmpty()) {
        return true;
    }
    QString path = in.recording;
    if (path.contains(QLatin1String("://"))) {
        const QUrl url(path);
        if (!url.isLocalFile()) {
            error(line, 0,
                  QCoreApplication::translate(
                      "Import", "recording '%1' is a URL; only files inside the imported file's folder or the "
                                "recordings root are accepted")
                      .arg(excerpt(in.recording)));
            return false;
        }
        path = url.toLocalFile();
    }
    path.replace(QLatin1Char('\\'), QLatin1Char('/')); // exports from Windows systems
    const QString folder = QFileInfo(m_source.path).absolutePath();
    path = QDir::cleanPath(QFileInfo(path).isAbsolute() ? path : QDir(folder).filePath(path));
    if (m_recordingRoots.isEmpty()) {
        // Once per file: the allowed folders as written and with symbolic links resolved.
        m_recordingRoots << QDir::cleanPath(folder);
        if (!m_options.recordingsRoot.isEmpty()) {
            m_recordingRoots << QDir::cleanPath(QFileInfo(m_options.recordingsRoot).absoluteFilePath());
        }
        for (const QString &root : std::as_const(m_recordingRoots)) {
            m_canonicalRecordingRoots << QFileInfo(root).canonicalFilePath();
        }
    }
    const auto inside = [](const QString &candidate, const QStringList &roots) {
        return std::any_of(roots.cbegin(), roots.cend(),
                           [&](const QString &root) { return isInside(candidate, root); });
    };
    const QFileInfo info(path);
    if (!inside(path, m_recordingRoots) ||
        (info.exists() && !inside(info.canonicalFilePath(), m_canonicalRecordingRoots))) {
        error(line, 0,
              QCoreApplication::translate("Import", "recording '%1' is outside the imported file's folder %2%3; "
                                                    "refused")
                  .arg(excerpt(in.recording), folder,
                       m_options.recordingsRoot.isEmpty()
                           ? QString()
                           : QCoreApplication::translate("Import", " and the recordings root %1")
                                 .arg(m_options.recordingsRoot)));
        return false;
    }
    if (!info.exists()) {
        warning(line,
                QCoreApplication::translate("Import", "recording not found: %1 (stored anyway)").arg(excerpt(path)));
    }
    in.recording = path;
    return true;
}

void FileImport::record(ImportRecord &record)
{
    checkCancel();
    ++m_records;
    if (!m_result.errors.isEmpty()) {
        // The file will be rolled back; only checking goes on, recordings included.
        resolveRecording(record.interaction, record.line);
        return;
    }
    try {
        if (record.kind == ImportRecord::Kind::Interaction) {
            writeInteraction(record);
        } else {
            writeTranscript(record);
        }
    } catch (const Error &failure) {
        error(record.line, 0, failure.message());
    }
}

void FileImport::writeInteraction(ImportRecord &record)
{
    Interaction &in = record.interaction;
    if (m_writer.exists(in.externalId)) {
        ++m_result.duplicates;
        return;
    }
    if (!resolveRecording(in, record.line)) {
        return;
    }
    in.sourceFile = m_source.path;
    m_writer.insert(in);
    ++m_result.imported;
    m_result.turns += in.turns.size();
}

void FileImport::writeTranscript(ImportRecord &record)
{
    Interaction &in = record.interaction;
    if (const auto existing = m_writer.find(in.externalId)) {
        if (existing->turnCount > 0) {
            ++m_result.duplicates;
            return;
        }
        m_writer.attachTurns(*existing, in.turns, in.firstResponseS);
        ++m_result.imported;
        m_result.turns += in.turns.size();
        return;
    }
    if (record.kind == ImportRecord::Kind::Turns) {
        error(record.line, 0,
              QCoreApplication::translate("Import",
                                          "no interaction with external_id '%1' exists; import the interactions first "
                                          "(or in the same batch)")
                  .arg(excerpt(in.externalId)));
        return;
    }
    // A transcript file on its own: the interaction is created from its header, with stand-ins where that
    // says nothing, so that real exports import as they are. The warnings say what was assumed.
    if (in.agentCode.isEmpty()) {
        in.agentCode = QStringLiteral("unknown");
        warning(record.line,
                QCoreApplication::translate(
                    "Import", "no agent_id in the file's header and no interaction '%1' in the database: the "
                              "agent is recorded as 'unknown'")
                    .arg(excerpt(in.externalId)));
    }
    if (!in.startedAt.isValid()) {
        in.startedAt = m_source.modified;
        in.utcOffsetS = m_source.modified.offsetFromUtc();
        warning(record.line,
                QCoreApplication::translate(
                    "Import", "no started_at in the file's header: the file's modification time %1 is used")
                    .arg(m_source.modified.toString(Qt::ISODate)));
    }
    if (!resolveRecording(in, record.line)) {
        return;
    }
    in.sourceFile = m_source.path;
    m_writer.insert(in);
    ++m_result.imported;
    m_result.turns += in.turns.size();
}

} // namespace qadesk
