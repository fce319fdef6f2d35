#include "OverkizBackend.h"

#include "JsonReader.h"
#include "OverkizErrorMap.h"
#include "StatusMapper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace authdesk {

OverkizBackend::OverkizBackend(const Profile &profile, CoreContext &context, QObject *parent)
    : Backend(profile, context, parent)
{
}

DialectDescriptor OverkizBackend::descriptor()
{
    using R = SignInField::Role;
    // The optional login extras go with every mode.
    const QList<SignInField> extras = {{R::ApplicationId, QT_TRANSLATE_NOOP("Dialects", "Application id:"), true},
                                       {R::ApiKey, QT_TRANSLATE_NOOP("Dialects", "API key:"), true},
                                       {R::SetupOid, QT_TRANSLATE_NOOP("Dialects", "Setup OID:"), true}};
    const SignInField userId{R::User, QT_TRANSLATE_NOOP("Dialects", "&User id:")};
    DialectDescriptor d;
    d.id = Dialect::Overkiz;
    d.displayName = QStringLiteral("Overkiz End-User API");
    d.defaultBaseUrl = QUrl(QStringLiteral("https://ha101-1.overkiz.com/enduser-mobile-web/enduserAPI"));
    d.modes = {
        {Credentials::Mode::Password, QT_TRANSLATE_NOOP("Dialects", "User id and password"),
         QList<SignInField>{userId, {R::Secret, QT_TRANSLATE_NOOP("Dialects", "&Password:")}} + extras},
        {Credentials::Mode::SsoToken, QT_TRANSLATE_NOOP("Dialects", "User id and SSO token"),
         QList<SignInField>{userId, {R::Secret, QT_TRANSLATE_NOOP("Dialects", "&SSO token:")}} + extras},
        {Credentials::Mode::AccessToken, QT_TRANSLATE_NOOP("Dialects", "Access token"),
         QList<SignInField>{{R::Secret, QT_TRANSLATE_NOOP("Dialects", "Access &token:")}} + extras},
        {Credentials::Mode::Jwt, QT_TRANSLATE_NOOP("Dialects", "JSON Web Token"),
         QList<SignInField>{{R::Secret, QT_TRANSLATE_NOOP("Dialects", "&JWT:")}} + extras},
    };
    d.capabilities = Capability::UserExists | Capability::AccountValidation | Capability::TermsOfUse
        | Capability::AccountCreation | Capability::ServerPasswordCheck;
    d.resetFlow = ResetFlow::InBrowser;
    d.create = [](const Profile &p, CoreContext &c, QObject *parent) { return std::make_unique<OverkizBackend>(p, c, parent); };
    return d;
}

QString OverkizBackend::cookieFrom(const HttpResponse &response)
{
    for (const QByteArray &line : response.headerValues("Set-Cookie")) {
        for (const QByteArray &part : line.split(';')) {
            const QByteArray p = part.trimmed();
            if (p.startsWith("JSESSIONID="))
                return QString::fromLatin1(p.mid(11));
        }
    }
    return {};
}

CallHandle OverkizBackend::performSignIn(const Credentials &c, Callback<SignInState> done)
{
    using M = Credentials::Mode;
    QList<QPair<QString, QString>> form;
    QString who = c.user.trimmed();
    switch (c.mode) {
    case M::Password:
    case M::SsoToken:
        if (who.isEmpty() || c.secret.isEmpty()) {
            done(ApiError::make(ErrorKind::Usage, c.mode == M::Password ? tr("Enter the user id and the password.")
                                                                        : tr("Enter the user id and the SSO token.")));
            return {};
        }
        form << qMakePair(QStringLiteral("userId"), who)
             << qMakePair(c.mode == M::Password ? QStringLiteral("userPassword") : QStringLiteral("ssoToken"), c.secret);
        break;
    case M::AccessToken:
    case M::Jwt:
        if (c.secret.isEmpty()) {
            done(ApiError::make(ErrorKind::Usage, c.mode == M::Jwt ? tr("Paste the JSON Web Token.") : tr("Paste the access token.")));
            return {};
        }
        form << qMakePair(c.mode == M::Jwt ? QStringLiteral("jwt") : QStringLiteral("accessToken"), c.secret);
        break;
    default:
        done(ApiError::make(ErrorKind::Usage, tr("Overkiz signs in with a password, an SSO token, an access token or a JWT.")));
        return {};
    }
    if (!c.applicationId.trimmed().isEmpty())
        form << qMakePair(QStringLiteral("applicationId"), c.applicationId.trimmed());
    if (!c.apiKey.isEmpty())
        form << qMakePair(QStringLiteral("apiKey"), c.apiKey);
    if (!c.setupOid.trimmed().isEmpty())
        form << qMakePair(QStringLiteral("setupOID"), c.setupOid.trimmed());
    HttpRequest r = request(Route::O1, "POST", QStringLiteral("/login"));
    setFormBody(r, form);
    r.secrets << c.secrets();
    const QString mode = Credentials::modeId(c.mode);
    // A fresh login never carries the old cookie.
    return execute(ApiCall{r, false, false}, [this, done, who, mode](const Result<HttpResponse> &res) {
        if (!res.ok())
            return done(res.error());
        const auto o = parseObjectOrNull(res.value());
        const QString cookie = cookieFrom(res.value());
        if (!o || cookie.isEmpty())
            return done(malformedAnswer(res.value()));
        if (!json::boolean(*o, u"success", true))
            return done(ApiError::make(ErrorKind::BadCredentials, tr("The server refused the sign-in."), res.value().status));
        m_cookie = cookie;
        SignInState s;
        s.signedIn = true;
        s.who = who.isEmpty() ? tr("token user") : who;
        s.since = now();
        QStringList roles;
        for (const QJsonValue &v : json::array(*o, u"roles"))
            roles << json::str(v.toObject(), u"name");
        s.details.insert(QStringLiteral("roles"), roles);
        s.details.insert(QStringLiteral("mode"), mode);
        setState(s);
        done(s);
    });
}

