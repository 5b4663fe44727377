#include "AgentMonthlyReportRenderer.h"

#include "kpi/ZoneRules.h"
#include "PdfFile.h"
#include "ReportCanvas.h"
#include "ReportCharts.h"
#include "ReportLabels.h"
#include "ReportStyle.h"
#include "ReportTable.h"
#include "domain/DomainLabels.h"
#include "kpi/KpiCatalog.h"
#include "scoring/ScoreCalculator.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace qadesk {

using namespace reportstyle;

namespace {

constexpr double FooterMm = 7;
constexpr double SectionGapMm = 4;
const QColor CsatColor{0x2e, 0x8b, 0x57};

QString signedDelta(double delta)
{
    const QString number = QString::number(std::abs(delta), 'f', 2);
    return delta < -0.005 ? QStringLiteral("−") + number : QStringLiteral("+") + number;
}

std::optional<double> averageOf(const QList<DimensionAverage> &averages, const QString &key)
{
    for (const DimensionAverage &a : averages) {
        if (a.key == key && a.n > 0) {
            return a.mean;
        }
    }
    return std::nullopt;
}

} // namespace

int AgentMonthlyReportRenderer::writePdf(const AgentMonthlyReport &report, const QString &path) const
{
    PdfFile pdf(path, tr("Agent monthly report: %1, %2")
                          .arg(report.agent.displayName(), report.month.toString(QStringLiteral("yyyy-MM"))));
    const int pages = render(report, pdf.writer());
    pdf.commit();
    return pages;
}

int AgentMonthlyReportRenderer::render(const AgentMonthlyReport &report, QPagedPaintDevice &device) const
{
    return ReportCanvas::paintMeasured(device, [&](ReportCanvas &canvas, int pages) { paint(canvas, report, pages); });
}

void AgentMonthlyReportRenderer::paint(ReportCanvas &canvas, const AgentMonthlyReport &report, int pages) const
{
    canvas.setFooterReserve(canvas.mm(FooterMm));
    const QString subject =
        tr("Monthly report %1, %2").arg(report.agent.displayName(), report.month.toString(QStringLiteral("yyyy-MM")));
    auto onStart = [subject](ReportCanvas &c) {
        if (c.sectionPage() > 1) {
            const QFont font = c.font(SmallPt);
            const double h = c.textHeight(kLineProbe, font, c.width());
            c.text(QRectF(0, 0, c.width(), h), tr("%1 (continued)").arg(subject), font, Muted);
            c.line(QPointF(0, h + c.gap(1)), QPointF(c.width(), h + c.gap(1)), Rule, 0.2);
            c.advance(h + c.gap(3));
        }
    };
    auto onEnd = [this, pages, subject](ReportCanvas &c) {
        const QFont font = c.font(SmallPt - 0.4);
        const double top = c.pageHeight() - c.mm(FooterMm) + c.mm(2.5);
        c.line(QPointF(0, top), QPointF(c.width(), top), Rule, 0.15);
        const QRectF box(0, top + c.mm(1), c.width(), c.mm(FooterMm - 3.5));
        const QDateTime printed = m_options.printedAt.toTimeZone(m_options.zone);
        c.text(box, tr("QA Desk · printed %1").arg(printed.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), font, Muted,
               Qt::AlignLeft | Qt::AlignVCenter);
        c.text(box, tr("%1 · page %2 of %3").arg(subject).arg(c.sectionPage()).arg(std::max(pages, c.sectionPage())),
               font, Muted, Qt::AlignRight | Qt::AlignVCenter);
    };
    canvas.beginSection(onStart, onEnd);
    paintTitle(canvas, report);
    paintTiles(canvas, report);
    paintKpiTable(canvas, report);
    paintCharts(canvas, report);
    // Page 1 is the month in figures, page 2 on what to coach: dimensions and the evaluations behind them.
    canvas.newPage();
    paintDimensions(canvas, report);
    paintEvaluations(canvas, report);
    canvas.endSection();
}

