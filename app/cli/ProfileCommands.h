#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// profiles list | show NAME | add NAME | remove NAME. Profiles hold no secret.
class ProfileCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
    static QJsonObject toJson(const Profile &p);

private:
    static QJsonValue identityProviderJson(const OidcSettings &idp);
    // --issuer, --client-id, --scopes, --sso-token, --resource into `idp`; -1, or the exit
    // code of a usage error.
    static int applyIdentityProvider(CliContext &ctx, OidcSettings &idp);
};

} // namespace authdesk::cli
