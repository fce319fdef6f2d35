#include "AuthorizationCodeFlow.h"

#include "OidcClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace authdesk {

namespace {

// 32 random bytes, base64url: the 43-character verifier of RFC 7636 4.1, and state/nonce.
QString randomToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(OidcClient &client, QObject *parent)
    : SignInFlow(client, parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(ApiError::make(ErrorKind::Timeout, QCoreApplication::translate("AuthorizationCodeFlow",
                                                                              "The browser sign-in was not finished in time: start again.")));
    });
    connect(&m_listener, &LoopbackRedirectListener::received, this, &AuthorizationCodeFlow::onRedirect);
    m_listener.setPageText(QCoreApplication::translate("AuthorizationCodeFlow", "AuthDesk sign-in"),
                           QCoreApplication::translate("AuthorizationCodeFlow", "The identity provider has answered. You can close this page and go back to AuthDesk."));
}

void AuthorizationCodeFlow::start()
{
    m_client.discover([this](const Result<OidcProviderInfo> &info) {
        if (done())
            return;
        if (!info) {
            finish(info.error());
            return;
        }
        const OidcProviderInfo &p = info.value();
        if (p.authorizationEndpoint.isEmpty()) {
            finish(ApiError::make(ErrorKind::Unsupported, QCoreApplication::translate("AuthorizationCodeFlow",
                                                                                      "The identity provider offers no browser sign-in.")));
            return;
        }
        if (!p.codeChallengeMethods.isEmpty() && !p.codeChallengeMethods.contains(u"S256")) {
            finish(ApiError::make(ErrorKind::Unsupported, QCoreApplication::translate("AuthorizationCodeFlow",
                                                                                      "The identity provider does not offer PKCE with S256, which a public client needs.")));
            return;
        }
        QString error;
        if (!m_listener.listen(&error)) {
            finish(ApiError::make(ErrorKind::Network, error));
            return;
        }
        m_redirect = m_listener.redirectUri();
        m_state = randomToken();
        m_nonce = randomToken();
        m_verifier = randomToken();
        const QByteArray challenge = QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const OidcSettings &s = m_client.settings();
        QUrlQuery q(p.authorizationEndpoint);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), s.clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
        q.addQueryItem(QStringLiteral("scope"), s.scopes);
        q.addQueryItem(QStringLiteral("state"), m_state);
        q.addQueryItem(QStringLiteral("nonce"), m_nonce);
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        if (!s.resource.isEmpty())
            q.addQueryItem(QStringLiteral("resource"), s.resource);
        if (s.scopes.split(u' ').contains(u"offline_access"))
            q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent")); // OpenID Core 11: a refresh token needs it
        QUrl url = p.authorizationEndpoint;
        QString encoded = q.toString(QUrl::FullyEncoded);
        encoded.replace(u'+', QStringLiteral("%2B"));
        url.setQuery(encoded, QUrl::StrictMode);
        m_timeout.start(m_timeoutSec * 1000);
        Q_EMIT openBrowser(url);
    });
}

void AuthorizationCodeFlow::onRedirect(const QUrlQuery &query)
{
    if (done())
        return;
    const auto value = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (value("state") != m_state) {
        ApiError e = ApiError::make(ErrorKind::MalformedAnswer, QCoreApplication::translate("AuthorizationCodeFlow",
                                                                                             "The browser brought back an answer to another sign-in (its state differs); nothing was signed in. Start again."));
        e.serverCode = QStringLiteral("state_mismatch");
        finish(e);
        return;
    }
    if (!value("error").isEmpty()) {
        HttpResponse r;
        r.status = 400;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), value("error")},
                                           {QStringLiteral("error_description"), value("error_description")}})
                     .toJson(QJsonDocument::Compact);
        finish(OidcClient::errorFrom(r, {}));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        finish(ApiError::make(ErrorKind::MalformedAnswer, QCoreApplication::translate("AuthorizationCodeFlow",
                                                                                      "The browser brought back no authorization code.")));
        return;
    }
    m_timeout.stop();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    m_client.tokenRequest(form, {code, m_verifier}, true, [this](const Result<OidcTokens> &r) { finish(r); }, m_nonce);
}


void AuthorizationCodeFlow::stopWaiting()
{
    m_timeout.stop();
    m_listener.close();
}

} // namespace authdesk
