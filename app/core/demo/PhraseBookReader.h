#pragma once

#include "demo/PhraseBook.h"

#include <QByteArray>
#include <QString>

namespace qadesk::demo {

// Reads the demo phrase tables of one language from their JSON resource (resources/demo/phrases_*.json):
// {"common": {"channels": {"phone": {...}, …}, <list>: [...], <by identity>: {"phone": [...], …},
//             <exchanges>: [[first, second], …]},
//  "scenarios": [{"key", "categories": [...], "identity", "aboutOrder", <lists>, <exchanges>}, …]}.
// The field names are the members of CommonPhrases, ChannelPhrases and Scenario. The tables are compiled in,
// so a malformed file or an unknown name is a programming error: it aborts, naming it.
class PhraseBookReader final
{
public:
    static PhraseBook read(const QString &resourcePath);
    static PhraseBook fromJson(const QByteArray &json, const QString &name);
};

} // namespace qadesk::demo
