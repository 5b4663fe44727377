#include "TextDecoder.h"

#include "ImportErrors.h"
#include "TextPosition.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace qadesk {

namespace {

[[noreturn]] void throwControlCharacter(const QString &text, qsizetype at)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < at; ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    throw RecordError(
        line, int(at - lineStart) + 1,
        QCoreApplication::translate("Import", "binary data (control character U+%1): this is not a text file")
            .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
}

QString normaliseLineEnds(QString text)
{
    // Classic Mac files end lines with CR alone; everything downstream splits on LF.
    if (text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

// What the bytes of a file say about its encoding: well-formed multi-byte UTF-8 sequences against broken ones
// (a broken lead byte and the continuation bytes after it count once), and the first line that is entirely
// UTF-8 with at least two non-ASCII characters — which GB18030 text is only by rare accident.
struct Utf8Evidence
{
    qint64 valid = 0;
    qint64 invalid = 0;
    int firstUtf8Line = 0;
};

Utf8Evidence weighUtf8(QByteArrayView bytes)
{
    Utf8Evidence evidence;
    int line = 1;
    int lineValid = 0;
    bool lineInvalid = false;
    const auto endLine = [&] {
        if (evidence.firstUtf8Line == 0 && !lineInvalid && lineValid >= 2) {
            evidence.firstUtf8Line = line;
        }
        ++line;
        lineValid = 0;
        lineInvalid = false;
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            if (c == '\n') {
                endLine();
            }
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes, i);
        if (length > 0) {
            ++evidence.valid;
            ++lineValid;
            i += length;
            continue;
        }
        ++evidence.invalid;
        lineInvalid = true;
        ++i;
        while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80) {
            ++i;
        }
    }
    endLine();
    return evidence;
}

QString byteName(QByteArrayView bytes, qsizetype at)
{
    return QStringLiteral("0x%1").arg(static_cast<unsigned char>(bytes[at]), 2, 16, QLatin1Char('0'));
}

} // namespace

qsizetype TextDecoder::firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') {
            return i;
        }
    }
    return -1;
}

DecodedText TextDecoder::decode(QByteArrayView bytes, bool allowGb18030)
{
    DecodedText decoded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView body = bytes.sliced(3);
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            const TextPosition at = TextPosition::of(body, bad);
            throw RecordError(
                at.line, at.column,
                QCoreApplication::translate("Import", "invalid UTF-8 (byte 0x%1) in a file marked as UTF-8")
                    .arg(static_cast<unsigned char>(body[bad]), 2, 16, QLatin1Char('0')));
        }
        decoded.text = QString::fromUtf8(body);
        decoded.encoding = QStringLiteral("UTF-8 with BOM");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        decoded.text = decoder(bytes.sliced(2));
        if (decoder.hasError()) {
            throw RecordError(0, 0, QCoreApplication::translate("Import", "invalid UTF-16 text"));
        }
        decoded.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        // A NUL byte never occurs in UTF-8 or GB18030 text: say plainly that this is not text.
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
            const TextPosition at = TextPosition::of(bytes, nul);
            throw RecordError(
                at.line, at.column,
                QCoreApplication::translate("Import", "binary data (a NUL byte): this is not a text file"));
        }
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            decoded.text = QString::fromUtf8(bytes);
            decoded.encoding = QStringLiteral("UTF-8");
        } else {
            // Decided per file, with evidence: valid UTF-8 wins; a file that is mostly UTF-8 with a few broken
            // sequences is damaged UTF-8, not GB18030 (reading it as GB18030 would store mojibake).
            const Utf8Evidence evidence = weighUtf8(bytes);
            const TextPosition at = TextPosition::of(bytes, bad);
            if (evidence.valid >= evidence.invalid) {
                throw RecordError(at.line, at.column,
                                  QCoreApplication::translate(
                                      "Import", "invalid UTF-8 (byte %1) in a file that is otherwise UTF-8 (%2 "
                                                "well-formed characters, %3 broken): the file is damaged; correct "
                                                "it or save it again as UTF-8")
                                      .arg(byteName(bytes, bad))
                                      .arg(evidence.valid)
                                      .arg(evidence.invalid));
            }
            bool ok = false;
            if (allowGb18030) {
                QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
                if (gb.isValid()) {
                    decoded.text = gb(bytes);
                    ok = !gb.hasError();
                    decoded.encoding = QStringLiteral("GB18030");
                }
            }
            if (!ok) {
                throw RecordError(
                    at.line, at.column,
                    allowGb18030
                        ? QCoreApplication::translate("Import", "the text is neither UTF-8 nor GB18030 (byte %1)")
                              .arg(byteName(bytes, bad))
                        : QCoreApplication::translate("Import", "invalid UTF-8 (byte %1); save the file as UTF-8")
                              .arg(byteName(bytes, bad)));
            }
            if (evidence.firstUtf8Line > 0) {
                decoded.warningLine = evidence.firstUtf8Line;
                decoded.warning = QCoreApplication::translate(
                    "Import", "the file mixes encodings: it was read as GB18030, but this line is UTF-8 and its "
                              "text will be garbled; save the whole file in one encoding");
            }
        }
    }
    const qsizetype control = firstControlCharacter(decoded.text);
    if (control >= 0) {
        throwControlCharacter(decoded.text, control);
    }
    decoded.text = normaliseLineEnds(std::move(decoded.text));
    return decoded;
}

} // namespace qadesk
