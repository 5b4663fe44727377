#pragma once

#include "team/PgCredentials.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace qadesk {

// Where a person's database password is remembered between sessions: the desktop's keychain (Secret Service on
// Linux, through QtKeychain), never the settings file. Asynchronous like the keychain itself: the callbacks run on
// the calling thread's event loop. An unavailable keychain (no Secret Service running) is an error with a
// message; the password is then simply not remembered.
class PasswordVault
{
public:
    struct Result
    {
        std::optional<QString> password; // read: the stored password, if there is one
        QString error;                   // empty: success (a read that finds nothing is a success)
        bool unavailable = false;        // the keychain itself cannot be reached
    };
    using Done = std::function<void(const Result &)>;

    virtual ~PasswordVault() = default;
    virtual void read(const QString &account, Done done) = 0;
    virtual void write(const QString &account, const QString &password, Done done) = 0;
    virtual void remove(const QString &account, Done done) = 0;

    // The keychain entry's name for a login on a database: "user@host:port/database".
    static QString account(const PgCredentials::Key &key, const QString &user);
    // Waits for a read (the command line has no event loop running): the password, or nothing.
    static std::optional<QString> readNow(PasswordVault &vault, const QString &account, QString *error = nullptr);

    // The keychain (QtKeychain), under the service name "QA Desk".
    static std::unique_ptr<PasswordVault> keychain();
};

// A vault in memory, for tests; can play an unavailable keychain.
class MemoryVault final : public PasswordVault
{
public:
    void read(const QString &account, Done done) override;
    void write(const QString &account, const QString &password, Done done) override;
    void remove(const QString &account, Done done) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    const std::map<QString, QString> &entries() const { return m_entries; }

private:
    std::map<QString, QString> m_entries;
    bool m_unavailable = false;
};

} // namespace qadesk
