#include "OidcClient.h"

#include "Clock.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "JsonReader.h"
#include "Redactor.h"
#include "StatusMapper.h"

#include <QCoreApplication>

namespace authdesk {

OidcClient::OidcClient(HttpClient &http, const Clock &clock, OidcSettings settings, HttpOptions options,
                       QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock), m_settings(std::move(settings)), m_options(std::move(options))
{
}

void OidcClient::discover(Callback<OidcProviderInfo> done)
{
    if (m_provider) {
        done(*m_provider);
        return;
    }
    if (const QString problem = m_settings.validate(); !problem.isEmpty() || !m_settings.isSet()) {
        done(ApiError::make(ErrorKind::Usage,
                            problem.isEmpty() ? QCoreApplication::translate("OidcClient", "This profile has no identity provider.") : problem));
        return;
    }
    HttpRequest request;
    request.url = OidcProviderInfo::discoveryUrl(m_settings.issuer);
    request.routeId = QStringLiteral("OIDC discovery");
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    HttpCall *call = track(m_http.send(request, m_options));
    connect(call, &HttpCall::finished, this, [this, done](const HttpResponse &r) {
        if (StatusMapper::transportError(r)) {
            done(errorFrom(r, {}));
            return;
        }
        if (r.status != 200) {
            ApiError e = StatusMapper::fromStatus(r);
            e.message = QCoreApplication::translate("OidcClient", "The identity provider's discovery document is not there (HTTP %1): check the issuer URL.")
                            .arg(r.status);
            done(e);
            return;
        }
        auto info = OidcProviderInfo::parse(r.body, m_settings.issuer);
        if (info)
            m_provider = info.value();
        done(info);
    });
}

HttpCall *OidcClient::post(const QUrl &url, QUrlQuery form, const QStringList &secrets)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/x-www-form-urlencoded";
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    if (!m_settings.resource.isEmpty() && !form.hasQueryItem(QStringLiteral("resource")))
        form.addQueryItem(QStringLiteral("resource"), m_settings.resource);
    // '+' and friends in values must reach the provider as themselves.
    QString encoded = form.toString(QUrl::FullyEncoded);
    encoded.replace(u'+', QStringLiteral("%2B"));
    request.body = encoded.toUtf8();
    request.secrets = secrets;
    request.routeId = QStringLiteral("OIDC ") + url.path();
    return track(m_http.send(request, m_options));
}

void OidcClient::postForm(const QUrl &url, QUrlQuery form, const QStringList &secrets,
                          std::function<void(const HttpResponse &, const std::optional<ApiError> &)> done)
{
    HttpCall *call = post(url, std::move(form), secrets);
    connect(call, &HttpCall::finished, this, [done, secrets](const HttpResponse &r) {
        if (r.status == 200 && !r.isHtml())
            done(r, std::nullopt);
        else
            done(r, errorFrom(r, secrets));
    });
}

void OidcClient::tokenRequest(QUrlQuery form, const QStringList &secrets, bool requireIdToken,
                              Callback<OidcTokens> done, const QString &nonce)
{
    discover([this, form, secrets, requireIdToken, done, nonce](const Result<OidcProviderInfo> &info) {
        if (!info) {
            done(info.error());
            return;
        }
        postForm(info.value().tokenEndpoint, form, secrets,
                 [this, done, requireIdToken, nonce](const HttpResponse &r, const std::optional<ApiError> &e) {
                     if (e) {
                         done(*e);
                         return;
                     }
                     auto tokens = OidcTokens::parse(r.body, m_clock.now(), requireIdToken);
                     if (tokens && !tokens.value().idToken.isEmpty()) {
                         const ApiError bad = checkIdToken(tokens.value().idClaims, m_settings.issuer,
                                                           m_settings.clientId, nonce, m_clock.now());
                         if (bad.isError()) {
                             done(bad);
                             return;
                         }
                     }
                     done(tokens);
                 });
    });
}

void OidcClient::refresh(const QString &refreshToken, Callback<OidcTokens> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    tokenRequest(form, {refreshToken}, false, std::move(done));
}

void OidcClient::revoke(const QString &token, const QString &hint, Callback<Done> done)
{
    discover([this, token, hint, done](const Result<OidcProviderInfo> &info) {
        if (!info) {
            done(info.error());
            return;
        }
        if (info.value().revocationEndpoint.isEmpty()) {
            done(Done{});
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), token);
        form.addQueryItem(QStringLiteral("token_type_hint"), hint);
        postForm(info.value().revocationEndpoint, form, {token},
                 [done](const HttpResponse &, const std::optional<ApiError> &e) {
                     if (e)
                         done(*e);
                     else
                         done(Done{});
                 });
    });
}

HttpCall *OidcClient::track(HttpCall *call)
{
    m_calls.removeIf([](const QPointer<HttpCall> &c) { return c.isNull(); }); // ended calls
    m_calls << call;
    return call;
}

void OidcClient::cancel()
{
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (call)
            call->abort();
    }
}

ApiError OidcClient::codeExpired()
{
    ApiError e = ApiError::make(ErrorKind::SessionExpired,
                                QCoreApplication::translate("OidcClient", "The code expired before the sign-in was approved: start again."));
    e.serverCode = QStringLiteral("expired_token");
    return e;
}

ApiError OidcClient::errorFrom(const HttpResponse &r, const QStringList &secrets)
{
    if (auto e = StatusMapper::transportError(r)) {
        e->message = QCoreApplication::translate("OidcClient", "The identity provider cannot be reached: %1").arg(e->message);
        return *e;
    }
    const auto o = json::parseObject(r.body);
    const QString code = o ? json::str(*o, u"error") : QString();
    if (code.isEmpty())
        return StatusMapper::fromStatus(r);
    const QString description = Redactor::redact(json::str(*o, u"error_description"), secrets);
    ApiError e;
    e.httpStatus = r.status;
    e.serverCode = code;
    e.serverText = description;
    const QString said = description.isEmpty() ? code : description;
    if (code == u"access_denied") {
        e.kind = ErrorKind::Forbidden;
        e.message = QCoreApplication::translate("OidcClient", "The sign-in was declined at the identity provider.");
    } else if (code == u"expired_token") {
        e.kind = ErrorKind::SessionExpired;
        e.message = codeExpired().message;
    } else if (code == u"invalid_grant") {
        e.kind = ErrorKind::BadCredentials;
        e.message = QCoreApplication::translate("OidcClient", "The identity provider no longer accepts this sign-in (%1): sign in again.").arg(said);
    } else if (code == u"invalid_client" || code == u"unauthorized_client") {
        e.kind = ErrorKind::Validation;
        e.message = QCoreApplication::translate("OidcClient", "The identity provider does not accept this client ID (%1): check the profile.").arg(said);
    } else if (code == u"temporarily_unavailable") {
        e.kind = ErrorKind::Maintenance;
        e.retryable = true;
        e.message = QCoreApplication::translate("OidcClient", "The identity provider is temporarily unavailable: try again later.");
    } else if (code == u"server_error") {
        e.kind = ErrorKind::Server;
        e.message = QCoreApplication::translate("OidcClient", "The identity provider failed (%1).").arg(said);
    } else {
        e.kind = ErrorKind::Validation;
        e.message = QCoreApplication::translate("OidcClient", "The identity provider refused the request: %1").arg(said);
    }
    e.retryAfterSeconds = StatusMapper::retryAfterSeconds(r);
    return e;
}

} // namespace authdesk
