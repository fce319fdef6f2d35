#pragma once

#include "DialectService.h"
#include "TokenVerifier.h"

#include <QHash>
#include <QMap>

namespace sandbox {

// Overkiz End-User API (contract section 3): form login in four modes, the JSESSIONID
// cookie, errorCode/error bodies, login throttling, the O10 rate limit, single-use tokens
// with a brute-force ban, and the browser pages of the e-mailed reset link.
class OverkizService : public DialectService
{
public:
    explicit OverkizService(Context &ctx);

    // The API lives under /enduser-mobile-web/enduserAPI; the reset link's page sits beside it.
    QString basePath() const override { return QStringLiteral("/enduser-mobile-web"); }
    QString dialect() const override { return QStringLiteral("overkiz"); }
    QString match(const Request &r) const override;
    Reply handle(const QString &route, const Request &r) override;
    Reply errorReply(int status, bool rateLimit) const override;
    void reset() override;
    void seed(const QJsonObject &section) override;

    // Mails a new terms-of-use token for a gateway; false when the gateway is unknown.
    bool issueTermsToken(const QString &gatewayId);

private:
    struct User {
        QString userId, password;
        QStringList roles;
        bool validated = false, emailValidated = false;
    };
    struct Session {
        QString userId;
        QDateTime lastAccess;
    };
    struct Ban {
        QList<QDateTime> failures;
        QDateTime until;
        void fail(const QDateTime &now);
    };

    Reply error(int status, const QString &code, const QString &text) const;
    // The user of the request's session, or an error reply.
    std::optional<Reply> session(const Request &r, QString *userId);
    Reply login(const Request &r);
    // The user a verified SSO token (accessToken / jwt) names; empty when it is refused.
    QString ssoUser(const QString &token);
    Reply check(const Request &r) const;
    Reply exists(const Request &r);
    Reply createAccount(const Request &r);
    Reply tokenRoute(const QString &route, const Request &r);
    Reply resetPage(const Request &r);
    bool banned(const QString &client) const;
    void noteInvalidToken(const QString &client);
    void mailValidation(const QString &userId);

    QMap<QString, User> m_users;
    QHash<QString, Session> m_sessions;          // JSESSIONID -> session
    QHash<QString, Ban> m_loginFailures;         // userId -> failures / throttle
    QHash<QString, QList<QDateTime>> m_exists;   // client -> O10 calls in the window
    QHash<QString, Ban> m_tokenFailures;         // client -> invalid tokens / ban
    QHash<QString, QString> m_validationTokens;  // token -> userId (the latest per user)
    QHash<QString, QString> m_resetTokens;       // token -> userId
    QHash<QString, QString> m_termsTokens;       // token -> gatewayId
    QStringList m_gateways;
    TokenVerifier m_tokens;
};

} // namespace sandbox