void AgentMonthlyReportRenderer::paintTitle(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    const QFont titleFont = c.font(TitlePt, true);
    const double titleHeight = c.textHeight(kLineProbe, titleFont, c.width());
    const QRectF titleBox(0, c.y(), c.width(), titleHeight);
    c.text(titleBox, tr("Agent monthly report"), titleFont, Accent, Qt::AlignLeft | Qt::AlignBottom);
    c.text(titleBox, report.month.toString(QStringLiteral("yyyy-MM")), titleFont, Text, Qt::AlignRight | Qt::AlignBottom);
    c.advance(titleHeight + c.gap(0.8));
    const QFont body = c.font(HeadingPt, true);
    const double bodyHeight = c.textHeight(kLineProbe, body, c.width());
    c.text(QRectF(0, c.y(), c.width(), bodyHeight), report.agent.displayName(), body, Text);
    const QString team = report.agent.teamName.isEmpty() ? tr("no team") : tr("Team %1").arg(report.agent.teamName);
    const QString period = tr("%1 to %2, %3")
                               .arg(report.month.toString(Qt::ISODate), report.lastDay().toString(Qt::ISODate),
                                    zoneLabel(report.zone));
    c.text(QRectF(0, c.y(), c.width(), bodyHeight), team + QStringLiteral(" · ") + period, c.font(SmallPt), Muted,
           Qt::AlignRight | Qt::AlignVCenter);
    c.advance(bodyHeight + c.gap(1.2));
    c.line(QPointF(0, c.y()), QPointF(c.width(), c.y()), Accent, 0.6);
    c.advance(c.gap(3.5));
}

void AgentMonthlyReportRenderer::paintTiles(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    struct Tile
    {
        QString label;
        QString value;
        QString detail;
        QColor color;
    };
    QList<Tile> tiles;
    for (const Kpi kpi : {Kpi::Csat, Kpi::Fcr, Kpi::QaScore, Kpi::QaPassRate}) {
        const KpiDefinition &m = KpiCatalog::get(kpi);
        const std::optional<double> value = KpiCatalog::value(report.agentKpi, kpi);
        const std::optional<double> target = report.targets.target(m.key);
        // A headline never rests on a small sample without saying so: the figure is grey, not red or green, and
        // its n says "small sample" (issue 16: a red "CSAT 0.0" from one answer).
        const bool small = value && KpiCatalog::isSmallSample(report.agentKpi, kpi);
        QColor color = Text;
        if (small) {
            color = Muted;
        } else if (value && target) {
            color = m.meets(*value, *target) ? Good : Bad;
        }
        QStringList comparison;
        if (report.teamKpi) {
            comparison << tr("team %1").arg(m.plainNumber(KpiCatalog::value(*report.teamKpi, kpi)));
        }
        if (target) {
            comparison << tr("target %1").arg(m.plainNumber(target));
        }
        const QString detail = comparison.join(QStringLiteral(" · ")) + QLatin1Char('\n') +
                               (small ? tr("n = %1, small sample").arg(KpiCatalog::sampleSize(report.agentKpi, kpi))
                                      : tr("n = %1").arg(KpiCatalog::sampleSize(report.agentKpi, kpi)));
        tiles << Tile{m.label(), m.plainNumber(value), detail, color};
    }
    const double gap = c.gap(3);
    const double width = (c.width() - gap * (tiles.size() - 1)) / tiles.size();
    const QFont label = c.font(SmallPt);
    const QFont big = c.font(18, true);
    const double pad = c.gap(2);
    const double inner = width - 2 * pad - c.gap(1);
    const double labelHeight = c.textHeight(kLineProbe, label, inner);
    const double bigHeight = c.textHeight(kLineProbe, big, inner);
    double detailHeight = 0;
    for (const Tile &tile : tiles) {
        detailHeight = std::max(detailHeight, c.textHeight(tile.detail, label, inner));
    }
    const double height = pad * 2 + labelHeight + bigHeight + c.gap(1) + detailHeight;
    c.ensureSpace(height);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const QRectF box(i * (width + gap), c.y(), width, height);
        c.fill(box, AccentLight);
        c.fill(QRectF(box.left(), box.top(), c.gap(1), box.height()), tiles.at(i).color == Text ? Accent : tiles.at(i).color);
        const QRectF content = box.adjusted(pad + c.gap(1), pad, -pad, -pad);
        c.text(QRectF(content.left(), content.top(), content.width(), labelHeight), tiles.at(i).label, label, Muted);
        c.text(QRectF(content.left(), content.top() + labelHeight, content.width(), bigHeight), tiles.at(i).value, big,
               tiles.at(i).color);
        c.text(QRectF(content.left(), content.top() + labelHeight + bigHeight + c.gap(1), content.width(), detailHeight),
               tiles.at(i).detail, label, Muted);
    }
    c.advance(height + c.gap(SectionGapMm));
}

