// Evaluation sheets (issue "Printing and reports"): what the PDF says (pdftotext), how many pages a batch takes
// (pdfinfo), that Chinese fonts are embedded (pdffonts), and that table rows never split across pages.
#include "ReportFixture.h"

#include "Error.h"
#include "report/EvaluationSheet.h"
#include "report/EvaluationSheetRenderer.h"
#include "report/ReportCanvas.h"
#include "report/ReportFonts.h"
#include "report/ReportTable.h"
#include "scoring/RubricLoader.h"
#include "storage/InteractionReader.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;
using namespace reportfixture;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Fixture m_fixture;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static ReportOptions options(bool chinese)
    {
        ReportOptions o;
        o.chinese = chinese;
        o.zone = QTimeZone("Asia/Shanghai");
        o.printedAt = QDateTime(QDate(2024, 4, 1), QTime(8, 0), QTimeZone::utc());
        return o;
    }

    QString writeSheets(const QList<qint64> &ids, bool chinese, const QString &name, int *pages = nullptr)
    {
        EvaluationSheetLoader loader(*m_fixture.connection);
        const QList<EvaluationSheet> sheets = loader.load(ids);
        const int painted = EvaluationSheetRenderer(options(chinese)).writePdf(sheets, path(name));
        if (pages) {
            *pages = painted;
        }
        return path(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QADESK_KEEP_REPORTS=1 keeps the PDFs for a look (pdftoppm -png -r 60 FILE.pdf page).
        if (!qEnvironmentVariableIsEmpty("QADESK_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("report files in %s", qPrintable(m_dir.path()));
        }
        m_fixture = create(m_dir.filePath(QStringLiteral("report.sqlite")));
    }

    void sheetTextHoldsEveryDimensionScoreAndGrade_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("formula");
        QTest::newRow("zh 79 pass") << true << 0 << QStringLiteral("79.0") << QStringLiteral("合格")
                                    << QStringLiteral("100×(15×5+20×4+25×3+15×4+15×5+10×3)/(5×100)=79.0");
        QTest::newRow("en 79 pass") << false << 0 << QStringLiteral("79.0") << QStringLiteral("Pass")
                                    << QStringLiteral("100×(15×5+20×4+25×3+15×4+15×5+10×3)/(5×100)=79.0");
        QTest::newRow("zh N/A excellent") << true << 1 << QStringLiteral("91.76") << QStringLiteral("优秀")
                                          << QStringLiteral("100×(15×5+20×5+25×4+15×5+10×4)/(5×85)=91.76");
        QTest::newRow("en critical veto") << false << 2 << QStringLiteral("0.0")
                                          << QStringLiteral("Needs improvement")
                                          << QStringLiteral("Acriticalitemfailed(veto)→0");
    }

    void sheetTextHoldsEveryDimensionScoreAndGrade()
    {
        QFETCH(bool, chinese);
        QFETCH(int, index);
        QFETCH(QString, score);
        QFETCH(QString, grade);
        QFETCH(QString, formula);
        const QString file = writeSheets({m_fixture.evaluations.at(index)}, chinese,
                                         QStringLiteral("sheet-%1-%2.pdf").arg(chinese).arg(index));
        const QString text = pdfText(file);
        const Rubric rubric = RubricLoader::defaultRubric();
        for (const RubricDimension &dimension : rubric.dimensions) {
            QVERIFY2(text.contains(squeezed(dimension.name(chinese))), qPrintable(dimension.name(chinese)));
        }
        for (const ChecklistStep &step : rubric.checklist) {
            QVERIFY2(text.contains(squeezed(step.name(chinese))), qPrintable(step.name(chinese)));
        }
        for (const CriticalItem &item : rubric.criticalItems) {
            QVERIFY2(text.contains(squeezed(item.name(chinese))), qPrintable(item.name(chinese)));
        }
        // The score panel: from its first label to the formula's rule, which follows the big figures.
        const qsizetype panelStart = text.indexOf(QStringLiteral("Weightedscore"));
        const qsizetype panelEnd = text.indexOf(QStringLiteral("score=100×"), panelStart);
        QVERIFY2(panelStart >= 0 && panelEnd > panelStart, qPrintable(text));
        const QString panel = text.mid(panelStart, panelEnd - panelStart);
        QVERIFY2(panel.contains(score), qPrintable(panel));
        QVERIFY2(panel.contains(squeezed(grade)), qPrintable(panel));
        QVERIFY2(text.contains(formula), qPrintable(formula));
        // Header facts and signature lines.
        for (const QString &fact : {QStringLiteral("王芳(A017)"), QStringLiteral("售后一组"), QStringLiteral("陈质检"),
                                    QStringLiteral("Inspector"), QStringLiteral("Teamlead"), QStringLiteral("Date"),
                                    QStringLiteral("Evaluationdate"), QStringLiteral("(UTC+08:00)")}) {
            QVERIFY2(text.contains(fact), qPrintable(fact));
        }
    }

    void criticalSheetSaysWhyTheScoreIsZero()
    {
        const QString text = pdfText(writeSheets({m_fixture.criticalEvaluation}, true, QStringLiteral("veto.pdf")));
        QVERIFY(text.contains(QStringLiteral("FAILED")));
        QVERIFY2(text.contains(squeezed(QStringLiteral("Veto: 辱骂/不文明用语 failed. The overall score is 0 and the "
                                                       "grade is 需改进"))),
                 qPrintable(text));
    }

    // Turns attached as evidence are printed under their dimension: quoted text, speaker, time (issue 16).
    void evidenceIsPrintedUnderItsDimension()
    {
        Connection &c = *m_fixture.connection;
        qint64 interactionId = 0;
        {
            Transaction t(c);
            Interaction in = interaction(QStringLiteral("CALL-EVID"), QStringLiteral("2024-03-06T10:00:00+08:00"),
                                         QStringLiteral("A017"), QStringLiteral("王芳"), QStringLiteral("售后一组"), 4, true);
            const QStringList texts = {QStringLiteral("您好，请问有什么可以帮您？"), QStringLiteral("我的订单一直没有发货。"),
                                       QStringLiteral("非常抱歉，我马上为您查询物流。"),
                                       QStringLiteral("已为您加急处理，预计明天送达。")};
            for (int i = 0; i < texts.size(); ++i) {
                Turn turn;
                turn.seq = i;
                turn.speaker = i % 2 == 0 ? QStringLiteral("agent") : QStringLiteral("customer");
                turn.startMs = 3000 + i * 61000;
                turn.text = texts.at(i);
                in.turns << turn;
            }
            interactionId = InteractionWriter(c).insert(in);
            t.commit();
        }
        const QList<Turn> turns = InteractionReader(c).load(interactionId, true).turns;
        QCOMPARE(turns.size(), 4);
        const qint64 evaluationId = addEvaluation(c, m_fixture.rubricVersionId, interactionId, {5, 4, 3, 4, 5, 3}, {});
        Evaluation e = EvaluationStore(c).load(evaluationId);
        e.dimensions[1].evidenceTurnIds = {turns.at(2).id, turns.at(0).id}; // attitude: printed in transcript order
        e.dimensions[2].evidenceTurnIds = {turns.at(3).id};                 // resolution
        EvaluationStore(c).remove(evaluationId, QStringLiteral("test"));
        e.id = 0;
        const qint64 withEvidence = EvaluationStore(c).insert(e);

        // (Labels follow the translator, which this test does not load; the Chinese sheet quotes with 「」.)
        const QString zh = pdfText(writeSheets({withEvidence}, true, QStringLiteral("evidence-zh.pdf")));
        QVERIFY2(zh.contains(squeezed(QStringLiteral("Evidence from the transcript Dimension Turn Speaker Time What was "
                                                     "said 服务态度 #1 Agent 00:03 「您好，请问有什么可以帮您？」 "
                                                     "#3 Agent 02:05 「非常抱歉，我马上为您查询物流。」"))),
                 qPrintable(zh));
        QVERIFY(zh.contains(squeezed(QStringLiteral("#4 Customer 03:06 「已为您加急处理，预计明天送达。」"))));
        QVERIFY(zh.contains(QStringLiteral("问题解决能力")));
        QVERIFY(!zh.contains(QStringLiteral("我的订单一直没有发货"))); // not cited
        const QString en = pdfText(writeSheets({withEvidence}, false, QStringLiteral("evidence-en.pdf")));
        QVERIFY2(en.contains(squeezed(QStringLiteral("#3 Agent 02:05 \u201c非常抱歉，我马上为您查询物流。\u201d"))),
                 qPrintable(en));
        QCOMPARE(EvaluationSheetLoader(c).load(withEvidence).evidenceTurns.size(), 3);
        // A sheet without evidence has no such section.
        const QString none = pdfText(writeSheets({m_fixture.evaluations.first()}, true, QStringLiteral("noevidence.pdf")));
        QVERIFY(!none.contains(squeezed(QStringLiteral("Evidence from the transcript"))));
    }

    void headerShowsTheInteractionInItsOwnOffset()
    {
        const QString text = pdfText(writeSheets({m_fixture.evaluations.first()}, true, QStringLiteral("time.pdf")));
        QVERIFY(text.contains(QStringLiteral("CALL-0301")));
        QVERIFY(text.contains(squeezed(QStringLiteral("2024-03-05 09:15 (UTC+08:00)"))));
        QVERIFY(text.contains(QStringLiteral("Phone")));
        QVERIFY(text.contains(QStringLiteral("Complaint")));
        // Submitted 2024-03-21 09:30 UTC is the 21st in Shanghai too.
        QVERIFY(text.contains(squeezed(QStringLiteral("Evaluation date 2024-03-21"))));
    }

    void batchPrintsOneSheetPerPage()
    {
        int painted = 0;
        const QList<qint64> ids = m_fixture.evaluations;
        const QString file = writeSheets(ids, true, QStringLiteral("batch.pdf"), &painted);
        QCOMPARE(painted, ids.size());
        QCOMPARE(pdfPages(file), ids.size());
        const QString text = pdfText(file);
        for (const qint64 id : ids) {
            QVERIFY(text.contains(squeezed(QStringLiteral("Evaluation No. %1 · page 1 of 1").arg(id))));
        }
    }

    void longCommentsShrinkToFitOnePage()
    {
        EvaluationSheetLoader loader(*m_fixture.connection);
        const EvaluationSheet sheet = loader.load(m_fixture.longCommentEvaluation);
        QPdfWriter writer(path(QStringLiteral("fit.pdf")));
        ReportCanvas::setUpA4(writer);
        const EvaluationSheetRenderer::Fit fit = EvaluationSheetRenderer(options(true)).fit(sheet, writer);
        QCOMPARE(fit.pages, 1);
        QVERIFY2(fit.scale < 1.0, "the long comment needs smaller type");
        const EvaluationSheetRenderer::Fit normal =
            EvaluationSheetRenderer(options(true)).fit(loader.load(m_fixture.evaluations.first()), writer);
        QCOMPARE(normal.scale, 1.0);
    }

    void overlongSheetRunsOnWithoutSplittingRows()
    {
        EvaluationSheetLoader loader(*m_fixture.connection);
        EvaluationSheet sheet = loader.load(m_fixture.longCommentEvaluation);
        QString essay;
        for (int i = 0; i < 30; ++i) {
            essay += QStringLiteral("坐席在客户第三次来电时仍未核实订单信息，导致重复沟通。");
        }
        for (DimensionEvaluation &d : sheet.evaluation.dimensions) {
            d.comment = essay;
        }
        const QString file = path(QStringLiteral("overlong.pdf"));
        const int pages = EvaluationSheetRenderer(options(true)).writePdf({sheet}, file);
        QVERIFY2(pages >= 2, "six 900-character comments cannot fit one page");
        QCOMPARE(pdfPages(file), pages);
        const QString text = pdfText(file);
        QVERIFY(text.contains(squeezed(QStringLiteral("page 2 of %1").arg(pages))));
        QVERIFY(text.contains(squeezed(QStringLiteral("(continued)"))));
    }

    void tableRowsNeverStraddleAPageBreak()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        ReportCanvas::setUpA4(writer);
        ReportTable table({{QStringLiteral("A"), 1}, {QStringLiteral("B"), 3}});
        for (int i = 0; i < 120; ++i) {
            table.addRow({TableCell(QString::number(i)), TableCell(QString(QStringLiteral("字")).repeated(40 * (i % 7)))});
        }
        ReportCanvas canvas(writer, ReportCanvas::Mode::Paint);
        canvas.setFooterReserve(canvas.mm(10));
        canvas.beginSection({}, {});
        const QList<RowPlacement> rows = table.paint(canvas);
        canvas.endSection();
        QCOMPARE(rows.size(), 120);
        QVERIFY(rows.last().page > 1);
        for (const RowPlacement &row : rows) {
            QVERIFY(row.top >= 0);
            QVERIFY2(row.bottom <= canvas.bottom() + 1, "a row runs past the page's content area");
        }
    }

    void chineseFontIsEmbedded()
    {
        const QString file = writeSheets({m_fixture.evaluations.first()}, true, QStringLiteral("fonts.pdf"));
        const QString fonts = runTool(QStringLiteral("pdffonts"), {file});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        bool cjk = false;
        for (const QString &line : lines) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            // name type... encoding emb sub uni object ID: emb is the fifth column from the end.
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
            cjk = cjk || line.contains(QLatin1String("CJK"), Qt::CaseInsensitive) ||
                  line.contains(QString(ReportFonts::chineseFamily()).remove(QLatin1Char(' ')), Qt::CaseInsensitive);
        }
        QVERIFY2(cjk, qPrintable(fonts));
    }

    // Every GB2312 hanzi drawn in the report font comes back out of the PDF as itself: the text layer is
    // searchable and copyable (the installed Noto Sans CJK SC gets 225 of them wrong; see CjkFaceBuilder).
    void everyGb2312HanziReadsBackFromThePdf()
    {
        QFile source(QStringLiteral(QADESK_TEST_DATA "/report/gb2312-hanzi.txt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.join(QString()).size(), 6763);
        const QString file = path(QStringLiteral("gb2312.pdf"));
        {
            QPdfWriter writer(file);
            ReportCanvas::setUpA4(writer);
            ReportCanvas canvas(writer, ReportCanvas::Mode::Paint);
            canvas.beginSection({}, {});
            for (const bool bold : {false, true}) {
                const QFont font = ReportFonts::font(7, bold);
                for (const QString &line : lines) {
                    const double height = canvas.textHeight(line, font, canvas.width());
                    canvas.ensureSpace(height);
                    canvas.text(QRectF(0, canvas.y(), canvas.width(), height), line, font);
                    canvas.advance(height);
                }
            }
            canvas.endSection();
        }
        const QString expected = lines.join(QString()).repeated(2);
        // Not NFKC-folded: the characters themselves must come back.
        QString extracted = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        extracted.remove(QRegularExpression(QStringLiteral("\\s+")));
        QCOMPARE(extracted.size(), expected.size());
        QStringList wrong;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (extracted.at(i) != expected.at(i) && wrong.size() < 20) {
                wrong << QStringLiteral("%1→%2").arg(expected.at(i), extracted.at(i));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(' '))));
    }

    void draftSheetIsMarked()
    {
        // The diagonal DRAFT watermark is drawn (pdftotext leaves rotated text out); the status line says it too.
        const QString text = pdfText(writeSheets({m_fixture.draftEvaluation}, false, QStringLiteral("draft.pdf")));
        QVERIFY(text.contains(QStringLiteral("Status:Draft")));
        QVERIFY(!pdfText(writeSheets({m_fixture.evaluations.first()}, false, QStringLiteral("final.pdf")))
                     .contains(QStringLiteral("Status:Draft")));
    }

    void unknownEvaluationIsAnError()
    {
        EvaluationSheetLoader loader(*m_fixture.connection);
        QVERIFY_THROWS_EXCEPTION(Error, loader.load(qint64(999999)));
    }

    void cancelledBatchLeavesNoFile()
    {
        EvaluationSheetLoader loader(*m_fixture.connection);
        const QList<EvaluationSheet> sheets = loader.load(m_fixture.evaluations);
        const QString file = path(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, EvaluationSheetRenderer(options(true)).writePdf(sheets, file, [&](qint64, qint64) {
            return ++calls < 3;
        }));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
