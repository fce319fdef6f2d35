#pragma once

#include "HttpTypes.h"
#include "OidcProviderInfo.h"
#include "OidcSettings.h"
#include "OidcTokens.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace authdesk {

class Clock;
class HttpCall;
class HttpClient;

// Talks to one profile's identity provider through the thread's HttpClient (so the
// profile's TLS trust, proxy, timeouts and redacted logs apply as to the dialect's server):
// discovery, the token endpoint (code, device code, refresh) and revocation. The flows
// (DeviceAuthorizationFlow, AuthorizationCodeFlow) build on it.
class OidcClient : public QObject
{
    Q_OBJECT
public:
    OidcClient(HttpClient &http, const Clock &clock, OidcSettings settings, HttpOptions options,
               QObject *parent = nullptr);

    const OidcSettings &settings() const { return m_settings; }
    const Clock &clock() const { return m_clock; }
    // Known after discover() succeeded (it is asked once per client).
    const std::optional<OidcProviderInfo> &provider() const { return m_provider; }

    void discover(Callback<OidcProviderInfo> done);
    // POSTs `form` (+ client_id, resource) to the token endpoint. Sent once: a token request
    // that lost its answer is not repeated (a code or refresh token may be single-use).
    // `secrets`: values of `form` to keep out of logs. The raw OAuth error of a refused
    // request is in ApiError::serverCode ("authorization_pending", "slow_down", ...).
    // `nonce`: the one the authorization request sent, which the ID token must carry.
    void tokenRequest(QUrlQuery form, const QStringList &secrets, bool requireIdToken,
                      Callback<OidcTokens> done, const QString &nonce = {});
    void refresh(const QString &refreshToken, Callback<OidcTokens> done);
    // RFC 7009. Done when the provider has no revocation endpoint (nothing to do).
    void revoke(const QString &token, const QString &hint, Callback<Done> done);
    // POSTs a form to another of the provider's endpoints (the device authorization one).
    void postForm(const QUrl &url, QUrlQuery form, const QStringList &secrets,
                  std::function<void(const HttpResponse &, const std::optional<ApiError> &)> done);
    void cancel(); // ends every call in flight with ErrorKind::Cancelled

    // An OAuth error answer (RFC 6749 5.2) or any other failed answer, as an ApiError.
    static ApiError errorFrom(const HttpResponse &r, const QStringList &secrets);
    // The device or authorization code ran out before the person approved (expired_token).
    static ApiError codeExpired();

private:
    HttpCall *post(const QUrl &url, QUrlQuery form, const QStringList &secrets);
    HttpCall *track(HttpCall *call); // for cancel()

    HttpClient &m_http;
    const Clock &m_clock;
    OidcSettings m_settings;
    HttpOptions m_options;
    std::optional<OidcProviderInfo> m_provider;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace authdesk
