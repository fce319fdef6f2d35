#include "Platform28Backend.h"

#include "JsonReader.h"
#include "StatusMapper.h"

#include <QJsonArray>

namespace authdesk {

Platform28Backend::Platform28Backend(const Profile &profile, CoreContext &context, QObject *parent)
    : Backend(profile, context, parent)
{
}

DialectDescriptor Platform28Backend::descriptor()
{
    using R = SignInField::Role;
    DialectDescriptor d;
    d.id = Dialect::Platform28;
    d.displayName = QStringLiteral("Platform28 Auth V2");
    d.modes = {
        {Credentials::Mode::Password, QT_TRANSLATE_NOOP("Dialects", "User name and password"),
         {{R::User, QT_TRANSLATE_NOOP("Dialects", "&User name:")}, {R::Secret, QT_TRANSLATE_NOOP("Dialects", "&Password:")}}},
        {Credentials::Mode::ApiKey, QT_TRANSLATE_NOOP("Dialects", "API key"), {{R::Secret, QT_TRANSLATE_NOOP("Dialects", "API &key:")}}},
    };
    d.capabilities = Capability::SessionAdmin | Capability::ListUserSessions | Capability::CloneSession
        | Capability::Impersonation | Capability::BlockUsers | Capability::PasswordChange;
    d.resetFlow = ResetFlow::TokenByUser;
    d.create = [](const Profile &p, CoreContext &c, QObject *parent) { return std::make_unique<Platform28Backend>(p, c, parent); };
    return d;
}

std::optional<ApiError> Platform28Backend::needArg(const QString &value, const QString &what) const
{
    if (value.trimmed().isEmpty())
        return ApiError::make(ErrorKind::Usage, tr("Enter the %1.").arg(what));
    return std::nullopt;
}

CallHandle Platform28Backend::performSignIn(const Credentials &c, Callback<SignInState> done)
{
    if (c.mode == Credentials::Mode::ApiKey) {
        if (c.secret.isEmpty()) {
            done(ApiError::make(ErrorKind::Usage, tr("Enter the API key.")));
            return {};
        }
        // There is no sign-in route for a key: looking up a session that cannot exist proves
        // it (404 = the key is accepted, 401 = it is not).
        const QString oldKey = std::exchange(m_apiKey, c.secret);
        const QString oldLsid = std::exchange(m_lsid, QString());
        HttpRequest r = request(Route::P5, "GET", QStringLiteral("/session/authdesk-key-check"));
        return execute(ApiCall{r, true, true}, [this, done, oldKey, oldLsid](const Result<HttpResponse> &res) {
            if (!res.ok() && res.error().kind != ErrorKind::NotFound) {
                m_apiKey = oldKey;
                m_lsid = oldLsid;
                ApiError e = res.error();
                if (e.kind == ErrorKind::SessionExpired)
                    e = ApiError::make(ErrorKind::BadCredentials, tr("The API key was not accepted."), e.httpStatus);
                return done(e);
            }
            m_sessionId.clear();
            SignInState s;
            s.signedIn = true;
            s.who = tr("API key");
            s.since = now();
            s.details.insert(QStringLiteral("mode"), QStringLiteral("api-key"));
            s.details.insert(QStringLiteral("roles"), QStringList{QStringLiteral("admin")});
            setState(s);
            done(s);
        });
    }
    if (c.mode != Credentials::Mode::Password) {
        done(ApiError::make(ErrorKind::Usage, tr("Platform28 signs in with a user name and password or with an API key.")));
        return {};
    }
    if (c.user.trimmed().isEmpty() || c.secret.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the user name and the password.")));
        return {};
    }
    HttpRequest r = request(Route::P1, "POST", QStringLiteral("/authenticate/") + segment(c.user.trimmed()));
    setFormBody(r, {{QStringLiteral("password"), c.secret}});
    r.secrets << c.secret;
    const QString user = c.user.trimmed();
    return execute(ApiCall{r, false, false}, [this, done, user](const Result<HttpResponse> &res) {
        if (!res.ok())
            return done(res.error());
        const auto o = parseObjectOrNull(res.value());
        if (!o || json::str(*o, u"lsid").isEmpty())
            return done(malformedAnswer(res.value()));
        m_lsid = json::str(*o, u"lsid");
        m_apiKey.clear();
        m_sessionId = json::str(*o, u"sessionId");
        SignInState s;
        s.signedIn = true;
        s.who = user;
        s.userId = json::str(*o, u"userId");
        s.since = now();
        s.expiresAt = json::time(*o, u"expiresAt");
        s.details.insert(QStringLiteral("mode"), QStringLiteral("password"));
        s.details.insert(QStringLiteral("sessionId"), m_sessionId);
        s.details.insert(QStringLiteral("orgId"), json::str(*o, u"orgId"));
        QStringList roles;
        for (const QJsonValue &v : json::array(*o, u"roles"))
            roles << v.toString();
        s.details.insert(QStringLiteral("roles"), roles);
        setState(s);
        done(s);
    });
}

void Platform28Backend::authorize(HttpRequest &r) const
{
    if (!m_lsid.isEmpty()) {
        // Matrix parameter after the last segment, before any query (Decided in the contract).
        const QString path = r.url.path(QUrl::FullyEncoded) + QStringLiteral(";lsid=")
            + QString::fromLatin1(QUrl::toPercentEncoding(m_lsid));
        r.url.setPath(path, QUrl::TolerantMode);
        r.secrets << m_lsid;
    } else if (!m_apiKey.isEmpty()) {
        QUrlQuery q(r.url);
        q.addQueryItem(QStringLiteral("apiKey"), QString::fromLatin1(QUrl::toPercentEncoding(m_apiKey)));
        r.url.setQuery(q);
        r.secrets << m_apiKey;
    }
}

ApiError Platform28Backend::mapError(const HttpRequest &request, const HttpResponse &response) const
{
    if (auto e = StatusMapper::transportError(response))
        return *e;
    ApiError e = StatusMapper::fromStatus(response);
    const auto o = parseObjectOrNull(response);
    const QString code = o ? json::str(*o, u"code") : QString();
    const QString text = o ? json::str(*o, u"message") : QString();
    if (response.status >= 200 && response.status < 300)
        return StatusMapper::malformed(response);
    const Route route = routeFromId(request.routeId);
    if (code == u"BAD_CREDENTIALS" || (route == Route::P1 && response.status == 401)) {
        e.kind = ErrorKind::BadCredentials;
        e.message = tr("The user name or the password is wrong.");
    } else if (code == u"INVALID_SESSION" || response.status == 401) {
        e.kind = ErrorKind::SessionExpired;
        e.message = tr("The Platform28 session has ended or expired. Sign in again.");
    } else if (code == u"USER_BLOCKED" || response.status == 423) {
        e.kind = ErrorKind::Blocked;
        e.message = tr("This user's sign-in is blocked.");
    } else if (route == Route::P15 && (response.status == 405 || (response.status == 404 && code.isEmpty()))) {
        e.kind = ErrorKind::Unsupported;
        e.message = tr("This server cannot list a user's sessions; look sessions up by their id instead.");
    } else if (route == Route::P14 && response.status == 404) {
        // The contract gives one answer for an unknown user and a wrong current (or admin)
        // password; the server's own words, if any, follow.
        e.kind = ErrorKind::Validation;
        e.message = tr("The current password is wrong, or there is no such user.");
        if (!text.isEmpty())
            e.message += u' ' + text;
    } else if (route == Route::P13 && response.status == 400) {
        e.kind = ErrorKind::Validation;
        e.message = text.isEmpty() ? tr("The reset token is invalid, used or expired.") : text;
    } else if (!text.isEmpty()) {
        e.message = e.message + u' ' + text;
    }
    e.serverCode = code;
    e.serverText = text;
    return e;
}

void Platform28Backend::clearSecrets()
{
    m_lsid.clear();
    m_apiKey.clear();
    m_sessionId.clear();
}

CallHandle Platform28Backend::signOut(Callback<Done> done)
{
    forgetCredentials();
    if (m_sessionId.isEmpty() || m_lsid.isEmpty()) {
        clearSession();
        done(Done{});
        return {};
    }
    // Ending our own session on the server is P6 on it; local state is cleared either way.
    HttpRequest r = request(Route::P6, "DELETE", QStringLiteral("/session/") + segment(m_sessionId));
    setJsonBody(r, false);
    return execute(ApiCall{r, true, false}, [this, done](const Result<HttpResponse> &res) {
        clearSession();
        if (!res.ok() && res.error().kind != ErrorKind::SessionExpired && res.error().kind != ErrorKind::NotFound)
            return done(res.error());
        done(Done{});
    });
}

CallHandle Platform28Backend::testConnection(Callback<Done> done)
{
    if (state().signedIn && !m_sessionId.isEmpty())
        return execute(ApiCall{request(Route::P5, "GET", QStringLiteral("/session/") + segment(m_sessionId)), true, true},
                       doneHandler(done));
    // Unauthenticated, a session look-up must answer 401 with a Platform28 error body.
    HttpRequest r = request(Route::P5, "GET", QStringLiteral("/session/authdesk-connection-check"));
    return execute(ApiCall{r, state().signedIn, true}, [done](const Result<HttpResponse> &res) {
        const ErrorKind k = res.error().kind;
        if (res.ok() || k == ErrorKind::SessionExpired || k == ErrorKind::NotFound)
            return done(Done{});
        done(res.error());
    });
}

QJsonObject Platform28Backend::exportSession() const
{
    if (!state().signedIn)
        return {};
    if (!m_apiKey.isEmpty())
        return {{QStringLiteral("mode"), QStringLiteral("api-key")}, {QStringLiteral("apiKey"), m_apiKey}};
    return {{QStringLiteral("mode"), QStringLiteral("lsid")}, {QStringLiteral("lsid"), m_lsid},
            {QStringLiteral("sessionId"), m_sessionId}, {QStringLiteral("who"), state().who},
            {QStringLiteral("userId"), state().userId},
            {QStringLiteral("roles"), QJsonArray::fromStringList(state().details.value(QStringLiteral("roles")).toStringList())},
            {QStringLiteral("since"), state().since.toString(Qt::ISODate)}};
}

bool Platform28Backend::importSession(const QJsonObject &o)
{
    SignInState s;
    s.signedIn = true;
    if (json::str(o, u"mode") == u"api-key") {
        m_apiKey = json::str(o, u"apiKey");
        if (m_apiKey.isEmpty())
            return false;
        s.who = tr("API key");
        s.details.insert(QStringLiteral("mode"), QStringLiteral("api-key"));
        s.details.insert(QStringLiteral("roles"), QStringList{QStringLiteral("admin")});
    } else {
        m_lsid = json::str(o, u"lsid");
        m_sessionId = json::str(o, u"sessionId");
        if (m_lsid.isEmpty())
            return false;
        s.who = json::str(o, u"who");
        s.userId = json::str(o, u"userId");
        s.details.insert(QStringLiteral("mode"), QStringLiteral("password"));
        s.details.insert(QStringLiteral("sessionId"), m_sessionId);
        QStringList roles;
        for (const QJsonValue &v : json::array(o, u"roles"))
            roles << v.toString();
        s.details.insert(QStringLiteral("roles"), roles);
    }
    s.since = json::time(o, u"since");
    if (!s.since.isValid())
        s.since = now();
    setState(s);
    return true;
}

CallHandle Platform28Backend::blockStatus(const QString &username, Callback<P28BlockStatus> done)
{
    if (auto e = needArg(username, tr("user name"))) {
        done(*e);
        return {};
    }
    auto parse = [](const QJsonObject &o) { return P28BlockStatus{json::str(o, u"username"), json::boolean(o, u"blocked")}; };
    return execute(ApiCall{request(Route::P2, "GET", QStringLiteral("/authenticate/block/") + segment(username.trimmed())), true, true},
                   objectHandler<P28BlockStatus>(done, parse));
}

CallHandle Platform28Backend::setBlocked(const QString &username, bool blocked, Callback<P28BlockStatus> done)
{
    if (auto e = needArg(username, tr("user name"))) {
        done(*e);
        return {};
    }
    auto parse = [](const QJsonObject &o) { return P28BlockStatus{json::str(o, u"username"), json::boolean(o, u"blocked")}; };
    HttpRequest r = request(blocked ? Route::P3 : Route::P4, blocked ? "POST" : "DELETE",
                            QStringLiteral("/authenticate/block/") + segment(username.trimmed()));
    // Blocking twice leaves the same state: safe to retry.
    const AuditIntent a = auditIntent(blocked ? QStringLiteral("block-user") : QStringLiteral("unblock-user"), username.trimmed());
    return execute(ApiCall{r, true, true, a}, objectHandler<P28BlockStatus>(audited<P28BlockStatus>(a, done), parse));
}

CallHandle Platform28Backend::session(const QString &sessionId, Callback<P28Session> done)
{
    if (auto e = needArg(sessionId, tr("session id"))) {
        done(*e);
        return {};
    }
    return execute(ApiCall{request(Route::P5, "GET", QStringLiteral("/session/") + segment(sessionId.trimmed())), true, true},
                   objectHandler<P28Session>(done, &P28Session::fromJson));
}

CallHandle Platform28Backend::countCall(HttpRequest r, const QString &auditAction, const QString &target, Callback<int> done)
{
    // Terminating is idempotent in effect (a second try finds nothing), so it may be retried.
    const AuditIntent a = auditIntent(auditAction, target);
    return execute(ApiCall{std::move(r), true, true, a},
                   objectHandler<int>(audited<int>(a, done),
                                      [](const QJsonObject &o) { return int(json::integer(o, u"terminated")); },
                                      {{QStringLiteral("terminated"), QJsonValue::Double}}));
}

CallHandle Platform28Backend::terminateSession(const QString &sessionId, bool alsoOthersOfUser, Callback<int> done)
{
    if (auto e = needArg(sessionId, tr("session id"))) {
        done(*e);
        return {};
    }
    HttpRequest r = request(Route::P6, "DELETE", QStringLiteral("/session/") + segment(sessionId.trimmed()));
    setJsonBody(r, alsoOthersOfUser);
    return countCall(std::move(r), alsoOthersOfUser ? QStringLiteral("terminate-session-and-others") : QStringLiteral("terminate-session"),
                     sessionId.trimmed(), done);
}

CallHandle Platform28Backend::terminateUserSessions(const QString &userId, Callback<int> done)
{
    if (auto e = needArg(userId, tr("user id"))) {
        done(*e);
        return {};
    }
    return countCall(request(Route::P10, "DELETE", QStringLiteral("/session/user/") + segment(userId.trimmed())),
                     QStringLiteral("terminate-user-sessions"), userId.trimmed(), done);
}

CallHandle Platform28Backend::sessionCall(Route route, const QByteArray &method, const QString &path,
                                          const QJsonValue &body, const QString &auditAction, const QString &target,
                                          Callback<P28Session> done)
{
    HttpRequest r = request(route, method, path);
    if (!body.isUndefined())
        setJsonBody(r, body);
    // Clone creates a new session each time: never repeated automatically.
    const AuditIntent a = auditIntent(auditAction, target);
    return execute(ApiCall{r, true, route != Route::P11, a},
                   objectHandler<P28Session>(audited<P28Session>(a, done), &P28Session::fromJson));
}

CallHandle Platform28Backend::setEffectiveUser(const QString &sessionId, const QString &userId, Callback<P28Session> done)
{
    for (const auto &[v, what] : {std::pair{sessionId, tr("session id")}, std::pair{userId, tr("user id")}}) {
        if (auto e = needArg(v, what)) {
            done(*e);
            return {};
        }
    }
    return sessionCall(Route::P7, "POST", QStringLiteral("/session/%1/setEffectiveUser").arg(segment(sessionId.trimmed())),
                       QJsonObject{{QStringLiteral("userId"), userId.trimmed()}}, QStringLiteral("impersonate"),
                       sessionId.trimmed() + QStringLiteral(" as ") + userId.trimmed(), done);
}

CallHandle Platform28Backend::resetIdentity(const QString &sessionId, Callback<P28Session> done)
{
    if (auto e = needArg(sessionId, tr("session id"))) {
        done(*e);
        return {};
    }
    return sessionCall(Route::P8, "DELETE", QStringLiteral("/session/%1/assumedIdentity").arg(segment(sessionId.trimmed())),
                       QJsonValue(QJsonValue::Undefined), QStringLiteral("reset-identity"), sessionId.trimmed(), done);
}

CallHandle Platform28Backend::setEffectiveOrg(const QString &sessionId, const QString &orgId, Callback<P28Session> done)
{
    for (const auto &[v, what] : {std::pair{sessionId, tr("session id")}, std::pair{orgId, tr("organisation id")}}) {
        if (auto e = needArg(v, what)) {
            done(*e);
            return {};
        }
    }
    return sessionCall(Route::P9, "POST", QStringLiteral("/session/%1/setEffectiveOrg").arg(segment(sessionId.trimmed())),
                       QJsonObject{{QStringLiteral("orgId"), orgId.trimmed()}}, QStringLiteral("set-effective-org"),
                       sessionId.trimmed() + QStringLiteral(" in ") + orgId.trimmed(), done);
}

CallHandle Platform28Backend::cloneSession(const QString &sessionId, Callback<P28Session> done)
{
    if (auto e = needArg(sessionId, tr("session id"))) {
        done(*e);
        return {};
    }
    return sessionCall(Route::P11, "POST", QStringLiteral("/session/%1/clone").arg(segment(sessionId.trimmed())),
                       QJsonValue(QJsonValue::Undefined), QStringLiteral("clone-session"), sessionId.trimmed(), done);
}

CallHandle Platform28Backend::requestPasswordReset(const P28ResetRequest &q, Callback<Done> done)
{
    for (const auto &[v, what] : {std::pair{q.userId, tr("user id")}, std::pair{q.email, tr("e-mail address")}}) {
        if (auto e = needArg(v, what)) {
            done(*e);
            return {};
        }
    }
    QJsonObject body{{QStringLiteral("email"), q.email.trimmed()}};
    const std::pair<const char *, QString> optional[] = {{"phone", q.phone}, {"mobile", q.mobile},
                                                         {"template", q.templateName}, {"resetUrl", q.resetUrl}};
    for (const auto &[k, v] : optional)
        if (!v.trimmed().isEmpty())
            body.insert(QLatin1String(k), v.trimmed());
    HttpRequest r = request(Route::P12, "POST", QStringLiteral("/password/reset/") + segment(q.userId.trimmed()));
    setJsonBody(r, body);
    const AuditIntent a = auditIntent(QStringLiteral("password-reset-request"), q.userId.trimmed());
    return execute(ApiCall{r, false, false, a}, doneHandler(audited<Done>(a, done)));
}

CallHandle Platform28Backend::resetPassword(const QString &token, const QString &username, const QString &newPassword,
                                            Callback<Done> done)
{
    for (const auto &[v, what] : {std::pair{token, tr("reset token")}, std::pair{username, tr("user name")}}) {
        if (auto e = needArg(v, what)) {
            done(*e);
            return {};
        }
    }
    if (newPassword.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, tr("Enter the new password.")));
        return {};
    }
    HttpRequest r = request(Route::P13, "POST", QStringLiteral("/password/reset"));
    const QString hash = p28PasswordHash(newPassword);
    setJsonBody(r, QJsonObject{{QStringLiteral("token"), token.trimmed()},
                               {QStringLiteral("username"), username.trimmed()},
                               {QStringLiteral("newPasswordHash"), hash}});
    r.secrets << token.trimmed() << hash;
    const AuditIntent a = auditIntent(QStringLiteral("password-reset"), username.trimmed());
    return execute(ApiCall{r, false, false, a}, doneHandler(audited<Done>(a, done)));
}

