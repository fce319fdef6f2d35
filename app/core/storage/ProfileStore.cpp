#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>

#include <memory>

namespace authdesk {

namespace {
const QString kGroup = QStringLiteral("profiles");
}

ProfileStore::ProfileStore()
    : m_settings(new QSettings)
{
}

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore()
{
    delete m_settings;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::all() const
{
    QList<Profile> out;
    m_settings->sync();
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        // Kept as written: a dialect this build does not know is reported when the profile
        // is used (DialectRegistry::validate), not silently turned into another.
        p.dialect = m_settings->value(QStringLiteral("dialect"), Dialect::EnableX).toString().trimmed().toLower();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        p.apiId = m_settings->value(QStringLiteral("apiId")).toString();
        p.userName = m_settings->value(QStringLiteral("userName")).toString();
        p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        p.proxy = m_settings->value(QStringLiteral("proxy")).toString();
        p.identityProvider.issuer = QUrl(m_settings->value(QStringLiteral("oidcIssuer")).toString());
        p.identityProvider.clientId = m_settings->value(QStringLiteral("oidcClientId")).toString();
        p.identityProvider.scopes = m_settings->value(QStringLiteral("oidcScopes"), p.identityProvider.scopes).toString();
        p.identityProvider.tokenUse = OidcSettings::tokenUseFromId(m_settings->value(QStringLiteral("oidcToken")).toString())
                                          .value_or(OidcSettings::TokenUse::IdToken);
        p.identityProvider.resource = m_settings->value(QStringLiteral("oidcResource")).toString();
        p.connectTimeoutMs = m_settings->value(QStringLiteral("connectTimeoutMs"), 10'000).toInt();
        p.transferTimeoutMs = m_settings->value(QStringLiteral("transferTimeoutMs"), 30'000).toInt();
        m_settings->endGroup();
        out.append(p);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &idOrName) const
{
    const QList<Profile> profiles = all();
    for (const Profile &p : profiles) {
        if (p.id == idOrName)
            return p;
    }
    for (const Profile &p : profiles) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<ApiError> ProfileStore::commit()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return std::nullopt;
    return ApiError::make(ErrorKind::Storage,
                          QCoreApplication::translate("ProfileStore", "The settings file %1 cannot be written; nothing was saved.")
                              .arg(QDir::toNativeSeparators(m_settings->fileName())));
}

namespace {
// Serialises read-modify-write of the settings file between processes (a console and
// scripts running the CLI at once): without it, two adds of one name make two profiles.
std::unique_ptr<QLockFile> lockSettings(const QString &fileName)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    // Not "<file>.lock": QSettings::sync() takes that one itself and would wait for us.
    auto lock = std::make_unique<QLockFile>(fileName + QStringLiteral(".profiles-lock"));
    lock->setStaleLockTime(30'000);
    if (!lock->tryLock(10'000))
        return nullptr;
    return lock;
}
} // namespace

Result<Profile> ProfileStore::save(Profile p)
{
    const auto lock = lockSettings(m_settings->fileName());
    if (!lock)
        return ApiError::make(ErrorKind::Storage,
                              QCoreApplication::translate("ProfileStore", "The settings file %1 is locked by another program; nothing was saved.")
                                  .arg(QDir::toNativeSeparators(m_settings->fileName())));
    if (p.id.isEmpty()) {
        // all() re-reads the file under the lock: a profile of that name added meanwhile
        // (by another process) is replaced, not duplicated.
        for (const Profile &other : all()) {
            if (other.name.compare(p.name, Qt::CaseInsensitive) == 0)
                p.id = other.id;
        }
    }
    if (p.id.isEmpty())
        p.id = Profile::newId();
    m_settings->beginGroup(kGroup);
    m_settings->remove(p.id);
    m_settings->beginGroup(p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("dialect"), p.dialect);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("apiId"), p.apiId);
    m_settings->setValue(QStringLiteral("userName"), p.userName);
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    // Never the proxy's password (an older version wrote it here): that is for the keychain.
    m_settings->setValue(QStringLiteral("proxy"), p.proxy == QLatin1String("none") || p.proxy.isEmpty()
                                                       ? p.proxy
                                                       : QUrl(p.proxy).toString(QUrl::RemovePassword));
    if (p.identityProvider.isSet()) { // no secret among them: a public client has none
        m_settings->setValue(QStringLiteral("oidcIssuer"), p.identityProvider.issuer.toString());
        m_settings->setValue(QStringLiteral("oidcClientId"), p.identityProvider.clientId);
        m_settings->setValue(QStringLiteral("oidcScopes"), p.identityProvider.scopes);
        m_settings->setValue(QStringLiteral("oidcToken"), OidcSettings::tokenUseId(p.identityProvider.tokenUse));
        m_settings->setValue(QStringLiteral("oidcResource"), p.identityProvider.resource);
    }
    m_settings->setValue(QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs);
    m_settings->setValue(QStringLiteral("transferTimeoutMs"), p.transferTimeoutMs);
    m_settings->endGroup();
    m_settings->endGroup();
    if (auto error = commit())
        return *error;
    return p;
}

Result<bool> ProfileStore::remove(const QString &idOrName)
{
    const auto lock = lockSettings(m_settings->fileName());
    const auto p = find(idOrName);
    if (!p)
        return false;
    m_settings->beginGroup(kGroup);
    m_settings->remove(p->id);
    m_settings->endGroup();
    if (auto error = commit())
        return *error;
    return true;
}

} // namespace authdesk
