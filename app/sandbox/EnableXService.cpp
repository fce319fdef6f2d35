#include "EnableXService.h"

namespace sandbox {

namespace {
const QString kApiId = QStringLiteral("demo-api-id");
const QByteArray kAppBasic = QByteArray("demo-app-id:demo-app-key").toBase64();
} // namespace

EnableXService::EnableXService(Context &ctx)
    : DialectService(ctx)
{
    reset();
}

void EnableXService::reset()
{
    m_users.clear();
    m_tokens.clear();
    m_keys.clear();
    m_users.insert(QStringLiteral("admin@example.com"),
                   {QStringLiteral("admin@example.com"), QStringLiteral("Admin#2026"), QStringLiteral("5f1a0001"),
                    QStringLiteral("admin"), QStringLiteral("Ada"), QStringLiteral("Admin")});
    m_users.insert(QStringLiteral("alice@example.com"),
                   {QStringLiteral("alice@example.com"), QStringLiteral("Alice#2026"), QStringLiteral("5f1a0002"),
                    QStringLiteral("user"), QStringLiteral("Alice"), QStringLiteral("Archer")});
    m_users.insert(QStringLiteral("bob@example.com"),
                   {QStringLiteral("bob@example.com"), QStringLiteral("Bob#2026"), QStringLiteral("5f1a0003"),
                    QStringLiteral("user"), QStringLiteral("Bob"), QStringLiteral("Baker")});
}

void EnableXService::seed(const QJsonObject &section)
{
    for (const QJsonValue &v : section.value(u"users").toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.email = o.value(u"email").toString().toLower();
        u.password = o.value(u"password").toString();
        u.userId = o.value(u"user_id").toString(Context::newToken(QString(), 4));
        u.userType = o.value(u"user_type").toString(QStringLiteral("user"));
        u.firstName = o.value(u"first_name").toString();
        u.lastName = o.value(u"last_name").toString();
        if (!u.email.isEmpty())
            m_users.insert(u.email, u);
    }
}

QString EnableXService::match(const Request &r) const
{
    const QStringList &s = r.segments;
    if (s == QStringList{QStringLiteral("login")} && r.method == "POST")
        return QStringLiteral("E1");
    if (s == QStringList{QStringLiteral("password")} && r.method == "POST")
        return QStringLiteral("E2");
    if (s.size() == 2 && s[0] == u"password" && r.method == "POST")
        return QStringLiteral("E3");
    if (s.size() == 2 && s[0] == u"password" && r.method == "PATCH")
        return QStringLiteral("E4");
    if (s == QStringList{QStringLiteral("customers")} && r.method == "GET")
        return QStringLiteral("E5");
    return {};
}

Reply EnableXService::handle(const QString &route, const Request &r)
{
    if (route == u"E1")
        return login(r);
    if (route == u"E2")
        return requestReset(r);
    if (route == u"E3")
        return validateKey(r);
    if (route == u"E4")
        return resetPassword(r);
    if (route == u"E5")
        return customers(r);
    return error(404, 1404, QStringLiteral("Not found"), QStringLiteral("No such route."));
}

Reply EnableXService::ok(QJsonObject body) const
{
    body.insert(QStringLiteral("result"), m_ctx.config.resultAsString ? QJsonValue(QStringLiteral("1")) : QJsonValue(1));
    return Reply::json(200, body);
}

Reply EnableXService::error(int status, int result, const QString &msg, const QString &desc) const
{
    return Reply::json(status, QJsonObject{{QStringLiteral("result"), result},
                                           {QStringLiteral("msg"), msg},
                                           {QStringLiteral("desc"), desc}});
}

Reply EnableXService::errorReply(int status, bool rateLimit) const
{
    if (rateLimit)
        return error(429, 1429, QStringLiteral("Too many requests"), QStringLiteral("Slow down and try again later."));
    return error(status, 1000 + status, QStringLiteral("Error"), QStringLiteral("Injected error %1.").arg(status));
}

std::optional<Reply> EnableXService::checkApiId(const Request &r) const
{
    const QByteArray id = r.header("x-api-id");
    if (id.isEmpty())
        return error(400, 1400, QStringLiteral("Header missing"), QStringLiteral("The X-Api-Id header is missing."));
    if (QString::fromUtf8(id) != kApiId)
        return error(401, 1401, QStringLiteral("Invalid header"), QStringLiteral("The X-Api-Id is not known."));
    return std::nullopt;
}

std::optional<Reply> EnableXService::checkAuth(const Request &r) const
{
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Basic ")) {
        if (auth.mid(6).trimmed() == kAppBasic)
            return std::nullopt;
        return error(401, 1401, QStringLiteral("Invalid credentials"), QStringLiteral("The App ID or App Key is wrong."));
    }
    if (auth.startsWith("Token ")) {
        const auto it = m_tokens.constFind(QString::fromUtf8(auth.mid(6).trimmed()));
        if (it == m_tokens.cend())
            return error(401, 1001, QStringLiteral("Token invalid"), QStringLiteral("The token is not valid."));
        if (it->issued.secsTo(m_ctx.now()) >= m_ctx.config.enablexTokenLifetimeSec)
            return error(403, 1002, QStringLiteral("Token expired"), QStringLiteral("The token has expired. Log in again."));
        return std::nullopt;
    }
    return error(401, 1401, QStringLiteral("Invalid header"), QStringLiteral("The Authorization header is missing or invalid."));
}

