#include "OidcSettings.h"

#include "HttpClient.h"

#include <QCoreApplication>

namespace authdesk {

QString OidcSettings::validate() const
{
    if (!isSet())
        return {};
    if (!issuer.isValid() || issuer.host().isEmpty()
        || (issuer.scheme() != u"https" && issuer.scheme() != u"http"))
        return QCoreApplication::translate("OidcSettings", "The identity provider's issuer must be an https:// URL.");
    if (issuer.scheme() == u"http" && !HttpClient::isLoopbackHost(issuer.host()))
        return QCoreApplication::translate("OidcSettings", "The identity provider's issuer must use https:// (plain http:// is allowed on this computer only).");
    if (issuer.hasQuery() || issuer.hasFragment())
        return QCoreApplication::translate("OidcSettings", "The identity provider's issuer must not have a query or fragment.");
    if (clientId.trimmed().isEmpty())
        return QCoreApplication::translate("OidcSettings", "Enter the client ID the identity provider knows this console by.");
    if (!scopes.split(u' ', Qt::SkipEmptyParts).contains(u"openid"))
        return QCoreApplication::translate("OidcSettings", "The scopes must include \"openid\".");
    if (tokenUse == TokenUse::AccessToken && !resource.isEmpty() && !QUrl(resource).isValid())
        return QCoreApplication::translate("OidcSettings", "The resource indicator must be a URL.");
    return {};
}

QString OidcSettings::tokenUseId(TokenUse use)
{
    return use == TokenUse::AccessToken ? QStringLiteral("access-token") : QStringLiteral("id-token");
}

std::optional<OidcSettings::TokenUse> OidcSettings::tokenUseFromId(const QString &id)
{
    if (id == u"id-token")
        return TokenUse::IdToken;
    if (id == u"access-token")
        return TokenUse::AccessToken;
    return std::nullopt;
}

} // namespace authdesk
