#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace authdesk {

// A profile's identity provider (OpenID Connect): where it is, who we are to it and which of
// its tokens the dialect's sign-in receives. Public client: no client secret exists to store.
struct OidcSettings {
    enum class TokenUse {
        IdToken,     // the ID token (a JWT for our client id): Overkiz O1 `jwt`
        AccessToken, // the access token (a JWT for `resource`): Overkiz O1 `accessToken`
    };

    QUrl issuer;       // OpenID discovery at <issuer>/.well-known/openid-configuration
    QString clientId;
    QString scopes = QStringLiteral("openid email offline_access");
    TokenUse tokenUse = TokenUse::IdToken;
    QString resource;  // RFC 8707 resource indicator sent with the requests; empty: none

    bool isSet() const { return !issuer.isEmpty() || !clientId.isEmpty(); }
    // Empty when usable (or not set at all); otherwise one sentence saying what is wrong.
    QString validate() const;

    static QString tokenUseId(TokenUse use);                    // "id-token", "access-token"
    static std::optional<TokenUse> tokenUseFromId(const QString &id);

    bool operator==(const OidcSettings &) const = default;
};

} // namespace authdesk
