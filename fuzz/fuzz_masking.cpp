// The masking engine every stored text field goes through (PiiMasker), on any text: it only ever turns digits
// into '*', and no mobile number standing alone survives it.
#include "FuzzCheck.h"
#include "import/PiiMasker.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool isMaskedDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19);
}

int digitValue(QChar c)
{
    return c.unicode() >= 0xFF10 ? c.unicode() - 0xFF10 : c.unicode() - u'0';
}

// 11 digits 1[3-9]… bounded by letters, line ends or the ends of the text: masked in every case.
QString clearMobile(const QString &text)
{
    const auto boundary = [&](qsizetype at) {
        return at < 0 || at >= text.size() || text.at(at).isLetter() || text.at(at) == QLatin1Char('\n');
    };
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i;
        while (end < text.size() && isMaskedDigit(text.at(end))) {
            ++end;
        }
        if (end - i == 11 && digitValue(text.at(i)) == 1 && digitValue(text.at(i + 1)) >= 3 && boundary(i - 1) &&
            boundary(end)) {
            return text.mid(i, 11);
        }
        i = end > i ? end : i + 1;
    }
    return QString();
}

void checkOnlyDigitsMasked(const QString &before, const QString &after)
{
    FUZZ_CHECK(after.size() == before.size(), before);
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (after.at(i) != before.at(i)) {
            FUZZ_CHECK(isMaskedDigit(before.at(i)) && after.at(i) == QLatin1Char('*'),
                       QStringLiteral("position %1 of '%2' became '%3'").arg(i).arg(before, after));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString masked = text;
    const bool changed = PiiMasker::mask(masked);
    FUZZ_CHECK(changed == (masked != text), text);
    checkOnlyDigitsMasked(text, masked);
    const QString mobile = clearMobile(masked);
    FUZZ_CHECK(mobile.isEmpty(), QStringLiteral("'%1' left in clear in '%2'").arg(mobile, masked));
    // A mobile number split by one line break between its groups is masked like one on a single line.
    const QString split = QStringLiteral("x138 1234\n5678x");
    FUZZ_CHECK(PiiMasker::masked(text + split).endsWith(QStringLiteral("x138 ****\n5678x")), text);

    const QString phone = PiiMasker::maskedPhone(text);
    checkOnlyDigitsMasked(text, phone);
    qsizetype digits = 0;
    for (const QChar c : phone) {
        digits += isMaskedDigit(c) ? 1 : 0;
    }
    FUZZ_CHECK(digits <= 7, phone);
    return 0;
}
