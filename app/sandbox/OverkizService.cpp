#include "OverkizService.h"

#include <QJsonDocument>

#include <cstdio>

namespace sandbox {

namespace {
const QString kNotAuth = QStringLiteral("Not authenticated");
const QString kApi = QStringLiteral("enduserAPI");
} // namespace

void OverkizService::Ban::fail(const QDateTime &now)
{
    // 5 failures within 60 s ban for 60 s (the sandbox README's throttling rules).
    failures.append(now);
    while (!failures.isEmpty() && failures.first().secsTo(now) >= 60)
        failures.removeFirst();
    if (failures.size() >= 5) {
        until = now.addSecs(60);
        failures.clear();
    }
}

OverkizService::OverkizService(Context &ctx)
    : DialectService(ctx)
{
    reset();
}

void OverkizService::reset()
{
    m_users.clear();
    m_sessions.clear();
    m_loginFailures.clear();
    m_exists.clear();
    m_tokenFailures.clear();
    m_validationTokens.clear();
    m_resetTokens.clear();
    m_termsTokens.clear();
    m_users.insert(QStringLiteral("admin@example.com"),
                   {QStringLiteral("admin@example.com"), QStringLiteral("Admin#2026"),
                    {QStringLiteral("ENDUSER"), QStringLiteral("ADMIN")}, true, true});
    m_users.insert(QStringLiteral("alice@example.com"),
                   {QStringLiteral("alice@example.com"), QStringLiteral("Alice#2026"), {QStringLiteral("ENDUSER")}, false, false});
    m_gateways = {QStringLiteral("1234-5678-9012"), QStringLiteral("2345-6789-0123")};
    for (const QString &g : std::as_const(m_gateways))
        issueTermsToken(g);
}

void OverkizService::seed(const QJsonObject &section)
{
    for (const QJsonValue &v : section.value(u"users").toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.userId = o.value(u"userId").toString();
        u.password = o.value(u"password").toString();
        for (const QJsonValue &r : o.value(u"roles").toArray())
            u.roles << r.toString();
        if (u.roles.isEmpty())
            u.roles << QStringLiteral("ENDUSER");
        if (!u.userId.isEmpty())
            m_users.insert(u.userId, u);
    }
    for (const QJsonValue &g : section.value(u"gateways").toArray())
        if (!m_gateways.contains(g.toString()))
            m_gateways << g.toString();
}

bool OverkizService::issueTermsToken(const QString &gatewayId)
{
    if (!m_gateways.contains(gatewayId))
        return false;
    const QString token = Context::newToken(QStringLiteral("tou"), 12);
    m_termsTokens.insert(token, gatewayId);
    m_ctx.mail(dialect(), QStringLiteral("terms-of-use"), QStringLiteral("admin@example.com"),
               QStringLiteral("Terms of use for gateway %1").arg(gatewayId), token, QString());
    return true;
}

QString OverkizService::match(const Request &r) const
{
    if (r.segments.value(0) == u"resetPassword")
        return QStringLiteral("O14");
    if (r.segments.value(0) != kApi)
        return {};
    const QStringList s = r.segments.mid(1);
    const QByteArray &m = r.method;
    const auto is = [&s](std::initializer_list<const char *> parts) {
        if (qsizetype(parts.size()) != s.size())
            return false;
        int i = 0;
        for (const char *p : parts) {
            if (*p != '*' && s[i] != QLatin1String(p))
                return false;
            ++i;
        }
        return true;
    };
    if (m == "POST" && is({"login"}))
        return QStringLiteral("O1");
    if (m == "GET" && is({"authenticated"}))
        return QStringLiteral("O2");
    if (m == "POST" && is({"logout"}))
        return QStringLiteral("O3");
    if (m == "POST" && is({"enduser", "password", "reset"}))
        return QStringLiteral("O4");
    if (m == "POST" && is({"enduser", "mainAccount", "resetPassword"}))
        return QStringLiteral("O5");
    if (m == "POST" && is({"enduser", "password", "check"}))
        return QStringLiteral("O6");
    if (m == "POST" && is({"enduser", "email", "validation", "*"}))
        return QStringLiteral("O9");
    if (m == "POST" && is({"enduser", "*", "validation"}))
        return QStringLiteral("O7");
    if (m == "POST" && is({"enduser", "*", "validation", "*"}))
        return QStringLiteral("O8");
    if (m == "GET" && is({"enduser", "existingUserIds", "*"}))
        return QStringLiteral("O10");
    if (m == "POST" && is({"enduser", "mainAccount"}))
        return QStringLiteral("O11");
    if (m == "POST" && is({"termsOfUse", "*", "accept", "*"}))
        return QStringLiteral("O12");
    if (m == "POST" && is({"termsOfUse", "*", "decline", "*"}))
        return QStringLiteral("O13");
    if (m == "GET" && (is({"accountManagement", "resetPasswordSuccess"}) || is({"accountManagement", "resetPasswordFailure"})))
        return QStringLiteral("O14");
    return {};
}

Reply OverkizService::error(int status, const QString &code, const QString &text) const
{
    return Reply::json(status, QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("error"), text}});
}

