#include "SystemInfo.h"

#include <QLocale>
#include <QSysInfo>

namespace authdesk {

QString SystemInfo::keychainBackend()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Store (QtKeychain)");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain (QtKeychain)");
#else
    return QStringLiteral("Secret Service over D-Bus (QtKeychain, libsecret)");
#endif
}

QString SystemInfo::report(KeychainStore::Status keychain, const QString &platform)
{
    // Plain English on purpose: it goes into bug reports read by the developers.
    QStringList lines;
    lines << QStringLiteral("AuthDesk %1").arg(QStringLiteral(AUTHDESK_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("Keychain: %1, last state: %2").arg(keychainBackend(), KeychainStore::statusId(keychain));
    lines << QStringLiteral("System: %1, kernel %2 %3, %4")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    if (!platform.isEmpty())
        lines << QStringLiteral("Platform plugin: %1").arg(platform);
    lines << QStringLiteral("Language: %1").arg(QLocale().uiLanguages().value(0));
    return lines.join(u'\n');
}

} // namespace authdesk
