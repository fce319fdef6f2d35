#include "EnableXBackend.h"

#include "JsonReader.h"
#include "StatusMapper.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

bool resultIsOne(const QJsonObject &o)
{
    return json::integer(o, u"result", 0) == 1; // "1" and 1 are the same
}

} // namespace

EnableXBackend::EnableXBackend(const Profile &profile, CoreContext &context, QObject *parent)
    : Backend(profile, context, parent)
{
}

DialectDescriptor EnableXBackend::descriptor()
{
    using R = SignInField::Role;
    DialectDescriptor d;
    d.id = Dialect::EnableX;
    d.displayName = QStringLiteral("EnableX UCaaS");
    d.defaultBaseUrl = QUrl(QStringLiteral("https://api.enablex.io/ucaas/v1"));
    d.profileApiIdLabel = QT_TRANSLATE_NOOP("Dialects", "API &id:");
    d.modes = {
        {Credentials::Mode::Password, QT_TRANSLATE_NOOP("Dialects", "E-mail and password"),
         {{R::User, QT_TRANSLATE_NOOP("Dialects", "&E-mail:")}, {R::Secret, QT_TRANSLATE_NOOP("Dialects", "&Password:")}},
         true},
        {Credentials::Mode::AppKey, QT_TRANSLATE_NOOP("Dialects", "Application credentials (App ID / App Key)"),
         {{R::User, QT_TRANSLATE_NOOP("Dialects", "App &ID:")}, {R::Secret, QT_TRANSLATE_NOOP("Dialects", "App &Key:")}}},
    };
    d.capabilities = Capability::ListCustomers;
    d.resetFlow = ResetFlow::KeyByEmail;
    d.renewsBeforeExpiry = true; // a token lives 15 minutes
    d.create = [](const Profile &p, CoreContext &c, QObject *parent) { return std::make_unique<EnableXBackend>(p, c, parent); };
    return d;
}

std::optional<ApiError> EnableXBackend::checkApiId() const
{
    if (profile().apiId.trimmed().isEmpty())
        return ApiError::make(ErrorKind::Usage, tr("This EnableX profile has no API id; add it in the profile settings."));
    return std::nullopt;
}

HttpRequest EnableXBackend::publicRequest(Route route, const QByteArray &method, const QString &path) const
{
    HttpRequest r = request(route, method, path);
    r.headers.append({QByteArrayLiteral("X-Api-Id"), profile().apiId.trimmed().toUtf8()});
    return r;
}

CallHandle EnableXBackend::performSignIn(const Credentials &c, Callback<SignInState> done)
{
    if (c.mode == Credentials::Mode::AppKey) {
        if (c.user.isEmpty() || c.secret.isEmpty()) {
            done(ApiError::make(ErrorKind::Usage, tr("Enter the App ID and the App Key.")));
            return {};
        }
        // Application credentials have no sign-in route: prove them with E5.
        const QString oldId = std::exchange(m_appId, c.user);
        const QString oldKey = std::exchange(m_appKey, c.secret);
        const QString oldToken = std::exchange(m_token, QString());
        HttpRequest r = request(Route::E5, "GET", QStringLiteral("/customers"));
        ApiCall call{r, true, true};
        return execute(call, [this, c, done, oldId, oldKey, oldToken](const Result<HttpResponse> &res) {
            if (!res.ok()) {
                m_appId = oldId;
                m_appKey = oldKey;
                m_token = oldToken;
                ApiError e = res.error();
                if (e.kind == ErrorKind::SessionExpired)
                    e = ApiError::make(ErrorKind::BadCredentials, tr("The App ID or App Key was not accepted."), e.httpStatus);
                return done(e);
            }
            SignInState s;
            s.signedIn = true;
            s.who = c.user;
            s.since = now();
            s.details.insert(QStringLiteral("mode"), QStringLiteral("app-key"));
            setState(s);
            done(s);
        });
    }
    if (c.mode != Credentials::Mode::Password) {
        done(ApiError::make(ErrorKind::Usage, tr("EnableX signs in with an e-mail and password or with application credentials.")));
        return {};
    }
    if (auto e = checkApiId()) {
        done(*e);
        return {};
    }
    if (c.user.trimmed().isEmpty() || c.secret.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the e-mail address and the password.")));
        return {};
    }
    HttpRequest r = publicRequest(Route::E1, "POST", QStringLiteral("/login"));
    setJsonBody(r, QJsonObject{{QStringLiteral("email"), c.user.trimmed()}, {QStringLiteral("password"), c.secret}});
    r.secrets << c.secret;
    return execute(ApiCall{r, false, false}, [this, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return done(res.error());
        const auto o = parseObjectOrNull(res.value());
        const QString token = o ? json::str(*o, u"token") : QString();
        if (token.isEmpty())
            return done(malformedAnswer(res.value()));
        m_token = token;
        m_appId.clear();
        m_appKey.clear();
        m_tokenIssued = now();
        m_user = EnableXUser::fromJson(json::object(*o, u"user"));
        SignInState s;
        s.signedIn = true;
        s.who = m_user.email;
        s.userId = m_user.userId;
        s.since = m_tokenIssued;
        s.expiresAt = m_tokenIssued.addSecs(kTokenLifetimeSec);
        s.details.insert(QStringLiteral("mode"), QStringLiteral("password"));
        s.details.insert(QStringLiteral("userType"), m_user.userType);
        s.details.insert(QStringLiteral("name"), m_user.displayName());
        setState(s);
        done(s);
    });
}

