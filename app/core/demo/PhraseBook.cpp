#include "demo/PhraseBook.h"

namespace qadesk::demo {

namespace {

PhraseBook assemble(CommonPhrases common, void (*orders)(QList<Scenario> &), void (*service)(QList<Scenario> &))
{
    PhraseBook book;
    book.common = std::move(common);
    orders(book.scenarios);
    service(book.scenarios);
    for (int i = 0; i < book.scenarios.size(); ++i) {
        for (int category = 0; category < categoryCount; ++category) {
            if (book.scenarios.at(i).categories & categoryBit(category)) {
                book.byCategory[category].append(i);
            }
        }
    }
    for (int category = 0; category < categoryCount; ++category) {
        if (book.byCategory[category].isEmpty()) {
            qFatal("Demo phrase book has no scenario for category %d", category);
        }
    }
    return book;
}

} // namespace

const PhraseBook &PhraseBook::chinese()
{
    static const PhraseBook book =
        assemble(chineseCommonPhrases(), &appendChineseOrderScenarios, &appendChineseServiceScenarios);
    return book;
}

const PhraseBook &PhraseBook::english()
{
    static const PhraseBook book =
        assemble(englishCommonPhrases(), &appendEnglishOrderScenarios, &appendEnglishServiceScenarios);
    return book;
}

} // namespace qadesk::demo