Reply OverkizService::errorReply(int status, bool rateLimit) const
{
    if (rateLimit)
        return error(429, QStringLiteral("RESOURCE_ACCESS_DENIED"), QStringLiteral("Too many requests"));
    if (status == 401)
        return error(401, QStringLiteral("RESOURCE_ACCESS_DENIED"), kNotAuth);
    return error(status, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("Injected error %1.").arg(status));
}

std::optional<Reply> OverkizService::session(const Request &r, QString *userId)
{
    const auto it = m_sessions.find(r.cookie(QStringLiteral("JSESSIONID")));
    if (it == m_sessions.end() || it->lastAccess.secsTo(m_ctx.now()) >= m_ctx.config.sessionIdleSec)
        return error(401, QStringLiteral("RESOURCE_ACCESS_DENIED"), kNotAuth);
    it->lastAccess = m_ctx.now();
    *userId = it->userId;
    return std::nullopt;
}

Reply OverkizService::handle(const QString &route, const Request &r)
{
    if (!r.cookie(QStringLiteral("JSESSIONID")).isEmpty() && r.header("authorization").startsWith("Bearer"))
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"),
                     QStringLiteral("A request must not carry both a session cookie and a bearer token."));
    const QString last = r.segments.value(r.segments.size() - 1);
    QString userId;
    if (route == u"O1")
        return login(r);
    if (route == u"O2") {
        const bool in = !session(r, &userId).has_value();
        return Reply::json(200, QJsonObject{{QStringLiteral("authenticated"), in}});
    }
    if (route == u"O3") {
        m_sessions.remove(r.cookie(QStringLiteral("JSESSIONID")));
        Reply rep = Reply::json(200, QJsonObject{{QStringLiteral("logout"), true}});
        rep.addHeader("Set-Cookie", "JSESSIONID=; Path=/enduser-mobile-web; Max-Age=0; HttpOnly");
        return rep;
    }
    if (route == u"O4" || route == u"O5") {
        const QJsonObject b = r.jsonObject();
        const QString user = b.value(u"userId").toString();
        const QString email = b.value(u"email").toString();
        if (user.isEmpty() || email.isEmpty())
            return error(400, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("Missing parameter or invalid parameters combination : userId, email"));
        // Like the real service, an unknown account gets the same answer (no account probing).
        if (m_users.contains(user) && email.compare(user, Qt::CaseInsensitive) == 0) {
            const QString token = Context::newToken(QStringLiteral("ok"), 16);
            m_resetTokens.insert(token, user);
            m_ctx.mail(dialect(), QStringLiteral("overkiz-reset"), email, QStringLiteral("Reset your password"), token,
                       m_ctx.baseUrl + QStringLiteral("/enduser-mobile-web/resetPassword?token=") + token);
        }
        return Reply::json(200, QJsonObject{});
    }
    if (route == u"O6")
        return check(r);
    if (route == u"O7") {
        const QString user = r.segments.value(2);
        if (!m_users.contains(user))
            return error(404, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("Unknown user"));
        mailValidation(user);
        return Reply::json(200, QJsonObject{});
    }
    if (route == u"O10")
        return exists(r);
    if (route == u"O11")
        return createAccount(r);
    if (route == u"O14") {
        if (r.segments.value(0) == u"resetPassword")
            return resetPage(r);
        if (last == u"resetPasswordSuccess")
            return Reply::html(200, QStringLiteral("Password changed"), QStringLiteral("Your password has been changed."));
        return Reply::html(200, QStringLiteral("Password not changed"),
                           r.query.queryItemValue(QStringLiteral("errorMessage"), QUrl::FullyDecoded));
    }
    return tokenRoute(route, r);
}

