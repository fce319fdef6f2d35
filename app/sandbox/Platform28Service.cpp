#include "Platform28Service.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace {
const QString kApiKey = QStringLiteral("p28-demo-key");
QString iso(const QDateTime &t) { return t.toString(Qt::ISODateWithMs); }
} // namespace

Platform28Service::Platform28Service(Context &ctx)
    : DialectService(ctx)
{
    reset();
}

QString Platform28Service::hash(const QString &password)
{
    return QString::fromLatin1(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void Platform28Service::reset()
{
    m_users.clear();
    m_sessions.clear();
    m_lsids.clear();
    m_tokens.clear();
    m_nextSession = 1;
    auto add = [this](const QString &name, const QString &pw, const QString &org, const QStringList &roles, bool blocked) {
        User u{name, hash(pw), QStringLiteral("u-") + name, org, name + QStringLiteral("@example.com"),
               QStringLiteral("+4930000000"), QStringLiteral("+4917000000"), roles, blocked};
        m_users.insert(name, u);
    };
    add(QStringLiteral("admin"), QStringLiteral("Admin#2026"), QStringLiteral("org-1"), {QStringLiteral("admin")}, false);
    add(QStringLiteral("alice"), QStringLiteral("Alice#2026"), QStringLiteral("org-1"), {}, false);
    add(QStringLiteral("bob"), QStringLiteral("Bob#2026"), QStringLiteral("org-2"), {}, false);
    add(QStringLiteral("carol"), QStringLiteral("Carol#2026"), QStringLiteral("org-2"), {}, true);
    Request demo;
    demo.client = QStringLiteral("192.0.2.10");
    demo.headers.append(qMakePair(QByteArray("user-agent"), QByteArray("DemoBrowser/1.0")));
    for (const auto &[id, user] : {std::pair{QStringLiteral("s-alice-1"), QStringLiteral("u-alice")},
                                   std::pair{QStringLiteral("s-alice-2"), QStringLiteral("u-alice")},
                                   std::pair{QStringLiteral("s-bob-1"), QStringLiteral("u-bob")}}) {
        Session &s = newSession(user, demo);
        Session copy = s;
        m_lsids.remove(s.lsid);
        m_sessions.remove(s.sessionId);
        copy.sessionId = id;
        m_sessions.insert(id, copy);
        m_lsids.insert(copy.lsid, id);
    }
}

void Platform28Service::seed(const QJsonObject &section)
{
    for (const QJsonValue &v : section.value(u"users").toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.username = o.value(u"username").toString();
        if (u.username.isEmpty())
            continue;
        u.passwordHash = hash(o.value(u"password").toString());
        u.userId = o.value(u"userId").toString(QStringLiteral("u-") + u.username);
        u.orgId = o.value(u"orgId").toString(QStringLiteral("org-1"));
        u.email = o.value(u"email").toString(u.username + QStringLiteral("@example.com"));
        u.phone = o.value(u"phone").toString();
        u.mobile = o.value(u"mobile").toString();
        for (const QJsonValue &role : o.value(u"roles").toArray())
            u.roles << role.toString();
        u.blocked = o.value(u"blocked").toBool();
        m_users.insert(u.username, u);
    }
    for (const QJsonValue &v : section.value(u"sessions").toArray()) {
        const QJsonObject o = v.toObject();
        const QString user = o.value(u"userId").toString();
        if (!userById(user))
            continue;
        Request r;
        r.client = o.value(u"clientIp").toString(QStringLiteral("192.0.2.20"));
        Session &s = newSession(user, r);
        const QString id = o.value(u"sessionId").toString();
        if (!id.isEmpty() && id != s.sessionId) {
            Session copy = s;
            m_sessions.remove(s.sessionId);
            copy.sessionId = id;
            m_sessions.insert(id, copy);
            m_lsids.insert(copy.lsid, id);
        }
    }
}

QStringList Platform28Service::generateSessions(int count, const QString &userId)
{
    QStringList ids;
    if (!userById(userId))
        return ids;
    Request r;
    r.client = QStringLiteral("198.51.100.7");
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids << newSession(userId, r).sessionId;
    return ids;
}

QString Platform28Service::match(const Request &r) const
{
    const QStringList &s = r.segments;
    const QByteArray &m = r.method;
    const QString first = s.value(0);
    if (first == u"authenticate") {
        if (s.size() == 2 && m == "POST")
            return QStringLiteral("P1");
        if (s.size() == 3 && s[1] == u"block")
            return m == "GET" ? QStringLiteral("P2") : m == "POST" ? QStringLiteral("P3") : m == "DELETE" ? QStringLiteral("P4") : QString();
    } else if (first == u"session") {
        if (s.size() == 3 && s[1] == u"user")
            return m == "DELETE" ? QStringLiteral("P10") : m == "GET" ? QStringLiteral("P15") : QString();
        if (s.size() == 2)
            return m == "GET" ? QStringLiteral("P5") : m == "DELETE" ? QStringLiteral("P6") : QString();
        if (s.size() == 3) {
            if (s[2] == u"setEffectiveUser" && m == "POST")
                return QStringLiteral("P7");
            if (s[2] == u"assumedIdentity" && m == "DELETE")
                return QStringLiteral("P8");
            if (s[2] == u"setEffectiveOrg" && m == "POST")
                return QStringLiteral("P9");
            if (s[2] == u"clone" && m == "POST")
                return QStringLiteral("P11");
        }
    } else if (first == u"password") {
        if (s.size() == 3 && s[1] == u"reset" && m == "POST")
            return QStringLiteral("P12");
        if (s.size() == 2 && s[1] == u"reset" && m == "POST")
            return QStringLiteral("P13");
        if (s.size() == 2 && m == "PUT")
            return QStringLiteral("P14");
    }
    return {};
}

Reply Platform28Service::error(int status, const QString &code, const QString &message) const
{
    return Reply::json(status, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

Reply Platform28Service::errorReply(int status, bool rateLimit) const
{
    if (rateLimit)
        return error(429, QStringLiteral("TOO_MANY_REQUESTS"), QStringLiteral("Too many requests, slow down."));
    const QString code = status == 400 ? QStringLiteral("INVALID_REQUEST")
        : status == 401                ? QStringLiteral("INVALID_SESSION")
        : status == 403                ? QStringLiteral("NOT_AUTHORIZED")
        : status == 404                ? QStringLiteral("NOT_FOUND")
        : status == 423                ? QStringLiteral("USER_BLOCKED")
                                       : QStringLiteral("SERVER_ERROR");
    return error(status, code, QStringLiteral("Injected error %1.").arg(status));
}

bool Platform28Service::expired(const Session &s) const
{
    return s.lastAccess.secsTo(m_ctx.now()) >= m_ctx.config.sessionIdleSec;
}

const Platform28Service::User *Platform28Service::userById(const QString &userId) const
{
    for (const User &u : m_users)
        if (u.userId == userId)
            return &u;
    return nullptr;
}

QJsonObject Platform28Service::sessionJson(const Session &s, bool withLsid) const
{
    QJsonObject o{{QStringLiteral("sessionId"), s.sessionId},
                  {QStringLiteral("userId"), s.userId},
                  {QStringLiteral("effectiveUserId"), s.effectiveUserId},
                  {QStringLiteral("orgId"), s.orgId},
                  {QStringLiteral("effectiveOrgId"), s.effectiveOrgId},
                  {QStringLiteral("created"), iso(s.created)},
                  {QStringLiteral("lastAccess"), iso(s.lastAccess)},
                  {QStringLiteral("expiresAt"), iso(s.lastAccess.addSecs(m_ctx.config.sessionIdleSec))},
                  {QStringLiteral("clientIp"), s.clientIp},
                  {QStringLiteral("userAgent"), s.userAgent},
                  {QStringLiteral("clonedFrom"), s.clonedFrom.isEmpty() ? QJsonValue() : QJsonValue(s.clonedFrom)}};
    if (withLsid)
        o.insert(QStringLiteral("lsid"), s.lsid);
    return o;
}

Platform28Service::Session &Platform28Service::newSession(const QString &userId, const Request &r, const QString &clonedFrom)
{
    const User *u = userById(userId);
    Session s;
    s.sessionId = QStringLiteral("s-%1").arg(m_nextSession++, 6, 10, QLatin1Char('0'));
    s.lsid = Context::newToken(QStringLiteral("lsid-"), 24);
    s.userId = s.effectiveUserId = userId;
    s.orgId = s.effectiveOrgId = u ? u->orgId : QString();
    s.created = s.lastAccess = m_ctx.now();
    s.clientIp = r.client;
    s.userAgent = QString::fromUtf8(r.header("user-agent"));
    s.clonedFrom = clonedFrom;
    m_lsids.insert(s.lsid, s.sessionId);
    return m_sessions[s.sessionId] = s;
}

std::optional<Reply> Platform28Service::authenticate(const Request &r, Caller &caller)
{
    if (r.query.queryItemValue(QStringLiteral("apiKey")) == kApiKey) {
        caller.admin = caller.apiKey = true;
        return std::nullopt;
    }
    const QString lsid = r.matrix.value(QStringLiteral("lsid"));
    const auto it = m_lsids.constFind(lsid);
    if (lsid.isEmpty() || it == m_lsids.cend() || !m_sessions.contains(*it))
        return error(401, QStringLiteral("INVALID_SESSION"), QStringLiteral("The current login session is invalid."));
    Session &s = m_sessions[*it];
    if (expired(s))
        return error(401, QStringLiteral("INVALID_SESSION"), QStringLiteral("The current login session has expired."));
    s.lastAccess = m_ctx.now();
    caller.userId = s.userId;
    caller.sessionId = s.sessionId;
    const User *u = userById(s.userId);
    caller.admin = u && u->roles.contains(QStringLiteral("admin"));
    return std::nullopt;
}

Reply Platform28Service::handle(const QString &route, const Request &r)
{
    if (route == u"P1")
        return authenticateUser(r);
    if (route == u"P12")
        return requestReset(r);
    if (route == u"P13")
        return reset(r);
    Caller c;
    if (auto e = authenticate(r, c))
        return *e;
    if (route == u"P2" || route == u"P3" || route == u"P4")
        return block(route, r, c);
    if (route == u"P10" || route == u"P15")
        return userSessions(route, r, c);
    if (route == u"P14")
        return changePassword(r, c);
    return sessionRoute(route, r, c);
}

Reply Platform28Service::authenticateUser(const Request &r)
{
    const QString password = r.form().queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const auto it = m_users.find(r.segments.value(1));
    if (password.isEmpty())
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The password is missing."));
    if (it == m_users.end() || it->passwordHash != hash(password))
        return error(401, QStringLiteral("BAD_CREDENTIALS"), QStringLiteral("Wrong username or password."));
    if (it->blocked)
        return error(423, QStringLiteral("USER_BLOCKED"), QStringLiteral("This user is blocked."));
    const Session &s = newSession(it->userId, r);
    return Reply::json(200, QJsonObject{{QStringLiteral("sessionId"), s.sessionId},
                                        {QStringLiteral("lsid"), s.lsid},
                                        {QStringLiteral("userId"), s.userId},
                                        {QStringLiteral("orgId"), s.orgId},
                                        {QStringLiteral("roles"), QJsonArray::fromStringList(it->roles)},
                                        {QStringLiteral("expiresAt"), iso(s.lastAccess.addSecs(m_ctx.config.sessionIdleSec))}});
}

Reply Platform28Service::block(const QString &route, const Request &r, const Caller &c)
{
    const auto it = m_users.find(r.segments.value(2));
    if (route != u"P2" && !c.admin)
        return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to block users."));
    if (it == m_users.end())
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user."));
    if (route == u"P2" && !c.admin && it->userId != c.userId)
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user."));
    if (route == u"P3")
        it->blocked = true;
    else if (route == u"P4")
        it->blocked = false;
    return Reply::json(200, QJsonObject{{QStringLiteral("username"), it->username}, {QStringLiteral("blocked"), it->blocked}});
}

std::optional<Reply> Platform28Service::findSession(const Caller &c, const QString &id, Session **out)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || expired(*it))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Session not found."));
    if (!c.admin && it->userId != c.userId)
        return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to act on other users' sessions."));
    *out = &*it;
    return std::nullopt;
}

Reply Platform28Service::sessionRoute(const QString &route, const Request &r, const Caller &c)
{
    Session *s = nullptr;
    if (auto e = findSession(c, r.segments.value(1), &s))
        return *e;
    if (route == u"P5")
        return Reply::json(200, sessionJson(*s, false));
    if (route == u"P6") {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + r.body.trimmed() + "]");
        const bool all = doc.isArray() && doc.array().size() == 1 && doc.array().at(0).toBool();
        if (!r.body.trimmed().isEmpty() && !(doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isBool()))
            return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The body must be true or false."));
        const QString userId = s->userId;
        QStringList gone{s->sessionId};
        if (all)
            for (const Session &o : std::as_const(m_sessions))
                if (o.userId == userId && o.sessionId != s->sessionId)
                    gone << o.sessionId;
        for (const QString &id : std::as_const(gone)) {
            m_lsids.remove(m_sessions.value(id).lsid);
            m_sessions.remove(id);
        }
        return Reply::json(200, QJsonObject{{QStringLiteral("terminated"), int(gone.size())}});
    }
    if (route == u"P7") {
        if (!c.admin)
            return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to impersonate."));
        const QString userId = r.jsonObject().value(u"userId").toString();
        if (userId.isEmpty())
            return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("userId is required."));
        if (!userById(userId))
            return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user."));
        s->effectiveUserId = userId;
        return Reply::json(200, sessionJson(*s, false));
    }
    if (route == u"P8") {
        s->effectiveUserId = s->userId;
        s->effectiveOrgId = s->orgId;
        return Reply::json(200, sessionJson(*s, false));
    }
    if (route == u"P9") {
        const QString orgId = r.jsonObject().value(u"orgId").toString();
        if (orgId.isEmpty())
            return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("orgId is required."));
        static const QStringList orgs{QStringLiteral("org-1"), QStringLiteral("org-2"), QStringLiteral("org-3")};
        if (!orgs.contains(orgId))
            return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such organisation."));
        s->effectiveOrgId = orgId;
        return Reply::json(200, sessionJson(*s, false));
    }
    // P11
    const Session copy = *s;
    Session &clone = newSession(copy.userId, r, copy.sessionId);
    clone.effectiveUserId = copy.effectiveUserId;
    clone.effectiveOrgId = copy.effectiveOrgId;
    return Reply::json(201, sessionJson(clone, true));
}

