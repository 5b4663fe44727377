#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qadesk {

namespace {

std::unique_ptr<QTranslator> ownCatalogue(bool chinese)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(chinese ? QStringLiteral(":/i18n/qadesk_zh_CN.qm") : QStringLiteral(":/i18n/qadesk_en.qm"))) {
        return nullptr;
    }
    return translator;
}

std::unique_ptr<QTranslator> qtCatalogue(bool chinese)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")), QStringLiteral("qtbase"),
                          QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        return nullptr;
    }
    return translator;
}

} // namespace

void Translations::install(bool chinese)
{
    QLocale::setDefault(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    // Owned by the application object: they live as long as the process's language does.
    std::unique_ptr<QTranslator> catalogues[] = {qtCatalogue(chinese), ownCatalogue(chinese)};
    for (std::unique_ptr<QTranslator> &translator : catalogues) {
        if (translator) {
            QTranslator *kept = translator.release();
            kept->setParent(QCoreApplication::instance());
            QCoreApplication::installTranslator(kept);
        }
    }
}

DocumentLanguage::DocumentLanguage(bool chinese) : m_own(ownCatalogue(chinese)), m_qt(qtCatalogue(chinese))
{
    // The last installed translator is asked first.
    for (QTranslator *translator : {m_qt.get(), m_own.get()}) {
        if (translator) {
            QCoreApplication::installTranslator(translator);
        }
    }
}

DocumentLanguage::~DocumentLanguage()
{
    for (QTranslator *translator : {m_own.get(), m_qt.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
}

} // namespace qadesk
