#include "EvaluationSheetRenderer.h"

#include "feedback/SignatureStrokes.h"

#include "PdfFile.h"
#include "ReportCanvas.h"
#include "ReportFonts.h"
#include "ReportLabels.h"
#include "ReportStyle.h"
#include "ReportTable.h"
#include "domain/DomainLabels.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPainter>

#include <algorithm>

namespace qadesk {

using namespace reportstyle;

namespace {

// Type scales tried, largest first, until a sheet fits on one page.
constexpr double kScales[] = {1.0, 0.94, 0.88, 0.82, 0.76};
constexpr double FooterMm = 7;
constexpr double SectionGapMm = 3.2;
// A comment longer than this would not fit any page; the sheet prints its start and says so.
constexpr qsizetype MaxCommentChars = 1200;

QString clipped(const QString &text, const QString &more)
{
    return text.size() <= MaxCommentChars ? text : text.left(MaxCommentChars) + QStringLiteral("… ") + more;
}

QColor gradeColor(const QString &key)
{
    if (key == QLatin1String("excellent")) {
        return Good;
    }
    if (key == QLatin1String("needs_improvement")) {
        return Bad;
    }
    return Accent;
}

QString formatWeight(double weight)
{
    return QString::number(weight, 'g', 6);
}

} // namespace

int EvaluationSheetRenderer::writePdf(const QList<EvaluationSheet> &sheets, const QString &path,
                                      const ProgressCallback &progress) const
{
    PdfFile pdf(path, sheets.size() == 1 ? tr("Evaluation sheet No. %1").arg(sheets.first().record.evaluationId)
                                         : tr("Evaluation sheets (%n)", nullptr, int(sheets.size())));
    const int pages = render(sheets, pdf.writer(), progress);
    pdf.commit();
    return pages;
}

EvaluationSheetRenderer::Fit EvaluationSheetRenderer::fit(const EvaluationSheet &sheet, QPagedPaintDevice &device) const
{
    Fit result;
    for (const double scale : kScales) {
        ReportCanvas measure(device, ReportCanvas::Mode::Measure, scale);
        paintSheet(measure, sheet, 0);
        result = Fit{scale, measure.pageCount()};
        if (result.pages == 1) {
            break;
        }
    }
    return result;
}

int EvaluationSheetRenderer::render(const QList<EvaluationSheet> &sheets, QPagedPaintDevice &device,
                                    const ProgressCallback &progress) const
{
    if (sheets.isEmpty()) {
        return 0;
    }
    QList<Fit> fits;
    fits.reserve(sheets.size());
    for (const EvaluationSheet &sheet : sheets) {
        fits << fit(sheet, device);
    }
    ReportCanvas canvas(device, ReportCanvas::Mode::Paint);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        reportProgress(progress, i, sheets.size());
        canvas.setScale(fits.at(i).scale);
        paintSheet(canvas, sheets.at(i), fits.at(i).pages);
    }
    reportProgress(progress, sheets.size(), sheets.size());
    return canvas.pageCount();
}

