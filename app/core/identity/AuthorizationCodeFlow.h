#pragma once

#include "LoopbackRedirectListener.h"
#include "SignInFlow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace authdesk {

// The authorization code grant with PKCE (RFC 7636, S256) for a native app (RFC 8252): the
// person signs in in the system browser, which the provider sends back to a loopback
// listener on a port of our own. `state` ties the answer to this sign-in (a different one
// is refused: it may be another site's request), `nonce` ties the ID token to it, and the
// code is redeemed once with the verifier only we know. QtNetworkAuth's flow is not used:
// Qt 6.4's has no PKCE and no nonce, and the Windows toolchain has no QtNetworkAuth.
class AuthorizationCodeFlow : public SignInFlow
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(OidcClient &client, QObject *parent = nullptr);

    // Discovers the provider, listens, then emits openBrowser with the authorization URL.
    void start() override;
    // How long the person has in the browser (default 5 minutes), then it fails.
    void setTimeoutSeconds(int seconds) { m_timeoutSec = seconds; }

    QUrl redirectUri() const { return m_redirect; }

Q_SIGNALS:
    void openBrowser(const QUrl &authorizationUrl);

private:
    void onRedirect(const QUrlQuery &query);
    void stopWaiting() override;

    LoopbackRedirectListener m_listener;
    QTimer m_timeout;
    QUrl m_redirect;
    QString m_state, m_nonce, m_verifier;
    int m_timeoutSec = 300;
};

} // namespace authdesk
