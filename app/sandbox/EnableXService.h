#pragma once

#include "DialectService.h"

#include <QHash>

namespace sandbox {

// EnableX UCaaS (contract section 1): X-Api-Id, Token and Basic auth, the result/msg/desc
// envelope, 15-minute tokens and single-use reset keys.
class EnableXService : public DialectService
{
public:
    explicit EnableXService(Context &ctx);

    QString basePath() const override { return QStringLiteral("/ucaas/v1"); }
    QString dialect() const override { return QStringLiteral("enablex"); }
    QString match(const Request &r) const override;
    Reply handle(const QString &route, const Request &r) override;
    Reply errorReply(int status, bool rateLimit) const override;
    void reset() override;
    void seed(const QJsonObject &section) override;

private:
    struct User {
        QString email, password, userId, userType, firstName, lastName;
    };
    struct Token {
        QString email;
        QDateTime issued;
    };
    struct ResetKey {
        QString email;
        QDateTime issued;
        bool used = false;
    };

    Reply ok(QJsonObject body) const;
    Reply error(int status, int result, const QString &msg, const QString &desc) const;
    std::optional<Reply> checkApiId(const Request &r) const;
    std::optional<Reply> checkAuth(const Request &r) const;
    std::optional<Reply> checkKey(const QString &key) const;
    QJsonObject userJson(const User &u) const;

    Reply login(const Request &r);
    Reply requestReset(const Request &r);
    Reply validateKey(const Request &r);
    Reply resetPassword(const Request &r);
    Reply customers(const Request &r) const;

    QHash<QString, User> m_users; // by lower-case e-mail
    QHash<QString, Token> m_tokens;
    QHash<QString, ResetKey> m_keys;
};

} // namespace sandbox