void EnableXBackend::authorize(HttpRequest &r) const
{
    if (!m_appId.isEmpty()) {
        const QByteArray basic = (m_appId + u':' + m_appKey).toUtf8().toBase64();
        r.headers.append({QByteArrayLiteral("Authorization"), "Basic " + basic});
        r.secrets << m_appKey << QString::fromLatin1(basic);
    } else if (!m_token.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Authorization"), "Token " + m_token.toUtf8()});
        r.secrets << m_token;
    }
    if (!profile().apiId.isEmpty())
        r.headers.append({QByteArrayLiteral("X-Api-Id"), profile().apiId.trimmed().toUtf8()});
}

bool EnableXBackend::isSuccess(const HttpResponse &response) const
{
    if (!Backend::isSuccess(response))
        return false;
    const auto o = parseObjectOrNull(response);
    return !o || resultIsOne(*o); // an unparsable 2xx is reported as malformed by the caller
}

ApiError EnableXBackend::mapError(const HttpRequest &request, const HttpResponse &response) const
{
    if (auto e = StatusMapper::transportError(response))
        return *e;
    const auto o = parseObjectOrNull(response);
    if (!o) {
        if (response.status >= 200 && response.status < 300)
            return StatusMapper::malformed(response);
        return StatusMapper::fromStatus(response);
    }
    const qint64 result = json::integer(*o, u"result", 0);
    const QString msg = json::str(*o, u"msg");
    const QString desc = json::str(*o, u"desc");
    const QString serverText = desc.isEmpty() ? msg : desc;
    const int status = response.status;
    ApiError e = StatusMapper::fromStatus(response);
    const Route route = routeFromId(request.routeId);
    if (result == 1001 || status == 403) {
        e.kind = ErrorKind::SessionExpired;
        e.message = status == 403 ? tr("The EnableX token has expired. Sign in again.")
                                  : tr("The EnableX token is no longer valid. Sign in again.");
    } else if (status == 400) {
        e.kind = ErrorKind::Validation;
        e.message = tr("The server says a header is missing: %1 Check the profile's API id.").arg(serverText);
    } else if (status == 401) {
        if (route == Route::E1) {
            e.kind = ErrorKind::BadCredentials;
            e.message = serverText.isEmpty() ? tr("The e-mail address or the password is wrong.") : serverText;
        } else if (request.headers.isEmpty() || !m_appId.isEmpty()) {
            e.kind = ErrorKind::BadCredentials;
            e.message = tr("The server did not accept the credentials: %1").arg(serverText);
        } else if (route == Route::E5) {
            e.kind = ErrorKind::SessionExpired;
            e.message = tr("The EnableX token is no longer valid. Sign in again.");
        } else {
            e.kind = ErrorKind::Forbidden;
            e.message = tr("The server did not accept this profile's API id: %1").arg(serverText);
        }
    } else if (status >= 200 && status < 300) {
        e.kind = ErrorKind::Validation;
        e.message = serverText.isEmpty() ? tr("The server refused the request (result %1).").arg(result) : serverText;
    } else if (!serverText.isEmpty() && (status == 404 || status == 406)) {
        e.message = serverText; // e.g. "The reset key has already been used."
    } else if (!serverText.isEmpty()) {
        e.message = e.message + u' ' + serverText;
    }
    e.serverCode = QString::number(result);
    e.serverText = serverText;
    return e;
}

bool EnableXBackend::needsRenewal() const
{
    return !m_token.isEmpty() && m_tokenIssued.isValid()
        && m_tokenIssued.secsTo(now()) >= kTokenLifetimeSec - kRenewMarginSec;
}

void EnableXBackend::clearSecrets()
{
    m_token.clear();
    m_appId.clear();
    m_appKey.clear();
    m_tokenIssued = {};
}

CallHandle EnableXBackend::signOut(Callback<Done> done)
{
    // EnableX has no logout route: the token simply stops being used.
    forgetCredentials();
    clearSession();
    done(Done{});
    return {};
}

CallHandle EnableXBackend::testConnection(Callback<Done> done)
{
    if (state().signedIn)
        return execute(ApiCall{request(Route::E5, "GET", QStringLiteral("/customers")), true, true},
                       doneHandler(done));
    if (auto e = checkApiId()) {
        done(*e);
        return {};
    }
    // Not signed in: an empty login proves the server answers and accepts the API id
    // (it answers 406 "validation failed" for the missing fields).
    HttpRequest r = publicRequest(Route::E1, "POST", QStringLiteral("/login"));
    setJsonBody(r, QJsonObject{});
    return execute(ApiCall{r, false, true}, [done](const Result<HttpResponse> &res) {
        if (res.ok() || res.error().kind == ErrorKind::Validation)
            return done(Done{});
        if (res.error().kind == ErrorKind::BadCredentials)
            return done(ApiError::make(ErrorKind::BadCredentials, tr("The server does not accept this profile's API id."),
                                       res.error().httpStatus));
        done(res.error());
    });
}