Reply OverkizService::login(const Request &r)
{
    const QUrlQuery f = r.form();
    const QString user = f.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    const QString pw = f.queryItemValue(QStringLiteral("userPassword"), QUrl::FullyDecoded);
    const QString sso = f.queryItemValue(QStringLiteral("ssoToken"), QUrl::FullyDecoded);
    const QString access = f.queryItemValue(QStringLiteral("accessToken"), QUrl::FullyDecoded);
    const QString jwt = f.queryItemValue(QStringLiteral("jwt"), QUrl::FullyDecoded);
    const int modes = int(!pw.isEmpty()) + int(!sso.isEmpty()) + int(!access.isEmpty()) + int(!jwt.isEmpty());
    if (modes != 1 || ((!pw.isEmpty() || !sso.isEmpty()) && user.isEmpty()))
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"),
                     QStringLiteral("Missing parameter or invalid parameters combination : userId, userPassword, ssoToken, accessToken, jwt"));
    const QString throttleKey = user.isEmpty() ? r.client : user;
    Ban &b = m_loginFailures[throttleKey];
    const QDateTime now = m_ctx.now();
    if (b.until.isValid() && now < b.until) {
        Reply rep = error(429, QStringLiteral("AUTHENTICATION_ERROR"),
                          QStringLiteral("Too many requests, try again later : login with %1").arg(throttleKey));
        rep.addHeader("Retry-After", QByteArray::number(qMax<qint64>(1, now.secsTo(b.until))));
        return rep;
    }
    QString who;
    if (!pw.isEmpty() && m_users.contains(user) && m_users.value(user).password == pw)
        who = user;
    else if (!sso.isEmpty() && user == u"alice@example.com" && sso == u"demo-sso-token")
        who = user;
    else if (access == u"demo-access-token" || jwt == u"demo.jwt.token")
        who = QStringLiteral("alice@example.com");
    else if (!access.isEmpty() || !jwt.isEmpty())
        who = ssoUser(access.isEmpty() ? jwt : access);
    if (who.isEmpty()) {
        b.fail(now);
        return error(401, QStringLiteral("AUTHENTICATION_ERROR"), QStringLiteral("Bad credentials"));
    }
    m_loginFailures.remove(throttleKey);
    const QString id = Context::newToken(QString(), 16).toUpper();
    m_sessions.insert(id, {who, now});
    QJsonArray roles;
    for (const QString &role : m_users.value(who).roles)
        roles.append(QJsonObject{{QStringLiteral("name"), role}});
    Reply rep = Reply::json(200, QJsonObject{{QStringLiteral("success"), true},
                                             {QStringLiteral("roles"), roles},
                                             {QStringLiteral("extraAttributes"), QJsonObject{}}});
    rep.addHeader("Set-Cookie", "JSESSIONID=" + id.toLatin1() + "; Path=/enduser-mobile-web; HttpOnly");
    return rep;
}