void OverkizBackend::authorize(HttpRequest &r) const
{
    // Only the cookie; a Bearer header alongside it makes the server reject the call.
    r.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    if (!m_cookie.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Cookie"), "JSESSIONID=" + m_cookie.toLatin1()});
        r.secrets << m_cookie;
    }
}

ApiError OverkizBackend::mapError(const HttpRequest &request, const HttpResponse &response) const
{
    if (auto e = StatusMapper::transportError(response))
        return *e;
    if (response.status >= 200 && response.status < 300)
        return StatusMapper::malformed(response);
    return OverkizErrorMap::map(routeFromId(request.routeId), response, StatusMapper::fromStatus(response));
}

void OverkizBackend::clearSecrets()
{
    m_cookie.clear();
}

CallHandle OverkizBackend::signOut(Callback<Done> done)
{
    forgetCredentials();
    if (m_cookie.isEmpty()) {
        clearSession();
        done(Done{});
        return {};
    }
    return execute(ApiCall{request(Route::O3, "POST", QStringLiteral("/logout")), true, false},
                   [this, done](const Result<HttpResponse> &res) {
                       clearSession(); // locally signed out whatever the server says
                       if (!res.ok() && res.error().kind != ErrorKind::SessionExpired)
                           return done(res.error());
                       if (res.ok() && !parseObjectOrNull(res.value()))
                           return done(malformedAnswer(res.value()));
                       done(Done{});
                   });
}

CallHandle OverkizBackend::testConnection(Callback<Done> done)
{
    return isAuthenticated([done](const Result<bool> &r) {
        if (!r.ok())
            return done(r.error());
        done(Done{});
    });
}

CallHandle OverkizBackend::isAuthenticated(Callback<bool> done)
{
    HttpRequest r = request(Route::O2, "GET", QStringLiteral("/authenticated"));
    if (!m_cookie.isEmpty())
        authorize(r); // never triggers a re-sign-in: the answer itself says whether we are in
    return execute(ApiCall{r, false, true},
                   objectHandler<bool>(done, [](const QJsonObject &o) { return json::boolean(o, u"authenticated"); }));
}

QJsonObject OverkizBackend::exportSession() const
{
    if (!state().signedIn || m_cookie.isEmpty())
        return {};
    return {{QStringLiteral("cookie"), m_cookie}, {QStringLiteral("who"), state().who},
            {QStringLiteral("roles"), QJsonArray::fromStringList(state().details.value(QStringLiteral("roles")).toStringList())},
            {QStringLiteral("since"), state().since.toString(Qt::ISODate)}};
}

bool OverkizBackend::importSession(const QJsonObject &o)
{
    m_cookie = json::str(o, u"cookie");
    if (m_cookie.isEmpty())
        return false;
    SignInState s;
    s.signedIn = true;
    s.who = json::str(o, u"who");
    s.since = json::time(o, u"since");
    QStringList roles;
    for (const QJsonValue &v : json::array(o, u"roles"))
        roles << v.toString();
    s.details.insert(QStringLiteral("roles"), roles);
    setState(s);
    return true;
}

CallHandle OverkizBackend::requestPasswordReset(const QString &userId, const QString &email, Callback<Done> done)
{
    if (userId.trimmed().isEmpty() || email.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the user id and the e-mail address.")));
        return {};
    }
    HttpRequest r = request(Route::O4, "POST", QStringLiteral("/enduser/password/reset"));
    setJsonBody(r, QJsonObject{{QStringLiteral("userId"), userId.trimmed()}, {QStringLiteral("email"), email.trimmed()}});
    const AuditIntent a = auditIntent(QStringLiteral("password-reset-request"), userId.trimmed());
    return execute(ApiCall{r, false, false, a}, doneHandler(audited<Done>(a, done)));
}

