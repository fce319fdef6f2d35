#pragma once

#include "Credentials.h"
#include "KeychainStore.h"
#include "Profile.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace authdesk {

// The one place that saves, restores and forgets a profile's sign-in between runs: the
// server session (token / LSID / cookie) and, when the person asked to be remembered, the
// credentials. Console and CLI both reach it through ProfileSessions.
//
// Every entry is bound to the profile's dialect and base URL (and records its user) as they
// were when it was written. An entry whose binding no longer matches the profile is removed
// from the keychain when it is read and never handed out: a secret never reaches another
// server or another dialect's backend. An edit of a profile's dialect, URL or user forgets
// its entries at once (ProfileSessions::profileEdited, using sameBinding()).
class SessionVault : public QObject
{
    Q_OBJECT
public:
    struct Loaded {
        std::optional<Credentials> credentials; // remembered, bound to this profile
        QJsonObject session;                    // the server session, bound to this profile
        bool forgotten = false;                 // entries bound to something else were removed
        KeychainStore::Outcome problem;         // status != Ok: the keychain failed (not "not found")
    };

    explicit SessionVault(KeychainStore &keychain, QObject *parent = nullptr);

    KeychainStore &keychain() { return m_keychain; }

    // Whether two versions of a profile may share secrets: same dialect, URL and user.
    static bool sameBinding(const Profile &a, const Profile &b);

    void load(const Profile &profile, std::function<void(const Loaded &)> done);
    // `user` is who the secret belongs to (empty for a key / token sign-in without a user).
    void saveCredentials(const Profile &profile, const Credentials &credentials, KeychainStore::Handler done);
    void saveSession(const Profile &profile, const QString &user, const QJsonObject &session, KeychainStore::Handler done);
    void forgetCredentials(const QString &profileId, KeychainStore::Handler done = {});
    void forgetSession(const QString &profileId, KeychainStore::Handler done = {});
    // Both.
    void forget(const QString &profileId, KeychainStore::Handler done = {});

    // Keychain writes and removals still running (the CLI waits for them before it exits).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void idle();

private:
    static QJsonObject binding(const Profile &profile, const QString &user);
    static bool bindingMatches(const QJsonObject &binding, const Profile &profile);
    void write(const QString &key, const QJsonObject &value, KeychainStore::Handler done);
    void remove(const QString &key, KeychainStore::Handler done);
    KeychainStore::Handler tracked(KeychainStore::Handler done);

    KeychainStore &m_keychain;
    int m_pending = 0;
};

} // namespace authdesk
