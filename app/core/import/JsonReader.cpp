#include "JsonReader.h"

#include "TextPosition.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <charconv>

namespace qadesk {

namespace {

constexpr int kMaxDepth = 64;
// Values in one record (one interaction): bounds the node tree's memory (about 80 MB at the limit); a real
// interaction with 2,000 turns holds some 20,000.
constexpr int kMaxNodes = 1000000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonReader::JsonReader(QByteArrayView data, qsizetype from, int line)
    : m_data(data.data()), m_size(data.size()), m_pos(from), m_line(line)
{
    m_nodes.reserve(256);
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
}

int JsonReader::column(qsizetype offset) const
{
    return TextPosition::columnOf(QByteArrayView(m_data, m_size), offset);
}

void JsonReader::fail(const QString &message) const
{
    throw RecordError(m_line, column(m_pos), message);
}

void JsonReader::truncated(const QString &message) const
{
    throw JsonTruncated(m_line, column(m_pos), message);
}

int JsonReader::parseValue()
{
    m_nodes.clear();
    return parseInto(0);
}

int JsonReader::parseInto(int depth)
{
    if (depth > kMaxDepth) {
        fail(QCoreApplication::translate("Import", "nested more than %1 levels deep").arg(kMaxDepth));
    }
    skipWhitespace();
    if (atEnd()) {
        truncated(QCoreApplication::translate("Import", "unexpected end of input where a value was expected"));
    }
    const int index = int(m_nodes.size());
    if (index >= kMaxNodes) {
        fail(QCoreApplication::translate("Import", "the record holds more than %1 values, the limit for one record")
                 .arg(kMaxNodes));
    }
    m_nodes.emplace_back();
    m_nodes.back().start = m_pos;
    m_nodes.back().line = m_line;
    const char c = m_data[m_pos];
    switch (c) {
    case '{':
    case '[': {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        m_nodes[size_t(index)].kind = object ? Kind::Object : Kind::Array;
        ++m_pos;
        skipWhitespace();
        if (!atEnd() && m_data[m_pos] == close) {
            ++m_pos;
            return index;
        }
        int previous = -1;
        for (;;) {
            skipWhitespace();
            qsizetype keyBegin = 0;
            qsizetype keyEnd = 0;
            bool keyEscaped = false;
            if (object) {
                if (atEnd()) {
                    truncated(QCoreApplication::translate("Import", "unexpected end of input inside an object"));
                }
                if (m_data[m_pos] != '"') {
                    fail(QCoreApplication::translate("Import", "expected a member name in double quotes"));
                }
                scanString(keyBegin, keyEnd, keyEscaped);
                skipWhitespace();
                if (atEnd()) {
                    truncated(QCoreApplication::translate("Import", "unexpected end of input inside an object"));
                }
                if (m_data[m_pos] != ':') {
                    fail(QCoreApplication::translate("Import", "expected ':' after the member name"));
                }
                ++m_pos;
            }
            const int child = parseInto(depth + 1);
            Node &childNode = m_nodes[size_t(child)];
            childNode.keyBegin = keyBegin;
            childNode.keyEnd = keyEnd;
            childNode.keyEscaped = keyEscaped;
            if (previous < 0) {
                m_nodes[size_t(index)].firstChild = child;
            } else {
                m_nodes[size_t(previous)].nextSibling = child;
            }
            previous = child;
            skipWhitespace();
            if (atEnd()) {
                truncated(object ? QCoreApplication::translate("Import", "unexpected end of input inside an object")
                                 : QCoreApplication::translate("Import", "unexpected end of input inside an array"));
            }
            const char next = m_data[m_pos];
            if (next == ',') {
                ++m_pos;
                continue;
            }
            if (next == close) {
                ++m_pos;
                return index;
            }
            fail(object ? QCoreApplication::translate("Import", "expected ',' or '}' after an object member")
                        : QCoreApplication::translate("Import", "expected ',' or ']' after an array element"));
        }
    }
    case '"': {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool escaped = false;
        scanString(begin, end, escaped);
        Node &node = m_nodes[size_t(index)];
        node.kind = Kind::String;
        node.begin = begin;
        node.end = end;
        node.escaped = escaped;
        return index;
    }
    case 't':
    case 'f':
    case 'n': {
        const char *word = c == 't' ? "true" : (c == 'f' ? "false" : "null");
        const qsizetype length = qsizetype(std::char_traits<char>::length(word));
        if (m_size - m_pos < length || QByteArrayView(m_data + m_pos, length) != QByteArrayView(word, length)) {
            if (m_size - m_pos < length &&
                QByteArrayView(word).startsWith(QByteArrayView(m_data + m_pos, m_size - m_pos))) {
                truncated(QCoreApplication::translate("Import", "unexpected end of input inside '%1'")
                              .arg(QLatin1String(word)));
            }
            fail(QCoreApplication::translate(
                "Import", "expected a value (an object, array, string, number, true, false or null)"));
        }
        m_pos += length;
        m_nodes[size_t(index)].kind = c == 't' ? Kind::True : (c == 'f' ? Kind::False : Kind::Null);
        return index;
    }
    default:
        if (c == '-' || isDigit(c)) {
            scanNumber(m_nodes[size_t(index)]);
            return index;
        }
        if (c == '\'') {
            fail(QCoreApplication::translate("Import", "strings must be in double quotes"));
        }
        fail(QCoreApplication::translate("Import",
                                         "expected a value (an object, array, string, number, true, false or null)"));
    }
}

int JsonReader::hex4(qsizetype at) const
{
    if (at + 4 > m_size) {
        truncated(QCoreApplication::translate("Import", "unexpected end of input inside a \\u escape"));
    }
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = m_data[i];
        int digit = 0;
        if (isDigit(c)) {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            fail(QCoreApplication::translate("Import", "a \\u escape needs four hexadecimal digits"));
        }
        value = value * 16 + digit;
    }
    return value;
}

void JsonReader::scanString(qsizetype &begin, qsizetype &end, bool &escaped)
{
    ++m_pos; // the opening quote
    begin = m_pos;
    for (;;) {
        if (m_pos >= m_size) {
            truncated(QCoreApplication::translate("Import", "unexpected end of input inside a string"));
        }
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"') {
            end = m_pos;
            ++m_pos;
            return;
        }
        if (c == '\\') {
            escaped = true;
            if (m_pos + 1 >= m_size) {
                truncated(QCoreApplication::translate("Import", "unexpected end of input inside a string"));
            }
            const char e = m_data[m_pos + 1];
            switch (e) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_pos += 2;
                break;
            case 'u': {
                const int cp = hex4(m_pos + 2);
                if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail(QCoreApplication::translate("Import", "unpaired surrogate in a \\u escape"));
                }
                m_pos += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_pos + 1 >= m_size || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u') {
                        fail(QCoreApplication::translate("Import", "unpaired surrogate in a \\u escape"));
                    }
                    const int low = hex4(m_pos + 2);
                    if (low < 0xDC00 || low > 0xDFFF) {
                        fail(QCoreApplication::translate("Import", "unpaired surrogate in a \\u escape"));
                    }
                    m_pos += 6;
                }
                break;
            }
            default:
                ++m_pos;
                fail(QCoreApplication::translate("Import", "invalid escape '\\%1' in a string")
                         .arg(QChar::fromLatin1(e)));
            }
            continue;
        }
        if (c < 0x20) {
            fail(c == '\n' ? QCoreApplication::translate("Import", "a string is not closed before the end of the line")
                           : QCoreApplication::translate("Import", "control character in a string (escape it)"));
        }
        ++m_pos;
    }
}

