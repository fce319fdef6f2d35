#pragma once

#include "Result.h"

#include <QStringList>
#include <QUrl>

namespace authdesk {

// What OpenID discovery (<issuer>/.well-known/openid-configuration) says about a provider:
// only what the console uses.
struct OidcProviderInfo {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint; // empty: no RFC 8628 device flow
    QUrl revocationEndpoint;          // empty: tokens cannot be revoked (RFC 7009)
    QUrl jwksUri;
    QStringList codeChallengeMethods;

    // Reads a discovery document. The issuer in it must be exactly the one asked for (OpenID
    // Discovery 4.3: otherwise another provider could speak for this one); every endpoint
    // must be https:// (or http:// on loopback).
    static Result<OidcProviderInfo> parse(const QByteArray &body, const QUrl &expectedIssuer);
    static QUrl discoveryUrl(const QUrl &issuer);
    // Issuers compare as strings (OpenID Discovery 4.3), but for trailing slashes, a common
    // difference in configuration.
    static bool sameIssuer(const QString &a, const QString &b);
};

} // namespace authdesk