void AgentMonthlyReportRenderer::paintNote(ReportCanvas &c, const QString &text, const QColor &color) const
{
    const QFont font = c.font(SmallPt);
    const double height = c.textHeight(text, font, c.width());
    c.ensureSpace(height);
    c.text(QRectF(0, c.y(), c.width(), height), text, font, color);
    c.advance(height);
}

void AgentMonthlyReportRenderer::paintKpiTable(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    ReportTable table({{tr("KPI"), 24},
                       {tr("Agent"), 11, Qt::AlignRight},
                       {tr("n"), 8, Qt::AlignRight},
                       {tr("95% interval"), 15, Qt::AlignHCenter},
                       {tr("Team"), 11, Qt::AlignRight},
                       {tr("Target"), 11, Qt::AlignRight},
                       {tr("Against target"), 20, Qt::AlignHCenter}});
    table.addRow({TableCell(tr("Interactions")), TableCell(QString::number(report.agentKpi.interactions)), TableCell(),
                  TableCell(), TableCell(report.teamKpi ? QString::number(report.teamKpi->interactions) : QString()),
                  TableCell(), TableCell()});
    bool smallSample = false;
    for (const KpiDefinition &m : KpiCatalog::all()) {
        const std::optional<double> value = KpiCatalog::value(report.agentKpi, m.kpi);
        const std::optional<double> target = report.targets.target(m.key);
        TableCell nCell(QString::number(KpiCatalog::sampleSize(report.agentKpi, m.kpi)));
        if (value && KpiCatalog::isSmallSample(report.agentKpi, m.kpi)) {
            nCell.text += QLatin1Char('*');
            nCell.color = Warning;
            smallSample = true;
        }
        TableCell interval;
        if (m.proportion && value) {
            if (const auto ci = KpiCatalog::interval(report.agentKpi, m.kpi)) {
                interval.text = QStringLiteral("%1–%2").arg(ci->low, 0, 'f', 1).arg(ci->high, 0, 'f', 1);
                interval.color = Muted;
            }
        }
        TableCell status;
        if (value && target) {
            const bool meets = m.meets(*value, *target);
            status.text = meets ? tr("✓ on target") : tr("✗ off target");
            status.color = meets ? Good : Bad;
            status.bold = !meets;
        } else {
            status.text = ReportLabels::missing();
            status.color = Muted;
        }
        TableCell name(m.label());
        TableCell agentValue(m.plainNumber(value));
        agentValue.bold = true;
        table.addRow({name, agentValue, nCell, interval,
                      TableCell(report.teamKpi ? m.plainNumber(KpiCatalog::value(*report.teamKpi, m.kpi))
                                               : ReportLabels::missing()),
                      TableCell(target ? m.plainNumber(target) : ReportLabels::missing()), status});
    }
    c.heading(tr("Service KPIs against team and targets"), table.leadingHeight(c));
    table.paint(c);
    c.advance(c.gap(1));
    if (smallSample) {
        paintNote(c, tr("* fewer than %1 responses: a small sample, read with care.").arg(kSmallSampleThreshold),
                  Warning);
    }
    paintNote(c,
              tr("Rates are percentages of the interactions that have the figure; the 95% interval is Wilson's. Lower "
                 "is better for handle time, first response and complaints."),
              Muted);
    c.advance(c.gap(SectionGapMm));
}

