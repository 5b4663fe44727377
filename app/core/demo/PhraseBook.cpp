#include "demo/PhraseBook.h"

#include "demo/PhraseBookReader.h"

namespace qadesk::demo {

void PhraseBook::indexCategories()
{
    for (auto &list : byCategory) {
        list.clear();
    }
    for (int i = 0; i < scenarios.size(); ++i) {
        for (int category = 0; category < categoryCount; ++category) {
            if (scenarios.at(i).categories & categoryBit(category)) {
                byCategory[category].append(i);
            }
        }
    }
    for (int category = 0; category < categoryCount; ++category) {
        if (byCategory[category].isEmpty()) {
            qFatal("Demo phrase book has no scenario for category %d", category);
        }
    }
}

const PhraseBook &PhraseBook::chinese()
{
    static const PhraseBook book = PhraseBookReader::read(QStringLiteral(":/demo/phrases_zh.json"));
    return book;
}

const PhraseBook &PhraseBook::english()
{
    static const PhraseBook book = PhraseBookReader::read(QStringLiteral(":/demo/phrases_en.json"));
    return book;
}

} // namespace qadesk::demo
