#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace authdesk {

// What a person (or script) signs in with. Lives in memory and in the OS keychain only.
struct Credentials {
    enum class Mode {
        Password,    // EnableX e-mail+password, Platform28 username+password, Overkiz userId+password
        AppKey,      // EnableX application credentials: user = App ID, secret = App Key
        ApiKey,      // Platform28 API key (secret)
        SsoToken,    // Overkiz userId + ssoToken
        AccessToken, // Overkiz OAuth access token (secret)
        Jwt,         // Overkiz JSON Web Token (secret)
    };
    Mode mode = Mode::Password;
    QString user;
    QString secret;
    // Overkiz optional login extras.
    QString applicationId;
    QString apiKey; // secret
    QString setupOid;
    // Single sign-on: the identity provider's refresh token (secret), kept with "Remember" so a
    // later sign-in gets a fresh token from the provider instead of reusing `secret`.
    QString refreshToken;

    // Every value here that must be redacted from logs and texts.
    QStringList secrets() const;
    QJsonObject toJson() const;
    static std::optional<Credentials> fromJson(const QJsonObject &o);

    static QString modeId(Mode m); // "password", "app-key", "api-key", "sso-token", "access-token", "jwt"
    static std::optional<Mode> modeFromId(const QString &id);
};

} // namespace authdesk