void EvaluationSheetRenderer::paintSheet(ReportCanvas &canvas, const EvaluationSheet &sheet, int pages) const
{
    const EvaluationRecord &record = sheet.record;
    const bool draft = record.status == QLatin1String("draft");
    canvas.setFooterReserve(canvas.mm(FooterMm));
    auto onStart = [this, &record](ReportCanvas &c) {
        if (c.sectionPage() > 1) {
            const QFont font = c.font(SmallPt);
            const double h = c.textHeight(kLineProbe, font, c.width());
            c.text(QRectF(0, 0, c.width(), h), tr("Quality evaluation sheet No. %1 (continued)").arg(record.evaluationId),
                   font, Muted);
            c.line(QPointF(0, h + c.gap(1)), QPointF(c.width(), h + c.gap(1)), Rule, 0.2);
            c.advance(h + c.gap(3));
        }
    };
    auto onEnd = [this, pages, draft, &record](ReportCanvas &c) {
        if (draft && c.painter()) {
            // A draft can be printed for review but must never pass for the sheet to sign.
            QPainter &p = *c.painter();
            p.save();
            p.translate(c.width() / 2, c.pageHeight() / 2);
            p.rotate(-35);
            p.setFont(ReportFonts::font(96, true));
            p.setPen(QColor(176, 30, 35, 40));
            p.drawText(QRectF(-c.width(), -c.mm(30), 2 * c.width(), c.mm(60)), Qt::AlignCenter, tr("DRAFT"));
            p.restore();
        }
        const QFont font = ReportFonts::font(SmallPt - 0.4);
        const double top = c.pageHeight() - c.mm(FooterMm) + c.mm(2.5);
        c.line(QPointF(0, top), QPointF(c.width(), top), Rule, 0.15);
        const QRectF box(0, top + c.mm(1), c.width(), c.mm(FooterMm - 3.5));
        const QDateTime printed = m_options.printedAt.toTimeZone(m_options.zone);
        c.text(box, tr("QA Desk · printed %1").arg(printed.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), font, Muted,
               Qt::AlignLeft | Qt::AlignVCenter);
        c.text(box, tr("Evaluation No. %1 · page %2 of %3").arg(record.evaluationId).arg(c.sectionPage()).arg(
                        std::max(pages, c.sectionPage())),
               font, Muted, Qt::AlignRight | Qt::AlignVCenter);
    };
    canvas.beginSection(onStart, onEnd);
    paintTitle(canvas, sheet);
    paintFacts(canvas, sheet);
    paintDimensions(canvas, sheet);
    paintEvidence(canvas, sheet);
    paintChecklist(canvas, sheet);
    paintCriticalItems(canvas, sheet);
    paintScore(canvas, sheet);
    paintComment(canvas, sheet);
    paintFeedback(canvas, sheet);
    paintSignatures(canvas, sheet);
    canvas.endSection();
}

void EvaluationSheetRenderer::paintTitle(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const QFont titleFont = c.font(TitlePt, true);
    const QFont numberFont = c.font(HeadingPt, true);
    const QFont small = c.font(SmallPt);
    const double titleHeight = c.textHeight(kLineProbe, titleFont, c.width());
    const QRectF titleBox(0, c.y(), c.width(), titleHeight);
    c.text(titleBox, tr("Customer-service quality evaluation sheet"), titleFont, Accent, Qt::AlignLeft | Qt::AlignBottom);
    c.text(titleBox, tr("No. %1").arg(sheet.record.evaluationId), numberFont, Text, Qt::AlignRight | Qt::AlignBottom);
    c.advance(titleHeight + c.gap(0.8));

    const double smallHeight = c.textHeight(kLineProbe, small, c.width());
    const QRectF subtitle(0, c.y(), c.width(), smallHeight);
    const QString rubric = tr("Rubric: %1, version %2").arg(sheet.rubric.name(m_options.chinese)).arg(sheet.rubricVersion);
    c.text(subtitle,
           sheet.version > 1 ? tr("%1 · evaluation version %2 (rescored after a dispute)").arg(rubric).arg(sheet.version)
                             : rubric,
           small, Muted);
    const bool draft = sheet.record.status == QLatin1String("draft");
    c.text(subtitle, tr("Status: %1").arg(DomainLabels::status(sheet.record.status)), c.font(SmallPt, draft),
           draft ? Bad : Muted, Qt::AlignRight | Qt::AlignTop);
    c.advance(smallHeight + c.gap(1.2));
    c.line(QPointF(0, c.y()), QPointF(c.width(), c.y()), Accent, 0.6);
    c.advance(c.gap(3));
}

