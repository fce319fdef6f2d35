#pragma once

#include "OidcSettings.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace authdesk {

// Tokens from an identity provider's token endpoint. Secrets all of them: in memory and in
// the keychain only (the refresh token), never logged.
struct OidcTokens {
    QString accessToken;
    QString idToken;
    QString refreshToken; // empty when the provider gave none (no offline_access)
    QDateTime expiresAt;  // of the access token; invalid when the provider did not say
    QJsonObject idClaims; // the ID token's payload, once checked

    // The token the dialect's sign-in receives, as the profile chose.
    QString tokenFor(OidcSettings::TokenUse use) const
    {
        return use == OidcSettings::TokenUse::AccessToken ? accessToken : idToken;
    }
    // Who signed in, for the sidebar and the audit log: e-mail, else preferred_username, else sub.
    QString subjectName() const;

    // Reads a successful token answer (RFC 6749 5.1). An ID token is required when
    // `requireIdToken` (the first sign-in; a refresh may omit it).
    static Result<OidcTokens> parse(const QByteArray &body, const QDateTime &now, bool requireIdToken);
};

// The payload of a compact JWS, decoded but NOT verified: the console takes its ID token
// straight from the provider's token endpoint over a checked connection (OpenID Core
// 3.1.3.7, item 6), and checks the claims below; the server the token is for verifies the
// signature.
std::optional<QJsonObject> jwtPayload(const QString &jwt);

// OpenID Core 3.1.3.7: iss, aud (our client id), exp and iat within `leewaySec` of `now`,
// nonce when one was sent. `now` is this computer's clock: a provider whose clock is off by
// more than the leeway gets an error that says so.
ApiError checkIdToken(const QJsonObject &claims, const QUrl &issuer, const QString &clientId,
                      const QString &nonce, const QDateTime &now, int leewaySec = 300);

} // namespace authdesk
