#pragma once

#include "Backend.h"
#include "PasswordChanging.h"
#include "SessionAdmin.h"
#include "TokenReset.h"
#include "UserBlocking.h"
#include "Dialect.h"
#include "DialectDescriptor.h"
#include "Platform28Types.h"

namespace authdesk {

// Platform28 Cloud API, Auth V2 (CONTRACT.md section 2): the LSID as a ";lsid=" matrix
// parameter on the last path segment, or an API key as the apiKey query parameter;
// {code, message} errors; SHA-256 password hashes.
class Platform28Backend : public Backend,
                          public SessionAdmin,
                          public UserBlocking,
                          public PasswordChanging,
                          public TokenReset
{
    Q_OBJECT
public:
    Platform28Backend(const Profile &profile, CoreContext &context, QObject *parent = nullptr);
    // What the console and the CLI know of this dialect (registered by DialectRegistry::builtIn()).
    static DialectDescriptor descriptor();

    QString dialect() const override { return Dialect::Platform28; }
    CallHandle signOut(Callback<Done> done) override;
    CallHandle testConnection(Callback<Done> done) override;
    QJsonObject exportSession() const override;
    bool importSession(const QJsonObject &session) override;

    // The console's own session id on the server (password sign-in), empty with an API key.
    QString ownSessionId() const override { return m_sessionId; }

    CallHandle blockStatus(const QString &username, Callback<P28BlockStatus> done) override;                 // P2
    CallHandle setBlocked(const QString &username, bool blocked, Callback<P28BlockStatus> done) override;    // P3 / P4
    CallHandle session(const QString &sessionId, Callback<P28Session> done) override;                        // P5
    CallHandle terminateSession(const QString &sessionId, bool alsoOthersOfUser, Callback<int> done) override; // P6
    CallHandle setEffectiveUser(const QString &sessionId, const QString &userId, Callback<P28Session> done) override; // P7
    CallHandle resetIdentity(const QString &sessionId, Callback<P28Session> done) override;                  // P8
    CallHandle setEffectiveOrg(const QString &sessionId, const QString &orgId, Callback<P28Session> done) override;   // P9
    CallHandle terminateUserSessions(const QString &userId, Callback<int> done) override;                    // P10
    CallHandle cloneSession(const QString &sessionId, Callback<P28Session> done) override;                   // P11
    CallHandle requestPasswordReset(const P28ResetRequest &req, Callback<Done> done) override;               // P12
    CallHandle resetPassword(const QString &token, const QString &username, const QString &newPassword,
                             Callback<Done> done) override;                                                  // P13
    // P14: self-service with the old password, or forced by an admin re-entering their own.
    CallHandle changePassword(const QString &userId, ChangeMode mode, const QString &currentOrAdminPassword,
                              const QString &newPassword, Callback<QString> done) override;
    CallHandle userSessions(const QString &userId, Callback<QList<P28Session>> done) override;              // P15

protected:
    CallHandle performSignIn(const Credentials &credentials, Callback<SignInState> done) override;
    void authorize(HttpRequest &request) const override;
    ApiError mapError(const HttpRequest &request, const HttpResponse &response) const override;
    void clearSecrets() override;

private:
    CallHandle sessionCall(Route route, const QByteArray &method, const QString &path, const QJsonValue &body,
                           const QString &auditAction, const QString &target, Callback<P28Session> done);
    CallHandle countCall(HttpRequest r, const QString &auditAction, const QString &target, Callback<int> done);
    std::optional<ApiError> needArg(const QString &value, const QString &what) const;

    QString m_lsid;
    QString m_apiKey;
    QString m_sessionId;
};

} // namespace authdesk
