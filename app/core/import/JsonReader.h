#pragma once

#include "ImportErrors.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace qadesk {

// The input ended inside a value: the file is truncated.
class JsonTruncated final : public RecordError
{
public:
    using RecordError::RecordError;
};

// A small JSON reader that knows where everything is: each value carries its line, so an error names the line
// of the broken record or field instead of a byte offset. It reads one value at a time into a flat tree of
// nodes that point into the source bytes (strings are decoded only when asked for), which also keeps it fast.
// The source must be valid UTF-8 (checked by the caller); syntax errors throw RecordError.
class JsonReader final
{
public:
    enum class Kind : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object
    };

    struct Node
    {
        Kind kind = Kind::Null;
        bool escaped = false; // a String with backslash escapes
        bool keyEscaped = false;
        int line = 0;
        qsizetype start = 0; // the value's first character
        qsizetype begin = 0; // String: the content between the quotes; Number: the literal
        qsizetype end = 0;
        qsizetype keyBegin = 0; // the member name, when the value is in an object
        qsizetype keyEnd = 0;
        int firstChild = -1;
        int nextSibling = -1;
        double number = 0;
    };

    explicit JsonReader(QByteArrayView data, qsizetype from = 0, int line = 1);

    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_data[m_pos]; }
    void skip() { ++m_pos; }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

    // Parses one value at the current position into a fresh tree and returns its root (index 0).
    int parseValue();

    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    QString text(const Node &node) const;
    // A string's raw bytes between the quotes, or a number's literal.
    QByteArrayView raw(const Node &node) const { return QByteArrayView(m_data + node.begin, node.end - node.begin); }
    // The member name, decoded when it has escapes (the view is valid until the next call).
    QByteArrayView key(const Node &member);
    int column(const Node &node) const { return column(node.start); }
    int column(qsizetype offset) const;
    [[noreturn]] void fail(const QString &message) const;
    [[noreturn]] void truncated(const QString &message) const;

private:
    int parseInto(int depth);
    void scanString(qsizetype &begin, qsizetype &end, bool &escaped);
    void scanNumber(Node &node);
    int hex4(qsizetype at) const;
    QByteArray unescape(qsizetype begin, qsizetype end) const;

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos;
    int m_line;
    std::vector<Node> m_nodes;
    QByteArray m_keyBuffer;
};

} // namespace qadesk