Reply Platform28Service::userSessions(const QString &route, const Request &r, const Caller &c)
{
    const QString userId = r.segments.value(2);
    if (!c.admin && userId != c.userId)
        return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to logout other users."));
    if (!userById(userId))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user."));
    QStringList ids;
    for (const Session &s : std::as_const(m_sessions))
        if (s.userId == userId && !expired(s))
            ids << s.sessionId;
    if (route == u"P15") {
        QJsonArray out;
        for (const QString &id : std::as_const(ids))
            out.append(sessionJson(m_sessions.value(id), false));
        return Reply::json(200, out);
    }
    for (const QString &id : std::as_const(ids)) {
        m_lsids.remove(m_sessions.value(id).lsid);
        m_sessions.remove(id);
    }
    return Reply::json(200, QJsonObject{{QStringLiteral("terminated"), int(ids.size())}});
}

Reply Platform28Service::requestReset(const Request &r)
{
    const User *u = userById(r.segments.value(2));
    bool okJson = false;
    const QJsonObject b = r.jsonObject(&okJson);
    if (!okJson)
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The body must be a JSON object."));
    const QString phone = b.value(u"phone").toString();
    const QString mobile = b.value(u"mobile").toString();
    if (!u || b.value(u"email").toString().compare(u->email, Qt::CaseInsensitive) != 0
        || (!phone.isEmpty() && phone != u->phone) || (!mobile.isEmpty() && mobile != u->mobile))
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The user details do not match."));
    const QString token = Context::newToken(QStringLiteral("pt"), 16);
    m_tokens.insert(token, {u->userId, m_ctx.now().addSecs(3600), false});
    const QString resetUrl = b.value(u"resetUrl").toString(m_ctx.baseUrl + QStringLiteral("/p28/reset"));
    m_ctx.mail(dialect(), QStringLiteral("p28-reset"), u->email, QStringLiteral("Reset your password"), token,
               resetUrl + (resetUrl.contains(u'?') ? u'&' : u'?') + QStringLiteral("token=") + token);
    return Reply::json(200, QJsonObject{});
}

