#include "Credentials.h"

namespace authdesk {

namespace {
constexpr Credentials::Mode kModes[] = {
    Credentials::Mode::Password, Credentials::Mode::AppKey,      Credentials::Mode::ApiKey,
    Credentials::Mode::SsoToken, Credentials::Mode::AccessToken, Credentials::Mode::Jwt,
};
} // namespace

QStringList Credentials::secrets() const
{
    QStringList out;
    for (const QString &s : {secret, apiKey, refreshToken}) {
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QJsonObject Credentials::toJson() const
{
    QJsonObject o{{QStringLiteral("mode"), modeId(mode)},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("secret"), secret}};
    if (!applicationId.isEmpty())
        o.insert(QStringLiteral("applicationId"), applicationId);
    if (!apiKey.isEmpty())
        o.insert(QStringLiteral("apiKey"), apiKey);
    if (!setupOid.isEmpty())
        o.insert(QStringLiteral("setupOid"), setupOid);
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refreshToken"), refreshToken);
    return o;
}

std::optional<Credentials> Credentials::fromJson(const QJsonObject &o)
{
    const auto mode = modeFromId(o.value(QStringLiteral("mode")).toString());
    if (!mode)
        return std::nullopt;
    Credentials c;
    c.mode = *mode;
    c.user = o.value(QStringLiteral("user")).toString();
    c.secret = o.value(QStringLiteral("secret")).toString();
    c.applicationId = o.value(QStringLiteral("applicationId")).toString();
    c.apiKey = o.value(QStringLiteral("apiKey")).toString();
    c.setupOid = o.value(QStringLiteral("setupOid")).toString();
    c.refreshToken = o.value(QStringLiteral("refreshToken")).toString();
    return c;
}

QString Credentials::modeId(Mode m)
{
    switch (m) {
    case Mode::Password: return QStringLiteral("password");
    case Mode::AppKey: return QStringLiteral("app-key");
    case Mode::ApiKey: return QStringLiteral("api-key");
    case Mode::SsoToken: return QStringLiteral("sso-token");
    case Mode::AccessToken: return QStringLiteral("access-token");
    case Mode::Jwt: return QStringLiteral("jwt");
    }
    return {};
}

std::optional<Credentials::Mode> Credentials::modeFromId(const QString &id)
{
    for (Mode m : kModes) {
        if (modeId(m) == id)
            return m;
    }
    return std::nullopt;
}

} // namespace authdesk
