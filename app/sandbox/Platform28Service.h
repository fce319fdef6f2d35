#pragma once

#include "DialectService.h"

#include <QHash>
#include <QMap>

namespace sandbox {

// Platform28 Auth V2 (contract section 2): LSID matrix parameter or apiKey query, roles,
// idle expiry, SHA-256 password hashes, single-use reset tokens.
class Platform28Service : public DialectService
{
public:
    explicit Platform28Service(Context &ctx);

    QString basePath() const override { return QStringLiteral("/p28/api/v2"); }
    QString dialect() const override { return QStringLiteral("platform28"); }
    QString match(const Request &r) const override;
    Reply handle(const QString &route, const Request &r) override;
    Reply errorReply(int status, bool rateLimit) const override;
    void reset() override;
    void seed(const QJsonObject &section) override;

    // Adds `count` sessions of `userId`; returns their ids.
    QStringList generateSessions(int count, const QString &userId);

private:
    struct User {
        QString username, passwordHash, userId, orgId, email, phone, mobile;
        QStringList roles;
        bool blocked = false;
    };
    struct Session {
        QString sessionId, lsid, userId, effectiveUserId, orgId, effectiveOrgId;
        QDateTime created, lastAccess;
        QString clientIp, userAgent, clonedFrom;
    };
    struct ResetToken {
        QString userId;
        QDateTime expires;
        bool used = false;
    };
    // Who is calling: an API key (admin) or the user behind an LSID.
    struct Caller {
        bool admin = false;
        bool apiKey = false;
        QString userId;
        QString sessionId;
    };

    static QString hash(const QString &password);
    Reply error(int status, const QString &code, const QString &message) const;
    std::optional<Reply> authenticate(const Request &r, Caller &caller);
    bool expired(const Session &s) const;
    const User *userById(const QString &userId) const;
    QJsonObject sessionJson(const Session &s, bool withLsid) const;
    Session &newSession(const QString &userId, const Request &r, const QString &clonedFrom = {});
    std::optional<Reply> findSession(const Caller &c, const QString &id, Session **out);

    Reply authenticateUser(const Request &r);
    Reply block(const QString &route, const Request &r, const Caller &c);
    Reply sessionRoute(const QString &route, const Request &r, const Caller &c);
    Reply userSessions(const QString &route, const Request &r, const Caller &c);
    Reply requestReset(const Request &r);
    Reply reset(const Request &r);
    Reply changePassword(const Request &r, const Caller &c);

    QMap<QString, User> m_users; // by username
    QMap<QString, Session> m_sessions;
    QHash<QString, QString> m_lsids; // lsid -> sessionId
    QHash<QString, ResetToken> m_tokens;
    int m_nextSession = 1;
};

} // namespace sandbox
