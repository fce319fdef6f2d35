#include "ProfileStore.h"

#include <QSettings>

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

Profile ProfileStore::save(Profile p)
{
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
    m_settings->setValue(QStringLiteral("proxy"), p.proxy);
    m_settings->setValue(QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs);
    m_settings->setValue(QStringLiteral("transferTimeoutMs"), p.transferTimeoutMs);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    return p;
}

bool ProfileStore::remove(const QString &idOrName)
{
    const auto p = find(idOrName);
    if (!p)
        return false;
    m_settings->beginGroup(kGroup);
    m_settings->remove(p->id);
    m_settings->endGroup();
    m_settings->sync();
    return true;
}

} // namespace authdesk
