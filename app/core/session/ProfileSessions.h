#pragma once

#include "AuditLog.h"
#include "Backend.h"
#include "KeychainStore.h"
#include "Profile.h"
#include "SessionVault.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace authdesk {

class ActionRunner;
class CoreContext;
class ProfileStore;

// The sign-ins of every profile, for the console and the CLI alike: the backend that
// speaks for each profile (rebuilt when its dialect, URL or user changes), the sign-in kept
// between runs through the SessionVault, silent renewal, and a signal when someone must
// sign in again. No widgets here: the console and the CLI show what this says.
class ProfileSessions : public QObject
{
    Q_OBJECT
public:
    struct Status {
        SignInState state;
        bool remembered = false;          // credentials kept (keychain or, failing that, memory)
        bool keychainUnavailable = false; // the last keychain use failed: session-only
        QString keychainMessage;
    };
    // The console keeps a session between runs only for "Remember"; the CLI always does
    // (each command is a run of its own), unless --no-keychain.
    enum class Persistence { WhenRemembered, Always };

    ProfileSessions(ProfileStore &profiles, CoreContext &context, QObject *parent = nullptr);
    ~ProfileSessions() override;

    ProfileStore &profiles() { return m_profiles; }
    CoreContext &context() { return m_context; }
    KeychainStore &keychain() { return m_keychain; }
    SessionVault &vault() { return m_vault; }
    ActionRunner &actions() { return *m_actions; }
    AuditLog &auditLog() { return *m_audit; }
    void setAuditLog(std::unique_ptr<AuditLog> log);
    void setPersistence(Persistence p) { m_persistence = p; }
    // The console makes the user of a sign-in the profile's default user (a convenience for
    // the next sign-in); the CLI's --user is for one sign-in only.
    void setRememberLastUser(bool on) { m_rememberLastUser = on; }

    // A profile that is not saved (the CLI's --dialect/--url): known to this object only.
    void addTransient(const Profile &profile);
    std::optional<Profile> profile(const QString &profileId) const;
    // The descriptor of a profile's dialect; null for an unknown profile or dialect.
    const DialectDescriptor *descriptor(const QString &profileId) const;

    // The backend of a profile (created on first use). Null if unknown or of a dialect this
    // build does not speak.
    Backend *backend(const QString &profileId);
    Status status(const QString &profileId) const { return m_status.value(profileId); }

    // Brings back a kept sign-in (asynchronously; `done` after it).
    void restore(const QString &profileId, std::function<void()> done = {});
    // Keeps the profile's proxy password in the keychain (an empty one: removes it) and in
    // its backend; restore() reads it back. A settings file of an older version that holds
    // the password in the proxy URL is moved there the same way.
    // Saves a profile (the settings file, checked) and its proxy password (the keychain): a
    // new password is stored, a proxy without a user drops the stored one.
    Result<Profile> saveProfile(const Profile &profile);
    void storeProxyPassword(const QString &profileId, const QString &password, std::function<void()> done = {});
    void restoreAll();

    // Signs in; with `remember` the credentials go to the keychain (or stay in memory for
    // this run when there is none, which status() then says). Without it, credentials
    // remembered earlier (perhaps another user's) are forgotten.
    CallHandle signIn(const QString &profileId, const Credentials &c, bool remember, Callback<SignInState> done);
    CallHandle signOut(const QString &profileId, Callback<Done> done);
    // A profile was saved: when its dialect, URL or user changed, it is signed out here, its
    // secrets are forgotten (keychain included) and its backend is rebuilt; notice() says so.
    void profileChanged(const QString &profileId);
    // The same when the caller holds the profile as it was (the CLI, before `profiles add`).
    void profileEdited(const Profile &before, const Profile &after);
    void profileRemoved(const QString &profileId);

    // Renews due sessions of remembered sign-ins and asks for the others; runs every 5 s by
    // itself (public so tests need not wait for the timer).
    void checkExpiry();

    // How long before expiry a person without remembered credentials is asked to sign in.
    static constexpr int kAskBeforeExpirySec = 60;

Q_SIGNALS:
    void statusChanged(const QString &profileId);
    // The session of a profile is about to expire (or has) and cannot be renewed silently.
    void signInNeeded(const QString &profileId, const QString &reason);
    // Any call of any profile failed (for the status bar).
    void callFailed(const QString &profileId, const authdesk::ApiError &error);
    // Something a person should know that is no error (secrets forgotten, ...).
    void notice(const QString &profileId, const QString &text);

private:
    void onStateChanged(const QString &profileId, const SignInState &state);
    void onCredentialsRefused(const QString &profileId, const ApiError &error);
    void signOutLocally(const QString &profileId, const QString &why);
    void saveSession(const QString &profileId);
    void rememberUser(const QString &profileId, const Credentials &c);
    void noteKeychain(const QString &profileId, const KeychainStore::Outcome &o);
    bool keepsSession(const QString &profileId) const;

    ProfileStore &m_profiles;
    CoreContext &m_context;
    KeychainStore m_keychain;
    SessionVault m_vault;
    std::unique_ptr<AuditLog> m_audit;
    void loadSession(const QString &profileId, QPointer<Backend> guard, std::function<void()> done);
    ActionRunner *m_actions = nullptr; // child
    Persistence m_persistence = Persistence::WhenRemembered;
    bool m_rememberLastUser = true;
    QHash<QString, Profile> m_transient;
    QHash<QString, Backend *> m_backends;    // owned (children)
    QHash<QString, QJsonObject> m_saved;     // the session last written to the vault
    QHash<QString, Status> m_status;
    QHash<QString, bool> m_asked; // signInNeeded already sent for the current session
    QTimer m_expiryTimer;
};

} // namespace authdesk
