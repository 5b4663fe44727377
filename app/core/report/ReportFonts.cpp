#include "ReportFonts.h"

#include "CjkFaceBuilder.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>

namespace qadesk {

namespace {

const QLatin1String kSearchableNoto("QA Desk Noto Sans CJK SC");

struct Faces
{
    QString latin;
    QString chinese;
};

QString firstInstalled(const QStringList &installed, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates) {
        const QString family = QString::fromLatin1(candidate);
        if (installed.contains(family, Qt::CaseInsensitive)) {
            return family;
        }
    }
    return {};
}

QString findFontFile(const QString &fileName)
{
    static const char *const directories[] = {"/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk",
                                              "/usr/share/fonts/google-noto-cjk", "/usr/share/fonts/OTF",
                                              "/usr/local/share/fonts"};
    for (const char *directory : directories) {
        const QString path = QDir(QString::fromLatin1(directory)).filePath(fileName);
        if (QFile::exists(path)) {
            return path;
        }
    }
    return {};
}

bool addSearchableFace(const QString &fileName, const QString &style)
{
    QFile file(findFontFile(fileName));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray face =
        CjkFaceBuilder::build(file.readAll(), QStringLiteral("Noto Sans CJK SC"), style, kSearchableNoto);
    return !face.isEmpty() && QFontDatabase::addApplicationFontFromData(face) >= 0;
}

const Faces &faces()
{
    // Looked up once: the font database does not change while a report is written.
    static const Faces found = [] {
        Faces result;
        if (addSearchableFace(QStringLiteral("NotoSansCJK-Regular.ttc"), QStringLiteral("Regular"))) {
            addSearchableFace(QStringLiteral("NotoSansCJK-Bold.ttc"), QStringLiteral("Bold"));
            result.chinese = kSearchableNoto;
        }
        const QStringList installed = QFontDatabase::families();
        result.latin = firstInstalled(installed, {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"});
        if (result.chinese.isEmpty()) {
            // Droid Sans Fallback before the installed Noto: its text layer comes out right as it is.
            result.chinese = firstInstalled(installed, {"Droid Sans Fallback", "Noto Sans CJK SC", "Source Han Sans SC",
                                                        "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
                                                        "WenQuanYi Micro Hei"});
        }
        return result;
    }();
    return found;
}

} // namespace

QString ReportFonts::chineseFamily()
{
    const QString family = faces().chinese;
    if (family.isEmpty()) {
        throw Error(QCoreApplication::translate("ReportFonts",
                                                "No Chinese font is installed, so reports would print empty boxes. "
                                                "Install Noto Sans CJK (Debian package fonts-noto-cjk)."));
    }
    return family;
}

QStringList ReportFonts::families()
{
    QStringList list;
    if (!faces().latin.isEmpty()) {
        list << faces().latin;
    }
    list << chineseFamily();
    return list;
}

QFont ReportFonts::font(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Unhinted outlines: the same metrics on a 1200 dpi PDF, a printer and the preview.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

} // namespace qadesk
