#pragma once

#include "storage/StaffDirectory.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace qadesk {

// What the rectification and coaching dialogs choose from, loaded once per reload on the page's worker: the agents,
// the rubric's dimensions (key, name in the interface language) and the organisation's today.
struct ImprovementContext
{
    QList<AgentEntry> agents;
    QList<std::pair<QString, QString>> dimensions;
    QDate today;

    QHash<QString, QString> dimensionNames() const
    {
        QHash<QString, QString> names;
        for (const auto &[key, name] : dimensions) {
            names.insert(key, name);
        }
        return names;
    }
};

} // namespace qadesk