CallHandle Platform28Backend::changePassword(const QString &userId, ChangeMode mode, const QString &currentOrAdminPassword,
                                             const QString &newPassword, Callback<QString> done)
{
    if (auto e = needArg(userId, tr("user id"))) {
        done(*e);
        return {};
    }
    if (currentOrAdminPassword.isEmpty() || newPassword.isEmpty()) {
        done(ApiError::make(ErrorKind::Usage, mode == ChangeMode::SelfService
                                                  ? tr("Enter the current password and the new one.")
                                                  : tr("Enter your own (admin) password and the new password.")));
        return {};
    }
    const QString oldHash = p28PasswordHash(currentOrAdminPassword);
    const QString newHash = p28PasswordHash(newPassword);
    HttpRequest r = request(Route::P14, "PUT", QStringLiteral("/password/") + segment(userId.trimmed()));
    setJsonBody(r, QJsonObject{{mode == ChangeMode::SelfService ? QStringLiteral("oldPasswordHash") : QStringLiteral("adminPasswordHash"), oldHash},
                               {QStringLiteral("newPasswordHash"), newHash}});
    r.secrets << oldHash << newHash;
    const AuditIntent a = auditIntent(mode == ChangeMode::SelfService ? QStringLiteral("password-change")
                                                                      : QStringLiteral("password-change-forced"),
                                      userId.trimmed());
    return execute(ApiCall{r, true, false, a},
                   objectHandler<QString>(audited<QString>(a, done),
                                          [](const QJsonObject &o) { return json::str(o, u"message"); }));
}

CallHandle Platform28Backend::userSessions(const QString &userId, Callback<QList<P28Session>> done)
{
    if (auto e = needArg(userId, tr("user id"))) {
        done(*e);
        return {};
    }
    return execute(ApiCall{request(Route::P15, "GET", QStringLiteral("/session/user/") + segment(userId.trimmed())), true, true},
                   [done](const Result<HttpResponse> &res) {
                       if (!res.ok())
                           return done(res.error());
                       const auto arr = json::parseArray(res.value().body);
                       if (!arr)
                           return done(malformedAnswer(res.value()));
                       QList<P28Session> out;
                       out.reserve(arr->size());
                       for (const QJsonValue &v : *arr)
                           out << P28Session::fromJson(v.toObject());
                       done(out);
                   });
}

} // namespace authdesk
