#include "ImportFuzzing.h"

#include "FuzzCheck.h"
#include "import/FieldRules.h"
#include "import/FormatDetector.h"
#include "import/ImportErrors.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <exception>

namespace qadesk::fuzz {

namespace {

// A message quotes excerpts (kMaxQuotedChars) of the input, never the input itself.
constexpr qsizetype kMaxMessageChars = 2000;

bool isMaskedDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19); // what PiiMasker treats as digits
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF10 ? u - 0xFF10 : u - u'0';
}

// A mainland mobile number standing alone — 11 digits 1[3-9]…, bounded by letters, line ends or the ends of the
// text — is what the masking engine masks in every case; one left in clear means a field escaped masking.
QString clearMobile(const QString &text)
{
    const auto boundary = [&](qsizetype at) {
        return at < 0 || at >= text.size() || text.at(at).isLetter() || text.at(at) == QLatin1Char('\n');
    };
    for (qsizetype i = 0; i < text.size();) {
        if (!isMaskedDigit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isMaskedDigit(text.at(end))) {
            ++end;
        }
        if (end - i == 11 && digitValue(text.at(i)) == 1 && digitValue(text.at(i + 1)) >= 3 && boundary(i - 1) &&
            boundary(end)) {
            return text.mid(i, 11);
        }
        i = end;
    }
    return QString();
}

bool isExact(const QString &identifier)
{
    return identifier == identifier.trimmed() && !identifier.contains(QChar(0xFEFF)) &&
           !identifier.contains(QChar(0x200B)) && !identifier.contains(QChar(0x2060));
}

class CheckingSink final : public RecordSink
{
public:
    CheckingSink(QByteArrayView bytes, int maxErrors) : m_bytes(bytes), m_maxErrors(maxErrors)
    {
        // Every way a parser counts lines (LF, CR LF, a lone CR) stays within one line per CR or LF byte.
        m_maxLine =
            int(std::count(bytes.begin(), bytes.end(), '\n') + std::count(bytes.begin(), bytes.end(), '\r')) + 1;
    }

    void record(ImportRecord &record) override
    {
        const Interaction &in = record.interaction;
        const QString id = QStringLiteral("record at line %1 ('%2')").arg(record.line).arg(excerpt(in.externalId));
        FUZZ_CHECK(record.line >= 1 && record.line <= m_maxLine, id);
        FUZZ_CHECK(!in.externalId.isEmpty() && isExact(in.externalId), id);
        if (record.kind == ImportRecord::Kind::Interaction) {
            FUZZ_CHECK(in.startedAt.isValid(), id);
            FUZZ_CHECK(!in.agentCode.isEmpty(), id);
            FUZZ_CHECK(std::abs(in.utcOffsetS) <= 14 * 3600, id);
            FUZZ_CHECK(in.startedAt.offsetFromUtc() == in.utcOffsetS, id);
        } else {
            FUZZ_CHECK(!in.turns.isEmpty(), id + QStringLiteral(": a transcript or CSV of turns without turns"));
        }
        FUZZ_CHECK(isExact(in.agentCode), id);
        static const QStringList channels = {QString(), QStringLiteral("phone"), QStringLiteral("chat"),
                                             QStringLiteral("email"), QStringLiteral("other")};
        static const QStringList categories = {QString(),
                                               QStringLiteral("consultation"),
                                               QStringLiteral("complaint"),
                                               QStringLiteral("after_sales"),
                                               QStringLiteral("suggestion"),
                                               QStringLiteral("other")};
        FUZZ_CHECK(channels.contains(in.channel), id + QStringLiteral(": channel ") + in.channel);
        FUZZ_CHECK(categories.contains(in.category), id + QStringLiteral(": category ") + in.category);
        FUZZ_CHECK(!in.csat || (*in.csat >= 1 && *in.csat <= 5), id);
        FUZZ_CHECK(!in.nps || (*in.nps >= 0 && *in.nps <= 10), id);
        FUZZ_CHECK(!in.ces || (*in.ces >= 1 && *in.ces <= 7), id);
        FUZZ_CHECK(!in.handleS || (std::isfinite(*in.handleS) && *in.handleS >= 0), id);
        FUZZ_CHECK(!in.firstResponseS || (std::isfinite(*in.firstResponseS) && *in.firstResponseS >= 0), id);
        FUZZ_CHECK(in.turnCount == in.turns.size(), id);
        for (qsizetype i = 0; i < in.turns.size(); ++i) {
            const Turn &turn = in.turns.at(i);
            const QString where = id + QStringLiteral(", turn %1").arg(i);
            FUZZ_CHECK(turn.seq == i, where);
            FUZZ_CHECK(turn.speaker == QLatin1String("agent") || turn.speaker == QLatin1String("customer") ||
                           turn.speaker == QLatin1String("system"),
                       where + QStringLiteral(": speaker ") + turn.speaker);
            FUZZ_CHECK(!turn.startMs || (*turn.startMs >= 0 && *turn.startMs <= FieldRules::kMaxExactInteger), where);
            FUZZ_CHECK(!turn.endMs || (*turn.endMs >= 0 && *turn.endMs <= FieldRules::kMaxExactInteger), where);
            FUZZ_CHECK(!turn.startMs || !turn.endMs || *turn.endMs >= *turn.startMs, where);
            const QString mobile = clearMobile(turn.text);
            FUZZ_CHECK(mobile.isEmpty(), where + QStringLiteral(": mobile number in clear: ") + mobile);
        }
        // Masking is on (the default): customer_phone keeps at most 3 + 4 digits, text fields no mobile number.
        FUZZ_CHECK(std::count_if(in.customerPhone.begin(), in.customerPhone.end(), isMaskedDigit) <= 7,
                   id + QStringLiteral(": customer_phone ") + in.customerPhone);
        for (const QString *field : {&in.customerId, &in.agentName, &in.teamName}) {
            const QString mobile = clearMobile(*field);
            FUZZ_CHECK(mobile.isEmpty(), id + QStringLiteral(": mobile number in clear: ") + mobile);
        }
    }