void AgentMonthlyReportRenderer::paintCharts(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    const double height = c.gap(86);
    c.heading(tr("Trend and dimensions"), height);
    const double gap = c.gap(6);
    const double trendWidth = (c.width() - gap) * 0.56;
    const QRectF trendBox(0, c.y(), trendWidth, height);
    const QRectF radarBox(trendWidth + gap, c.y(), c.width() - trendWidth - gap, height);

    ReportTrendChart trend;
    trend.title = tr("QA score and CSAT % by month");
    // A month not over when the report is printed is as partial as a small sample is thin: hollow too.
    const bool monthInProgress = m_options.printedAt.isValid() &&
                                 m_options.printedAt.toTimeZone(report.zone).date() < report.lastDay();
    trend.hollowNote = monthInProgress ? tr("n < %1, small sample, or month in progress").arg(kSmallSampleThreshold)
                                       : tr("n < %1, small sample").arg(kSmallSampleThreshold);
    ChartSeries agentQa{tr("QA score"), Accent, Qt::SolidLine, {}, true, false, {}};
    ChartSeries teamQa{tr("QA score, team"), Accent.lighter(170), Qt::DashLine, {}, false, false, {}};
    ChartSeries agentCsat{tr("CSAT %"), CsatColor, Qt::SolidLine, {}, true, false, {}};
    ChartSeries teamCsat{tr("CSAT %, team"), CsatColor.lighter(160), Qt::DashLine, {}, false, false, {}};
    for (qsizetype i = 0; i < report.agentTrend.size(); ++i) {
        const KpiValues &a = report.agentTrend.at(i);
        trend.categories << a.start.toString(QStringLiteral("yyyy-MM"));
        agentQa.values << a.qaScore;
        agentQa.hollow << KpiCatalog::isSmallSample(a, Kpi::QaScore);
        agentCsat.values << a.csat;
        agentCsat.hollow << KpiCatalog::isSmallSample(a, Kpi::Csat);
        const KpiValues team = report.teamTrend.value(i);
        teamQa.values << (i < report.teamTrend.size() ? team.qaScore : std::nullopt);
        teamQa.hollow << KpiCatalog::isSmallSample(team, Kpi::QaScore);
        teamCsat.values << (i < report.teamTrend.size() ? team.csat : std::nullopt);
        teamCsat.hollow << KpiCatalog::isSmallSample(team, Kpi::Csat);
    }
    if (monthInProgress) {
        for (ChartSeries *series : {&agentQa, &agentCsat, &teamQa, &teamCsat}) {
            if (!series->hollow.isEmpty()) {
                series->hollow.last() = true;
            }
        }
    }
    trend.series = {agentQa, agentCsat};
    if (report.teamKpi) {
        trend.series << teamQa << teamCsat;
    }
    trend.paint(c, trendBox);

    ReportRadarChart radar;
    radar.title = tr("Mean level by dimension (1–5)");
    ChartSeries agent{tr("Agent"), Accent, Qt::SolidLine, {}, false, true, {}};
    ChartSeries team{tr("Team"), Team, Qt::DashLine, {}, false, false, {}};
    for (const RubricDimension &dimension : report.rubric.dimensions) {
        radar.categories << dimension.name(m_options.chinese);
        agent.values << averageOf(report.agentDimensions, dimension.key);
        team.values << averageOf(report.teamDimensions, dimension.key);
    }
    radar.series = {agent};
    if (report.teamKpi) {
        radar.series << team;
    }
    radar.minimum = 0;
    radar.paint(c, radarBox);
    c.advance(height + c.gap(SectionGapMm));
}

QString AgentMonthlyReportRenderer::dimensionName(const AgentMonthlyReport &report, const QString &key) const
{
    const int index = report.rubric.dimensionIndex(key);
    return index >= 0 ? report.rubric.dimensions.at(index).name(m_options.chinese) : key;
}

