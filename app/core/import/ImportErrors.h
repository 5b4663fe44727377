#pragma once

#include "Error.h"

namespace qadesk {

// A value that breaks an import rule. The parser that read it adds the place (see RecordError).
class FieldError : public Error
{
public:
    using Error::Error;
};

// A problem at a place in an imported file: 1-based line and column (column 0 when unknown).
class RecordError : public Error
{
public:
    RecordError(int line, int column, QString message) : Error(std::move(message)), m_line(line), m_column(column) {}
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    int m_line = 0;
    int m_column = 0;
};

// Thrown out of a parser when the user cancels; the file in progress is rolled back.
class ImportCancelled final : public std::exception
{
public:
    const char *what() const noexcept override { return "import cancelled"; }
};

} // namespace qadesk
