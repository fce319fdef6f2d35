#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// A Platform28 session object (CONTRACT.md section 2). `lsid` is set only in P1 and P11
// answers and is a secret.
struct P28Session {
    QString sessionId, userId, effectiveUserId, orgId, effectiveOrgId;
    QDateTime created, lastAccess, expiresAt;
    QString clientIp, userAgent, clonedFrom;
    QString lsid;

    bool isImpersonating() const { return effectiveUserId != userId || effectiveOrgId != orgId; }
    QJsonObject toJson() const; // without the lsid
    static P28Session fromJson(const QJsonObject &o);
};

// P2-P4 answer.
struct P28BlockStatus {
    QString username;
    bool blocked = false;
};

// P12 body: who asks for a reset, with optional extra validation.
struct P28ResetRequest {
    QString userId, email, phone, mobile, templateName, resetUrl;
};

// A lowercase hex SHA-256 of the password's UTF-8 bytes: what Platform28's password routes
// carry instead of the password (Decided in the contract).
QString p28PasswordHash(const QString &password);

} // namespace authdesk
