#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace authdesk {

// Who is signed in on a profile, since when and until when. Holds no secret.
struct SignInState {
    bool signedIn = false;
    QString who;          // e-mail, username or userId as the server knows it
    QString userId;       // server-side id when the dialect has one
    QDateTime since;      // UTC
    QDateTime expiresAt;  // UTC; invalid when the server gives no expiry
    QVariantMap details;  // dialect extras (roles, orgId, sessionId, user type...)

    bool isExpired(const QDateTime &nowUtc) const
    {
        return signedIn && expiresAt.isValid() && nowUtc >= expiresAt;
    }
};

} // namespace authdesk
