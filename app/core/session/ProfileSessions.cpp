#include "ProfileSessions.h"

#include "BackendFactory.h"
#include "ProfileStore.h"

#include <QJsonDocument>

namespace authdesk {

namespace {
const QString kSession = QStringLiteral("session");
const QString kCredentials = QStringLiteral("credentials");
} // namespace

ProfileSessions::ProfileSessions(ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_audit(std::make_unique<AuditLog>())
{
    // One coarse timer serves every profile: expiry is a matter of minutes.
    m_expiryTimer.setInterval(5'000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ProfileSessions::checkExpiry);
    m_expiryTimer.start();
}

ProfileSessions::~ProfileSessions() = default;

void ProfileSessions::setAuditLog(std::unique_ptr<AuditLog> log)
{
    m_audit = std::move(log);
    for (Backend *b : std::as_const(m_backends))
        b->setAuditLog(m_audit.get());
}

Backend *ProfileSessions::backend(const QString &profileId)
{
    if (Backend *b = m_backends.value(profileId))
        return b;
    const auto profile = m_profiles.find(profileId);
    if (!profile)
        return nullptr;
    Backend *b = makeBackend(*profile, this).release();
    b->setAuditLog(m_audit.get());
    m_backends.insert(profile->id, b);
    connect(b, &Backend::stateChanged, this, [this, id = profile->id](const SignInState &s) { onStateChanged(id, s); });
    connect(b, &Backend::callFailed, this, [this, id = profile->id](const ApiError &e) { Q_EMIT callFailed(id, e); });
    return b;
}

void ProfileSessions::restore(const QString &profileId)
{
    Backend *b = backend(profileId);
    if (!b || b->state().signedIn)
        return;
    const QPointer<Backend> guard(b);
    m_keychain.read(KeychainStore::key(profileId, kCredentials), [this, guard, profileId](const KeychainStore::Outcome &creds) {
        if (!guard)
            return;
        if (creds.status == KeychainStore::Status::Ok) {
            guard->setRememberedCredentials(Credentials::fromJson(QJsonDocument::fromJson(creds.value.toUtf8()).object()));
            m_status[profileId].remembered = guard->rememberedCredentials().has_value();
        } else if (creds.status != KeychainStore::Status::NotFound) {
            noteKeychain(profileId, creds);
            return;
        }
        m_keychain.read(KeychainStore::key(profileId, kSession), [this, guard, profileId](const KeychainStore::Outcome &s) {
            if (guard && s.status == KeychainStore::Status::Ok)
                guard->importSession(QJsonDocument::fromJson(s.value.toUtf8()).object());
            Q_EMIT statusChanged(profileId);
        });
    });
}

void ProfileSessions::restoreAll()
{
    for (const Profile &p : m_profiles.all())
        restore(p.id);
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
            Status &st = m_status[profileId];
            st.remembered = remember;
            if (!remember) {
                // Used for this sign-in only: no silent re-sign-in later, nothing in the keychain.
                guard->forgetCredentials();
                m_keychain.remove(KeychainStore::key(profileId, kCredentials), [](const auto &) {});
                m_keychain.remove(KeychainStore::key(profileId, kSession), [](const auto &) {});
            } else {
                m_keychain.write(KeychainStore::key(profileId, kCredentials),
                                 QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)),
                                 [this, profileId](const KeychainStore::Outcome &o) { noteKeychain(profileId, o); });
                saveSession(profileId);
            }
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
    for (const QString &what : {kSession, kCredentials})
        m_keychain.remove(KeychainStore::key(profileId, what), [](const auto &) {});
    return b->signOut(done);
}

void ProfileSessions::profileChanged(const QString &profileId)
{
    // A changed URL, API id or timeout: the backend follows the saved profile.
    const auto p = m_profiles.find(profileId);
    if (Backend *b = m_backends.value(profileId); b && p)
        b->setProfile(*p);
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::profileRemoved(const QString &profileId)
{
    for (const QString &what : {kSession, kCredentials})
        m_keychain.remove(KeychainStore::key(profileId, what), [](const auto &) {});
    if (Backend *b = m_backends.take(profileId))
        b->deleteLater();
    m_status.remove(profileId);
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::onStateChanged(const QString &profileId, const SignInState &state)
{
    Status &st = m_status[profileId];
    const bool wasIn = st.state.signedIn;
    st.state = state;
    if (state.signedIn && st.remembered)
        saveSession(profileId); // a silent re-sign-in brought a new token / LSID / cookie
    if (wasIn && !state.signedIn && state.details.value(QStringLiteral("expired")).toBool())
        Q_EMIT signInNeeded(profileId, tr("The session has expired."));
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::saveSession(const QString &profileId)
{
    Backend *b = m_backends.value(profileId);
    if (!b)
        return;
    const QJsonObject s = b->exportSession();
    if (s.isEmpty())
        return;
    m_keychain.write(KeychainStore::key(profileId, kSession), QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact)),
                     [this, profileId](const KeychainStore::Outcome &o) { noteKeychain(profileId, o); });
}

void ProfileSessions::noteKeychain(const QString &profileId, const KeychainStore::Outcome &o)
{
    Status &st = m_status[profileId];
    const bool unavailable = o.sessionOnly && !m_keychain.memoryOnly();
    if (st.keychainUnavailable == unavailable && st.keychainMessage == o.message)
        return;
    st.keychainUnavailable = unavailable;
    st.keychainMessage = unavailable ? o.message : QString();
    Q_EMIT statusChanged(profileId);
}

void ProfileSessions::checkExpiry()
{
    const QDateTime now = Backend::now();
    for (auto it = m_backends.cbegin(); it != m_backends.cend(); ++it) {
        Backend *b = it.value();
        const SignInState &s = b->state();
        if (!s.signedIn || !s.expiresAt.isValid())
            continue;
        const qint64 left = now.secsTo(s.expiresAt);
        if (b->rememberedCredentials()) {
            // Renew silently ahead of time: an EnableX token is due for renewal in its last
            // minute, and any authenticated call then renews it first.
            if (left <= kAskBeforeExpirySec && b->dialect() == Dialect::EnableX)
                b->testConnection([](const Result<Done> &) {});
        } else if (left <= kAskBeforeExpirySec && !m_asked.value(it.key())) {
            m_asked.insert(it.key(), true);
            Q_EMIT signInNeeded(it.key(), left > 0 ? tr("The session expires in %n second(s).", nullptr, int(left))
                                                   : tr("The session has expired."));
        }
    }
}

} // namespace authdesk
