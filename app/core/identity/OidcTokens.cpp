#include "OidcTokens.h"

#include "JsonReader.h"
#include "OidcProviderInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace authdesk {

namespace {

ApiError invalidToken(const QString &message)
{
    ApiError e = ApiError::make(ErrorKind::BadCredentials, message);
    e.serverCode = QStringLiteral("invalid_id_token");
    return e;
}
} // namespace

QString OidcTokens::subjectName() const
{
    static const QStringList keys{QStringLiteral("email"), QStringLiteral("preferred_username"), QStringLiteral("sub")};
    for (const QString &key : keys) {
        const QString v = json::str(idClaims, key);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

Result<OidcTokens> OidcTokens::parse(const QByteArray &body, const QDateTime &now, bool requireIdToken)
{
    const auto o = json::parseObject(body);
    if (!o)
        return ApiError::make(ErrorKind::MalformedAnswer, QCoreApplication::translate("OidcTokens", "The identity provider's token answer is not JSON."));
    OidcTokens t;
    t.accessToken = json::str(*o, u"access_token");
    t.idToken = json::str(*o, u"id_token");
    t.refreshToken = json::str(*o, u"refresh_token");
    if (const auto expires = json::optInteger(*o, u"expires_in"); expires && *expires > 0)
        t.expiresAt = now.addSecs(*expires);
    if (t.accessToken.isEmpty() || (requireIdToken && t.idToken.isEmpty()))
        return ApiError::make(ErrorKind::MalformedAnswer,
                              requireIdToken ? QCoreApplication::translate("OidcTokens", "The identity provider sent no ID token: is \"openid\" among the scopes?")
                                             : QCoreApplication::translate("OidcTokens", "The identity provider sent no access token."));
    if (!t.idToken.isEmpty()) {
        const auto claims = jwtPayload(t.idToken);
        if (!claims)
            return ApiError::make(ErrorKind::MalformedAnswer, QCoreApplication::translate("OidcTokens", "The identity provider's ID token cannot be read."));
        t.idClaims = *claims;
    }
    return t;
}

std::optional<QJsonObject> jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

ApiError checkIdToken(const QJsonObject &claims, const QUrl &issuer, const QString &clientId,
                      const QString &nonce, const QDateTime &now, int leewaySec)
{
    if (!OidcProviderInfo::sameIssuer(json::str(claims, u"iss"), issuer.toString(QUrl::FullyEncoded)))
        return invalidToken(QCoreApplication::translate("OidcTokens", "The ID token was issued by %1, not by this profile's identity provider.")
                                .arg(json::str(claims, u"iss")));
    QStringList audiences;
    const QJsonValue aud = claims.value(u"aud");
    if (aud.isArray()) {
        for (const auto &a : aud.toArray())
            audiences << a.toString();
    } else {
        audiences << aud.toString();
    }
    if (!audiences.contains(clientId))
        return invalidToken(QCoreApplication::translate("OidcTokens", "The ID token is meant for %1, not for this console (client ID %2).")
                                .arg(audiences.join(QStringLiteral(", ")), clientId));
    if (audiences.size() > 1 && json::str(claims, u"azp") != clientId)
        return invalidToken(QCoreApplication::translate("OidcTokens", "The ID token names several audiences but not this console as its party."));
    if (!nonce.isEmpty() && json::str(claims, u"nonce") != nonce)
        return invalidToken(QCoreApplication::translate("OidcTokens", "The ID token does not answer this sign-in (its nonce differs): start again."));
    const qint64 nowSec = now.toSecsSinceEpoch();
    const qint64 exp = json::integer(claims, u"exp");
    const qint64 iat = json::integer(claims, u"iat", nowSec);
    if (exp <= 0)
        return invalidToken(QCoreApplication::translate("OidcTokens", "The ID token has no expiry."));
    if (iat > nowSec + leewaySec || exp + leewaySec < nowSec) {
        const qint64 offBy = iat > nowSec ? iat - nowSec : nowSec - exp;
        const int minutes = int(std::max<qint64>(offBy / 60, 1));
        ApiError e = invalidToken(QCoreApplication::translate("OidcTokens", "The identity provider's clock and this computer's differ by about %n minute(s): "
                                     "check the date and time settings.", nullptr, minutes));
        e.serverCode = QStringLiteral("clock_skew");
        return e;
    }
    return {};
}

} // namespace authdesk