Reply Platform28Service::reset(const Request &r)
{
    const QJsonObject b = r.jsonObject();
    const auto it = m_tokens.find(b.value(u"token").toString());
    const QString newHash = b.value(u"newPasswordHash").toString();
    if (it == m_tokens.end())
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The reset token is invalid."));
    if (it->used)
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The reset token has already been used."));
    if (m_ctx.now() >= it->expires)
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The reset token has expired."));
    const auto user = m_users.find(b.value(u"username").toString());
    if (user == m_users.end() || user->userId != it->userId)
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("The username does not match the reset token."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(newHash).hasMatch())
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("newPasswordHash must be a lowercase hex SHA-256."));
    it->used = true;
    user->passwordHash = newHash;
    return Reply::json(200, QJsonObject{});
}

Reply Platform28Service::changePassword(const Request &r, const Caller &c)
{
    const QString userId = r.segments.value(1);
    const QJsonObject b = r.jsonObject();
    User *target = nullptr;
    for (User &u : m_users)
        if (u.userId == userId)
            target = &u;
    if (!target)
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("User not found."));
    const QString newHash = b.value(u"newPasswordHash").toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(newHash).hasMatch())
        return error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("newPasswordHash must be a lowercase hex SHA-256."));
    if (b.contains(u"adminPasswordHash")) {
        if (c.apiKey)
            return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("An API key cannot force a password change; sign in as an admin."));
        const User *admin = userById(c.userId);
        if (!c.admin || !admin)
            return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to change other users' passwords."));
        if (admin->passwordHash != b.value(u"adminPasswordHash").toString())
            return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Password not found."));
    } else {
        if (c.userId != userId)
            return error(403, QStringLiteral("NOT_AUTHORIZED"), QStringLiteral("Current user is not authorized to change this password."));
        if (target->passwordHash != b.value(u"oldPasswordHash").toString())
            return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Password not found."));
    }
    target->passwordHash = newHash;
    return Reply::json(200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Password updated")}});
}

} // namespace sandbox
