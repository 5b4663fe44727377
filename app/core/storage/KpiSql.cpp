#include "KpiSql.h"

namespace qadesk::kpisql {

QString componentsFromInteractions(bool histogram)
{
    const QString bins = QStringLiteral(
        ", COALESCE(SUM(e.qb0), 0), COALESCE(SUM(e.qb1), 0), COALESCE(SUM(e.qb2), 0), COALESCE(SUM(e.qb3), 0), "
        "COALESCE(SUM(e.qb4), 0), COALESCE(SUM(e.qb5), 0), COALESCE(SUM(e.qb6), 0), COALESCE(SUM(e.qb7), 0), "
        "COALESCE(SUM(e.qb8), 0), COALESCE(SUM(e.qb9), 0)");
    return QStringLiteral(
        "COUNT(*), "
        "COUNT(i.csat), SUM(CASE WHEN i.csat >= 4 THEN 1 ELSE 0 END), "
        "COUNT(i.nps), SUM(CASE WHEN i.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN i.nps <= 6 THEN 1 ELSE 0 END), "
        "COUNT(i.ces), SUM(CASE WHEN i.ces >= 5 THEN 1 ELSE 0 END), "
        "COUNT(i.fcr), SUM(CASE WHEN i.fcr = 1 THEN 1 ELSE 0 END), "
        "COUNT(i.handle_s), COALESCE(SUM(i.handle_s), 0), "
        "COUNT(i.first_response_s), COALESCE(SUM(i.first_response_s), 0), "
        "SUM(CASE WHEN i.complaint = 1 THEN 1 ELSE 0 END), "
        "COALESCE(SUM(e.eval_n), 0), COALESCE(SUM(e.qa_n), 0), COALESCE(SUM(e.qa_sum), 0), COALESCE(SUM(e.qa_pass), 0)") +
           (histogram ? bins : QString());
}

QString componentColumns(bool histogram)
{
    return QStringLiteral("interactions, csat_n, csat_pos, nps_n, nps_pro, nps_det, ces_n, ces_pos, fcr_n, fcr_yes, "
                          "handle_n, handle_sum, fr_n, fr_sum, complaints, eval_n, qa_n, qa_sum, qa_pass") +
           (histogram ? QStringLiteral(", qb0, qb1, qb2, qb3, qb4, qb5, qb6, qb7, qb8, qb9") : QString());
}

QString componentsFromRollup(bool histogram)
{
    return QStringLiteral(
               "SUM(r.interactions), SUM(r.csat_n), SUM(r.csat_pos), SUM(r.nps_n), SUM(r.nps_pro), SUM(r.nps_det), "
               "SUM(r.ces_n), SUM(r.ces_pos), SUM(r.fcr_n), SUM(r.fcr_yes), SUM(r.handle_n), SUM(r.handle_sum), "
               "SUM(r.fr_n), SUM(r.fr_sum), SUM(r.complaints), SUM(r.eval_n), SUM(r.qa_n), SUM(r.qa_sum), SUM(r.qa_pass)") +
           (histogram ? QStringLiteral(", SUM(r.qb0), SUM(r.qb1), SUM(r.qb2), SUM(r.qb3), SUM(r.qb4), SUM(r.qb5), "
                                       "SUM(r.qb6), SUM(r.qb7), SUM(r.qb8), SUM(r.qb9)")
                      : QString());
}

QString evaluationAggregate(const QString &extraWhere)
{
    // qbK counts scores in [10K, 10K + 10); the last bin also holds 100.
    QString bins;
    for (int k = 0; k < 10; ++k) {
        const QString upper = k == 9 ? QString() : QStringLiteral(" AND score < %1").arg((k + 1) * 10);
        bins += QStringLiteral(", SUM(CASE WHEN score >= %1%2 THEN 1 ELSE 0 END) AS qb%3").arg(k * 10).arg(upper).arg(k);
    }
    return QStringLiteral("SELECT interaction_id, COUNT(*) AS eval_n, COUNT(score) AS qa_n, SUM(score) AS qa_sum, "
                          "SUM(CASE WHEN score >= 60 THEN 1 ELSE 0 END) AS qa_pass%2 "
                          "FROM evaluations WHERE status <> 'draft' %1 GROUP BY interaction_id")
        .arg(extraWhere, bins);
}

QString scoredDimensionsJoin()
{
    return QStringLiteral("JOIN evaluations e ON e.interaction_id = i.id "
                          "JOIN evaluation_scores s ON s.evaluation_id = e.id");
}

QString scoredDimensionsCondition()
{
    return QStringLiteral("e.status <> 'draft' AND s.not_applicable = 0 AND s.score IS NOT NULL");
}

QString kpiFormulas()
{
    return QStringLiteral(
        "CASE WHEN t.csat_n > 0 THEN 100.0 * t.csat_pos / t.csat_n END, "
        "CASE WHEN t.nps_n > 0 THEN 100.0 * (t.nps_pro - t.nps_det) / t.nps_n END, "
        "CASE WHEN t.ces_n > 0 THEN 100.0 * t.ces_pos / t.ces_n END, "
        "CASE WHEN t.fcr_n > 0 THEN 100.0 * t.fcr_yes / t.fcr_n END, "
        "CASE WHEN t.handle_n > 0 THEN 1.0 * t.handle_sum / t.handle_n END, "
        "CASE WHEN t.fr_n > 0 THEN 1.0 * t.fr_sum / t.fr_n END, "
        "CASE WHEN t.interactions > 0 THEN 100.0 * t.complaints / t.interactions END, "
        "CASE WHEN t.qa_n > 0 THEN 1.0 * t.qa_sum / t.qa_n END, "
        "CASE WHEN t.qa_n > 0 THEN 100.0 * t.qa_pass / t.qa_n END");
}

} // namespace qadesk::kpisql