void JsonReader::scanNumber(Node &node)
{
    const qsizetype start = m_pos;
    if (m_data[m_pos] == '-') {
        ++m_pos;
    }
    auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < m_size && isDigit(m_data[m_pos])) {
            ++m_pos;
        }
        return m_pos - from;
    };
    if (m_pos < m_size && m_data[m_pos] == '0') {
        ++m_pos;
    } else if (digits() == 0) {
        fail(QCoreApplication::translate("Import", "invalid number"));
    }
    if (m_pos < m_size && m_data[m_pos] == '.') {
        ++m_pos;
        if (digits() == 0) {
            fail(QCoreApplication::translate("Import", "invalid number: digits must follow the decimal point"));
        }
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-')) {
            ++m_pos;
        }
        if (digits() == 0) {
            fail(QCoreApplication::translate("Import", "invalid number: digits must follow the exponent"));
        }
    }
    node.kind = Kind::Number;
    node.begin = start;
    node.end = m_pos;
    const auto [ptr, ec] = std::from_chars(m_data + start, m_data + m_pos, node.number);
    if (ec != std::errc() || ptr != m_data + m_pos) {
        m_pos = start;
        fail(QCoreApplication::translate("Import", "number out of range"));
    }
}

QByteArray JsonReader::unescape(qsizetype begin, qsizetype end) const
{
    QByteArray out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char c = m_data[i];
        if (c != '\\') {
            out.append(c);
            continue;
        }
        const char e = m_data[++i];
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char32_t cp = char32_t(hex4(i + 1));
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const char32_t low = char32_t(hex4(i + 3));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default: // " \ /
            out.append(e);
        }
    }
    return out;
}

// QString::fromUtf8 drops a leading U+FEFF as a byte order mark; inside a JSON string it is a character and is
// kept (the rules decide whether a field may hold it).
namespace {

QString exactUtf8(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        return decoder(bytes);
    }
    return QString::fromUtf8(bytes);
}

} // namespace

QString JsonReader::text(const Node &node) const
{
    if (!node.escaped) {
        return exactUtf8(QByteArrayView(m_data + node.begin, node.end - node.begin));
    }
    return exactUtf8(unescape(node.begin, node.end));
}

QByteArrayView JsonReader::key(const Node &member)
{
    if (!member.keyEscaped) {
        return QByteArrayView(m_data + member.keyBegin, member.keyEnd - member.keyBegin);
    }
    m_keyBuffer = unescape(member.keyBegin, member.keyEnd);
    return m_keyBuffer;
}

} // namespace qadesk
