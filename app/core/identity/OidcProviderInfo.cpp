#include "OidcProviderInfo.h"

#include "HttpClient.h"
#include "JsonReader.h"

#include <QCoreApplication>

namespace authdesk {

namespace {

bool usableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == u"https" || (url.scheme() == u"http" && HttpClient::isLoopbackHost(url.host()));
}

QString withoutTrailingSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}
} // namespace

bool OidcProviderInfo::sameIssuer(const QString &a, const QString &b)
{
    return withoutTrailingSlashes(a) == withoutTrailingSlashes(b);
}

QUrl OidcProviderInfo::discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    url.setPath(withoutTrailingSlashes(url.path()) + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

Result<OidcProviderInfo> OidcProviderInfo::parse(const QByteArray &body, const QUrl &expectedIssuer)
{
    const auto o = json::parseObject(body);
    if (!o)
        return ApiError::make(ErrorKind::MalformedAnswer,
                              QCoreApplication::translate("OidcProviderInfo", "The identity provider's discovery document is not JSON."));
    OidcProviderInfo info;
    info.issuer = QUrl(json::str(*o, u"issuer"));
    if (!sameIssuer(info.issuer.toString(QUrl::FullyEncoded), expectedIssuer.toString(QUrl::FullyEncoded)))
        return ApiError::make(ErrorKind::MalformedAnswer,
                              QCoreApplication::translate("OidcProviderInfo", "The identity provider calls itself %1, not %2: check the issuer URL.")
                                  .arg(info.issuer.toDisplayString(), expectedIssuer.toDisplayString()));
    info.authorizationEndpoint = QUrl(json::str(*o, u"authorization_endpoint"));
    info.tokenEndpoint = QUrl(json::str(*o, u"token_endpoint"));
    info.deviceAuthorizationEndpoint = QUrl(json::str(*o, u"device_authorization_endpoint"));
    info.revocationEndpoint = QUrl(json::str(*o, u"revocation_endpoint"));
    info.jwksUri = QUrl(json::str(*o, u"jwks_uri"));
    for (const auto &m : json::array(*o, u"code_challenge_methods_supported"))
        info.codeChallengeMethods << m.toString();
    if (!usableEndpoint(info.tokenEndpoint))
        return ApiError::make(ErrorKind::MalformedAnswer,
                              QCoreApplication::translate("OidcProviderInfo", "The identity provider names no usable token endpoint."));
    for (QUrl *optional : {&info.authorizationEndpoint, &info.deviceAuthorizationEndpoint,
                           &info.revocationEndpoint, &info.jwksUri}) {
        if (!optional->isEmpty() && !usableEndpoint(*optional))
            *optional = QUrl(); // an endpoint we may not use is one the provider does not have
    }
    return info;
}

} // namespace authdesk
