// OpenID Connect in the core (issue #16): discovery, the device authorization grant, token
// checks, refresh and revocation, against a real, certified OpenID provider
// (node-oidc-provider, tests/oidc) on loopback; the person's part on the provider's own
// pages is played by BrowserAgent over real HTTP.
#include "Await.h"
#include "BrowserAgent.h"
#include "Clock.h"
#include "DeviceAuthorizationFlow.h"
#include "HttpClient.h"
#include "OidcClient.h"
#include "OidcProviderProcess.h"
#include "OidcTestFlows.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace authdesk;


class TestOidc : public QObject
{
    Q_OBJECT

    OidcProviderProcess m_provider;
    HttpClient *m_http = nullptr;
    Clock m_clock;

    OidcSettings settings(const QString &clientId = QStringLiteral("authdesk")) const
    {
        OidcSettings s;
        s.issuer = m_provider.issuer();
        s.clientId = clientId;
        s.resource = QStringLiteral("https://overkiz.test/");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_provider.start({}, &error), qPrintable(error));
        m_http = new HttpClient(this);
    }
    void init() { m_clock.setOffset(0); }

    void settingsAreValidated()
    {
        OidcSettings s;
        QVERIFY(s.validate().isEmpty()); // not set: nothing to check
        s.issuer = QUrl(QStringLiteral("http://idp.example.com"));
        s.clientId = QStringLiteral("authdesk");
        QVERIFY(s.validate().contains(u"https://"));
        s.issuer = QUrl(QStringLiteral("https://idp.example.com/realms/x"));
        QVERIFY(s.validate().isEmpty());
        s.clientId.clear();
        QVERIFY(s.validate().contains(u"client ID"));
        s.clientId = QStringLiteral("authdesk");
        s.scopes = QStringLiteral("email");
        QVERIFY(s.validate().contains(u"openid"));
        QCOMPARE(OidcSettings::tokenUseFromId(QStringLiteral("access-token")), OidcSettings::TokenUse::AccessToken);
        QVERIFY(!OidcSettings::tokenUseFromId(QStringLiteral("refresh-token")));
    }

    void discoveryFindsTheEndpoints()
    {
        OidcClient client(*m_http, m_clock, settings(), {});
        const auto info = AWAIT(OidcProviderInfo, (client.discover(cb), CallHandle()));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info.value().issuer, m_provider.issuer());
        QCOMPARE(info.value().tokenEndpoint.path(), QStringLiteral("/token"));
        QVERIFY(!info.value().deviceAuthorizationEndpoint.isEmpty());
        QVERIFY(!info.value().revocationEndpoint.isEmpty());
        QVERIFY(info.value().codeChallengeMethods.contains(u"S256"));
    }

    // OpenID Discovery 4.3: the document must name the issuer that was asked for.
    void aDocumentForAnotherIssuerIsRefused()
    {
        OidcSettings s = settings();
        QUrl other = s.issuer;
        other.setHost(QStringLiteral("localhost")); // the same server under another name
        s.issuer = other;
        OidcClient client(*m_http, m_clock, s, {});
        const auto info = AWAIT(OidcProviderInfo, (client.discover(cb), CallHandle()));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::MalformedAnswer);
        QVERIFY2(info.error().message.contains(m_provider.issuer().toDisplayString()), qPrintable(info.error().message));
    }

    void aProviderThatIsDownIsSaidSo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        OidcSettings s = settings();
        s.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        OidcClient client(*m_http, m_clock, s, {});
        const auto info = AWAIT(OidcProviderInfo, (client.discover(cb), CallHandle()));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Network);
        QVERIFY2(info.error().message.contains(u"identity provider"), qPrintable(info.error().message));
    }

    void theDeviceFlowSignsIn()
    {
        OidcClient client(*m_http, m_clock, settings(), {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve);
        QVERIFY2(out.tokens, qPrintable(out.error.message));
        QCOMPARE(out.codesShown, 1);
        QVERIFY2(out.pageAfterApproval.contains(u"Sign-in Success"), qPrintable(out.pageAfterApproval.left(300)));
        QCOMPARE(out.tokens->idClaims.value(u"sub").toString(), QStringLiteral("alice"));
        QCOMPARE(out.tokens->subjectName(), QStringLiteral("alice@example.test"));
        QVERIFY(!out.tokens->refreshToken.isEmpty()); // offline_access granted
        QVERIFY(out.tokens->expiresAt > m_clock.now());
        // The access token is a JWT for the resource, the ID token one for this client.
        const auto access = jwtPayload(out.tokens->accessToken);
        QVERIFY(access);
        QCOMPARE(access->value(u"aud").toString(), QStringLiteral("https://overkiz.test/"));
        QCOMPARE(out.tokens->tokenFor(OidcSettings::TokenUse::AccessToken), out.tokens->accessToken);
        QCOMPARE(out.tokens->tokenFor(OidcSettings::TokenUse::IdToken), out.tokens->idToken);
    }

    void aDeclinedDeviceSignInSaysSo()
    {
        OidcClient client(*m_http, m_clock, settings(), {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Decline);
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.serverCode, QStringLiteral("access_denied"));
        QCOMPARE(out.error.kind, ErrorKind::Forbidden);
        QVERIFY2(out.error.message.contains(u"declined"), qPrintable(out.error.message));
    }

    void anUnknownClientIsSaidSo()
    {
        OidcClient client(*m_http, m_clock, settings(QStringLiteral("no-such-client")), {});
        const DeviceOutcome out = runDeviceFlow(client, std::nullopt);
        QVERIFY(!out.tokens);
        QCOMPARE(out.codesShown, 0);
        QCOMPARE(out.error.serverCode, QStringLiteral("invalid_client"));
        QVERIFY2(out.error.message.contains(u"client ID"), qPrintable(out.error.message));
    }

    // RFC 8628 3.5: after slow_down the interval grows by 5 s for every later poll.
    void slowDownStretchesThePolling()
    {
        OidcProviderProcess strict;
        QString error;
        QVERIFY2(strict.start({QStringLiteral("--device-interval"), QStringLiteral("1"),
                               QStringLiteral("--enforce-interval"), QStringLiteral("3")}, &error),
                 qPrintable(error));
        OidcSettings s = settings();
        s.issuer = strict.issuer();
        OidcClient client(*m_http, m_clock, s, {});
        DeviceAuthorizationFlow flow(client);
        QSignalSpy ok(&flow, &DeviceAuthorizationFlow::succeeded);
        QSignalSpy failed(&flow, &DeviceAuthorizationFlow::failed);
        flow.start();
        // Nobody approves before the second poll: it comes 1 s after the first and is told
        // to slow down.
        QTRY_VERIFY_WITH_TIMEOUT(flow.polls() >= 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(flow.intervalSeconds(), 6, 5'000);
        QVERIFY(failed.isEmpty());
    }

    // A poll that loses its connection does not end the sign-in (RFC 8628 3.5: back off and
    // go on); three in a row do, saying the provider cannot be reached.
    void aLostPollIsPolledAgain()
    {
        OidcProviderProcess flaky;
        QString error;
        QVERIFY2(flaky.start({QStringLiteral("--drop-token-requests"), QStringLiteral("1")}, &error), qPrintable(error));
        OidcSettings s = settings();
        s.issuer = flaky.issuer();
        OidcClient client(*m_http, m_clock, s, {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve);
        QVERIFY2(out.tokens, qPrintable(out.error.message));
    }
    void threeLostPollsInARowEndTheFlow()
    {
        OidcProviderProcess down;
        QString error;
        QVERIFY2(down.start({QStringLiteral("--drop-token-requests"), QStringLiteral("100")}, &error), qPrintable(error));
        OidcSettings s = settings();
        s.issuer = down.issuer();
        OidcClient client(*m_http, m_clock, s, {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve);
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.kind, ErrorKind::Network);
        QVERIFY2(out.error.message.contains(u"cannot be reached"), qPrintable(out.error.message));
    }

    void anExpiredDeviceCodeEndsTheFlow()
    {
        OidcProviderProcess hasty;
        QString error;
        QVERIFY2(hasty.start({QStringLiteral("--device-ttl"), QStringLiteral("2")}, &error), qPrintable(error));
        OidcSettings s = settings();
        s.issuer = hasty.issuer();
        OidcClient client(*m_http, m_clock, s, {});
        const DeviceOutcome out = runDeviceFlow(client, std::nullopt);
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.kind, ErrorKind::SessionExpired);
        QVERIFY2(out.error.message.contains(u"expired"), qPrintable(out.error.message));
    }

    // This computer's clock an hour ahead: the provider's fresh ID token looks an hour old.
    void aSkewedClockIsNamed()
    {
        m_clock.setOffset(3600);
        OidcClient client(*m_http, m_clock, settings(), {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve);
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.serverCode, QStringLiteral("clock_skew"));
        QVERIFY2(out.error.message.contains(u"clock"), qPrintable(out.error.message));
    }

    void refreshAndRevoke()
    {
        OidcClient client(*m_http, m_clock, settings(), {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve);
        QVERIFY2(out.tokens, qPrintable(out.error.message));
        const auto refreshed = AWAIT(OidcTokens, (client.refresh(out.tokens->refreshToken, cb), CallHandle()));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message));
        QVERIFY(refreshed.value().accessToken != out.tokens->accessToken);
        const QString rotated = refreshed.value().refreshToken.isEmpty() ? out.tokens->refreshToken
                                                                          : refreshed.value().refreshToken;
        const auto revoked = AWAIT(Done, (client.revoke(rotated, QStringLiteral("refresh_token"), cb), CallHandle()));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        const auto again = AWAIT(OidcTokens, (client.refresh(rotated, cb), CallHandle()));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().serverCode, QStringLiteral("invalid_grant"));
        QCOMPARE(again.error().kind, ErrorKind::BadCredentials);
        QVERIFY(!again.error().message.contains(rotated)); // the token never shows
    }

    void idTokenClaimsAreChecked()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000).toUTC();
        const QUrl issuer(QStringLiteral("https://idp.example.com"));
        QJsonObject c{{QStringLiteral("iss"), QStringLiteral("https://idp.example.com/")},
                      {QStringLiteral("aud"), QStringLiteral("authdesk")},
                      {QStringLiteral("iat"), 1'800'000'000 - 10},
                      {QStringLiteral("exp"), 1'800'000'000 + 600},
                      {QStringLiteral("nonce"), QStringLiteral("n-1")}};
        QVERIFY(!checkIdToken(c, issuer, QStringLiteral("authdesk"), QStringLiteral("n-1"), now).isError());
        QVERIFY(checkIdToken(c, issuer, QStringLiteral("authdesk"), QStringLiteral("n-2"), now).message.contains(u"nonce"));
        QVERIFY(checkIdToken(c, issuer, QStringLiteral("other-app"), {}, now).message.contains(u"meant for"));
        QVERIFY(checkIdToken(c, QUrl(QStringLiteral("https://evil.example.com")), QStringLiteral("authdesk"), {}, now)
                    .message.contains(u"issued by"));
        c[QStringLiteral("aud")] = QJsonArray{QStringLiteral("authdesk"), QStringLiteral("other-app")};
        QVERIFY(checkIdToken(c, issuer, QStringLiteral("authdesk"), {}, now).isError()); // no azp
        c[QStringLiteral("azp")] = QStringLiteral("authdesk");
        QVERIFY(!checkIdToken(c, issuer, QStringLiteral("authdesk"), {}, now).isError());
        QCOMPARE(checkIdToken(c, issuer, QStringLiteral("authdesk"), {}, now.addSecs(600 + 301)).serverCode,
                 QStringLiteral("clock_skew"));
        QVERIFY(!checkIdToken(c, issuer, QStringLiteral("authdesk"), {}, now.addSecs(600 + 299)).isError());
    }
};

QTEST_GUILESS_MAIN(TestOidc)
#include "tst_oidc.moc"
