#include "PasswordVault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace qadesk {

namespace {

const QString kService = QStringLiteral("QA Desk");

PasswordVault::Result resultOf(const QKeychain::Job &job)
{
    PasswordVault::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        result.unavailable = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ||
                             job.error() == QKeychain::OtherError;
        result.error =
            result.unavailable
                ? QCoreApplication::translate("PasswordVault",
                                              "The desktop keychain is not available (%1): the password is "
                                              "not remembered.")
                      .arg(job.errorString())
                : QCoreApplication::translate("PasswordVault", "The keychain refused: %1").arg(job.errorString());
        break;
    }
    return result;
}

class KeychainVault final : public PasswordVault
{
public:
    void read(const QString &account, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
            Result result = resultOf(*finished);
            if (finished->error() == QKeychain::NoError) {
                result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
            done(result);
        });
        job->start();
    }

    void write(const QString &account, const QString &password, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        job->setTextData(password);
        // Never a plaintext file when the keychain is missing: QtKeychain's fallback is off.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done](QKeychain::Job *finished) { done(resultOf(*finished)); });
        job->start();
    }

    void remove(const QString &account, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done](QKeychain::Job *finished) { done(resultOf(*finished)); });
        job->start();
    }
};

PasswordVault::Result unavailableResult()
{
    PasswordVault::Result result;
    result.unavailable = true;
    result.error =
        QCoreApplication::translate("PasswordVault", "The desktop keychain is not available (%1): the password is not "
                                                     "remembered.")
            .arg(QStringLiteral("test"));
    return result;
}

} // namespace

QString PasswordVault::account(const PgCredentials::Key &key, const QString &user)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, key.host).arg(key.port).arg(key.database);
}

std::optional<QString> PasswordVault::readNow(PasswordVault &vault, const QString &account, QString *error)
{
    // Shared with the callback: a keychain that answers after the wait gave up writes into this, not the stack.
    struct State
    {
        std::optional<Result> answer;
        QEventLoop loop;
    };
    const auto state = std::make_shared<State>();
    vault.read(account, [state](const Result &result) {
        state->answer = result;
        state->loop.quit();
    });
    if (!state->answer) {
        QTimer::singleShot(10000, &state->loop, &QEventLoop::quit); // a keychain that never answers
        state->loop.exec();
    }
    if (!state->answer) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("PasswordVault", "The keychain did not answer.");
        }
        return std::nullopt;
    }
    if (error != nullptr) {
        *error = state->answer->error;
    }
    return state->answer->password;
}

std::unique_ptr<PasswordVault> PasswordVault::keychain()
{
    return std::make_unique<KeychainVault>();
}

void MemoryVault::read(const QString &account, Done done)
{
    if (m_unavailable) {
        done(unavailableResult());
        return;
    }
    Result result;
    if (const auto it = m_entries.find(account); it != m_entries.end()) {
        result.password = it->second;
    }
    done(result);
}

void MemoryVault::write(const QString &account, const QString &password, Done done)
{
    if (m_unavailable) {
        done(unavailableResult());
        return;
    }
    m_entries[account] = password;
    done(Result{});
}

void MemoryVault::remove(const QString &account, Done done)
{
    if (m_unavailable) {
        done(unavailableResult());
        return;
    }
    m_entries.erase(account);
    done(Result{});
}

} // namespace qadesk