CallHandle OverkizBackend::checkPassword(const QString &userId, const QString &password, Callback<OverkizPasswordQuality> done)
{
    if (password.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter a password to check.")));
        return {};
    }
    HttpRequest r = request(Route::O6, "POST", QStringLiteral("/enduser/password/check"));
    setJsonBody(r, QJsonObject{{QStringLiteral("userId"), userId.trimmed()}, {QStringLiteral("userPassword"), password}});
    r.secrets << password;
    return execute(ApiCall{r, false, true}, objectHandler<OverkizPasswordQuality>(done, &OverkizPasswordQuality::fromJson));
}

CallHandle OverkizBackend::sendValidationToken(const QString &userId, Callback<Done> done)
{
    if (userId.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the user id.")));
        return {};
    }
    HttpRequest r = request(Route::O7, "POST", QStringLiteral("/enduser/%1/validation").arg(segment(userId.trimmed())));
    const AuditIntent a = auditIntent(QStringLiteral("send-validation-token"), userId.trimmed());
    return execute(ApiCall{r, false, false, a}, doneHandler(audited<Done>(a, done)));
}

CallHandle OverkizBackend::boolCall(HttpRequest r, bool authenticated, const QString &field, const QString &auditAction,
                                    const QString &target, Callback<bool> done)
{
    // Single-use tokens: a repeat after a lost answer would be refused, so no automatic retry.
    const AuditIntent a = auditIntent(auditAction, target);
    return execute(ApiCall{std::move(r), authenticated, false, a},
                   objectHandler<bool>(audited<bool>(a, done),
                                       [field](const QJsonObject &o) { return json::boolean(o, field); }, {{field, QJsonValue::Bool}}));
}

CallHandle OverkizBackend::validateAccount(const QString &userId, const QString &token, Callback<bool> done)
{
    if (userId.trimmed().isEmpty() || token.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the user id and the validation token.")));
        return {};
    }
    HttpRequest r = request(Route::O8, "POST",
                            QStringLiteral("/enduser/%1/validation/%2").arg(segment(userId.trimmed()), segment(token.trimmed())));
    r.secrets << token.trimmed();
    return boolCall(std::move(r), false, QStringLiteral("emailAndAccountValidated"), QStringLiteral("validate-account"),
                    userId.trimmed(), done);
}

CallHandle OverkizBackend::validateEmail(const QString &token, Callback<bool> done)
{
    if (token.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the validation token.")));
        return {};
    }
    HttpRequest r = request(Route::O9, "POST", QStringLiteral("/enduser/email/validation/") + segment(token.trimmed()));
    r.secrets << token.trimmed();
    return boolCall(std::move(r), true, QStringLiteral("emailValidated"), QStringLiteral("validate-email"), state().who, done);
}

CallHandle OverkizBackend::userExists(const QString &userId, Callback<bool> done)
{
    if (userId.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the user id.")));
        return {};
    }
    HttpRequest r = request(Route::O10, "GET", QStringLiteral("/enduser/existingUserIds/") + segment(userId.trimmed()));
    return execute(ApiCall{r, false, true},
                   objectHandler<bool>(done, [](const QJsonObject &o) { return json::boolean(o, u"userExists"); },
                                       {{QStringLiteral("userExists"), QJsonValue::Bool}}));
}

CallHandle OverkizBackend::createMainAccount(const OverkizMainAccount &account, Callback<Done> done)
{
    const QStringList problems = account.validate();
    if (!problems.isEmpty()) {
        done(ApiError::make(ErrorKind::Validation, problems.join(u'\n')));
        return {};
    }
    HttpRequest r = request(Route::O11, "POST", QStringLiteral("/enduser/mainAccount"));
    setJsonBody(r, account.toJson());
    r.secrets << account.password;
    const QString target = account.endUser.userId.isEmpty() ? account.endUser.email : account.endUser.userId;
    const AuditIntent a = auditIntent(QStringLiteral("create-main-account"), target.trimmed());
    return execute(ApiCall{r, true, false, a}, doneHandler(audited<Done>(a, done)));
}

CallHandle OverkizBackend::answerTerms(const QString &gatewayId, const QString &token, bool accept, Callback<bool> done)
{
    if (gatewayId.trimmed().isEmpty() || token.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the gateway id and the terms-of-use token.")));
        return {};
    }
    HttpRequest r = request(accept ? Route::O12 : Route::O13, "POST",
                            QStringLiteral("/termsOfUse/%1/%2/%3")
                                .arg(segment(gatewayId.trimmed()), accept ? QStringLiteral("accept") : QStringLiteral("decline"),
                                     segment(token.trimmed())));
    r.secrets << token.trimmed();
    return boolCall(std::move(r), false, accept ? QStringLiteral("TermsOfUseValidated") : QStringLiteral("TermsOfUseDeclined"),
                    accept ? QStringLiteral("accept-terms") : QStringLiteral("decline-terms"), gatewayId.trimmed(), done);
}

} // namespace authdesk
