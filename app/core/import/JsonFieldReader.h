#pragma once

#include "FieldRules.h"
#include "ImportErrors.h"
#include "JsonReader.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

// "an object", "text", … for messages about a value of the wrong type.
QString kindName(JsonReader::Kind kind);

// Reads typed values out of one record, turning every problem into a RecordError at the value's place.
class JsonFieldReader final
{
public:
    explicit JsonFieldReader(JsonReader &reader) : m_reader(reader) {}

    [[noreturn]] void fail(const JsonReader::Node &node, const QString &field, const QString &message) const
    {
        throw RecordError(node.line, m_reader.column(node), QStringLiteral("%1: %2").arg(field, message));
    }
    [[noreturn]] void wrongType(const JsonReader::Node &node, const QString &field, const QString &expected) const
    {
        fail(node, field,
             QCoreApplication::translate("Import", "expected %1, found %2").arg(expected, kindName(node.kind)));
    }

    // Text; ids may also be given as whole numbers.
    QString text(const JsonReader::Node &node, const QString &field, bool numberAllowed = false) const
    {
        if (node.kind == JsonReader::Kind::String) {
            return m_reader.text(node);
        }
        if (node.kind == JsonReader::Kind::Null) {
            return QString();
        }
        if (numberAllowed && node.kind == JsonReader::Kind::Number) {
            return QString::fromLatin1(m_reader.raw(node));
        }
        wrongType(node, field, QCoreApplication::translate("Import", "text"));
    }
    std::optional<double> number(const JsonReader::Node &node, const QString &field) const
    {
        if (node.kind == JsonReader::Kind::Number) {
            return node.number;
        }
        if (node.kind == JsonReader::Kind::Null) {
            return std::nullopt;
        }
        wrongType(node, field, QCoreApplication::translate("Import", "a number"));
    }
    std::optional<bool> boolean(const JsonReader::Node &node, const QString &field) const
    {
        if (node.kind == JsonReader::Kind::True || node.kind == JsonReader::Kind::False) {
            return node.kind == JsonReader::Kind::True;
        }
        if (node.kind == JsonReader::Kind::Null) {
            return std::nullopt;
        }
        if (node.kind == JsonReader::Kind::Number && (node.number == 0 || node.number == 1)) {
            return node.number == 1;
        }
        wrongType(node, field, QCoreApplication::translate("Import", "true or false"));
    }
    template <typename F> auto check(const JsonReader::Node &node, const QString &field, F &&convert) const
    {
        try {
            return convert();
        } catch (const FieldError &error) {
            fail(node, field, error.message());
        }
    }
    std::optional<int> integer(const JsonReader::Node &node, const QString &field, int min, int max) const
    {
        const auto value = number(node, field);
        if (!value) {
            return std::nullopt;
        }
        // From the literal, not the double: 4.0000000000000001 is not 4.
        return check(node, field,
                     [&] { return FieldRules::integer(QString::fromLatin1(m_reader.raw(node)), min, max); });
    }
    std::optional<double> seconds(const JsonReader::Node &node, const QString &field) const
    {
        const auto value = number(node, field);
        if (!value) {
            return std::nullopt;
        }
        return check(node, field, [&] { return FieldRules::seconds(*value); });
    }
    std::optional<qint64> milliseconds(const JsonReader::Node &node, const QString &field) const
    {
        const auto value = number(node, field);
        if (!value) {
            return std::nullopt;
        }
        return check(node, field, [&] { return FieldRules::milliseconds(QString::fromLatin1(m_reader.raw(node))); });
    }
    void requireObject(const JsonReader::Node &node, const QString &field) const
    {
        if (node.kind != JsonReader::Kind::Object) {
            wrongType(node, field, QCoreApplication::translate("Import", "an object"));
        }
    }

private:
    JsonReader &m_reader;
};

} // namespace qadesk
