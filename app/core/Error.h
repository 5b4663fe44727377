#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <exception>

namespace qadesk {

// What a message may quote of its input (an imported file, a rubric): at most this many characters, then an
// ellipsis. A 10 MB line must not come back whole in an error (README, import limits).
constexpr qsizetype kMaxQuotedChars = 200;

inline QString excerpt(QStringView text)
{
    if (text.size() <= kMaxQuotedChars) {
        return text.toString();
    }
    qsizetype cut = kMaxQuotedChars;
    if (text[cut - 1].isHighSurrogate()) {
        --cut; // never split a character outside the BMP
    }
    return text.first(cut).toString() + QChar(0x2026);
}

// An error a user can read: what went wrong, in words, with its location where it has one.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// The database is being written by someone else and did not become free within the wait allowed: nothing
// is wrong with the data or the input; the same work can be tried again.
class BusyError final : public Error
{
public:
    using Error::Error;
};

// The database refused the statement to this login (PostgreSQL's insufficient_privilege, 42501: a grant or a
// row-level security policy of team mode): the person may not do it, whatever the application offered.
class DeniedError final : public Error
{
public:
    using Error::Error;
};

// What was to be written was changed by someone else since it was read (another window or program saved
// or submitted the same evaluation): writing anyway would silently discard their work.
class ConflictError final : public Error
{
public:
    ConflictError(QString message, qint64 storedId) : Error(std::move(message)), m_storedId(storedId) {}
    qint64 storedId() const noexcept { return m_storedId; }

private:
    qint64 m_storedId = 0;
};

} // namespace qadesk
