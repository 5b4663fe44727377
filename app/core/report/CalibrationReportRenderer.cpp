#include "CalibrationReportRenderer.h"

#include "calibration/CalibrationText.h"
#include "PdfFile.h"
#include "ReportCanvas.h"
#include "ReportStyle.h"
#include "ReportTable.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace qadesk {

using namespace reportstyle;

namespace {

constexpr double FooterMm = 7;
constexpr double SectionGapMm = 4;

QColor readingColor(AlphaReading reading)
{
    switch (reading) {
    case AlphaReading::Reliable:
        return Good;
    case AlphaReading::Tentative:
        return Warning;
    case AlphaReading::NotReliable:
        return Bad;
    case AlphaReading::Undefined:
        break;
    }
    return Muted;
}

// A cell shade for a deviation from the consensus: blue above (lenient), red below (severe), stronger with size
// (full at 20 points).
QColor deviationFill(const std::optional<double> &deviation)
{
    if (!deviation) {
        return {};
    }
    const double strength = std::min(std::abs(*deviation) / 20.0, 1.0);
    const QColor base = *deviation >= 0 ? QColor(0x3b, 0x7d, 0xd8) : QColor(0xd8, 0x4a, 0x3b);
    const auto mix = [strength](int from, int to) { return int(std::lround(from + (to - from) * strength * 0.55)); };
    return QColor(mix(255, base.red()), mix(255, base.green()), mix(255, base.blue()));
}

} // namespace

int CalibrationReportRenderer::writePdf(const CalibrationReport &report, const QString &path) const
{
    PdfFile pdf(path, tr("Calibration results: %1").arg(report.session.name));
    const int pages = render(report, pdf.writer());
    pdf.commit();
    return pages;
}

int CalibrationReportRenderer::render(const CalibrationReport &report, QPagedPaintDevice &device) const
{
    return ReportCanvas::paintMeasured(device, [&](ReportCanvas &canvas, int pages) { paint(canvas, report, pages); });
}

void CalibrationReportRenderer::paintNote(ReportCanvas &c, const QString &text) const
{
    const QFont font = c.font(SmallPt);
    const double height = c.textHeight(text, font, c.width());
    c.ensureSpace(height);
    c.text(QRectF(0, c.y(), c.width(), height), text, font, Muted);
    c.advance(height + c.gap(SectionGapMm));
}

