#pragma once

#include "AccountCreation.h"
#include "AccountValidation.h"
#include "Backend.h"
#include "BrowserReset.h"
#include "PasswordCheck.h"
#include "TermsOfUse.h"
#include "UserLookup.h"
#include "Dialect.h"
#include "DialectDescriptor.h"
#include "OverkizTypes.h"

namespace authdesk {

// Overkiz End-User API (CONTRACT.md section 3): form login in four modes, the JSESSIONID
// cookie of this profile on every later call (never together with a Bearer header), and
// decisions on errorCode + error text rather than on the status alone. O5 is deprecated
// and deliberately not offered.
class OverkizBackend : public Backend,
                       public BrowserReset,
                       public PasswordCheck,
                       public UserLookup,
                       public AccountValidation,
                       public AccountCreation,
                       public TermsOfUse
{
    Q_OBJECT
public:
    OverkizBackend(const Profile &profile, CoreContext &context, QObject *parent = nullptr);
    // What the console and the CLI know of this dialect (registered by DialectRegistry::builtIn()).
    static DialectDescriptor descriptor();

    QString dialect() const override { return Dialect::Overkiz; }
    CallHandle signOut(Callback<Done> done) override;                                   // O3
    CallHandle testConnection(Callback<Done> done) override;                            // O2
    QJsonObject exportSession() const override;
    bool importSession(const QJsonObject &session) override;

    CallHandle isAuthenticated(Callback<bool> done);                                    // O2
    CallHandle requestPasswordReset(const QString &userId, const QString &email, Callback<Done> done) override; // O4
    CallHandle checkPassword(const QString &userId, const QString &password, Callback<OverkizPasswordQuality> done) override; // O6
    CallHandle sendValidationToken(const QString &userId, Callback<Done> done) override;         // O7
    CallHandle validateAccount(const QString &userId, const QString &token, Callback<bool> done) override; // O8
    CallHandle validateEmail(const QString &token, Callback<bool> done) override;                // O9
    CallHandle userExists(const QString &userId, Callback<bool> done) override;                  // O10
    CallHandle createMainAccount(const OverkizMainAccount &account, Callback<Done> done) override; // O11
    CallHandle answerTerms(const QString &gatewayId, const QString &token, bool accept, Callback<bool> done) override; // O12 / O13

protected:
    CallHandle performSignIn(const Credentials &credentials, Callback<SignInState> done) override;
    void authorize(HttpRequest &request) const override;
    ApiError mapError(const HttpRequest &request, const HttpResponse &response) const override;
    void clearSecrets() override;

private:
    static QString cookieFrom(const HttpResponse &response);
    CallHandle boolCall(HttpRequest r, bool authenticated, const QString &field, const QString &auditAction,
                        const QString &target, Callback<bool> done);

    QString m_cookie; // JSESSIONID value
};

} // namespace authdesk
