#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;

namespace authdesk {

class AccountToolsView;
class ActivityView;
class DemoBanner;
class MessageBar;
class PasswordResetWizard;
class ProfileListModel;
class ProfileSessions;
class ProfileStore;
class SessionManagerView;
class SignInDialog;
class WelcomePage;

// The console's main window: the profile sidebar (with sign-in state and countdown), the
// session manager and the activity log. Failures of the window's own actions (test the
// connection, sign out, remove a profile) and notices about sign-ins show in its message bar
// above the views; each view shows its own. The status bar carries what passes only:
// requests in flight and short confirmations. All network work is asynchronous; modal
// questions go through Prompter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore &profiles, ProfileSessions &sessions, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadProfiles();
    // A short confirmation in the status bar (it goes by itself).
    void showMessage(const QString &text);
    // While the demo runs: its sandbox's address and outbox stay in sight (empty: hidden).
    void setDemoSandbox(const QUrl &url);
    // The welcome with "Add a server…" and "Try the demo" shows instead of the empty views.
    bool showsWelcome() const;
    // The window's message bar ("windowMessageBar"), for what must stay until read.
    MessageBar *messageBar() const { return m_message; }

    QString currentProfileId() const;
    void selectProfile(const QString &profileId);
    // Asks whether to finish a bulk job the last run left unfinished (its journal), and does.
    void offerInterruptedJobs();
    // Opens the sign-in dialog for a profile (non-modal to the event loop: open(), not exec());
    // `then` runs when it closes: true after a successful sign-in. Null (and `then` not
    // kept) when there is no such profile.
    SignInDialog *openSignIn(const QString &profileId, const QString &reason = {}, const std::function<void(bool)> &then = {});

    // The password-reset wizard (non-blocking) starting on a profile.
    PasswordResetWizard *openResetWizard(const QString &profileId = {});
    // The Platform28 password change for a user (after a sign-in if needed).
    void openPasswordChange(const QString &profileId, const QString &userId);

    SessionManagerView *sessionManager() const { return m_sessionsView; }
    // The Accounts and Activity tabs are built when first shown (a faster start).
    AccountToolsView *accountTools();
    // The user guide (docs/USER-GUIDE.md) where it is installed; empty when it is not.
    static QString userGuidePath();
    ActivityView *activity();
    ProfileListModel *profileModel() const { return m_profileModel; }

Q_SIGNALS:
    // "Try the demo" (the welcome, the Help menu): main() starts it.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void openUserGuide();
    void ensureTab(int index);
    void addProfile();
    void editProfile();
    void removeProfile();
    void signOut();
    void testConnection();
    void updateActions();
    void updateWelcome();
    void showView(QWidget *view); // its tab in front, the keyboard in it
    void restoreSettings();
    void saveSettings();

    ProfileStore &m_profiles;
    ProfileSessions &m_sessions;
    ProfileListModel *m_profileModel = nullptr;
    QListView *m_profileList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_accountsSlot = nullptr; // placeholders until the tab is first shown
    QWidget *m_activitySlot = nullptr;
    SessionManagerView *m_sessionsView = nullptr;
    ActivityView *m_activity = nullptr;
    AccountToolsView *m_accounts = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    DemoBanner *m_demoBanner = nullptr;
    QLabel *m_inFlight = nullptr;
    MessageBar *m_message = nullptr;
    QHash<QString, QPointer<SignInDialog>> m_signIns;
    QHash<QString, QList<std::function<void(bool)>>> m_afterSignIn;
    QList<QAction *> m_profileActions;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
};

} // namespace authdesk
