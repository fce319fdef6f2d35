#pragma once

#include "SandboxLauncher.h"

#include <QObject>
#include <QUrl>

namespace authdesk {

class ProfileSessions;
class ProfileStore;

// The demo: the bundled sandbox and the three demo profiles on it, for as long as the demo
// runs. The profiles point at a port that is new every run, so they are removed (with
// anything kept for them in the keychain) when the demo stops, and a demo that could not
// stop cleanly (a crash) has its profiles removed at the next start.
class DemoRun : public QObject
{
    Q_OBJECT
public:
    DemoRun(ProfileStore &profiles, ProfileSessions &sessions, QObject *parent = nullptr);
    ~DemoRun() override;

    void start(); // nothing when it runs already
    void stop();
    bool isRunning() const { return m_launcher.isRunning(); }
    QUrl sandboxUrl() const { return m_url; }

    // Removes the demo profiles a demo left behind; the count removed.
    static int removeLeftovers(ProfileStore &profiles, ProfileSessions &sessions);

Q_SIGNALS:
    // The sandbox answers and the demo profiles are saved.
    void ready(const QUrl &sandboxUrl);
    void failed(const QString &message);

private:
    ProfileStore &m_profiles;
    ProfileSessions &m_sessions;
    SandboxLauncher m_launcher;
    QUrl m_url;
};

} // namespace authdesk
