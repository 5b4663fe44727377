#pragma once

#include <QFileDevice>
#include <QString>

namespace qadesk {

// Files and folders QA Desk creates hold personal data, so they are owner-only whatever the umask says: 0600
// and 0700. A file that already exists keeps the permissions its owner gave it.
class FilePermissions final
{
public:
    static constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kPrivateFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates the folder and any missing parents as 0700; folders that exist are left alone. True when the
    // folder exists afterwards.
    static bool makePrivatePath(const QString &folder);
};

} // namespace qadesk
