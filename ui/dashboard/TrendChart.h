#pragma once

#include "kpi/KpiFilter.h"

#include <QChart>
#include <QDate>
#include <QList>

#include <optional>

class QCategoryAxis;
class QValueAxis;

namespace qadesk {

// KPI lines over the period's buckets, on up to two value axes, with dashed target lines. Buckets without a
// value are skipped, not drawn as zero; points of a small sample or of a bucket the period only partly covers are
// drawn hollow. The bucket labels are short and thinned out to fit the plot's width. Knows which bucket a point of
// the plot falls in and describes it.
class TrendChart final : public QChart
{
    Q_OBJECT

public:
    enum class Side { Left, Right };

    explicit TrendChart(QGraphicsItem *parent = nullptr);

    // Starts over with these buckets (their local start dates); a bucket reaching outside first…last (when given)
    // is partial.
    void reset(const QList<QDate> &bucketStarts, KpiBucket bucket, QDate first = {}, QDate last = {});
    void setAxis(Side side, const QString &title, double min, double max, const QString &labelFormat);
    void addLine(const QString &name, const QColor &color, const QList<std::optional<double>> &values,
                 const QList<qint64> &counts, Side side, const QString &valueSuffix, bool thin = false);
    void addTarget(const QString &name, const QColor &color, double value, Side side);

    // The bucket at the x value of the plot (buckets sit at x = 0, 1, 2, …), or -1.
    int bucketAt(double x) const;
    // "Week of 2024-03-04" and every line's value and n in that bucket.
    QString describe(int bucket) const;
    // Buckets as rows and lines as columns, tab-separated.
    QString toTsv() const;
    QDate bucketStart(int bucket) const { return m_starts.value(bucket); }
    int lineCount() const { return int(m_lines.size()); }
    // Buckets of a line drawn hollow: a small sample (KpiCatalog's rule) or a partial bucket.
    QList<int> cautionBuckets(int line) const;
    bool isPartial(int bucket) const { return m_partial.value(bucket); }
    // The bucket labels the x axis shows now, after thinning out.
    QStringList axisLabels() const;
    // The short label of a bucket as the x axis writes it: "3/5" for days and weeks, "Mar" or "2026-03" for months.
    static QString shortLabel(QDate start, KpiBucket bucket, bool withYear);

private:
    void relabel();

    struct Line
    {
        QString name;
        QList<std::optional<double>> values;
        QList<qint64> counts;
        QString suffix;
        QList<int> caution;
        Side side = Side::Left;
    };
    QList<QDate> m_starts;
    QList<bool> m_partial;
    int m_labelStep = 0;
    bool m_relabelling = false;
    KpiBucket m_bucket = KpiBucket::Week;
    QList<Line> m_lines;
    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_left = nullptr;
    QValueAxis *m_right = nullptr;
};

} // namespace qadesk
