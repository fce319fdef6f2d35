#include "SessionVault.h"

#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace authdesk {

namespace {
const QString kSession = QStringLiteral("session");
const QString kCredentials = QStringLiteral("credentials");
const QString kBinding = QStringLiteral("binding");
const QString kValue = QStringLiteral("value");

QString normalizedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
// Which identity provider (and which client at it) a kept refresh token belongs to; empty
// for a profile without one.
QString identityProviderOf(const Profile &profile)
{
    const OidcSettings &idp = profile.identityProvider;
    return idp.isSet() ? normalizedUrl(idp.issuer) + u' ' + idp.clientId : QString();
}

} // namespace

SessionVault::SessionVault(KeychainStore &keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
}

QJsonObject SessionVault::binding(const Profile &profile, const QString &user)
{
    return {{QStringLiteral("dialect"), profile.dialect},
            {QStringLiteral("url"), normalizedUrl(profile.baseUrl)},
            {QStringLiteral("user"), user.trimmed()},
            {QStringLiteral("identityProvider"), identityProviderOf(profile)}};
}

bool SessionVault::bindingMatches(const QJsonObject &b, const Profile &profile)
{
    // The user it was written for is kept too, but not compared: a sign-in as another user
    // than the profile's default (authdesk-cli signin --user) is still this profile's. An
    // edit of the profile's user forgets the entries when it is saved (sameBinding()).
    return b.value(QStringLiteral("dialect")).toString() == profile.dialect
        && b.value(QStringLiteral("url")).toString() == normalizedUrl(profile.baseUrl)
        && b.value(QStringLiteral("identityProvider")).toString() == identityProviderOf(profile);
}

bool SessionVault::sameBinding(const Profile &a, const Profile &b)
{
    return a.dialect == b.dialect && normalizedUrl(a.baseUrl) == normalizedUrl(b.baseUrl)
        && a.userName.trimmed() == b.userName.trimmed() && identityProviderOf(a) == identityProviderOf(b);
}

KeychainStore::Handler SessionVault::tracked(KeychainStore::Handler done)
{
    ++m_pending;
    return [guard = QPointer<SessionVault>(this), done = std::move(done)](const KeychainStore::Outcome &o) {
        if (done)
            done(o);
        if (guard && --guard->m_pending == 0)
            Q_EMIT guard->idle();
    };
}

void SessionVault::write(const QString &key, const QJsonObject &value, KeychainStore::Handler done)
{
    m_keychain.write(key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)), tracked(std::move(done)));
}

void SessionVault::remove(const QString &key, KeychainStore::Handler done)
{
    m_keychain.remove(key, tracked(std::move(done)));
}

void SessionVault::load(const Profile &profile, std::function<void(const Loaded &)> done)
{
    // Two reads in turn (QtKeychain jobs are asynchronous); the result is collected here.
    auto out = std::make_shared<Loaded>();
    const QPointer<SessionVault> guard(this);
    auto unpack = [guard, profile, out](const QString &what, const KeychainStore::Outcome &o) -> QJsonObject {
        if (o.status == KeychainStore::Status::NotFound)
            return {};
        if (o.status != KeychainStore::Status::Ok) {
            out->problem = o;
            return {};
        }
        const QJsonObject entry = parse(o.value);
        if (!bindingMatches(entry.value(kBinding).toObject(), profile)) {
            // Written for another server, dialect or user (or in an older format without a
            // binding): it must never be sent, so it goes now.
            out->forgotten = true;
            if (guard)
                guard->remove(KeychainStore::key(profile.id, what), {});
            return {};
        }
        return entry.value(kValue).toObject();
    };
    m_keychain.read(KeychainStore::key(profile.id, kCredentials), [this, guard, profile, out, unpack, done](const KeychainStore::Outcome &c) {
        if (!guard)
            return;
        const QJsonObject creds = unpack(kCredentials, c);
        if (!creds.isEmpty())
            out->credentials = Credentials::fromJson(creds);
        if (out->problem.status != KeychainStore::Status::Ok)
            return done(*out); // a locked or absent keychain answers the second read no better
        m_keychain.read(KeychainStore::key(profile.id, kSession), [guard, out, unpack, done](const KeychainStore::Outcome &s) {
            if (!guard)
                return;
            out->session = unpack(kSession, s);
            done(*out);
        });
    });
}

void SessionVault::saveCredentials(const Profile &profile, const Credentials &credentials, KeychainStore::Handler done)
{
    write(KeychainStore::key(profile.id, kCredentials),
          {{kBinding, binding(profile, credentials.user)}, {kValue, credentials.toJson()}}, std::move(done));
}

void SessionVault::saveSession(const Profile &profile, const QString &user, const QJsonObject &session, KeychainStore::Handler done)
{
    write(KeychainStore::key(profile.id, kSession), {{kBinding, binding(profile, user)}, {kValue, session}}, std::move(done));
}

void SessionVault::forgetCredentials(const QString &profileId, KeychainStore::Handler done)
{
    remove(KeychainStore::key(profileId, kCredentials), std::move(done));
}

void SessionVault::forgetSession(const QString &profileId, KeychainStore::Handler done)
{
    remove(KeychainStore::key(profileId, kSession), std::move(done));
}

void SessionVault::forget(const QString &profileId, KeychainStore::Handler done)
{
    forgetSession(profileId);
    forgetCredentials(profileId, std::move(done));
}

} // namespace authdesk
