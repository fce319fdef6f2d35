#pragma once

#include "OidcTokens.h"

#include "DialectDescriptor.h"
#include "OidcSettings.h"

#include <QList>

namespace authdesk {

// The dialects a program speaks. Programs start from builtIn(); a test may add a dialect
// of its own (the seam tst_dialects uses to prove a fourth dialect needs no other change).
class DialectRegistry
{
public:
    static DialectRegistry builtIn(); // EnableX, Platform28, Overkiz

    void add(DialectDescriptor descriptor); // replaces one with the same id
    const DialectDescriptor *find(const QString &id) const;
    const QList<DialectDescriptor> &all() const { return m_dialects; }
    QStringList ids() const;

    // Empty when the profile is usable: Profile::validate() and the dialect's own needs.
    QString validate(const Profile &profile) const;
    // The sign-in mode that receives an identity provider's token of that kind (Overkiz:
    // the ID token as `jwt`, the access token as `accessToken`).
    static Credentials::Mode ssoMode(OidcSettings::TokenUse use);
    // The token sign-in an identity provider's tokens make (the person's name for display).
    static Credentials ssoCredentials(const OidcSettings &settings, const OidcTokens &tokens);
    // A backend for the profile's dialect; null for an unknown dialect.
    std::unique_ptr<Backend> createBackend(const Profile &profile, CoreContext &context, QObject *parent = nullptr) const;

private:
    QList<DialectDescriptor> m_dialects;
};

} // namespace authdesk
