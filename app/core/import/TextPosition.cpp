#include "TextPosition.h"

#include <cstring>

namespace qadesk {

namespace {

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

int TextPosition::columnOf(QByteArrayView data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    qsizetype start = offset;
    while (start > 0 && data[start - 1] != '\n') {
        --start;
    }
    int column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        if (!isContinuation(static_cast<unsigned char>(data[i]))) {
            ++column;
        }
    }
    return column;
}

TextPosition TextPosition::of(QByteArrayView data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    TextPosition position;
    const char *p = data.data();
    const char *end = p + offset;
    while (const void *found = std::memchr(p, '\n', size_t(end - p))) {
        ++position.line;
        p = static_cast<const char *>(found) + 1;
    }
    position.column = columnOf(data, offset);
    return position;
}

int utf8SequenceLength(QByteArrayView data, qsizetype i)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    const unsigned char c = s[i];
    if (c < 0x80) {
        return 1;
    }
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) {
            low = 0xA0; // no overlong forms
        } else if (c == 0xED) {
            high = 0x9F; // no surrogates
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) {
            low = 0x90;
        } else if (c == 0xF4) {
            high = 0x8F; // nothing above U+10FFFF
        }
    } else {
        return 0;
    }
    if (i + length > n || s[i + 1] < low || s[i + 1] > high) {
        return 0;
    }
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(s[i + k])) {
            return 0;
        }
    }
    return length;
}

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs dominate; test eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = utf8SequenceLength(data, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return -1;
}

} // namespace qadesk