QString AgentMonthlyReportRenderer::gradeName(const AgentMonthlyReport &report, const QString &key) const
{
    for (const GradeBand &band : report.rubric.gradeBands) {
        if (band.key == key) {
            return band.name(m_options.chinese);
        }
    }
    return key.isEmpty() ? ReportLabels::missing() : key;
}

void AgentMonthlyReportRenderer::paintDimensions(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    const QList<DimensionInsight> strengths = report.strengths();
    const QList<DimensionInsight> weaknesses = report.weaknesses();
    auto contains = [](const QList<DimensionInsight> &list, const QString &key) {
        return std::any_of(list.cbegin(), list.cend(), [&](const DimensionInsight &d) { return d.key == key; });
    };
    ReportTable table({{tr("Dimension"), 26},
                       {tr("Weight"), 9, Qt::AlignHCenter},
                       {tr("Agent mean"), 13, Qt::AlignHCenter},
                       {tr("Team mean"), 13, Qt::AlignHCenter},
                       {tr("Against team"), 13, Qt::AlignHCenter},
                       {tr("Scored"), 9, Qt::AlignHCenter},
                       {tr("Assessment"), 17, Qt::AlignHCenter}});
    for (const RubricDimension &dimension : report.rubric.dimensions) {
        const std::optional<double> agent = averageOf(report.agentDimensions, dimension.key);
        const std::optional<double> team = averageOf(report.teamDimensions, dimension.key);
        qint64 n = 0;
        for (const DimensionAverage &a : report.agentDimensions) {
            if (a.key == dimension.key) {
                n = a.n;
            }
        }
        TableCell name(dimension.name(m_options.chinese));
        name.bold = true;
        TableCell agentCell(agent ? QString::number(*agent, 'f', 2) : ReportLabels::missing());
        agentCell.bold = true;
        TableCell delta(agent && team ? signedDelta(*agent - *team) : ReportLabels::missing());
        if (agent && team) {
            delta.color = *agent - *team >= 0.3 ? Good : (*agent - *team <= -0.3 ? Bad : Muted);
        }
        TableCell assessment;
        if (contains(strengths, dimension.key)) {
            assessment = TableCell(tr("Strength"));
            assessment.color = Good;
            assessment.bold = true;
        } else if (contains(weaknesses, dimension.key)) {
            assessment = TableCell(tr("Needs work"));
            assessment.color = Bad;
            assessment.bold = true;
            assessment.background = BadFill;
        }
        table.addRow({name, TableCell(QString::number(dimension.weight, 'g', 6)), agentCell,
                      TableCell(team ? QString::number(*team, 'f', 2) : ReportLabels::missing()), delta,
                      TableCell(QString::number(n)), assessment});
    }
    c.heading(tr("Strengths and weaknesses by dimension"), table.height(c));
    table.paint(c);
    c.advance(c.gap(2));

    const bool zh = m_options.chinese;
    auto describe = [&](const DimensionInsight &d) {
        QString text = QStringLiteral("%1: %2").arg(dimensionName(report, d.key), QString::number(d.agentMean, 'f', 2));
        if (d.teamMean) {
            text += QLatin1Char(' ') + tr("(team %1, %2)").arg(QString::number(*d.teamMean, 'f', 2),
                                                               signedDelta(d.agentMean - *d.teamMean));
        }
        return text;
    };
    QStringList lines;
    if (strengths.isEmpty()) {
        lines << tr("Strengths: none stands out this month.");
    }
    for (const DimensionInsight &d : strengths) {
        lines << tr("Strength — %1.").arg(describe(d));
    }
    if (weaknesses.isEmpty()) {
        lines << tr("Needs work: no dimension falls short this month.");
    }
    for (const DimensionInsight &d : weaknesses) {
        QString line = tr("Needs work — %1.").arg(describe(d));
        // Coaching aim: what the rubric asks for at the next level up.
        const int index = report.rubric.dimensionIndex(d.key);
        const int nextLevel = std::min(5, int(std::floor(d.agentMean)) + 1);
        if (index >= 0) {
            if (const RubricLevel *level = report.rubric.dimensions.at(index).level(nextLevel)) {
                line += QLatin1Char(' ') + tr("Level %1 (%2) asks: %3").arg(nextLevel).arg(level->name(zh),
                                                                            level->description(zh));
            }
        }
        lines << line;
    }
    for (const QString &line : lines) {
        paintNote(c, line, Text);
        c.advance(c.gap(0.8));
    }
    c.advance(c.gap(SectionGapMm));
}

