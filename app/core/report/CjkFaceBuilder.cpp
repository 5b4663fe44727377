#include "CjkFaceBuilder.h"

#include <QHash>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <map>

namespace qadesk {

namespace {

// Big-endian reads that return 0 past the end instead of reading out of bounds.
quint32 read32(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 4 <= data.size() ? qFromBigEndian<quint32>(data.constData() + at) : 0;
}

quint16 read16(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void write32(QByteArray &out, qsizetype at, quint32 value)
{
    qToBigEndian(value, out.data() + at);
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (qsizetype j = 0; j < 4; ++j) {
            word = (word << 8) | (i + j < data.size() ? quint8(data.at(i + j)) : 0);
        }
        sum += word;
    }
    return sum;
}

struct Table
{
    QByteArray tag;
    QByteArray data;
};

// The tables of the face whose table directory starts at `offset`.
std::optional<QList<Table>> faceTables(const QByteArray &file, qsizetype offset)
{
    const quint16 count = read16(file, offset + 4);
    if (count == 0 || offset + 12 + qsizetype(count) * 16 > file.size()) {
        return std::nullopt;
    }
    QList<Table> tables;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = offset + 12 + qsizetype(i) * 16;
        const quint32 start = read32(file, record + 8);
        const quint32 length = read32(file, record + 12);
        if (qsizetype(start) + qsizetype(length) > file.size()) {
            return std::nullopt;
        }
        tables << Table{file.mid(record, 4), file.mid(start, length)};
    }
    return tables;
}

const Table *find(const QList<Table> &tables, const char *tag)
{
    for (const Table &table : tables) {
        if (table.tag == tag) {
            return &table;
        }
    }
    return nullptr;
}

// A Windows-platform English name, or empty.
QString nameOf(const QByteArray &name, quint16 nameId)
{
    const quint16 count = read16(name, 2);
    const quint16 strings = read16(name, 4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        if (read16(name, record) == 3 && read16(name, record + 4) == 0x409 && read16(name, record + 6) == nameId) {
            const QByteArray utf16 = name.mid(strings + read16(name, record + 10), read16(name, record + 8));
            QString text(utf16.size() / 2, Qt::Uninitialized);
            for (qsizetype c = 0; c < text.size(); ++c) {
                text[c] = QChar(read16(utf16, c * 2));
            }
            return text;
        }
    }
    return {};
}

// A name table with the given family and style, keeping copyright, version, PostScript name and licence.
QByteArray renamed(const QByteArray &name, const QString &family, const QString &style)
{
    std::map<quint16, QString> names;
    for (const quint16 kept : {quint16(0), quint16(5), quint16(6), quint16(13), quint16(14)}) {
        const QString text = nameOf(name, kept);
        if (!text.isEmpty()) {
            names[kept] = text;
        }
    }
    names[1] = family;
    names[2] = style;
    names[3] = family + QLatin1Char(' ') + style;
    names[4] = family + QLatin1Char(' ') + style;
    QByteArray strings;
    QByteArray out;
    append16(out, 0);
    append16(out, quint16(names.size()));
    append16(out, quint16(6 + names.size() * 12));
    for (const auto &[id, text] : names) {
        append16(out, 3);
        append16(out, 1);
        append16(out, 0x409);
        append16(out, id);
        append16(out, quint16(text.size() * 2));
        append16(out, quint16(strings.size()));
        for (const QChar c : text) {
            append16(strings, c.unicode());
        }
    }
    return out + strings;
}

// The Unicode → glyph map of a cmap table (format 12 preferred, else format 4).
std::map<quint32, quint32> unicodeMap(const QByteArray &cmap)
{
    std::map<quint32, quint32> map;
    const quint16 count = read16(cmap, 2);
    qsizetype format12 = -1;
    qsizetype format4 = -1;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        const quint16 platform = read16(cmap, record);
        const quint16 encoding = read16(cmap, record + 2);
        const qsizetype offset = read32(cmap, record + 4);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode) {
            continue;
        }
        if (read16(cmap, offset) == 12) {
            format12 = offset;
        } else if (read16(cmap, offset) == 4) {
            format4 = offset;
        }
    }
    if (format12 >= 0) {
        const quint32 groups = read32(cmap, format12 + 12);
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype at = format12 + 16 + qsizetype(g) * 12;
            const quint32 first = read32(cmap, at);
            const quint32 last = std::min<quint32>(read32(cmap, at + 4), 0x10FFFF);
            const quint32 glyph = read32(cmap, at + 8);
            for (quint32 c = first; c <= last && c >= first; ++c) {
                map[c] = glyph + (c - first);
            }
        }
    } else if (format4 >= 0) {
        const quint16 segments = read16(cmap, format4 + 6) / 2;
        const qsizetype ends = format4 + 14;
        const qsizetype starts = ends + segments * 2 + 2;
        const qsizetype deltas = starts + segments * 2;
        const qsizetype rangeOffsets = deltas + segments * 2;
        for (quint16 s = 0; s < segments; ++s) {
            const quint16 end = read16(cmap, ends + s * 2);
            const quint16 start = read16(cmap, starts + s * 2);
            const quint16 delta = read16(cmap, deltas + s * 2);
            const quint16 rangeOffset = read16(cmap, rangeOffsets + s * 2);
            for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
                quint16 glyph = 0;
                if (rangeOffset == 0) {
                    glyph = quint16(c + delta);
                } else {
                    const qsizetype at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = read16(cmap, at);
                    if (glyph != 0) {
                        glyph = quint16(glyph + delta);
                    }
                }
                if (glyph != 0) {
                    map[c] = glyph;
                }
            }
        }
    }
    return map;
}

