#pragma once

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace qadesk {

// Icons and type names decided from a file's name alone, never by reading it (see FileDialogs).
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimeTypes;
};

} // namespace qadesk
