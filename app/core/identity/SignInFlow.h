#pragma once

#include "OidcTokens.h"

#include <QObject>

namespace authdesk {

class OidcClient;

// What the identity provider's sign-in flows share (DeviceAuthorizationFlow,
// AuthorizationCodeFlow): one OidcClient, start() and cancel(), and exactly one of
// succeeded / failed at the end, after which nothing more happens.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit SignInFlow(OidcClient &client, QObject *parent = nullptr);

    virtual void start() = 0;
    void cancel(); // fails with ErrorKind::Cancelled

Q_SIGNALS:
    void succeeded(const authdesk::OidcTokens &tokens);
    void failed(const authdesk::ApiError &error);

protected:
    void finish(const Result<OidcTokens> &result);
    // Called once before the end is signalled: stop timers and listeners.
    virtual void stopWaiting() {}
    bool done() const { return m_done; }

    OidcClient &m_client;

private:
    bool m_done = false;
};

} // namespace authdesk
