#pragma once

#include "AuditLog.h"
#include "Backend.h"
#include "KeychainStore.h"
#include "Profile.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace authdesk {

class ProfileStore;

// The console's sign-ins, one per profile: the backend that speaks for it, the session
// kept in the keychain when the person asked to be remembered, silent renewal of EnableX
// tokens, and a signal when someone must sign in again. No widgets here: the console shows
// what this says.
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

    explicit ProfileSessions(ProfileStore &profiles, QObject *parent = nullptr);
    ~ProfileSessions() override;

    ProfileStore &profiles() { return m_profiles; }
    KeychainStore &keychain() { return m_keychain; }
    AuditLog &auditLog() { return *m_audit; }
    void setAuditLog(std::unique_ptr<AuditLog> log);

    // The backend of a profile (created on first use; follows profile edits). Null if unknown.
    Backend *backend(const QString &profileId);
    Status status(const QString &profileId) const { return m_status.value(profileId); }

    // Brings back remembered sign-ins from the keychain (asynchronously).
    void restore(const QString &profileId);
    void restoreAll();

    // Signs in; with `remember` the credentials and the session go to the keychain (or stay
    // in memory for this run when there is none, which status() then says).
    CallHandle signIn(const QString &profileId, const Credentials &c, bool remember, Callback<SignInState> done);
    CallHandle signOut(const QString &profileId, Callback<Done> done);
    // A profile was removed or edited: drop its backend (and on removal its keychain entries).
    void profileChanged(const QString &profileId);
    void profileRemoved(const QString &profileId);

    // Renews due EnableX tokens of remembered sign-ins and asks for the others; runs every
    // 5 s by itself (public so tests need not wait for the timer).
    void checkExpiry();

    // How long before expiry a person without remembered credentials is asked to sign in.
    static constexpr int kAskBeforeExpirySec = 60;

Q_SIGNALS:
    void statusChanged(const QString &profileId);
    // The session of a profile is about to expire (or has) and cannot be renewed silently.
    void signInNeeded(const QString &profileId, const QString &reason);
    // Any call of any profile failed (for the status bar).
    void callFailed(const QString &profileId, const authdesk::ApiError &error);

private:
    void onStateChanged(const QString &profileId, const SignInState &state);
    void saveSession(const QString &profileId);
    void noteKeychain(const QString &profileId, const KeychainStore::Outcome &o);

    ProfileStore &m_profiles;
    KeychainStore m_keychain;
    std::unique_ptr<AuditLog> m_audit;
    QHash<QString, Backend *> m_backends; // owned (children)
    QHash<QString, Status> m_status;
    QHash<QString, bool> m_asked; // signInNeeded already sent for the current session
    QTimer m_expiryTimer;
};

} // namespace authdesk