void EvaluationSheetRenderer::paintFacts(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const EvaluationRecord &r = sheet.record;
    ReportTable facts({{QString(), 15}, {QString(), 35}, {QString(), 15}, {QString(), 35}});
    facts.setHeaderVisible(false);
    auto label = [](const QString &text) {
        TableCell cell(text);
        cell.color = Muted;
        cell.background = HeaderFill;
        return cell;
    };
    const AgentRecord agent{r.agentCode, r.agentName, r.teamName};
    const QString evaluated = r.evaluatedAt().isValid()
                                  ? r.evaluatedAt().toTimeZone(m_options.zone).toString(QStringLiteral("yyyy-MM-dd"))
                                  : ReportLabels::missing();
    facts.addRow({label(tr("Interaction")), TableCell(r.externalId), label(tr("Agent")), TableCell(agent.displayName())});
    facts.addRow({label(tr("Time")), TableCell(ReportLabels::dateTimeInZone(r.localStart(), m_options.zone)), label(tr("Team")),
                  TableCell(r.teamName.isEmpty() ? ReportLabels::missing() : r.teamName)});
    const QString channel = r.channel.isEmpty() ? ReportLabels::missing() : DomainLabels::channel(r.channel);
    const QString category = r.category.isEmpty() ? ReportLabels::missing() : DomainLabels::category(r.category);
    facts.addRow({label(tr("Channel")), TableCell(channel), label(tr("Inspector")), TableCell(r.inspector)});
    facts.addRow({label(tr("Category")), TableCell(category), label(tr("Evaluation date")), TableCell(evaluated)});
    facts.paint(c);
    c.advance(c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintDimensions(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const bool zh = m_options.chinese;
    ReportTable table({{tr("Dimension"), 16},
                       {tr("Weight"), 8.5, Qt::AlignHCenter},
                       {tr("Score"), 7.5, Qt::AlignHCenter},
                       {tr("Level"), 14},
                       {tr("Level description"), 25},
                       {tr("Comment"), 29}});
    for (const RubricDimension &dimension : sheet.rubric.dimensions) {
        const DimensionEvaluation *entry = sheet.dimension(dimension.key);
        TableCell name(dimension.name(zh));
        name.bold = true;
        TableCell score(ReportLabels::missing());
        TableCell level(ReportLabels::missing());
        TableCell description;
        if (entry && entry->notApplicable) {
            score.text = tr("N/A");
            description.text = tr("Not applicable: left out of the score.");
            description.color = Muted;
        } else if (entry && entry->score) {
            score.text = QString::number(*entry->score);
            score.bold = true;
            if (const RubricLevel *l = dimension.level(*entry->score)) {
                level.text = l->name(zh);
                description.text = l->description(zh);
            }
        } else {
            description.text = tr("Not scored.");
            description.color = Muted;
        }
        const QString comment =
            entry ? clipped(entry->comment, tr("(shortened; the full comment is in QA Desk)")) : QString();
        table.addRow({name, TableCell(formatWeight(dimension.weight)), score, level, description, TableCell(comment)});
    }
    c.heading(tr("Scores by dimension"), table.leadingHeight(c));
    table.paint(c);
    c.advance(c.gap(SectionGapMm));
}

// The turns each dimension cites, under that dimension's name: who said it, when, and what (quoted, shortened
// past a few lines so that the sheet stays one page).
void EvaluationSheetRenderer::paintEvidence(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    if (sheet.evidenceTurns.isEmpty()) {
        return;
    }
    const bool zh = m_options.chinese;
    ReportTable table({{tr("Dimension"), 16}, {tr("Turn"), 8.5, Qt::AlignHCenter}, {tr("Speaker"), 10},
                       {tr("Time"), 11, Qt::AlignHCenter}, {tr("What was said"), 54.5}});
    constexpr qsizetype kQuoteChars = 160;
    for (const RubricDimension &dimension : sheet.rubric.dimensions) {
        const DimensionEvaluation *entry = sheet.dimension(dimension.key);
        if (!entry) {
            continue;
        }
        QList<Turn> turns;
        for (const qint64 id : entry->evidenceTurnIds) {
            if (sheet.evidenceTurns.contains(id)) {
                turns << sheet.evidenceTurns.value(id);
            }
        }
        std::sort(turns.begin(), turns.end(), [](const Turn &a, const Turn &b) { return a.seq < b.seq; });
        bool first = true;
        for (const Turn &turn : std::as_const(turns)) {
            TableCell name(first ? dimension.name(zh) : QString());
            name.bold = true;
            first = false;
            QString speaker = turn.speaker == QLatin1String("agent")      ? tr("Agent")
                              : turn.speaker == QLatin1String("customer") ? tr("Customer")
                                                                         : tr("System");
            QString time = ReportLabels::missing();
            if (turn.startMs) {
                const qint64 s = *turn.startMs / 1000;
                time = s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(
                                       s % 60, 2, 10, QLatin1Char('0'))
                                 : QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10,
                                                                                                       QLatin1Char('0'));
            }
            const QString text = turn.text.size() > kQuoteChars ? turn.text.left(kQuoteChars) + QStringLiteral("…")
                                                                : turn.text;
            table.addRow({name, TableCell(QStringLiteral("#%1").arg(turn.seq + 1)), TableCell(speaker), TableCell(time),
                          TableCell(zh ? QStringLiteral("「%1」").arg(text) : QStringLiteral("\u201c%1\u201d").arg(text))});
        }
    }
    c.heading(tr("Evidence from the transcript"), table.leadingHeight(c));
    table.paint(c);
    c.advance(c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintChecklist(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    if (sheet.rubric.checklist.isEmpty()) {
        return;
    }
    const bool zh = m_options.chinese;
    ReportTable table({{QStringLiteral("#"), 4, Qt::AlignHCenter},
                       {tr("Service step"), 17},
                       {tr("What it requires"), 63},
                       {tr("Result"), 16, Qt::AlignHCenter}});
    int number = 0;
    for (const ChecklistStep &step : sheet.rubric.checklist) {
        const QString result = sheet.evaluation.checklist.value(step.key);
        TableCell name(step.name(zh));
        name.bold = true;
        TableCell requirement(step.description(zh));
        requirement.color = Muted;
        requirement.small = true;
        TableCell outcome(DomainLabels::checklistResult(result));
        if (result == QLatin1String("no")) {
            outcome.color = Bad;
            outcome.bold = true;
        } else if (result.isEmpty()) {
            outcome.color = Muted;
        }
        table.addRow({TableCell(QString::number(++number)), name, requirement, outcome});
    }
    c.heading(tr("Service process checklist"), table.leadingHeight(c));
    table.paint(c);
    c.advance(c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintCriticalItems(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    if (sheet.rubric.criticalItems.isEmpty()) {
        return;
    }
    const bool zh = m_options.chinese;
    ReportTable table({{tr("Critical item (any failure makes the score 0)"), 84}, {tr("Result"), 16, Qt::AlignHCenter}});
    QStringList failed;
    for (const CriticalItem &item : sheet.rubric.criticalItems) {
        TableCell outcome(tr("Passed"));
        if (sheet.evaluation.criticalFailed.value(item.key)) {
            failed << item.name(zh);
            outcome = TableCell(tr("FAILED"));
            outcome.color = Bad;
            outcome.bold = true;
            outcome.background = BadFill;
        }
        table.addRow({TableCell(item.name(zh)), outcome});
    }
    c.heading(tr("Critical items (veto)"), table.leadingHeight(c));
    table.paint(c);
    if (!failed.isEmpty()) {
        const QString why = tr("Veto: %1 failed. The overall score is 0 and the grade is %2, whatever the dimension "
                               "scores.")
                                .arg(failed.join(zh ? QStringLiteral("、") : QStringLiteral(", ")), gradeName(sheet));
        const QFont font = c.font(BodyPt, true);
        const double height = c.textHeight(why, font, c.width() - 2 * c.gap(2)) + 2 * c.gap(1.6);
        c.advance(c.gap(1.5));
        c.ensureSpace(height);
        const QRectF box(0, c.y(), c.width(), height);
        c.fill(box, BadFill);
        c.frame(box, Bad, 0.3);
        c.text(box.adjusted(c.gap(2), c.gap(1.6), -c.gap(2), -c.gap(1.6)), why, font, Bad);
        c.advance(height);
    }
    c.advance(c.gap(SectionGapMm));
}

QString EvaluationSheetRenderer::gradeName(const EvaluationSheet &sheet) const
{
    for (const GradeBand &band : sheet.rubric.gradeBands) {
        if (band.key == sheet.result.gradeKey) {
            return band.name(m_options.chinese);
        }
    }
    return sheet.result.grade(m_options.chinese);
}

void EvaluationSheetRenderer::paintScore(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const ScoreResult &result = sheet.result;
    const bool zh = m_options.chinese;
    const QFont label = c.font(SmallPt);
    const QFont big = c.font(22, true);
    const QFont body = c.font(BodyPt);
    const QFont bodyBold = c.font(BodyPt, true);
    const double pad = c.gap(2.2);
    const double scoreWidth = c.width() * 0.18;
    const double gradeWidth = c.width() * 0.22;
    const double formulaWidth = c.width() - scoreWidth - gradeWidth - 2 * pad;

    QStringList notes{tr("Dimensions marked N/A are left out of both sums."), ScoreCalculator::roundingRule(zh)};
    if (result.notApplicableCount > 0) {
        notes << tr("Marked N/A here: %n.", nullptr, result.notApplicableCount);
    }
    if (result.unscoredCount > 0) {
        notes << tr("%n dimension(s) not scored.", nullptr, result.unscoredCount);
    }
    const QString rule = tr("score = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ)");
    const QString formula = result.formula(zh);
    const QString noteText = notes.join(QLatin1Char(' '));
    const double labelHeight = c.textHeight(kLineProbe, label, c.width());
    const double formulaHeight = labelHeight + c.gap(0.8) + c.textHeight(rule, body, formulaWidth) + c.gap(0.8) +
                                 c.textHeight(formula, bodyBold, formulaWidth) +
                                 (noteText.isEmpty() ? 0 : c.gap(0.8) + c.textHeight(noteText, label, formulaWidth));
    const double bigHeight = labelHeight + c.gap(0.8) + c.textHeight(QStringLiteral("0"), big, scoreWidth);
    const double height = std::max(formulaHeight, bigHeight) + 2 * pad;

    c.advance(c.gap(1));
    c.ensureSpace(height);
    const QRectF box(0, c.y(), c.width(), height);
    c.fill(box, result.criticalFailed ? BadFill : AccentLight);
    c.frame(box, result.criticalFailed ? Bad : Accent, 0.4);

    const double top = c.y() + pad;
    const QString scoreText = result.score ? ScoreCalculator::formatScore(*result.score) : ReportLabels::missing();
    const QColor scoreColor = result.criticalFailed ? Bad : gradeColor(result.gradeKey);
    c.text(QRectF(pad, top, scoreWidth, labelHeight), tr("Weighted score"), label, Muted);
    c.text(QRectF(pad, top + labelHeight + c.gap(0.8), scoreWidth, height), scoreText, big, scoreColor);
    const double gradeX = pad + scoreWidth;
    c.text(QRectF(gradeX, top, gradeWidth, labelHeight), tr("Grade"), label, Muted);
    // A long grade name ("Needs improvement") is set smaller rather than broken inside a word.
    const QString grade = result.score ? gradeName(sheet) : tr("No score");
    double gradePt = 22;
    while (gradePt > 11 && c.textWidth(grade, c.font(gradePt, true)) > gradeWidth - pad) {
        gradePt -= 1;
    }
    c.text(QRectF(gradeX, top + labelHeight + c.gap(0.8), gradeWidth - pad, height), grade, c.font(gradePt, true),
           scoreColor);
    const double formulaX = gradeX + gradeWidth;
    c.line(QPointF(formulaX - pad, box.top() + pad), QPointF(formulaX - pad, box.bottom() - pad), Rule, 0.2);
    double y = top;
    c.text(QRectF(formulaX, y, formulaWidth, labelHeight), tr("How the score is computed"), label, Muted);
    y += labelHeight + c.gap(0.8);
    c.text(QRectF(formulaX, y, formulaWidth, height), rule, body, Text);
    y += c.textHeight(rule, body, formulaWidth) + c.gap(0.8);
    c.text(QRectF(formulaX, y, formulaWidth, height), formula, bodyBold, result.criticalFailed ? Bad : Text);
    y += c.textHeight(formula, bodyBold, formulaWidth) + c.gap(0.8);
    c.text(QRectF(formulaX, y, formulaWidth, height), noteText, label, Muted);
    c.advance(height + c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintComment(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const QFont font = c.font(BodyPt);
    const QString text = clipped(sheet.evaluation.overallComment, tr("(shortened; the full comment is in QA Desk)"));
    const double pad = c.gap(1.8);
    const double height = std::max(c.textHeight(text, font, c.width() - 2 * pad) + 2 * pad, c.gap(12));
    c.heading(tr("Overall comment"), std::min(height, c.gap(20)));
    c.ensureSpace(height);
    const QRectF box(0, c.y(), c.width(), height);
    c.frame(box, Rule, 0.2);
    c.text(box.adjusted(pad, pad, -pad, -pad), text, font, Text);
    c.advance(height + c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintFeedback(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    if (!sheet.feedback) {
        return;
    }
    const Feedback &f = *sheet.feedback;
    const auto when = [this](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(m_options.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : ReportLabels::missing();
    };
    ReportTable table({{QString(), 22}, {QString(), 78}});
    table.setHeaderVisible(false);
    const auto label = [](const QString &text) {
        TableCell cell(text);
        cell.color = Muted;
        cell.background = HeaderFill;
        return cell;
    };
    table.addRow({label(tr("Released to the agent")), TableCell(tr("%1 by %2; to acknowledge or dispute by %3")
                                                                     .arg(when(f.releasedAt), f.releasedBy, when(f.respondBy)))});
    if (f.acknowledgedAt.isValid()) {
        table.addRow({label(tr("Acknowledged")),
                      TableCell(tr("%1, signed \"%2\"").arg(when(f.acknowledgedAt), f.signatureName))});
    }
    if (sheet.dispute) {
        const Dispute &d = *sheet.dispute;
        QStringList items;
        for (const DisputeItem &item : d.items) {
            const int index = sheet.rubric.dimensionIndex(item.dimensionKey);
            const QString name = index >= 0 ? sheet.rubric.dimensions.at(index).name(m_options.chinese) : item.dimensionKey;
            items << tr("%1 → %2: %3").arg(name).arg(item.proposedLevel).arg(item.reason);
        }
        table.addRow({label(tr("Disputed")), TableCell(tr("%1 by %2").arg(when(d.raisedAt), d.raisedBy),
                                                       items.join(QLatin1Char('\n')))});
        for (const DisputeDecision &decision : d.decisions) {
            const QString who = decision.level == 2 ? tr("Final decision (终审)") : tr("Team lead's decision");
            QString text = tr("%1: %2, by %3 at %4")
                               .arg(who, DomainLabels::disputeOutcome(decision.outcome), decision.decidedBy,
                                    when(decision.decidedAt));
            if (decision.versionAfter != decision.versionBefore) {
                text += tr("; rescored: version %1 → %2").arg(decision.versionBefore).arg(decision.versionAfter);
            }
            table.addRow({label(decision.level == 2 ? tr("终审") : tr("Level 1")), TableCell(text, decision.reason)});
        }
        if (!d.decisions.isEmpty() && !d.closedAt.isValid() && d.level == 1) {
            table.addRow({label(tr("Open")), TableCell(tr("The agent may escalate until %1").arg(when(d.escalateBy)))});
        } else if (!d.closedAt.isValid()) {
            table.addRow({label(tr("Open")), TableCell(tr("Waiting for the decision, due %1").arg(when(d.decideBy)))});
        }
    }
    c.heading(tr("Feedback to the agent"), table.leadingHeight(c));
    table.paint(c);
    c.advance(c.gap(SectionGapMm));
}

void EvaluationSheetRenderer::paintSignatures(ReportCanvas &c, const EvaluationSheet &sheet) const
{
    const bool acknowledged = sheet.feedback && sheet.feedback->acknowledgedAt.isValid();
    const QFont body = c.font(BodyPt);
    const QFont bold = c.font(BodyPt, true);
    const QFont small = c.font(SmallPt);
    const double line = c.textHeight(kLineProbe, body, c.width());
    const double smallLine = c.textHeight(kLineProbe, small, c.width());
    const QString acknowledgement =
        acknowledged ? tr("Agent:  ☑ I have read this evaluation and agree (acknowledged in QA Desk)")
        : sheet.dispute ? tr("Agent:  ☑ I dispute it (the dispute and its outcome are above)")
                        : tr("Agent:  ☐ I have read this evaluation and agree    ☐ I dispute it; reason: ______________________________");
    const double ackHeight = c.textHeight(acknowledgement, body, c.width());
    const double signSpace = c.gap(9);
    const double height = ackHeight + c.gap(3) + line + signSpace + smallLine + c.gap(2.5) + line;
    c.ensureSpace(height);
    c.text(QRectF(0, c.y(), c.width(), ackHeight), acknowledgement, body, Text);
    c.advance(ackHeight + c.gap(3));

    struct Signer
    {
        QString role;
        QString name;
    };
    const AgentRecord agent{sheet.record.agentCode, sheet.record.agentName, sheet.record.teamName};
    const Signer signers[] = {{tr("Inspector"), sheet.record.inspector},
                              {tr("Agent"), agent.displayName()},
                              {tr("Team lead"), QString()}};
    const double columnGap = c.gap(8);
    const double columnWidth = (c.width() - 2 * columnGap) / 3;
    const double top = c.y();
    for (int i = 0; i < 3; ++i) {
        const double x = i * (columnWidth + columnGap);
        double y = top;
        c.text(QRectF(x, y, columnWidth, line), signers[i].role, bold, Text);
        if (i == 1 && acknowledged && c.painter()) {
            // The agent's own signature, drawn on screen, or their typed name where they drew none.
            const QRectF area(x, y + line, columnWidth, signSpace - c.gap(0.5));
            if (!sheet.feedback->signature.isEmpty()) {
                SignatureStrokes::paint(*c.painter(), area, sheet.feedback->signature);
            } else {
                c.text(area, sheet.feedback->signatureName, c.font(BodyPt + 3), Text, Qt::AlignLeft | Qt::AlignBottom);
            }
        }
        y += line + signSpace;
        c.line(QPointF(x, y), QPointF(x + columnWidth, y), Text, 0.25);
        const QString under = signers[i].name.isEmpty() ? tr("Signature") : tr("Signature (%1)").arg(signers[i].name);
        c.text(QRectF(x, y + c.gap(0.4), columnWidth, smallLine), under, small, Muted);
        y += smallLine + c.gap(2.5);
        const QString dateLabel = tr("Date");
        const double labelWidth = c.textWidth(dateLabel, body) + c.gap(1.5);
        c.text(QRectF(x, y, labelWidth, line), dateLabel, body, Text);
        if (i == 1 && acknowledged) {
            c.text(QRectF(x + labelWidth, y, columnWidth - labelWidth, line),
                   sheet.feedback->acknowledgedAt.toTimeZone(m_options.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   body, Text);
        }
        c.line(QPointF(x + labelWidth, y + line - c.gap(0.6)), QPointF(x + columnWidth, y + line - c.gap(0.6)), Text,
               0.25);
    }
    c.advance(height);
}

} // namespace qadesk