QJsonObject EnableXService::userJson(const User &u) const
{
    return {{QStringLiteral("user_id"), u.userId},
            {QStringLiteral("user_type"), u.userType},
            {QStringLiteral("user_type_desc"), u.userType == u"admin" ? QStringLiteral("Administrator") : QStringLiteral("User")},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("first_name"), u.firstName},
            {QStringLiteral("middle_name"), QString()},
            {QStringLiteral("last_name"), u.lastName},
            {QStringLiteral("company"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Example Corp")}}},
            {QStringLiteral("apps"), QJsonObject{{QStringLiteral("vc"), true}, {QStringLiteral("wb"), false}}},
            {QStringLiteral("timezone"), QJsonObject{{QStringLiteral("name"), QStringLiteral("UTC")}}},
            {QStringLiteral("last_login_time"), m_ctx.now().toString(Qt::ISODate)}};
}

Reply EnableXService::login(const Request &r)
{
    if (auto e = checkApiId(r))
        return *e;
    bool okJson = false;
    const QJsonObject b = r.jsonObject(&okJson);
    const QString email = b.value(u"email").toString().toLower();
    const QString password = b.value(u"password").toString();
    if (!okJson || email.isEmpty() || password.isEmpty())
        return error(406, 1406, QStringLiteral("Validation failed"), QStringLiteral("E-mail and password are required."));
    const auto it = m_users.constFind(email);
    if (it == m_users.cend() || it->password != password)
        return error(401, 1401, QStringLiteral("Invalid credentials"), QStringLiteral("The e-mail or password is wrong."));
    const QString token = Context::newToken(QStringLiteral("ex"), 24);
    m_tokens.insert(token, {email, m_ctx.now()});
    return ok({{QStringLiteral("token"), token}, {QStringLiteral("user"), userJson(*it)}});
}

Reply EnableXService::requestReset(const Request &r)
{
    if (auto e = checkApiId(r))
        return *e;
    const QString email = r.jsonObject().value(u"email").toString().toLower();
    if (email.isEmpty())
        return error(406, 1406, QStringLiteral("Validation failed"), QStringLiteral("The e-mail is required."));
    if (!m_users.contains(email))
        return error(404, 1404, QStringLiteral("Not found"), QStringLiteral("No account uses this e-mail address."));
    const QString key = Context::newToken(QStringLiteral("rk"), 16);
    m_keys.insert(key, {email, m_ctx.now(), false});
    m_ctx.mail(dialect(), QStringLiteral("enablex-reset"), email, QStringLiteral("Reset your password"), key,
               QString());
    return ok({{QStringLiteral("data"), QJsonObject{{QStringLiteral("email"), email},
                                                    {QStringLiteral("msg"), QStringLiteral("A reset key has been sent.")}}}});
}

std::optional<Reply> EnableXService::checkKey(const QString &key) const
{
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend())
        return error(404, 1404, QStringLiteral("Invalid key"), QStringLiteral("The reset key is not valid."));
    if (it->used)
        return error(406, 1410, QStringLiteral("Key used"), QStringLiteral("The reset key has already been used."));
    if (it->issued.secsTo(m_ctx.now()) >= 24 * 3600)
        return error(406, 1411, QStringLiteral("Key expired"), QStringLiteral("The reset key has expired."));
    return std::nullopt;
}

Reply EnableXService::validateKey(const Request &r)
{
    if (auto e = checkApiId(r))
        return *e;
    const QString key = r.segments.value(1);
    if (auto e = checkKey(key))
        return *e;
    const User u = m_users.value(m_keys.value(key).email);
    return ok({{QStringLiteral("data"), QJsonObject{{QStringLiteral("email"), u.email},
                                                    {QStringLiteral("user_id"), u.userId},
                                                    {QStringLiteral("first_name"), u.firstName},
                                                    {QStringLiteral("middle_name"), QString()},
                                                    {QStringLiteral("last_name"), u.lastName}}}});
}

Reply EnableXService::resetPassword(const Request &r)
{
    if (auto e = checkApiId(r))
        return *e;
    const QString key = r.segments.value(1);
    if (auto e = checkKey(key))
        return *e;
    const QJsonObject b = r.jsonObject();
    const QString email = b.value(u"email").toString().toLower();
    const QString password = b.value(u"password").toString();
    ResetKey &k = m_keys[key];
    if (email != k.email)
        return error(406, 1406, QStringLiteral("Validation failed"), QStringLiteral("The e-mail does not belong to this reset key."));
    if (password != b.value(u"password_retyped").toString())
        return error(406, 1406, QStringLiteral("Validation failed"), QStringLiteral("The two passwords differ."));
    if (password.size() < 8)
        return error(406, 1406, QStringLiteral("Validation failed"), QStringLiteral("The password must have at least 8 characters."));
    k.used = true;
    m_users[email].password = password;
    return ok({{QStringLiteral("data"), QJsonObject{{QStringLiteral("email"), email},
                                                    {QStringLiteral("msg"), QStringLiteral("Password has been reset.")}}}});
}

Reply EnableXService::customers(const Request &r) const
{
    if (auto e = checkAuth(r))
        return *e;
    QJsonArray data;
    data.append(QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("c-100")}, {QStringLiteral("name"), QStringLiteral("Northwind")}});
    data.append(QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("c-101")}, {QStringLiteral("name"), QStringLiteral("Contoso")}});
    return ok({{QStringLiteral("data"), data}});
}

} // namespace sandbox