bool isUnifiedIdeograph(quint32 c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

// Leaves each glyph reachable from one character: the one text actually uses. See the class comment.
std::map<quint32, quint32> oneCharacterPerGlyph(const std::map<quint32, quint32> &map)
{
    QHash<quint32, quint32> ideographFor; // glyph → lowest unified ideograph mapping to it
    for (const auto &[c, glyph] : map) {
        if (isUnifiedIdeograph(c) && !ideographFor.contains(glyph)) {
            ideographFor.insert(glyph, c);
        }
    }
    std::map<quint32, quint32> kept;
    for (const auto &[c, glyph] : map) {
        const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
        const bool radical = c >= 0x2E80 && c <= 0x2FDF;
        const auto ideograph = ideographFor.constFind(glyph);
        const bool shadowsIdeograph = ideograph != ideographFor.constEnd() && *ideograph != c;
        if (!control && !radical && !shadowsIdeograph) {
            kept[c] = glyph;
        }
    }
    return kept;
}

// A cmap with one format 12 subtable, for both Unicode encodings.
QByteArray format12(const std::map<quint32, quint32> &map)
{
    struct Group
    {
        quint32 first, last, glyph;
    };
    QList<Group> groups;
    for (const auto &[c, glyph] : map) {
        if (!groups.isEmpty() && groups.last().last + 1 == c &&
            groups.last().glyph + (c - groups.last().first) == glyph) {
            groups.last().last = c;
        } else {
            groups << Group{c, c, glyph};
        }
    }
    QByteArray out;
    append16(out, 0);
    append16(out, 2);
    append16(out, 0); // Unicode, full repertoire
    append16(out, 4);
    append32(out, 20);
    append16(out, 3); // Windows, UCS-4
    append16(out, 10);
    append32(out, 20);
    append16(out, 12);
    append16(out, 0);
    append32(out, quint32(16 + groups.size() * 12));
    append32(out, 0);
    append32(out, quint32(groups.size()));
    for (const Group &g : groups) {
        append32(out, g.first);
        append32(out, g.last);
        append32(out, g.glyph);
    }
    return out;
}

QByteArray assemble(quint32 version, QList<Table> tables)
{
    std::sort(tables.begin(), tables.end(), [](const Table &a, const Table &b) { return a.tag < b.tag; });
    const quint16 count = quint16(tables.size());
    quint16 power = 1;
    quint16 selector = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++selector;
    }
    QByteArray out;
    append32(out, version);
    append16(out, count);
    append16(out, quint16(power * 16));
    append16(out, selector);
    append16(out, quint16(count * 16 - power * 16));
    qsizetype offset = 12 + qsizetype(count) * 16;
    qsizetype headAt = -1;
    for (const Table &table : tables) {
        out.append(table.tag);
        append32(out, checksum(table.data));
        append32(out, quint32(offset));
        append32(out, quint32(table.data.size()));
        offset += (table.data.size() + 3) & ~qsizetype(3);
    }
    for (const Table &table : tables) {
        if (table.tag == "head") {
            headAt = out.size();
        }
        out.append(table.data);
        out.append(QByteArray((4 - table.data.size() % 4) % 4, '\0'));
    }
    if (headAt >= 0) {
        write32(out, headAt + 8, 0);
        write32(out, headAt + 8, 0xB1B0AFBAu - checksum(out));
    }
    return out;
}

} // namespace

QByteArray CjkFaceBuilder::build(const QByteArray &fontFile, const QString &sourceFamily, const QString &style,
                                 const QString &family)
{
    QList<qsizetype> faces;
    if (fontFile.startsWith("ttcf")) {
        const quint32 count = read32(fontFile, 8);
        for (quint32 i = 0; i < count && i < 64; ++i) {
            faces << qsizetype(read32(fontFile, 12 + qsizetype(i) * 4));
        }
    } else {
        faces << 0;
    }
    for (const qsizetype offset : faces) {
        const std::optional<QList<Table>> tables = faceTables(fontFile, offset);
        if (!tables) {
            continue;
        }
        const Table *name = find(*tables, "name");
        const Table *cmap = find(*tables, "cmap");
        if (!name || !cmap || !find(*tables, "head")) {
            continue;
        }
        QString faceFamily = nameOf(name->data, 16);
        if (faceFamily.isEmpty()) {
            faceFamily = nameOf(name->data, 1);
        }
        QString faceStyle = nameOf(name->data, 17);
        if (faceStyle.isEmpty()) {
            faceStyle = nameOf(name->data, 2);
        }
        if (faceFamily != sourceFamily || faceStyle.compare(style, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const std::map<quint32, quint32> map = oneCharacterPerGlyph(unicodeMap(cmap->data));
        if (map.empty()) {
            return {};
        }
        QList<Table> out;
        for (const Table &table : *tables) {
            if (table.tag == "GSUB" || table.tag == "DSIG") {
                continue; // no substitution; a signature would no longer match
            }
            if (table.tag == "cmap") {
                out << Table{table.tag, format12(map)};
            } else if (table.tag == "name") {
                out << Table{table.tag, renamed(table.data, family, style)};
            } else {
                out << table;
            }
        }
        return assemble(read32(fontFile, offset), out);
    }
    return {};
}

} // namespace qadesk