QString OverkizService::ssoUser(const QString &token)
{
    // Overkiz answers a token it does not accept like a wrong password: the same 401 body.
    // Why it was refused goes to the sandbox's stderr, for the person running it.
    m_tokens.configure(m_ctx.config.oidcIssuer, m_ctx.config.oidcAudiences);
    const TokenVerifier::Verdict v = m_tokens.verify(token, m_ctx.now());
    if (!v.why.isEmpty()) {
        std::fprintf(stderr, "authdesk-sandbox: Overkiz login: SSO token refused: %s\n", qPrintable(v.why));
        return {};
    }
    // A verified person the demo data does not know gets an end-user account, as an
    // organisation's directory would provision one.
    if (!m_users.contains(v.userId))
        m_users.insert(v.userId, {v.userId, QString(), {QStringLiteral("ENDUSER")}, true, true});
    return v.userId;
}

Reply OverkizService::check(const Request &r) const
{
    const QJsonObject b = r.jsonObject();
    const QString user = b.value(u"userId").toString();
    const QString pw = b.value(u"userPassword").toString();
    QJsonArray weak;
    int score = 0;
    auto weakness = [&weak](const char *key, const char *label) {
        weak.append(QJsonObject{{QStringLiteral("key"), QLatin1String(key)}, {QStringLiteral("label"), QLatin1String(label)}});
    };
    if (pw.size() < 8) {
        score = -1;
        weakness("PWD_TOO_SHORT", "The password is too short (at least 8 characters).");
    } else {
        const QString local = user.section(u'@', 0, 0).toLower();
        const QString lower = pw.toLower();
        if (local.size() >= 3 && lower.contains(local)) {
            score -= 30;
            weakness("PWD_CONTAINS_USERID", "The password contains the user name.");
        }
        for (const char *common : {"password", "1234", "azerty", "qwerty", "admin", "welcome"}) {
            if (lower.contains(QLatin1String(common))) {
                score -= 30;
                weakness("PWD_COMMON_TOKEN", "The password contains a common word or sequence.");
                break;
            }
        }
        bool lo = false, up = false, dg = false, ot = false;
        for (const QChar c : pw) {
            lo |= c.isLower();
            up |= c.isUpper();
            dg |= c.isDigit();
            ot |= !c.isLetterOrNumber();
        }
        score += 10 * (int(lo) + int(up) + int(dg) + int(ot)) + 3 * int(pw.size() - 8);
        score = qMin(score, 100);
    }
    const QString cls = score < 0 ? QStringLiteral("Rejected") : score < 40 ? QStringLiteral("Weak")
        : score < 70 ? QStringLiteral("Medium") : QStringLiteral("Strong");
    return Reply::json(200, QJsonObject{{QStringLiteral("score"), score},
                                        {QStringLiteral("weaknesses"), weak},
                                        {QStringLiteral("qualityClass"), cls}});
}

Reply OverkizService::exists(const Request &r)
{
    QList<QDateTime> &calls = m_exists[r.client];
    const QDateTime now = m_ctx.now();
    while (!calls.isEmpty() && calls.first().secsTo(now) >= 60)
        calls.removeFirst();
    if (calls.size() >= m_ctx.config.existsRateLimitPerMinute) {
        Reply rep = error(429, QStringLiteral("RESOURCE_ACCESS_DENIED"), QStringLiteral("Too many requests"));
        rep.addHeader("Retry-After", QByteArray::number(qMax<qint64>(1, 60 - calls.first().secsTo(now))));
        return rep;
    }
    calls.append(now);
    return Reply::json(200, QJsonObject{{QStringLiteral("userExists"), m_users.contains(r.segments.value(3))}});
}

Reply OverkizService::createAccount(const Request &r)
{
    QString caller;
    if (auto e = session(r, &caller))
        return *e;
    bool okJson = false;
    const QJsonObject b = r.jsonObject(&okJson);
    const QJsonObject endUser = b.value(u"endUser").toObject();
    const QString userId = endUser.value(u"userId").toString(endUser.value(u"email").toString());
    QStringList missing;
    for (const char *k : {"label", "password"})
        if (b.value(QLatin1String(k)).toString().isEmpty())
            missing << QLatin1String(k);
    if (userId.isEmpty())
        missing << QStringLiteral("endUser.userId");
    if (!okJson || !missing.isEmpty())
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"),
                     QStringLiteral("Missing parameter or invalid parameters combination : %1").arg(missing.join(u", ")));
    if (m_users.contains(userId))
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("A user with this userId already exists"));
    m_users.insert(userId, {userId, b.value(u"password").toString(), {QStringLiteral("ENDUSER")}, false, false});
    const QString gateway = b.value(u"gatewayId").toString();
    if (!gateway.isEmpty() && !m_gateways.contains(gateway))
        m_gateways << gateway;
    mailValidation(userId);
    return Reply::json(201, QJsonObject{{QStringLiteral("userId"), userId}});
}

