#include "ImprovementRenderer.h"

#include "domain/DomainLabels.h"
#include "PdfFile.h"
#include "ReportCanvas.h"
#include "ReportStyle.h"
#include "ReportTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace qadesk {

using namespace reportstyle;

namespace {

constexpr double FooterMm = 7;
constexpr double SignatureBlockMm = 30;

QString levelText(const std::optional<double> &level)
{
    if (!level) {
        return QStringLiteral("—");
    }
    return QString::number(*level, 'f', *level == std::floor(*level) ? 0 : 2);
}

} // namespace

QString ImprovementRenderer::date(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(m_options.zone).toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

void ImprovementRenderer::begin(ReportCanvas &c, const QString &title, const QString &subject, int pages) const
{
    c.setFooterReserve(c.mm(FooterMm));
    auto onStart = [subject](ReportCanvas &canvas) {
        if (canvas.sectionPage() > 1) {
            const QFont font = canvas.font(SmallPt);
            const double h = canvas.textHeight(kLineProbe, font, canvas.width());
            canvas.text(QRectF(0, 0, canvas.width(), h), tr("%1 (continued)").arg(subject), font, Muted);
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
        canvas.text(box,
                    tr("%1 · page %2 of %3").arg(subject).arg(canvas.sectionPage()).arg(std::max(pages, canvas.sectionPage())),
                    font, Muted, Qt::AlignRight | Qt::AlignVCenter);
    };
    c.beginSection(onStart, onEnd);
    const QFont titleFont = c.font(TitlePt, true);
    const double titleHeight = c.textHeight(kLineProbe, titleFont, c.width());
    c.text(QRectF(0, c.y(), c.width(), titleHeight), title, titleFont, Accent, Qt::AlignHCenter | Qt::AlignBottom);
    c.advance(titleHeight + c.gap(1));
    const QFont subjectFont = c.font(BodyPt);
    const double subjectHeight = c.textHeight(subject, subjectFont, c.width());
    c.text(QRectF(0, c.y(), c.width(), subjectHeight), subject, subjectFont, Muted, Qt::AlignHCenter | Qt::AlignTop);
    c.advance(subjectHeight + c.gap(4));
}

void ImprovementRenderer::facts(ReportCanvas &c, const QList<std::pair<QString, QString>> &rows) const
{
    ReportTable table({{tr("Item"), 28}, {tr("Details"), 72}});
    table.setHeaderVisible(false);
    for (const auto &[label, value] : rows) {
        TableCell name(label);
        name.bold = true;
        name.background = HeaderFill;
        table.addRow({name, value});
    }
    table.paint(c);
    c.advance(c.gap(4));
}

void ImprovementRenderer::paragraph(ReportCanvas &c, const QString &heading, const QString &text) const
{
    const QFont font = c.font(BodyPt);
    const QString body = text.trimmed().isEmpty() ? tr("(none)") : text.trimmed();
    const double height = c.textHeight(body, font, c.width());
    c.heading(heading, height);
    c.text(QRectF(0, c.y(), c.width(), height), body, font, text.trimmed().isEmpty() ? Muted : Text);
    c.advance(height + c.gap(4));
}

void ImprovementRenderer::signatures(ReportCanvas &c, const QString &agentLabel, const QString &leadLabel) const
{
    // The signature block stays together at the end: agent, lead, date, each with a line to sign on.
    c.ensureSpace(c.mm(SignatureBlockMm));
    c.advance(c.gap(8));
    const QFont font = c.font(BodyPt);
    const double lineHeight = c.textHeight(kLineProbe, font, c.width());
    const double column = c.width() / 3;
    const QStringList labels{agentLabel, leadLabel, tr("Date")};
    for (int i = 0; i < labels.size(); ++i) {
        const double left = column * i + c.mm(2);
        const double right = column * (i + 1) - c.mm(6);
        const double lineY = c.y() + lineHeight + c.mm(8);
        c.line(QPointF(left, lineY), QPointF(right, lineY), Text, 0.3);
        c.text(QRectF(left, lineY + c.mm(1), right - left, lineHeight), labels.at(i), font, Muted);
    }
    c.advance(lineHeight * 2 + c.mm(10));
}

int ImprovementRenderer::renderNotice(const RectificationDetail &d, const QString &dimensionName,
                                      QPagedPaintDevice &device) const
{
    const RectificationItem &r = d.item;
    return ReportCanvas::paintMeasured(device, [&](ReportCanvas &c, int pages) {
        const QString agent = r.agentName.isEmpty() ? r.agentCode : QStringLiteral("%1 (%2)").arg(r.agentName, r.agentCode);
        begin(c, tr("Rectification Notice"), tr("No. %1 · %2").arg(r.id).arg(agent), pages);
        const QString source = r.source == QLatin1String("evaluation") ? tr("Evaluation %1").arg(r.evaluationId)
                               : r.source == QLatin1String("finding")
                                   ? tr("Dashboard finding: below target on the dimension for consecutive weeks")
                                   : tr("Raised by the lead");
        const QString rule = r.dimensionKey.isEmpty()
                                 ? tr("%n of the agent's next interactions after submission, each with a weighted score "
                                      "at or above the pass line",
                                      nullptr, r.checksRequired)
                                 : tr("%n of the agent's next interactions after submission, each at level %1 or above "
                                      "on %2",
                                      nullptr, r.checksRequired)
                                       .arg(QLocale().toString(d.passingLevel, 'g', 3))
                                       .arg(dimensionName);
        facts(c, {{tr("Agent"), agent},
                  {tr("Team"), r.teamName.isEmpty() ? QStringLiteral("—") : r.teamName},
                  {tr("Dimension"), r.dimensionKey.isEmpty() ? tr("Whole evaluation") : dimensionName},
                  {tr("Source"), source},
                  {tr("Raised by"), tr("%1 on %2").arg(r.raisedBy, date(r.raisedAt))},
                  {tr("Owner"), r.ownerName.isEmpty() ? r.owner : QStringLiteral("%1 (%2)").arg(r.ownerName, r.owner)},
                  {tr("Due date"), r.dueDate.toString(Qt::ISODate)},
                  {tr("Verification"), rule},
                  {tr("State"), DomainLabels::rectificationState(r.state)}});
        paragraph(c, tr("Required action"), r.requiredAction);
        if (!r.finding.isEmpty()) {
            QStringList weeks;
            const QJsonArray array = QJsonDocument::fromJson(r.finding.toUtf8()).object().value(QStringLiteral("weeks")).toArray();
            for (const QJsonValue &w : array) {
                const QJsonObject o = w.toObject();
                weeks << tr("week of %1: %2 (n = %3)")
                             .arg(o.value(QStringLiteral("week")).toString(),
                                  QString::number(o.value(QStringLiteral("mean")).toDouble(), 'f', 2))
                             .arg(o.value(QStringLiteral("n")).toInteger());
            }
            paragraph(c, tr("Finding"), weeks.join(QLatin1Char('\n')));
        }
        if (!d.checks.isEmpty()) {
            ReportTable checks({{tr("Round"), 10, Qt::AlignHCenter},
                                {tr("Interaction"), 30},
                                {tr("Started"), 20},
                                {tr("Level / score"), 15, Qt::AlignRight},
                                {tr("Result"), 25}});
            for (const VerificationCheck &check : d.checks) {
                TableCell result(check.result == QLatin1String("pass")   ? tr("Passed")
                                 : check.result == QLatin1String("fail") ? tr("Failed")
                                 : check.result == QLatin1String("void") ? tr("Not applicable (replaced)")
                                                                         : tr("Waiting for evaluation"));
                result.color = check.result == QLatin1String("fail")   ? Bad
                               : check.result == QLatin1String("pass") ? Good
                                                                       : Muted;
                checks.addRow({QString::number(check.round), check.externalId, date(check.startedAt),
                               levelText(check.level), result});
            }
            c.heading(tr("Verification interactions"), checks.leadingHeight(c));
            checks.paint(c);
            c.advance(c.gap(4));
        }
        ReportTable history({{tr("Date"), 16}, {tr("By"), 18}, {tr("Change"), 26}, {tr("Note"), 40}});
        for (const RectificationHistoryEntry &h : d.history) {
            history.addRow({date(h.at), h.actor,
                            h.fromState.isEmpty() ? DomainLabels::rectificationState(h.toState)
                                                  : QStringLiteral("%1 → %2").arg(DomainLabels::rectificationState(h.fromState),
                                                                                 DomainLabels::rectificationState(h.toState)),
                            h.note});
        }
        c.heading(tr("History"), history.leadingHeight(c));
        history.paint(c);
        signatures(c, tr("Agent (signature)"), tr("Team lead (signature)"));
        c.endSection();
    });
}

int ImprovementRenderer::writeNoticePdf(const RectificationDetail &detail, const QString &dimensionName,
                                        const QString &path) const
{
    PdfFile pdf(path, tr("Rectification Notice %1").arg(detail.item.id));
    const int pages = renderNotice(detail, dimensionName, pdf.writer());
    pdf.commit();
    return pages;
}

int ImprovementRenderer::renderRecord(const CoachingSession &s, const CoachingTrend &trend, const QString &dimensionName,
                                      QPagedPaintDevice &device) const
{
    return ReportCanvas::paintMeasured(device, [&](ReportCanvas &c, int pages) {
        const QString agent = s.agentName.isEmpty() ? s.agentCode : QStringLiteral("%1 (%2)").arg(s.agentName, s.agentCode);
        begin(c, tr("Coaching Record"), tr("%1 · %2").arg(agent, s.heldOn.toString(Qt::ISODate)), pages);
        QStringList evaluations;
        for (const qint64 id : s.evaluationIds) {
            evaluations << QString::number(id);
        }
        facts(c, {{tr("Agent"), agent},
                  {tr("Team"), s.teamName.isEmpty() ? QStringLiteral("—") : s.teamName},
                  {tr("Coach"), s.coach},
                  {tr("Date"), s.heldOn.toString(Qt::ISODate)},
                  {tr("Dimension worked on"), s.dimensionKey.isEmpty() ? tr("None in particular") : dimensionName},
                  {tr("Evaluations discussed"), evaluations.isEmpty() ? tr("(none)") : evaluations.join(QStringLiteral(", "))},
                  {tr("Recordings played"),
                   s.interactionExternalIds.isEmpty() ? tr("(none)") : s.interactionExternalIds.join(QStringLiteral(", "))},
                  {tr("Rectification item"), s.rectificationId > 0 ? QString::number(s.rectificationId) : QStringLiteral("—")}});
        paragraph(c, tr("Coach's notes"), s.notes);
        paragraph(c, tr("Agent's note"), s.agentNote);
        ReportTable commitments({{tr("Commitment"), 60}, {tr("Due"), 20}, {tr("State"), 20}});
        for (const CoachingCommitment &commitment : s.commitments) {
            TableCell state(commitment.done ? tr("Done") : tr("Open"));
            state.color = commitment.done ? Good : Text;
            commitments.addRow({commitment.text,
                                commitment.dueDate.isValid() ? commitment.dueDate.toString(Qt::ISODate) : QStringLiteral("—"),
                                state});
        }
        if (commitments.rowCount() > 0) {
            c.heading(tr("Commitments"), commitments.leadingHeight(c));
            commitments.paint(c);
            c.advance(c.gap(4));
        }
        if (!trend.dimensionKey.isEmpty()) {
            qint64 beforeN = 0;
            qint64 afterN = 0;
            const double before = CoachingTrend::pooled(trend.before, &beforeN);
            const double after = CoachingTrend::pooled(trend.after, &afterN);
            ReportTable effect({{tr("Period"), 40}, {tr("Weeks with evaluations"), 20, Qt::AlignHCenter},
                                {tr("Mean level"), 20, Qt::AlignRight}, {tr("n"), 20, Qt::AlignRight}});
            effect.addRow({tr("%n week(s) before", nullptr, trend.weeks), QString::number(trend.before.size()),
                           beforeN > 0 ? QString::number(before, 'f', 2) : QStringLiteral("—"), QString::number(beforeN)});
            effect.addRow({tr("%n week(s) after", nullptr, trend.weeks), QString::number(trend.after.size()),
                           afterN > 0 ? QString::number(after, 'f', 2) : QStringLiteral("—"), QString::number(afterN)});
            c.heading(tr("Coaching effect: %1").arg(dimensionName), effect.leadingHeight(c));
            effect.paint(c);
        }
        signatures(c, tr("Agent (signature)"), tr("Coach / team lead (signature)"));
        c.endSection();
    });
}

int ImprovementRenderer::writeRecordPdf(const CoachingSession &session, const CoachingTrend &trend,
                                        const QString &dimensionName, const QString &path) const
{
    PdfFile pdf(path, tr("Coaching Record %1").arg(session.id));
    const int pages = renderRecord(session, trend, dimensionName, pdf.writer());
    pdf.commit();
    return pages;
}

} // namespace qadesk
