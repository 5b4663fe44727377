#include "KpiTile.h"

#include "DashboardFormat.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace qadesk {

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

KpiTile::KpiTile(Kpi kpi, QWidget *parent)
    : QFrame(parent)
    , m_kpi(kpi)
{
    const KpiDefinition &definition = KpiCatalog::get(kpi);
    setObjectName(QStringLiteral("kpiTile_") + definition.key);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(138);
    // A row of tiles is as tall as its tallest: every tile of a row takes that height (issue 16: uneven tiles).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Click to list what stands behind this figure"));

    m_name = makeLabel(QStringLiteral("name"), this);
    m_name->setText(definition.name());
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_value = makeLabel(QStringLiteral("value"), this);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_change = makeLabel(QStringLiteral("change"), this);
    m_target = makeLabel(QStringLiteral("target"), this);
    m_sample = makeLabel(QStringLiteral("sample"), this);
    m_interval = makeLabel(QStringLiteral("interval"), this);
    m_comparison = makeLabel(QStringLiteral("comparison"), this);
    for (QLabel *small : {m_change, m_target, m_sample, m_interval, m_comparison}) {
        QFont f = small->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        small->setFont(f);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(1);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_target);
    layout->addWidget(m_sample);
    layout->addWidget(m_interval);
    layout->addWidget(m_comparison);
    layout->addStretch(1);
    // Words wrap rather than widen the tile or get cut ("Average handle time", a long target line): a tile's width
    // is the dashboard's to decide, whatever the figures say.
    for (QLabel *label : {m_name, m_change, m_target, m_sample, m_interval, m_comparison}) {
        label->setWordWrap(true);
    }
}

void KpiTile::setFigures(const KpiValues &current, const KpiValues &previous, const QString &previousPeriod,
                         std::optional<double> target, double amberMargin, const QString &comparisonLabel,
                         const std::optional<KpiValues> &comparison)
{
    const KpiDefinition &d = KpiCatalog::get(m_kpi);
    const std::optional<double> value = KpiCatalog::value(current, m_kpi);
    const std::optional<double> before = KpiCatalog::value(previous, m_kpi);
    const qint64 n = KpiCatalog::sampleSize(current, m_kpi);

    m_value->setText(DashboardFormat::value(d, value));
    const QString change = DashboardFormat::change(d, value, before);
    // A change against a small base (the previous period's n for this KPI, by the one small-sample rule) is noise
    // more than news: shown, but grey and marked, never as a green or red arrow (issue 16).
    const qint64 previousN = KpiCatalog::sampleSize(previous, m_kpi);
    m_smallBase = !change.isEmpty() && KpiCatalog::isSmallSample(previous, m_kpi);
    if (change.isEmpty()) {
        m_change->setText(value ? tr("no previous figure") : tr("no data in this period"));
        m_change->setStyleSheet(QStringLiteral("color: #707780;"));
    } else if (m_smallBase) {
        m_change->setText(tr("%1 vs before · small base (n = %2)").arg(change, DashboardFormat::count(previousN)));
        m_change->setStyleSheet(QStringLiteral("color: #707780; font-style: italic;"));
    } else {
        // A change that rounds to nothing at the shown precision is no change.
        const double shown = d.kpi == Kpi::Aht ? 1.0 : 0.1;
        const bool flat = std::abs(*value - *before) < shown / 2;
        const std::optional<bool> better = flat ? std::nullopt : isImprovement(d, value, before);
        const QString arrow = flat ? QStringLiteral("\u25b6") : (*value > *before ? QStringLiteral("\u25b2")
                                                                                  : QStringLiteral("\u25bc"));
        m_change->setText(tr("%1 %2 vs before").arg(arrow, change));
        m_change->setStyleSheet(QStringLiteral("color: %1;").arg(DashboardFormat::improvementColor(better).name()));
    }
    m_change->setToolTip(m_smallBase ? tr("Previous period %1: %2 from n = %3, fewer than %4: the change says little.")
                                           .arg(previousPeriod, DashboardFormat::value(d, before),
                                                DashboardFormat::count(previousN))
                                           .arg(kSmallSampleThreshold)
                                     : tr("Previous period %1: %2").arg(previousPeriod, DashboardFormat::value(d, before)));

    m_status = targetStatus(d, value, target, amberMargin);
    if (target) {
        const QString word = m_status == TargetStatus::Met ? tr("met")
                             : m_status == TargetStatus::Near ? tr("close")
                             : m_status == TargetStatus::Missed ? tr("missed") : QString();
        const QString bound = DashboardFormat::target(d, *target, true);
        m_target->setText(word.isEmpty() ? tr("target %1").arg(bound) : tr("target %1 · %2").arg(bound, word));
        m_target->setToolTip(tr("Target %1; amber within %2 of it").arg(DashboardFormat::target(d, *target))
                                 .arg(QLocale().toString(amberMargin, 'g', 4)));
    } else {
        m_target->setText(tr("no target"));
    }
    m_target->setStyleSheet(QStringLiteral("color: %1;").arg(DashboardFormat::statusColor(m_status).darker(115).name()));

    m_smallSample = KpiCatalog::isSmallSample(current, m_kpi);
    m_sample->setText(m_smallSample ? tr("n = %1 · small sample").arg(DashboardFormat::count(n))
                                    : tr("n = %1").arg(DashboardFormat::count(n)));
    m_sample->setStyleSheet(m_smallSample ? QStringLiteral("color: #b36b00; font-style: italic;") : QString());
    m_sample->setToolTip(m_smallSample ? tr("Fewer than %1 answers: treat this figure with caution.").arg(kSmallSampleThreshold)
                                       : QString());

    const auto interval = KpiCatalog::interval(current, m_kpi);
    m_interval->setText(interval ? DashboardFormat::interval(d, *interval) : QString());
    m_interval->setVisible(interval.has_value());
    m_interval->setToolTip(d.kpi == Kpi::Nps ? tr("Normal approximation for a difference of two proportions")
                                             : tr("Wilson score interval"));

    if (comparison) {
        m_comparison->setText(tr("%1: %2").arg(comparisonLabel, DashboardFormat::value(d, KpiCatalog::value(*comparison, m_kpi))));
    }
    m_comparison->setVisible(comparison.has_value());
    setAccessibleName(tr("%1: %2").arg(d.name(), m_value->text()));
    update();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::sampleText() const
{
    return m_sample->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked(m_kpi);
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The target status as a stripe down the left edge: readable at a glance across the row of tiles.
    QPainter painter(this);
    painter.fillRect(QRect(1, 1, 5, height() - 2), DashboardFormat::statusColor(m_status));
}

} // namespace qadesk
