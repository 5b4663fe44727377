#pragma once

#include <QSaveFile>
#include <QString>

#include <memory>

class QPdfWriter;

namespace qadesk {

// A PDF being written: an A4 QPdfWriter on a QSaveFile. The file on disk is replaced only by commit(),
// after the painter has finished, so a failed or cancelled report never leaves half a file behind.
class PdfFile final
{
public:
    // Throws qadesk::Error when the file cannot be opened for writing.
    PdfFile(const QString &path, const QString &title);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    QPdfWriter &writer() { return *m_writer; }
    // Throws qadesk::Error when the file cannot be written.
    void commit();

private:
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace qadesk
