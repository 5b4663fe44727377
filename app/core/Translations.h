#pragma once

#include <memory>

class QTranslator;

namespace qadesk {

// The interface and document languages: QA Desk's own catalogues (compiled into the core, so the app and
// qadesk-cli load the same words) and Qt's. install() sets the process's language once at start (the app:
// the user's setting; qadesk-cli: the system's, for its diagnostics). A DocumentLanguage puts another language
// in front for as long as it lives, so that a document written with `--lang` says every word in that language.
class Translations final
{
public:
    static void install(bool chinese);
};

class DocumentLanguage final
{
public:
    explicit DocumentLanguage(bool chinese);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace qadesk
