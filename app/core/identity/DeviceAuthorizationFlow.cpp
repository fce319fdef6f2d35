#include "DeviceAuthorizationFlow.h"

#include "Clock.h"
#include "JsonReader.h"
#include "OidcClient.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace authdesk {

namespace {
constexpr auto kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
} // namespace

DeviceAuthorizationFlow::DeviceAuthorizationFlow(OidcClient &client, QObject *parent)
    : SignInFlow(client, parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceAuthorizationFlow::poll);
}

void DeviceAuthorizationFlow::start()
{
    m_client.discover([this](const Result<OidcProviderInfo> &info) {
        if (!info) {
            finish(info.error());
            return;
        }
        if (info.value().deviceAuthorizationEndpoint.isEmpty()) {
            finish(ApiError::make(ErrorKind::Unsupported,
                                  QCoreApplication::translate("DeviceAuthorizationFlow", "The identity provider offers no device sign-in: use --browser on a desktop.")));
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("scope"), m_client.settings().scopes);
        m_client.postForm(info.value().deviceAuthorizationEndpoint, form, {},
                          [this](const HttpResponse &r, const std::optional<ApiError> &e) {
            if (e) {
                finish(*e);
                return;
            }
            const auto o = json::parseObject(r.body);
            m_deviceCode = o ? json::str(*o, u"device_code") : QString();
            const QString userCode = o ? json::str(*o, u"user_code") : QString();
            const QUrl uri(o ? json::str(*o, u"verification_uri") : QString());
            if (m_deviceCode.isEmpty() || userCode.isEmpty() || !uri.isValid() || uri.isEmpty()) {
                finish(ApiError::make(ErrorKind::MalformedAnswer,
                                      QCoreApplication::translate("DeviceAuthorizationFlow", "The identity provider's device sign-in answer lacks its code or address.")));
                return;
            }
            const int expires = int(json::integer(*o, u"expires_in", 600));
            m_intervalSec = qBound(1, int(json::integer(*o, u"interval", 5)), 60);
            m_deadline = m_client.clock().now().addSecs(expires);
            Q_EMIT userCodeReady(uri, userCode, QUrl(json::str(*o, u"verification_uri_complete")), expires);
            if (!done())
                m_timer.start(m_intervalSec * 1000);
        });
    });
}

void DeviceAuthorizationFlow::poll()
{
    if (done())
        return;
    ++m_polls;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QLatin1String(kDeviceGrant));
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    m_client.tokenRequest(form, {m_deviceCode}, true, [this](const Result<OidcTokens> &r) {
        if (done())
            return;
        const QString code = r.error().serverCode;
        const ErrorKind kind = r.ok() ? ErrorKind::None : r.error().kind;
        // RFC 8628 3.5: a poll lost to the network is not the end; the next waits twice as
        // long each time. A third loss in a row ends the flow with its error.
        if ((kind == ErrorKind::Network || kind == ErrorKind::Timeout) && m_lostPolls < kMaxLostPolls
            && m_client.clock().now().addSecs(m_intervalSec << (m_lostPolls + 1)) <= m_deadline) {
            ++m_lostPolls;
            m_timer.start((m_intervalSec << m_lostPolls) * 1000);
            return;
        }
        m_lostPolls = 0;
        if (!r.ok() && (code == u"authorization_pending" || code == u"slow_down")) {
            if (code == u"slow_down")
                m_intervalSec += 5; // RFC 8628 3.5: for this and every later request
            if (m_client.clock().now().addSecs(m_intervalSec) > m_deadline) {
                finish(OidcClient::codeExpired());
                return;
            }
            m_timer.start(m_intervalSec * 1000);
            return;
        }
        finish(r);
    });
}


void DeviceAuthorizationFlow::stopWaiting()
{
    m_timer.stop();
}

} // namespace authdesk