QJsonObject EnableXBackend::exportSession() const
{
    if (!state().signedIn)
        return {};
    if (!m_appId.isEmpty())
        return {{QStringLiteral("mode"), QStringLiteral("app-key")}, {QStringLiteral("appId"), m_appId},
                {QStringLiteral("appKey"), m_appKey}};
    return {{QStringLiteral("mode"), QStringLiteral("token")}, {QStringLiteral("token"), m_token},
            {QStringLiteral("issued"), m_tokenIssued.toString(Qt::ISODate)},
            {QStringLiteral("user"), m_user.raw}};
}

bool EnableXBackend::importSession(const QJsonObject &o)
{
    SignInState s;
    s.signedIn = true;
    if (json::str(o, u"mode") == u"app-key") {
        m_appId = json::str(o, u"appId");
        m_appKey = json::str(o, u"appKey");
        if (m_appId.isEmpty() || m_appKey.isEmpty())
            return false;
        s.who = m_appId;
        s.since = now();
    } else {
        const QDateTime issued = json::time(o, u"issued");
        m_token = json::str(o, u"token");
        if (m_token.isEmpty() || !issued.isValid() || issued.secsTo(now()) >= kTokenLifetimeSec) {
            m_token.clear();
            return false; // an expired token is not worth keeping
        }
        m_tokenIssued = issued;
        m_user = EnableXUser::fromJson(json::object(o, u"user"));
        s.who = m_user.email;
        s.userId = m_user.userId;
        s.since = issued;
        s.expiresAt = issued.addSecs(kTokenLifetimeSec);
    }
    setState(s);
    return true;
}

CallHandle EnableXBackend::requestPasswordReset(const QString &email, Callback<QString> done)
{
    if (auto e = checkApiId()) {
        done(*e);
        return {};
    }
    if (email.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the e-mail address of the account.")));
        return {};
    }
    HttpRequest r = publicRequest(Route::E2, "POST", QStringLiteral("/password"));
    setJsonBody(r, QJsonObject{{QStringLiteral("email"), email.trimmed()}});
    const AuditIntent a = auditIntent(QStringLiteral("password-reset-request"), email.trimmed());
    return execute(ApiCall{r, false, false, a},
                   objectHandler<QString>(audited<QString>(a, done),
                                          [](const QJsonObject &o) {
                                              return json::str(json::object(o, u"data"), u"msg");
                                          }));
}

CallHandle EnableXBackend::validateResetKey(const QString &key, Callback<EnableXKeyOwner> done)
{
    if (auto e = checkApiId()) {
        done(*e);
        return {};
    }
    if (key.trimmed().isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Paste the reset key from the e-mail.")));
        return {};
    }
    HttpRequest r = publicRequest(Route::E3, "POST", QStringLiteral("/password/") + segment(key.trimmed()));
    r.secrets << key.trimmed();
    return execute(ApiCall{r, false, true}, objectHandler<EnableXKeyOwner>(done, [](const QJsonObject &o) {
                       return EnableXKeyOwner::fromJson(json::object(o, u"data"));
                   }));
}

CallHandle EnableXBackend::resetPassword(const QString &key, const QString &email, const QString &password,
                                         const QString &retyped, Callback<QString> done)
{
    if (auto e = checkApiId()) {
        done(*e);
        return {};
    }
    if (key.trimmed().isEmpty() || email.trimmed().isEmpty() || password.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("The reset key, the e-mail address and the new password are all needed.")));
        return {};
    }
    if (password != retyped) {
        done(ApiError::make(ErrorKind::Validation, tr("The two passwords differ.")));
        return {};
    }
    HttpRequest r = publicRequest(Route::E4, "PATCH", QStringLiteral("/password/") + segment(key.trimmed()));
    setJsonBody(r, QJsonObject{{QStringLiteral("email"), email.trimmed()},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("password_retyped"), retyped}});
    r.secrets << key.trimmed() << password;
    const AuditIntent a = auditIntent(QStringLiteral("password-reset"), email.trimmed());
    return execute(ApiCall{r, false, false, a},
                   objectHandler<QString>(audited<QString>(a, done),
                                          [](const QJsonObject &o) {
                                              return json::str(json::object(o, u"data"), u"msg");
                                          }));
}

CallHandle EnableXBackend::customers(Callback<QJsonArray> done)
{
    return execute(ApiCall{request(Route::E5, "GET", QStringLiteral("/customers")), true, true},
                   objectHandler<QJsonArray>(done, [](const QJsonObject &o) { return json::array(o, u"data"); }));
}

} // namespace authdesk
