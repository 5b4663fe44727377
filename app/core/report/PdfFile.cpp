#include "PdfFile.h"

#include "Error.h"
#include "FilePermissions.h"
#include "ReportCanvas.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>

namespace qadesk {

PdfFile::PdfFile(const QString &path, const QString &title)
    : m_file(path)
{
    const bool existed = QFileInfo::exists(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        throw Error(QCoreApplication::translate("PdfFile", "Cannot write %1: %2").arg(path, m_file.errorString()));
    }
    if (!existed) {
        m_file.setPermissions(FilePermissions::kPrivateFile); // QSaveFile would follow the umask
    }
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(1200);
    m_writer->setCreator(QStringLiteral("QA Desk %1").arg(QStringLiteral(QADESK_VERSION)));
    m_writer->setTitle(title);
    ReportCanvas::setUpA4(*m_writer);
}

PdfFile::~PdfFile() = default;

void PdfFile::commit()
{
    m_writer.reset();
    if (!m_file.commit()) {
        throw Error(QCoreApplication::translate("PdfFile", "Cannot write %1: %2")
                        .arg(m_file.fileName(), m_file.errorString()));
    }
}

} // namespace qadesk
