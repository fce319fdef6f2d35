#pragma once

#include "KeychainStore.h"

#include <QString>

namespace authdesk {

// "Version and system information" for bug reports: AuthDesk, Qt (built with / running),
// the keychain backend and its last state, the operating system and platform. Holds no
// secret, no profile and no server address.
class SystemInfo
{
public:
    // `platform` is the GUI platform plugin ("xcb", "wayland", "windows"); empty for the CLI.
    static QString report(KeychainStore::Status keychain, const QString &platform = {});
    static QString keychainBackend();
};

} // namespace authdesk
