#include "DialectRegistry.h"

#include "Backend.h"
#include "Profile.h"

#include <QCoreApplication>

namespace authdesk {

void DialectRegistry::add(DialectDescriptor descriptor)
{
    for (DialectDescriptor &d : m_dialects) {
        if (d.id == descriptor.id) {
            d = std::move(descriptor);
            return;
        }
    }
    m_dialects.append(std::move(descriptor));
}

const DialectDescriptor *DialectRegistry::find(const QString &id) const
{
    const QString wanted = id.trimmed().toLower();
    for (const DialectDescriptor &d : m_dialects) {
        if (d.id == wanted)
            return &d;
    }
    return nullptr;
}

QStringList DialectRegistry::ids() const
{
    QStringList out;
    for (const DialectDescriptor &d : m_dialects)
        out << d.id;
    return out;
}

QString DialectRegistry::validate(const Profile &profile) const
{
    const DialectDescriptor *d = find(profile.dialect);
    if (!d)
        return QCoreApplication::translate("Profile", "Unknown dialect \"%1\"; choose one of: %2.")
            .arg(profile.dialect, ids().join(QStringLiteral(", ")));
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    if (d->needsApiId() && profile.apiId.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "%1 needs an API id (%2).")
            .arg(d->displayName, DialectDescriptor::plainText(d->profileApiIdLabel));
    if (profile.identityProvider.isSet() && !d->mode(ssoMode(profile.identityProvider.tokenUse)))
        return QCoreApplication::translate("Profile", "%1 cannot sign in with a token from an identity provider.")
            .arg(d->displayName);
    return {};
}

Credentials::Mode DialectRegistry::ssoMode(OidcSettings::TokenUse use)
{
    return use == OidcSettings::TokenUse::AccessToken ? Credentials::Mode::AccessToken : Credentials::Mode::Jwt;
}

Credentials DialectRegistry::ssoCredentials(const OidcSettings &settings, const OidcTokens &tokens)
{
    Credentials c;
    c.mode = ssoMode(settings.tokenUse);
    c.user = tokens.subjectName(); // shown as who; token modes send no user id
    c.secret = tokens.tokenFor(settings.tokenUse);
    c.refreshToken = tokens.refreshToken;
    return c;
}

std::unique_ptr<Backend> DialectRegistry::createBackend(const Profile &profile, CoreContext &context, QObject *parent) const
{
    const DialectDescriptor *d = find(profile.dialect);
    return d && d->create ? d->create(profile, context, parent) : nullptr;
}

} // namespace authdesk
