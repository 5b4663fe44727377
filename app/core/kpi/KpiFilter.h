#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace qadesk {

enum class KpiBucket { Day, Week, Month, None };

// Which interactions a KPI query covers (DESIGN §3): an inclusive date range in a time zone, and optional
// team (name), agent (code), channel and category; plus how to bucket them.
struct KpiFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString team;
    QString agent;
    QString channel;
    QString category;
    KpiBucket bucket = KpiBucket::Week;
    QTimeZone zone = QTimeZone::systemTimeZone();

    bool operator==(const KpiFilter &) const = default;
};

std::optional<KpiBucket> kpiBucketFromString(const QString &name);
QString kpiBucketName(KpiBucket bucket);

} // namespace qadesk
