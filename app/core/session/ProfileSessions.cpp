#include "ProfileSessions.h"

#include "OidcClient.h"

#include "ActionRunner.h"
#include "CoreContext.h"
#include "ProfileStore.h"

namespace authdesk {

ProfileSessions::ProfileSessions(ProfileStore &profiles, CoreContext &context, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_context(context)
    , m_vault(m_keychain)
    , m_audit(std::make_unique<AuditLog>())
    , m_actions(new ActionRunner(*this, this))
{
    // One coarse timer serves every profile: expiry is a matter of minutes.
    m_expiryTimer.setInterval(5'000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ProfileSessions::checkExpiry);
    m_expiryTimer.start();
}

ProfileSessions::~ProfileSessions()
{
    // The backends (children, deleted after the members) must not reach for the log then.
    for (Backend *b : std::as_const(m_backends))
        b->setAuditLog(nullptr);
}

void ProfileSessions::setAuditLog(std::unique_ptr<AuditLog> log)
{
    std::swap(m_audit, log);
    for (Backend *b : std::as_const(m_backends))
        b->setAuditLog(m_audit.get());
    // `log`, the old one, goes now: it flushes what it was asked to and answers the backends.
}

void ProfileSessions::addTransient(const Profile &profile)
{
    m_transient.insert(profile.id, profile);
}

std::optional<Profile> ProfileSessions::profile(const QString &profileId) const
{
    if (const auto it = m_transient.constFind(profileId); it != m_transient.cend())
        return *it;
    return m_profiles.find(profileId);
}

const DialectDescriptor *ProfileSessions::descriptor(const QString &profileId) const
{
    const auto p = profile(profileId);
    return p ? m_context.dialects().find(p->dialect) : nullptr;
}

Backend *ProfileSessions::backend(const QString &profileId)
{
    if (Backend *b = m_backends.value(profileId))
        return b;
    const auto p = profile(profileId);
    if (!p)
        return nullptr;
    Backend *b = m_context.dialects().createBackend(*p, m_context, this).release();
    if (!b)
        return nullptr;
    b->setAuditLog(m_audit.get());
    m_backends.insert(p->id, b);
    const QString id = p->id;
    connect(b, &Backend::stateChanged, this, [this, id](const SignInState &s) { onStateChanged(id, s); });
    connect(b, &Backend::callFailed, this, [this, id](const ApiError &e) { Q_EMIT callFailed(id, e); });
    connect(b, &Backend::credentialsRefused, this, [this, id](const ApiError &e) { onCredentialsRefused(id, e); });
    connect(b, &Backend::rememberedCredentialsChanged, this, [this, id, b](const Credentials &c) {
        if (m_status.value(id).remembered)
            m_vault.saveCredentials(b->profile(), c, [this, id](const KeychainStore::Outcome &o) { noteKeychain(id, o); });
    });
    return b;
}

bool ProfileSessions::keepsSession(const QString &profileId) const
{
    return m_persistence == Persistence::Always || m_status.value(profileId).remembered;
}

void ProfileSessions::restore(const QString &profileId, std::function<void()> done)
{
    Backend *b = backend(profileId);
    if (!b || b->state().signedIn) {
        if (done)
            done();
        return;
    }
    const QPointer<Backend> guard(b);
    const QUrl proxy(b->profile().proxy);
    if (!proxy.password().isEmpty()) {
        // Written in clear by an older version: into the keychain, out of the settings file.
        const Profile p = b->profile();
        storeProxyPassword(profileId, proxy.password());
        if (!m_transient.contains(profileId))
            m_profiles.save(p);
    } else if (!proxy.userName().isEmpty()) {
        // The proxy password first: the session check after it may need the proxy.
        m_keychain.read(KeychainStore::key(profileId, QStringLiteral("proxy")), [this, guard, profileId, done](const KeychainStore::Outcome &o) {
            if (guard && o.status == KeychainStore::Status::Ok) {
                Profile p = guard->profile();
                p.proxyPassword = o.value;
                guard->setProfile(p);
            }
            loadSession(profileId, guard, done);
        });
        return;
    }
    loadSession(profileId, guard, done);
}

Result<Profile> ProfileSessions::saveProfile(const Profile &profile)
{
    const Result<Profile> written = m_profiles.save(profile);
    if (!written.ok())
        return written;
    const QUrl proxy(profile.proxy);
    if (!profile.proxyPassword.isEmpty())
        storeProxyPassword(written.value().id, profile.proxyPassword);
    else if (proxy.userName().isEmpty())
        storeProxyPassword(written.value().id, QString());
    return written;
}

void ProfileSessions::storeProxyPassword(const QString &profileId, const QString &password, std::function<void()> done)
{
    if (Backend *b = m_backends.value(profileId)) {
        Profile p = b->profile();
        p.proxyPassword = password;
        b->setProfile(p);
    }
    const QString key = KeychainStore::key(profileId, QStringLiteral("proxy"));
    const auto finished = [this, profileId, done](const KeychainStore::Outcome &o) {
        if (o.status != KeychainStore::Status::Ok && o.status != KeychainStore::Status::NotFound)
            noteKeychain(profileId, o);
        if (done)
            done();
    };
    if (password.isEmpty())
        m_keychain.remove(key, finished);
    else
        m_keychain.write(key, password, finished);
}

void ProfileSessions::loadSession(const QString &profileId, QPointer<Backend> guard, std::function<void()> done)
{
    if (!guard) {
        if (done)
            done();
        return;
    }
    m_vault.load(guard->profile(), [this, guard, profileId, done](const SessionVault::Loaded &loaded) {
        if (guard && m_backends.value(profileId) == guard) {
            if (loaded.problem.status != KeychainStore::Status::Ok)
                noteKeychain(profileId, loaded.problem);
            if (loaded.forgotten)
                Q_EMIT notice(profileId, tr("Sign-in secrets kept for another server, dialect, user or identity provider of this profile were forgotten."));
            if (loaded.credentials) {
                guard->setRememberedCredentials(loaded.credentials);
                m_status[profileId].remembered = true;
            }
            if (!loaded.session.isEmpty() && guard->importSession(loaded.session))
                m_saved.insert(profileId, loaded.session);
            Q_EMIT statusChanged(profileId);
        }
        if (done)
            done();
    });
}

void ProfileSessions::restoreAll()
{
    for (const Profile &p : m_profiles.all())
        restore(p.id);
}

void ProfileSessions::rememberUser(const QString &profileId, const Credentials &c)
{
    // The user signed in with becomes the profile's default user (a convenience, not a
    // secret). The backend follows, so that a later edit compares against it.
    const auto p = profile(profileId);
    if (!m_rememberLastUser || !p || c.user.trimmed().isEmpty() || p->userName == c.user.trimmed())
        return;
    Profile updated = *p;
    updated.userName = c.user.trimmed();
    if (m_transient.contains(profileId))
        m_transient.insert(profileId, updated);
    else if (const auto written = m_profiles.save(updated); !written.ok())
        Q_EMIT notice(profileId, written.error().message);
    if (Backend *b = m_backends.value(profileId))
        b->setProfile(updated);
}

CallHandle ProfileSessions::signIn(const QString &profileId, const Credentials &c, bool remember, Callback<SignInState> done)
{
    Backend *b = backend(profileId);
    if (!b) {
        done(ApiError::make(ErrorKind::Usage, tr("This profile no longer exists.")));
        return {};
    }
    b->clearSession();
    return b->signIn(c, [this, profileId, c, remember, done, guard = QPointer<Backend>(b)](const Result<SignInState> &r) {
        if (r.ok() && guard) {
            m_asked.remove(profileId);
            rememberUser(profileId, c);
            Status &st = m_status[profileId];
            st.remembered = remember;
            if (remember) {
                m_vault.saveCredentials(guard->profile(), c, [this, profileId](const KeychainStore::Outcome &o) { noteKeychain(profileId, o); });
            } else {
                // Used for this sign-in only: no silent re-sign-in later, and whatever was
                // remembered before (perhaps for another user) is gone too.
                guard->forgetCredentials();
                m_vault.forgetCredentials(profileId);
            }
            m_saved.remove(profileId);
            if (keepsSession(profileId))
                saveSession(profileId);
            else
                m_vault.forgetSession(profileId);
            Q_EMIT statusChanged(profileId);
        }
        done(r);
    });
}

CallHandle ProfileSessions::signOut(const QString &profileId, Callback<Done> done)
{
    Backend *b = backend(profileId);
    if (!b) {
        done(Done{});
        return {};
    }
    m_status[profileId].remembered = false;
    m_asked.remove(profileId);
    m_saved.remove(profileId);
    m_vault.forget(profileId);
    // Single sign-on: the kept refresh token is revoked first where the provider offers it
    // (RFC 7009), so signing out also ends what the provider granted us; then the server's
    // sign-out. Sequential, so a CLI run cannot end before the revocation went out. A failed
    // revocation does not fail the sign-out.
    const std::optional<Credentials> kept = b->rememberedCredentials();
    b->forgetCredentials();
    if (kept && !kept->refreshToken.isEmpty() && b->profile().identityProvider.isSet()) {
        auto *client = new OidcClient(m_context.http(), m_context.clock(), b->profile().identityProvider, b->profile().httpOptions(), this);
        client->revoke(kept->refreshToken, QStringLiteral("refresh_token"), [client, done, guard = QPointer<Backend>(b)](const Result<Done> &) {
            client->deleteLater();
            if (guard)
                guard->signOut(done);
            else
                done(Done{});
        });
        return {};
    }
    return b->signOut(done);
}

void ProfileSessions::signOutLocally(const QString &profileId, const QString &why)
{
    // The backend goes (a new one follows the saved profile on next use): its session
    // secret and remembered credentials must not reach the new server, dialect or user.
    if (Backend *b = m_backends.take(profileId)) {
        b->disconnect(this);
        b->forgetCredentials();
        b->clearSession();
        b->deleteLater();
    }
    m_status.remove(profileId);
    m_asked.remove(profileId);
    m_saved.remove(profileId);
    m_vault.forget(profileId);
    Q_EMIT notice(profileId, why);
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::profileEdited(const Profile &before, const Profile &after)
{
    if (!SessionVault::sameBinding(before, after)) {
        signOutLocally(after.id, tr("%1 now points to another server, dialect, user or identity provider: it was signed out here and its remembered credentials were forgotten.")
                                     .arg(after.name));
        return;
    }
    if (Backend *b = m_backends.value(after.id))
        b->setProfile(after); // timeouts, CA, proxy, API id: the same sign-in goes on
    Q_EMIT statusChanged(after.id);
}

void ProfileSessions::profileChanged(const QString &profileId)
{
    const auto p = profile(profileId);
    Backend *b = m_backends.value(profileId);
    if (!p || !b) {
        // No live sign-in; a kept one is checked against the profile when restored.
        Q_EMIT statusChanged(profileId);
        return;
    }
    profileEdited(b->profile(), *p);
}

void ProfileSessions::profileRemoved(const QString &profileId)
{
    m_vault.forget(profileId);
    m_keychain.remove(KeychainStore::key(profileId, QStringLiteral("proxy")), [](const KeychainStore::Outcome &) {});
    if (Backend *b = m_backends.take(profileId))
        b->deleteLater();
    m_transient.remove(profileId);
    m_status.remove(profileId);
    m_saved.remove(profileId);
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::onStateChanged(const QString &profileId, const SignInState &state)
{
    Status &st = m_status[profileId];
    const bool wasIn = st.state.signedIn;
    st.state = state;
    if (state.signedIn && keepsSession(profileId))
        saveSession(profileId); // a silent re-sign-in brought a new token / LSID / cookie
    if (!state.signedIn && m_saved.contains(profileId)) {
        m_saved.remove(profileId);
        m_vault.forgetSession(profileId); // ended or expired: nothing worth keeping
    }
    if (wasIn && !state.signedIn && state.details.value(QStringLiteral("expired")).toBool())
        Q_EMIT signInNeeded(profileId, tr("The session has expired."));
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::onCredentialsRefused(const QString &profileId, const ApiError &error)
{
    // Contract: never sign in again automatically with credentials the server refused (a
    // few more tries would lock an Overkiz account). They leave the keychain now.
    m_status[profileId].remembered = false;
    m_vault.forgetCredentials(profileId);
    Q_EMIT notice(profileId, tr("The remembered credentials were refused (%1) and have been forgotten.").arg(error.message));
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::saveSession(const QString &profileId)
{
    Backend *b = m_backends.value(profileId);
    if (!b)
        return;
    const QJsonObject s = b->exportSession();
    if (s.isEmpty() || m_saved.value(profileId) == s)
        return;
    m_saved.insert(profileId, s);
    const QString user = b->rememberedCredentials() ? b->rememberedCredentials()->user : b->profile().userName;
    m_vault.saveSession(b->profile(), user, s, [this, profileId](const KeychainStore::Outcome &o) { noteKeychain(profileId, o); });
}

void ProfileSessions::noteKeychain(const QString &profileId, const KeychainStore::Outcome &o)
{
    Status &st = m_status[profileId];
    const bool unavailable = (o.sessionOnly || o.status != KeychainStore::Status::Ok) && !m_keychain.memoryOnly();
    if (st.keychainUnavailable == unavailable && st.keychainMessage == o.message)
        return;
    st.keychainUnavailable = unavailable;
    st.keychainMessage = unavailable ? o.message : QString();
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::checkExpiry()
{
    const QDateTime now = m_context.clock().now();
    for (auto it = m_backends.cbegin(); it != m_backends.cend(); ++it) {
        Backend *b = it.value();
        const SignInState &s = b->state();
        if (!s.signedIn || !s.expiresAt.isValid())
            continue;
        const qint64 left = now.secsTo(s.expiresAt);
        if (b->rememberedCredentials()) {
            // Renew silently ahead of time where the dialect does (an EnableX token is due
            // in its last minute, and any authenticated call then renews it first).
            if (left <= kAskBeforeExpirySec && b->descriptor().renewsBeforeExpiry)
                b->testConnection([](const Result<Done> &) {});
        } else if (left <= kAskBeforeExpirySec && !m_asked.value(it.key())) {
            m_asked.insert(it.key(), true);
            Q_EMIT signInNeeded(it.key(), left > 0 ? tr("The session expires in %n second(s).", nullptr, int(left))
                                                   : tr("The session has expired."));
        }
    }
}

} // namespace authdesk
