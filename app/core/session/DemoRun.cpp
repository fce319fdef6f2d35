#include "DemoRun.h"

#include "DemoProfiles.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"

namespace authdesk {

DemoRun::DemoRun(ProfileStore &profiles, ProfileSessions &sessions, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_sessions(sessions)
{
    connect(&m_launcher, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        m_url = url;
        for (const Profile &p : DemoProfiles::install(m_profiles, url))
            m_sessions.profileChanged(p.id); // the sandbox's port is new each time
        Q_EMIT ready(url);
    });
    connect(&m_launcher, &SandboxLauncher::failed, this, &DemoRun::failed);
}

DemoRun::~DemoRun()
{
    stop();
}

void DemoRun::start()
{
    if (!m_launcher.isRunning())
        m_launcher.start();
}

void DemoRun::stop()
{
    if (!m_url.isValid() && !m_launcher.isRunning())
        return;
    m_launcher.stop();
    m_url = QUrl();
    removeLeftovers(m_profiles, m_sessions);
}

int DemoRun::removeLeftovers(ProfileStore &profiles, ProfileSessions &sessions)
{
    int removed = 0;
    for (const Profile &demo : DemoProfiles::make(QUrl(QStringLiteral("http://127.0.0.1"))))
        if (const auto p = profiles.find(demo.id); p && p->id == demo.id && profiles.remove(demo.id).ok()) {
            sessions.profileRemoved(demo.id);
            ++removed;
        }
    return removed;
}

} // namespace authdesk
