#include "KpiJson.h"

#include <QJsonArray>

namespace qadesk {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject kpiToJson(const KpiValues &v)
{
    return QJsonObject{
        {QStringLiteral("start"), v.start.isValid() ? QJsonValue(v.start.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("interactions"), v.interactions},
        {QStringLiteral("csat"), number(v.csat)},
        {QStringLiteral("csat_n"), v.csatN},
        {QStringLiteral("nps"), number(v.nps)},
        {QStringLiteral("nps_n"), v.npsN},
        {QStringLiteral("ces"), number(v.ces)},
        {QStringLiteral("ces_n"), v.cesN},
        {QStringLiteral("fcr"), number(v.fcr)},
        {QStringLiteral("fcr_n"), v.fcrN},
        {QStringLiteral("aht_s"), number(v.ahtS)},
        {QStringLiteral("first_response_s"), number(v.firstResponseS)},
        {QStringLiteral("complaint_rate"), number(v.complaintRate)},
        {QStringLiteral("qa_score"), number(v.qaScore)},
        {QStringLiteral("qa_pass_rate"), number(v.qaPassRate)},
        {QStringLiteral("evaluations"), v.evaluations},
    };
}

QJsonObject kpiResultToJson(const QList<KpiValues> &buckets)
{
    QJsonArray array;
    for (const KpiValues &v : buckets) {
        array.append(kpiToJson(v));
    }
    return QJsonObject{{QStringLiteral("buckets"), array}};
}

} // namespace qadesk