void CalibrationReportRenderer::paint(ReportCanvas &c, const CalibrationReport &report, int pages) const
{
    const CalibrationSession &s = report.session;
    const CalibrationResults &r = report.results;
    const bool zh = m_options.chinese;
    c.setFooterReserve(c.mm(FooterMm));
    const QString subject = tr("Calibration %1").arg(s.name);
    auto onStart = [subject](ReportCanvas &canvas) {
        if (canvas.sectionPage() > 1) {
            const QFont font = canvas.font(SmallPt);
            const double h = canvas.textHeight(kLineProbe, font, canvas.width());
            canvas.text(QRectF(0, 0, canvas.width(), h), tr("%1 (continued)").arg(subject), font, Muted);
            canvas.line(QPointF(0, h + canvas.gap(1)), QPointF(canvas.width(), h + canvas.gap(1)), Rule, 0.2);
            canvas.advance(h + canvas.gap(3));
        }
    };
    auto onEnd = [this, pages, subject](ReportCanvas &canvas) {
        const QFont font = canvas.font(SmallPt - 0.4);
        const double top = canvas.pageHeight() - canvas.mm(FooterMm) + canvas.mm(2.5);
        canvas.line(QPointF(0, top), QPointF(canvas.width(), top), Rule, 0.15);
        const QRectF box(0, top + canvas.mm(1), canvas.width(), canvas.mm(FooterMm - 3.5));
        const QDateTime printed = m_options.printedAt.toTimeZone(m_options.zone);
        canvas.text(box, tr("QA Desk · printed %1").arg(printed.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), font,
                    Muted, Qt::AlignLeft | Qt::AlignVCenter);
        canvas.text(
            box,
            tr("%1 · page %2 of %3").arg(subject).arg(canvas.sectionPage()).arg(std::max(pages, canvas.sectionPage())),
            font, Muted, Qt::AlignRight | Qt::AlignVCenter);
    };
    c.beginSection(onStart, onEnd);

    const QFont titleFont = c.font(TitlePt, true);
    const double titleHeight = c.textHeight(kLineProbe, titleFont, c.width());
    c.text(QRectF(0, c.y(), c.width(), titleHeight), tr("Calibration results"), titleFont, Accent,
           Qt::AlignLeft | Qt::AlignBottom);
    c.text(QRectF(0, c.y(), c.width(), titleHeight), s.name, titleFont, Text, Qt::AlignRight | Qt::AlignBottom);
    c.advance(titleHeight + c.gap(1));
    QStringList facts;
    facts << tr("Created by %1").arg(s.createdBy);
    facts << (s.expert.isEmpty() ? tr("no expert") : tr("expert: %1").arg(s.expert));
    if (s.deadline.isValid()) {
        facts << tr("deadline %1").arg(s.deadline.toString(Qt::ISODate));
    }
    facts << (s.isClosed() ? tr("closed") : tr("open"));
    facts << tr("%1 of %2 scores submitted").arg(r.scoresSubmitted).arg(r.scoresExpected);
    facts << tr("%n interaction(s)", nullptr, int(s.interactionIds.size()));
    facts << tr("participants: %1").arg(s.participants.join(QStringLiteral(", ")));
    paintNote(c, facts.join(QStringLiteral(" · ")));

    ReportTable agreement({{tr("Item"), 22},
                           {tr("Level"), 9},
                           {tr("Alpha"), 10, Qt::AlignRight},
                           {tr("95 % interval"), 15, Qt::AlignHCenter},
                           {tr("Reading"), 11},
                           {tr("n (interactions / values)"), 11, Qt::AlignHCenter},
                           {tr("Deviation from the expert"), 11, Qt::AlignRight},
                           {tr("Alignment"), 9, Qt::AlignRight}});
    QStringList undefinedReasons;
    for (const AgreementRow &row : r.rows) {
        TableCell reading(CalibrationText::readingName(row.reading));
        reading.color = readingColor(row.reading);
        reading.bold = row.reading != AlphaReading::Undefined;
        TableCell alphaCell(CalibrationText::alpha(row.alpha.alpha));
        if (!row.alpha.alpha) {
            alphaCell.color = Muted;
            if (!undefinedReasons.contains(CalibrationText::reasonText(row))) {
                undefinedReasons << CalibrationText::reasonText(row);
            }
        }
        TableCell name(CalibrationText::rowName(row, zh));
        name.bold = row.kind == AgreementKind::Score || row.kind == AgreementKind::AllDimensions;
        agreement.addRow(
            {name, CalibrationText::levelName(row.level), alphaCell, CalibrationText::interval(row.interval), reading,
             QStringLiteral("%1 / %2").arg(row.alpha.units).arg(row.alpha.values),
             row.meanAbsoluteDeviation ? QString::number(*row.meanAbsoluteDeviation, 'f', 2) : QStringLiteral("—"),
             CalibrationText::percent(row.alignment)});
    }
    c.heading(tr("Agreement (Krippendorff's alpha)"), agreement.leadingHeight(c));
    agreement.paint(c);
    c.advance(c.gap(1.5));
    QString note = CalibrationText::readingNote();
    if (!undefinedReasons.isEmpty()) {
        note += QLatin1Char(' ') + tr("\"%1\": %2.")
                                       .arg(CalibrationText::readingName(AlphaReading::Undefined),
                                            undefinedReasons.join(QStringLiteral("; ")));
    }
    paintNote(c, note);

    ReportTable graders({{tr("Grader"), 24},
                         {tr("n"), 8, Qt::AlignHCenter},
                         {tr("Leniency (points)"), 14, Qt::AlignRight},
                         {tr("95 % interval"), 20, Qt::AlignHCenter},
                         {tr("Versus the expert (points)"), 16, Qt::AlignRight}});
    for (const GraderLeniency &g : r.graders) {
        graders.addRow({g.expert ? tr("%1 (expert)").arg(g.grader) : g.grader, QString::number(g.n),
                        CalibrationText::signedPoints(g.meanDeviation), CalibrationText::interval(g.interval, 1),
                        g.expert ? QStringLiteral("—") : CalibrationText::signedPoints(g.expertDeviation)});
    }
    c.heading(tr("Graders: leniency and severity"), graders.leadingHeight(c));
    graders.paint(c);
    c.advance(c.gap(1.5));
    paintNote(c, CalibrationText::consensusNote());

    QList<TableColumn> columns{{tr("Interaction"), 20}};
    for (const QString &grader : r.graderNames) {
        columns << TableColumn{grader, 10, Qt::AlignHCenter};
    }
    ReportTable heat(columns, r.graderNames.size() > 8 ? SmallPt : 0);
    for (qsizetype u = 0; u < r.interactionIds.size(); ++u) {
        QList<TableCell> cells{report.externalId(r.interactionIds.at(u))};
        for (const HeatCell &cell : r.heatMap.at(u)) {
            TableCell t(!cell.submitted ? QStringLiteral("·")
                        : cell.score    ? QString::number(*cell.score, 'f', 1)
                                        : tr("N/A"));
            t.background = deviationFill(cell.deviation);
            if (cell.deviation) {
                t.detail = CalibrationText::signedPoints(cell.deviation);
            }
            cells << t;
        }
        heat.addRow(cells);
    }
    c.heading(tr("Weighted scores: interaction × grader"), heat.leadingHeight(c));
    heat.paint(c);
    c.advance(c.gap(1.5));
    paintNote(c, tr("Each cell: the grader's weighted score, under it the deviation from the consensus; blue above it "
                    "(lenient), red below (severe). · not scored."));
    c.endSection();
}

} // namespace qadesk
