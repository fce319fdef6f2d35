#pragma once

#include "SignInFlow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace authdesk {

// The OAuth 2.0 device authorization grant (RFC 8628) for hosts without a browser: asks the
// provider for a user code, says where the person enters it, then polls the token endpoint
// at the provider's interval (5 s more after each "slow_down") until the person approved,
// declined or the code expired. Emits exactly one of succeeded / failed.
class DeviceAuthorizationFlow : public SignInFlow
{
    Q_OBJECT
public:
    explicit DeviceAuthorizationFlow(OidcClient &client, QObject *parent = nullptr);

    void start() override;

    int intervalSeconds() const { return m_intervalSec; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    // Show the person `verificationUri` and `userCode` (or `completeUri`, which holds both).
    void userCodeReady(const QUrl &verificationUri, const QString &userCode, const QUrl &completeUri,
                       int expiresInSeconds);

private:
    void poll();
    void stopWaiting() override;

    QTimer m_timer;
    QString m_deviceCode;
    int m_intervalSec = 5;
    int m_polls = 0;
    int m_lostPolls = 0; // polls in a row that got no answer
    static constexpr int kMaxLostPolls = 2;
    QDateTime m_deadline;
};

} // namespace authdesk