void AgentMonthlyReportRenderer::paintEvaluations(ReportCanvas &c, const AgentMonthlyReport &report) const
{
    // Shares are millimetres of the 180 mm text width. A dimension name that would have to break inside a word
    // ("satisfaction" in 14 mm) is replaced by its number, with a key under the table.
    constexpr double DimensionShare = 12.5;
    const QFont headerFont = c.font(SmallPt + 0.3 - 0.6, true);
    const double inner = c.width() * DimensionShare / 180 - c.gap(3);
    bool numbered = false;
    for (const RubricDimension &dimension : report.rubric.dimensions) {
        for (const QString &word : dimension.name(m_options.chinese).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // Chinese breaks between any two characters; only a Latin word cut in two reads badly.
            const bool latin = word.front().unicode() < 0x2E80;
            numbered = numbered || (latin && c.textWidth(word, headerFont) > inner);
        }
    }
    QList<TableColumn> columns{{tr("Date"), 19}, {tr("Interaction"), 26}, {tr("Inspector"), 17}};
    QStringList key;
    for (qsizetype i = 0; i < report.rubric.dimensions.size(); ++i) {
        const QString name = report.rubric.dimensions.at(i).name(m_options.chinese);
        columns << TableColumn{numbered ? QString::number(i + 1) : name, DimensionShare, Qt::AlignHCenter};
        key << QStringLiteral("%1 %2").arg(i + 1).arg(name);
    }
    columns << TableColumn{tr("Score"), 12, Qt::AlignRight} << TableColumn{tr("Grade"), 31};
    ReportTable table(columns, SmallPt + 0.3);
    for (const EvaluationRecord &r : report.evaluations) {
        QList<TableCell> row{TableCell(r.localStart().toTimeZone(report.zone).toString(QStringLiteral("yyyy-MM-dd"))),
                             TableCell(r.externalId), TableCell(r.inspector)};
        const QList<DimensionEvaluation> scores = report.evaluationScores.value(r.evaluationId);
        for (const RubricDimension &dimension : report.rubric.dimensions) {
            TableCell cell(ReportLabels::missing());
            for (const DimensionEvaluation &d : scores) {
                if (d.key == dimension.key) {
                    cell.text = d.notApplicable ? tr("N/A") : (d.score ? QString::number(*d.score) : cell.text);
                    if (d.score && *d.score <= 2) {
                        cell.color = Bad;
                        cell.bold = true;
                    }
                }
            }
            row << cell;
        }
        TableCell score(r.score ? ScoreCalculator::formatScore(*r.score) : ReportLabels::missing());
        score.bold = true;
        TableCell grade(gradeName(report, r.gradeKey));
        if (r.criticalFailed) {
            grade.text = tr("%1 (veto)").arg(grade.text);
            grade.color = Bad;
            score.color = Bad;
        }
        if (r.status != QLatin1String("submitted")) {
            grade.detail = DomainLabels::status(r.status);
        }
        row << score << grade;
        table.addRow(row);
    }
    c.heading(tr("Evaluations this month (%1)").arg(report.evaluations.size()), table.leadingHeight(c));
    if (report.evaluations.isEmpty()) {
        paintNote(c, tr("No submitted evaluations this month."), Muted);
        return;
    }
    table.paint(c);
    if (numbered) {
        c.advance(c.gap(1));
        paintNote(c, key.join(QStringLiteral(" · ")), Muted);
    }
}

} // namespace qadesk