    void error(int line, int column, const QString &message) override
    {
        checkPlace(line, column, message);
        ++m_errors;
    }

    void warning(int line, const QString &message) override { checkPlace(line, 0, message); }

    bool wantsMore() const override { return m_errors < m_maxErrors; }
    bool hasErrors() const override { return m_errors > 0; }

    void progress(qint64 bytesDone) override
    {
        FUZZ_CHECK(bytesDone >= 0 && bytesDone <= m_bytes.size(),
                   QStringLiteral("progress %1 of %2 bytes").arg(bytesDone).arg(m_bytes.size()));
    }

    void checkPlace(int line, int column, const QString &message) const
    {
        const QString detail = QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message.left(300));
        FUZZ_CHECK(line >= 0 && line <= m_maxLine, detail);
        FUZZ_CHECK(column >= 0 && column <= m_bytes.size() + 1, detail);
        FUZZ_CHECK(!message.isEmpty(), detail);
        FUZZ_CHECK(message.size() <= kMaxMessageChars,
                   QStringLiteral("a message of %1 characters: %2").arg(message.size()).arg(detail));
    }

private:
    QByteArrayView m_bytes;
    int m_maxErrors = 0;
    int m_errors = 0;
    int m_maxLine = 1;
};

bool isBlank(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

} // namespace

ImportOptions fuzzImportOptions()
{
    return ImportOptions{};
}

void fuzzImport(InteractionParser &parser, QByteArrayView bytes, const QString &path)
{
    // Detection only looks: whatever the head holds, it names a format and never throws.
    try {
        FormatDetector::detect(path, bytes.first(std::min(bytes.size(), FormatDetector::kHeadSize)));
    } catch (const std::exception &error) {
        invariantBroken("format detection never throws", QString::fromUtf8(error.what()), __FILE__, __LINE__);
    }
    if (isBlank(bytes)) {
        return; // the Importer reports "the file is empty" without calling a parser
    }
    const ImportOptions options = fuzzImportOptions();
    CheckingSink sink(bytes, options.maxErrorsPerFile);
    try {
        parser.parse(ImportSource{path, bytes, {}}, sink);
    } catch (const RecordError &error) {
        sink.checkPlace(error.line(), error.column(), error.message()); // the file's one error, with its place
    } catch (const std::exception &error) {
        // Anything else reaches the user as "the import failed unexpectedly", without a place.
        invariantBroken("a parser throws nothing but RecordError", QString::fromUtf8(error.what()), __FILE__, __LINE__);
    }
}

} // namespace qadesk::fuzz