bool OverkizService::banned(const QString &client) const
{
    const auto it = m_tokenFailures.constFind(client);
    return it != m_tokenFailures.cend() && it->until.isValid() && m_ctx.now() < it->until;
}

void OverkizService::noteInvalidToken(const QString &client)
{
    m_tokenFailures[client].fail(m_ctx.now());
}

void OverkizService::mailValidation(const QString &userId)
{
    // A new token cancels the previous one of that user.
    for (auto it = m_validationTokens.begin(); it != m_validationTokens.end();)
        it = it.value() == userId ? m_validationTokens.erase(it) : std::next(it);
    const QString token = Context::newToken(QStringLiteral("val"), 12);
    m_validationTokens.insert(token, userId);
    m_ctx.mail(dialect(), QStringLiteral("overkiz-validation"), userId, QStringLiteral("Validate your account"), token, QString());
}

Reply OverkizService::tokenRoute(const QString &route, const Request &r)
{
    if (banned(r.client))
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("Too many attempts with an invalid token, temporarily banned"));
    const QString token = r.segments.value(r.segments.size() - 1);
    auto invalid = [this, &r] {
        noteInvalidToken(r.client);
        return error(400, QStringLiteral("UNSPECIFIED_ERROR"), QStringLiteral("Invalid or expired token"));
    };
    if (route == u"O8" || route == u"O9") {
        QString owner;
        if (route == u"O9") {
            if (auto e = session(r, &owner))
                return *e;
        } else {
            owner = r.segments.value(2);
        }
        if (m_validationTokens.value(token) != owner || owner.isEmpty())
            return invalid();
        m_validationTokens.remove(token);
        User &u = m_users[owner];
        u.emailValidated = true;
        if (route == u"O9")
            return Reply::json(200, QJsonObject{{QStringLiteral("emailValidated"), true}});
        u.validated = true;
        return Reply::json(200, QJsonObject{{QStringLiteral("emailAndAccountValidated"), true}});
    }
    const QString gateway = r.segments.value(2);
    if (!m_termsTokens.contains(token) || m_termsTokens.value(token) != gateway)
        return invalid();
    m_termsTokens.remove(token);
    if (route == u"O12")
        return Reply::json(200, QJsonObject{{QStringLiteral("TermsOfUseValidated"), true}});
    return Reply::json(200, QJsonObject{{QStringLiteral("TermsOfUseDeclined"), true}});
}

Reply OverkizService::resetPage(const Request &r)
{
    const QString token = r.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString base = m_ctx.baseUrl + QStringLiteral("/enduser-mobile-web/enduserAPI/accountManagement/");
    auto redirect = [](const QString &to) {
        Reply rep;
        rep.status = 303;
        rep.contentType = "text/html; charset=utf-8";
        rep.addHeader("Location", to.toUtf8());
        return rep;
    };
    if (!m_resetTokens.contains(token))
        return redirect(base + QStringLiteral("resetPasswordFailure?errorMessage=Invalid%20or%20used%20link"));
    if (r.method == "GET") {
        Reply rep = Reply::html(200, QStringLiteral("Choose a new password"), QString());
        rep.body.replace("<p></p>", "<form method=\"post\"><input type=\"password\" name=\"password\"><button>Save</button></form>");
        return rep;
    }
    const QString pw = r.form().queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (pw.size() < 8)
        return redirect(base + QStringLiteral("resetPasswordFailure?errorMessage=Password%20too%20short"));
    m_users[m_resetTokens.take(token)].password = pw;
    return redirect(base + QStringLiteral("resetPasswordSuccess"));
}

} // namespace sandbox
