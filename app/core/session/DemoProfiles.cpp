#include "DemoProfiles.h"

#include "ProfileStore.h"

namespace authdesk {

QList<Profile> DemoProfiles::make(const QUrl &sandboxBase)
{
    auto at = [&](const QString &path) {
        QUrl u = sandboxBase;
        u.setPath(path);
        return u;
    };
    Profile ex;
    ex.id = QStringLiteral("demo-enablex");
    ex.name = QStringLiteral("Demo EnableX");
    ex.dialect = Dialect::EnableX;
    ex.baseUrl = at(QStringLiteral("/ucaas/v1"));
    ex.apiId = QStringLiteral("demo-api-id");
    ex.userName = QStringLiteral("admin@example.com");

    Profile p28;
    p28.id = QStringLiteral("demo-platform28");
    p28.name = QStringLiteral("Demo Platform28");
    p28.dialect = Dialect::Platform28;
    p28.baseUrl = at(QStringLiteral("/p28/api/v2"));
    p28.userName = QStringLiteral("admin");

    Profile ok;
    ok.id = QStringLiteral("demo-overkiz");
    ok.name = QStringLiteral("Demo Overkiz");
    ok.dialect = Dialect::Overkiz;
    ok.baseUrl = at(QStringLiteral("/enduser-mobile-web/enduserAPI"));
    ok.userName = QStringLiteral("admin@example.com");
    return {ex, p28, ok};
}

QList<Profile> DemoProfiles::install(ProfileStore &store, const QUrl &sandboxBase)
{
    QList<Profile> saved;
    const QList<Profile> demo = make(sandboxBase);
    for (const Profile &p : demo) {
        // Without a writable settings file the demo runs on profiles kept in memory.
        const Result<Profile> written = store.save(p);
        saved.append(written.ok() ? written.value() : p);
    }
    return saved;
}

} // namespace authdesk
