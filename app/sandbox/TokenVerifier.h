#pragma once

#include "JwksSource.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sandbox {

// Checks a JWT handed to the Overkiz login (accessToken or jwt) as a resource server must:
// an RS256 signature by a key of the configured issuer's JWKS, then iss, aud (one of the
// accepted audiences), exp and nbf against the sandbox's clock (which the control API can
// move, so expiry is testable without waiting). Anything else (alg "none", HS256 with the
// public key as secret, a key of another issuer) is refused.
class TokenVerifier
{
public:
    struct Verdict {
        QString userId; // the e-mail claim, else the subject; empty when refused
        QString why;    // why it was refused (for the sandbox's log, never for the client)
    };

    void configure(const QString &issuer, const QStringList &audiences);
    bool enabled() const { return !m_keys.issuer().isEmpty(); }
    Verdict verify(const QString &token, const QDateTime &now);

    // Whether this build can check signatures (it needs OpenSSL; the Windows toolchain has none).
    static bool signaturesSupported();

private:
    JwksSource m_keys;
    QStringList m_audiences;
};

} // namespace sandbox
