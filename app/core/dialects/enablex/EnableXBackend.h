#pragma once

#include "Backend.h"
#include "CustomerList.h"
#include "KeyReset.h"
#include "Dialect.h"
#include "DialectDescriptor.h"
#include "EnableXTypes.h"

namespace authdesk {

// EnableX UCaaS (CONTRACT.md section 1): X-Api-Id on the public routes, "Token" or
// "Basic" on the authenticated ones, the result/msg/desc envelope, tokens renewed before
// 15 minutes.
class EnableXBackend : public Backend, public KeyReset, public CustomerList
{
    Q_OBJECT
public:
    EnableXBackend(const Profile &profile, CoreContext &context, QObject *parent = nullptr);
    // What the console and the CLI know of this dialect (registered by DialectRegistry::builtIn()).
    static DialectDescriptor descriptor();

    QString dialect() const override { return Dialect::EnableX; }
    CallHandle signOut(Callback<Done> done) override;
    CallHandle testConnection(Callback<Done> done) override;
    QJsonObject exportSession() const override;
    bool importSession(const QJsonObject &session) override;

    // The user the token belongs to (after a password sign-in).
    const EnableXUser &user() const { return m_user; }

    CallHandle requestPasswordReset(const QString &email, Callback<QString> done) override;        // E2
    CallHandle validateResetKey(const QString &key, Callback<EnableXKeyOwner> done) override;      // E3
    CallHandle resetPassword(const QString &key, const QString &email, const QString &password,
                             const QString &retyped, Callback<QString> done) override;            // E4
    CallHandle customers(Callback<QJsonArray> done) override;                                      // E5

    static constexpr int kTokenLifetimeSec = 15 * 60;
    static constexpr int kRenewMarginSec = 60;

protected:
    CallHandle performSignIn(const Credentials &credentials, Callback<SignInState> done) override;
    void authorize(HttpRequest &request) const override;
    bool isSuccess(const HttpResponse &response) const override;
    ApiError mapError(const HttpRequest &request, const HttpResponse &response) const override;
    bool needsRenewal() const override;
    void clearSecrets() override;

private:
    HttpRequest publicRequest(Route route, const QByteArray &method, const QString &path) const;
    std::optional<ApiError> checkApiId() const;

    QString m_token;
    QDateTime m_tokenIssued;
    QString m_appId, m_appKey; // application credentials (Basic)
    EnableXUser m_user;
};

} // namespace authdesk
