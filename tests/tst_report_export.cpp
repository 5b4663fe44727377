// CSV and XLSX exports of evaluations and KPI tables: the CSV parsed back with Python's csv module (BOM,
// RFC 4180 quoting), the XLSX read back from its sheet XML (row count, typed cells, frozen formatted header).
#include "export/ExportTables.h"
#include "export/TableExporter.h"
#include "FilePermissions.h"
#include "kpi/KpiService.h"
#include "report/PdfFile.h"
#include "ReportFixture.h"
#include "storage/Connection.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace qadesk;
using namespace reportfixture;

namespace {

// Parses a CSV file with Python's csv module; returns the rows.
QList<QStringList> parseCsv(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                  path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("python3 csv failed: %s", python.readAllStandardError().constData());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray()) {
            cells << cell.toString();
        }
        rows << cells;
    }
    return rows;
}

QString unzip(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The cells of one <row> of a sheet XML: reference → (type attribute, style attribute, text inside).
struct XlsxCell
{
    QString type;
    QString style;
    QString value;
};

QList<QList<XlsxCell>> xlsxRows(const QString &sheetXml)
{
    QList<QList<XlsxCell>> rows;
    static const QRegularExpression rowPattern(QStringLiteral("<row [^>]*>(.*?)</row>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(QStringLiteral("<c r=\"[A-Z]+\\d+\"([^>]*?)(?:/>|>(.*?)</c>)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression typePattern(QStringLiteral("t=\"(\\w+)\""));
    static const QRegularExpression stylePattern(QStringLiteral("s=\"(\\d+)\""));
    for (auto row = rowPattern.globalMatch(sheetXml); row.hasNext();) {
        QList<XlsxCell> cells;
        const QString inner = row.next().captured(1);
        for (auto cell = cellPattern.globalMatch(inner); cell.hasNext();) {
            const auto m = cell.next();
            XlsxCell c;
            c.type = typePattern.match(m.captured(1)).captured(1);
            c.style = stylePattern.match(m.captured(1)).captured(1);
            QString value = m.captured(2);
            value.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
            c.value = value;
            cells << c;
        }
        rows << cells;
    }
    return rows;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Fixture m_fixture;

    static KpiFilter shanghai()
    {
        KpiFilter filter;
        filter.zone = QTimeZone("Asia/Shanghai");
        filter.bucket = KpiBucket::None;
        return filter;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = create(m_dir.filePath(QStringLiteral("export.sqlite")));
    }

    void evaluationsTableHasOneRowPerSubmittedEvaluation()
    {
        const ExportTable table = ExportTables::evaluations(*m_fixture.connection, shanghai(), true);
        QCOMPARE(table.rows.size(), 8); // the draft is left out
        KpiFilter agent = shanghai();
        agent.agent = QStringLiteral("A017");
        QCOMPARE(ExportTables::evaluations(*m_fixture.connection, agent, true).rows.size(), 6);
        KpiFilter march = shanghai();
        march.from = QDate(2024, 3, 1);
        march.to = QDate(2024, 3, 31);
        march.team = QStringLiteral("售后一组");
        QCOMPARE(ExportTables::evaluations(*m_fixture.connection, march, true).rows.size(), 5);
    }

    void csvReadsBackWithBomAndTypes()
    {
        const QString file = path(QStringLiteral("evaluations.csv"));
        TableExporter::writeCsv(ExportTables::evaluations(*m_fixture.connection, shanghai(), true), file);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(3) == QByteArray("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(file);
        QCOMPARE(rows.size(), 1 + 8);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("Evaluation"));
        QVERIFY(header.contains(QStringLiteral("响应速度")));
        QVERIFY(header.contains(QStringLiteral("Started (Asia/Shanghai)")));
        const qsizetype score = header.indexOf(QStringLiteral("Score"));
        const qsizetype gradeKey = header.indexOf(QStringLiteral("Grade key"));
        const qsizetype critical = header.indexOf(QStringLiteral("Critical item failed"));
        const qsizetype knowledge = header.indexOf(QStringLiteral("专业知识"));
        QVERIFY(score > 0 && gradeKey > 0 && critical > 0 && knowledge > 0);
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), header.size());
        }
        // Rows are ordered by interaction start: January, February, then March (0301, 0304, 0305, 0302, 0303, 0306).
        const QStringList first = rows.at(3); // CALL-0301, 79
        QCOMPARE(first.at(1), QStringLiteral("CALL-0301"));
        QCOMPARE(first.at(2), QStringLiteral("2024-03-05 09:15:02"));
        QCOMPARE(first.at(6), QStringLiteral("王芳"));
        QCOMPARE(first.at(score), QStringLiteral("79.00"));
        QCOMPARE(first.at(gradeKey), QStringLiteral("pass"));
        QCOMPARE(first.at(critical), QStringLiteral("FALSE"));
        QCOMPARE(rows.at(6).at(knowledge), QStringLiteral("N/A"));
        QCOMPARE(rows.at(6).at(score), QStringLiteral("91.76"));
        QCOMPARE(rows.at(7).at(critical), QStringLiteral("TRUE"));
        QCOMPARE(rows.at(7).at(score), QStringLiteral("0.00"));
        QCOMPARE(rows.at(7).last(), QStringLiteral("通话中出现不文明用语，一票否决。"));
    }

    void csvQuotesWhatNeedsQuotingAndDefusesFormulas()
    {
        ExportTable table;
        table.columns = {{QStringLiteral("text, with comma"), CellType::Text}, {QStringLiteral("n"), CellType::Integer}};
        const QString tricky = QStringLiteral("他说：\"好的\"，\n第二行, and more");
        table.rows = {{tricky, 1}, {QStringLiteral("=HYPERLINK(\"http://x\")"), 2}, {QStringLiteral("-5 分"), 3},
                      {QVariant(), QVariant()}};
        const QString file = path(QStringLiteral("tricky.csv"));
        TableExporter::writeCsv(table, file);
        const QList<QStringList> rows = parseCsv(file);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).first(), QStringLiteral("text, with comma"));
        QCOMPARE(rows.at(1), QStringList({tricky, QStringLiteral("1")}));
        QCOMPARE(rows.at(2).first(), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(rows.at(3).first(), QStringLiteral("'-5 分"));
        QCOMPARE(rows.at(4), QStringList({QString(), QString()}));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains("\r\n"));
        QCOMPARE(TableExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(TableExporter::csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }

    void xlsxReadsBackWithTypedCellsAndFrozenHeader()
    {
        const QString file = path(QStringLiteral("evaluations.xlsx"));
        TableExporter::writeXlsx(ExportTables::evaluations(*m_fixture.connection, shanghai(), true), file);
        const QString sheet = unzip(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "no sheet1.xml in the workbook");
        const QList<QList<XlsxCell>> rows = xlsxRows(sheet);
        QCOMPARE(rows.size(), 1 + 8);
        // Header: strings in the header style; frozen below row 1; an autofilter over the table.
        for (const XlsxCell &cell : rows.first()) {
            QVERIFY(cell.type == QLatin1String("inlineStr") || cell.type == QLatin1String("s"));
            QVERIFY(!cell.style.isEmpty());
        }
        QVERIFY(sheet.contains(QStringLiteral("ySplit=\"1\"")));
        QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:")));
        const QString styles = unzip(file, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
        QVERIFY(styles.contains(QStringLiteral("yyyy-mm-dd hh:mm")));

        const QList<XlsxCell> row = rows.at(3); // CALL-0301
        auto isNumber = [](const XlsxCell &c) { return c.type.isEmpty() || c.type == QLatin1String("n"); };
        QVERIFY(isNumber(row.at(0)));               // evaluation id
        QCOMPARE(row.at(0).value.toLongLong(), m_fixture.evaluations.first());
        QVERIFY(!isNumber(row.at(1)));              // interaction id is text
        QVERIFY(row.at(1).value.contains(QStringLiteral("CALL-0301")));
        QVERIFY(isNumber(row.at(2)));               // started: a date serial…
        QVERIFY(!row.at(2).style.isEmpty());        // …with a date format
        // 2024-03-05 09:15:02 as an Excel serial (days since 1899-12-30).
        QVERIFY(qAbs(row.at(2).value.toDouble() - (45356 + (9 * 3600 + 15 * 60 + 2) / 86400.0)) < 1e-6);
        QVERIFY(row.at(6).value.contains(QStringLiteral("王芳")));
        for (int d = 10; d < 16; ++d) {
            QVERIFY2(isNumber(row.at(d)), qPrintable(QString::number(d))); // dimension scores are numbers
        }
        QVERIFY(isNumber(row.at(16)));
        QCOMPARE(row.at(16).value.toDouble(), 79.0);
        QCOMPARE(row.at(19).type, QStringLiteral("b")); // critical item failed: a boolean
        QCOMPARE(row.at(19).value, QStringLiteral("0"));
        // N/A stays text in a numeric column.
        const QList<XlsxCell> withNa = rows.at(6);
        QVERIFY(!isNumber(withNa.at(13)));
        QVERIFY(withNa.at(13).value.contains(QStringLiteral("N/A")));
    }

    void kpiTableMatchesTheKpiService_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void kpiTableMatchesTheKpiService()
    {
        QFETCH(QString, format);
        KpiFilter filter = shanghai();
        filter.bucket = KpiBucket::Month;
        const QList<KpiValues> expected = KpiService(*m_fixture.connection).compute(filter);
        QCOMPARE(expected.size(), 3); // January, February, March
        const ExportTable table = ExportTables::kpis(*m_fixture.connection, filter);
        QCOMPARE(table.rows.size(), expected.size());
        const QString file = path(QStringLiteral("kpi.") + format);
        TableExporter::write(table, file, *TableExporter::formatFromName(format));
        if (format == QLatin1String("csv")) {
            const QList<QStringList> rows = parseCsv(file);
            QCOMPARE(rows.size(), 4);
            QCOMPARE(rows.first().mid(0, 4), QStringList({QStringLiteral("Period start"), QStringLiteral("Interactions"),
                                                          QStringLiteral("CSAT %"), QStringLiteral("CSAT responses")}));
            QCOMPARE(rows.at(3).at(0), QStringLiteral("2024-03-01"));
            QCOMPARE(rows.at(3).at(1), QString::number(expected.at(2).interactions));
            QCOMPARE(rows.at(3).at(2), QString::number(*expected.at(2).csat, 'f', 2));
            QCOMPARE(rows.at(3).last(), QString::number(expected.at(2).evaluations));
        } else {
            const QList<QList<XlsxCell>> rows = xlsxRows(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml")));
            QCOMPARE(rows.size(), 4);
            // 2024-03-01 is Excel serial 45352; numbers are numbers.
            QCOMPARE(rows.at(3).at(0).value.toDouble(), 45352.0);
            QCOMPARE(rows.at(3).at(1).value.toLongLong(), expected.at(2).interactions);
            QVERIFY(qAbs(rows.at(3).at(2).value.toDouble() - *expected.at(2).csat) < 1e-9);
        }
    }

    void cancelledExportLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void cancelledExportLeavesNothingBehind()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        ExportTable table;
        table.columns = {{QStringLiteral("n"), CellType::Integer}};
        for (int i = 0; i < 5000; ++i) {
            table.rows << QVariantList{i};
        }
        const QString file = dir.filePath(QStringLiteral("big.") + format);
        QVERIFY_THROWS_EXCEPTION(Cancelled, TableExporter::write(table, file, *TableExporter::formatFromName(format),
                                                                 [](qint64 done, qint64) { return done < 2000; }));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // Exports, PDFs, the database and the folders created for them hold personal data: owner-only whatever the
    // umask (here 000, the worst case); a file that exists keeps the permissions its owner gave it.
    void writtenFilesAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("existingMode"); // 0: the file is new
        QTest::addColumn<int>("expectedMode");
        QTest::newRow("csv, new") << QStringLiteral("csv") << 0 << 0600;
        QTest::newRow("xlsx, new") << QStringLiteral("xlsx") << 0 << 0600;
        QTest::newRow("pdf, new") << QStringLiteral("pdf") << 0 << 0600;
        QTest::newRow("database, new") << QStringLiteral("sqlite") << 0 << 0600;
        QTest::newRow("csv over a 0644 file") << QStringLiteral("csv") << 0644 << 0644;
        QTest::newRow("xlsx over a 0640 file") << QStringLiteral("xlsx") << 0640 << 0640;
        QTest::newRow("pdf over a 0644 file") << QStringLiteral("pdf") << 0644 << 0644;
    }
    void writtenFilesAreOwnerOnly()
    {
        QFETCH(QString, kind);
        QFETCH(int, existingMode);
        QFETCH(int, expectedMode);
        QTemporaryDir dir;
        const mode_t previousUmask = ::umask(0);
        const auto restore = qScopeGuard([&] { ::umask(previousUmask); });
        // Nested folders that do not exist yet: created 0700 each (for the database by Connection).
        const QString folder = dir.filePath(QStringLiteral("a/b"));
        if (kind != QLatin1String("sqlite")) {
            QVERIFY(FilePermissions::makePrivatePath(folder));
        }
        const QString file = folder + QStringLiteral("/out.") + kind;
        if (existingMode != 0) {
            QFile existing(file);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.close();
            QVERIFY(::chmod(QFile::encodeName(file).constData(), mode_t(existingMode)) == 0);
        }
        ExportTable table;
        table.columns = {{QStringLiteral("n"), CellType::Integer}};
        table.rows << QVariantList{1};
        if (kind == QLatin1String("pdf")) {
            PdfFile pdf(file, QStringLiteral("t"));
            pdf.commit();
        } else if (kind == QLatin1String("sqlite")) {
            Connection connection(file);
        } else {
            TableExporter::write(table, file, *TableExporter::formatFromName(kind));
        }
        const auto mode = [](const QString &path) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
        };
        QCOMPARE(QString::number(mode(file), 8), QString::number(expectedMode, 8));
        QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
        QCOMPARE(QString::number(mode(dir.filePath(QStringLiteral("a"))), 8), QStringLiteral("700"));
    }

    void formatFollowsTheName()
    {
        QCOMPARE(TableExporter::formatFromPath(QStringLiteral("/x/y.XLSX")), ExportFormat::Xlsx);
        QCOMPARE(TableExporter::formatFromPath(QStringLiteral("y.csv")), ExportFormat::Csv);
        QVERIFY(!TableExporter::formatFromPath(QStringLiteral("y.ods")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_report_export.moc"
