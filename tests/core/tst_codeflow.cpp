// The console's sign-in (issue #16, part 2): the authorization code grant with PKCE S256 and
// a loopback redirect (RFC 8252), against the real OpenID provider of tests/oidc. The system
// browser is played by BrowserAgent on the provider's own pages; it hands the provider's
// redirect back to the flow's listener over real loopback HTTP, as a browser would.
#include "AuthorizationCodeFlow.h"
#include "BrowserAgent.h"
#include "Clock.h"
#include "HttpClient.h"
#include "OidcClient.h"
#include "OidcProviderProcess.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace authdesk;

namespace {

struct CodeOutcome {
    std::optional<OidcTokens> tokens;
    ApiError error;
    QUrl authorizationUrl;
    QUrl redirect;       // where the provider sent the browser
    int deliveredStatus = 0;
};

// Runs the flow; `browser` gets the authorization URL and does what the person and the
// browser do, returning the status of the redirect it delivered (0: none).
CodeOutcome runCodeFlow(OidcClient &client, const std::function<int(const QUrl &, CodeOutcome &)> &browser)
{
    CodeOutcome out;
    AuthorizationCodeFlow flow(client);
    QEventLoop loop;
    QObject::connect(&flow, &AuthorizationCodeFlow::openBrowser, &flow, [&](const QUrl &url) {
        out.authorizationUrl = url;
        // The browser is another program: it runs while the flow's event loop waits.
        QTimer::singleShot(0, &flow, [&, url] { out.deliveredStatus = browser(url, out); });
    });
    QObject::connect(&flow, &AuthorizationCodeFlow::succeeded, &loop, [&](const OidcTokens &t) {
        out.tokens = t;
        loop.quit();
    });
    QObject::connect(&flow, &AuthorizationCodeFlow::failed, &loop, [&](const ApiError &e) {
        out.error = e;
        loop.quit();
    });
    flow.setTimeoutSeconds(30);
    flow.start();
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

QString param(const QUrl &url, const char *key)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

class TestCodeFlow : public QObject
{
    Q_OBJECT
    OidcProviderProcess m_provider;
    HttpClient *m_http = nullptr;
    Clock m_clock;

    OidcSettings settings(const QUrl &issuer) const
    {
        OidcSettings s;
        s.issuer = issuer;
        s.clientId = QStringLiteral("authdesk");
        s.resource = QStringLiteral("https://overkiz.test/");
        return s;
    }
    // The person approves (or declines); the browser follows the redirect to us.
    static std::function<int(const QUrl &, CodeOutcome &)> person(BrowserAgent::Answer answer)
    {
        return [answer](const QUrl &url, CodeOutcome &out) {
            BrowserAgent agent;
            QString error;
            out.redirect = agent.run(url, QStringLiteral("alice@example.com"), answer, &error);
            if (out.redirect.isEmpty()) {
                qWarning() << "browser agent:" << error;
                return 0;
            }
            return agent.get(out.redirect);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_provider.start({}, &error), qPrintable(error));
        m_http = new HttpClient(this);
    }

    void theBrowserSignInUsesPkceAndALoopbackRedirect()
    {
        OidcClient client(*m_http, m_clock, settings(m_provider.issuer()), {});
        const CodeOutcome out = runCodeFlow(client, person(BrowserAgent::Answer::Approve));
        QVERIFY2(out.tokens, qPrintable(out.error.message));
        QCOMPARE(out.deliveredStatus, 200); // the browser was shown our page
        // RFC 8252 7.3: 127.0.0.1 and a port of our own; RFC 7636: S256 with a 43-char challenge.
        const QUrl redirectUri(param(out.authorizationUrl, "redirect_uri"));
        QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirectUri.port() > 0);
        QCOMPARE(param(out.authorizationUrl, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(param(out.authorizationUrl, "code_challenge").size(), 43);
        QVERIFY(param(out.authorizationUrl, "state").size() >= 43);
        // The ID token carries this sign-in's nonce; the access token is for the resource.
        QCOMPARE(out.tokens->idClaims.value(QStringLiteral("nonce")).toString(), param(out.authorizationUrl, "nonce"));
        QCOMPARE(out.tokens->subjectName(), QStringLiteral("alice@example.com"));
        QVERIFY(!out.tokens->accessToken.isEmpty());
        QVERIFY(!out.tokens->refreshToken.isEmpty()); // offline_access
        // One answer per sign-in: the listener is gone afterwards.
        BrowserAgent late;
        QCOMPARE(late.get(out.redirect), 0);
    }

    void aDeclinedConsentSaysSo()
    {
        OidcClient client(*m_http, m_clock, settings(m_provider.issuer()), {});
        const CodeOutcome out = runCodeFlow(client, person(BrowserAgent::Answer::Decline));
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.kind, ErrorKind::Forbidden);
        QCOMPARE(out.error.serverCode, QStringLiteral("access_denied"));
        QVERIFY2(out.error.message.contains(u"declined"), qPrintable(out.error.message));
    }

    // An answer with another state (a forged or stale redirect) is refused and redeems nothing.
    void aWrongStateIsRefused()
    {
        OidcClient client(*m_http, m_clock, settings(m_provider.issuer()), {});
        const CodeOutcome out = runCodeFlow(client, [](const QUrl &url, CodeOutcome &o) {
            BrowserAgent agent;
            o.redirect = agent.run(url, QStringLiteral("alice@example.com"), BrowserAgent::Answer::Approve);
            // A stray request first: not ours, answered 404, and the sign-in goes on.
            QUrl stray = o.redirect;
            stray.setPath(QStringLiteral("/favicon.ico"));
            if (agent.get(stray) != 404)
                return -1;
            QUrl forged = o.redirect;
            QUrlQuery q(forged);
            q.removeAllQueryItems(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses-state"));
            forged.setQuery(q);
            return agent.get(forged);
        });
        QCOMPARE(out.deliveredStatus, 200);
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.serverCode, QStringLiteral("state_mismatch"));
        QVERIFY2(out.error.message.contains(u"state"), qPrintable(out.error.message));
    }

    void anExpiredCodeIsSaidSo()
    {
        OidcProviderProcess hasty;
        QString error;
        QVERIFY2(hasty.start({QStringLiteral("--code-ttl"), QStringLiteral("1")}, &error), qPrintable(error));
        OidcClient client(*m_http, m_clock, settings(hasty.issuer()), {});
        const CodeOutcome out = runCodeFlow(client, [](const QUrl &url, CodeOutcome &o) {
            BrowserAgent agent;
            o.redirect = agent.run(url, QStringLiteral("alice@example.com"), BrowserAgent::Answer::Approve);
            QTest::qWait(2500); // the person left the tab open past the code's life
            return agent.get(o.redirect);
        });
        QVERIFY(!out.tokens);
        QCOMPARE(out.error.kind, ErrorKind::BadCredentials);
        QCOMPARE(out.error.serverCode, QStringLiteral("invalid_grant"));
    }

    void aProviderThatIsDownIsSaidSo()
    {
        OidcProviderProcess gone;
        QString error;
        QVERIFY2(gone.start({}, &error), qPrintable(error));
        const QUrl issuer = gone.issuer();
        gone.stop();
        OidcClient client(*m_http, m_clock, settings(issuer), {});
        bool browserOpened = false;
        const CodeOutcome out = runCodeFlow(client, [&](const QUrl &, CodeOutcome &) {
            browserOpened = true;
            return 0;
        });
        QVERIFY(!browserOpened);
        QCOMPARE(out.error.kind, ErrorKind::Network);
        QVERIFY2(out.error.message.contains(u"identity provider"), qPrintable(out.error.message));
    }

    void cancelEndsTheWait()
    {
        OidcClient client(*m_http, m_clock, settings(m_provider.issuer()), {});
        AuthorizationCodeFlow flow(client);
        QSignalSpy failed(&flow, &AuthorizationCodeFlow::failed);
        QSignalSpy opened(&flow, &AuthorizationCodeFlow::openBrowser);
        flow.start();
        QVERIFY(opened.wait(10'000));
        const QUrl redirect = flow.redirectUri();
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ErrorKind::Cancelled);
        BrowserAgent agent;
        QCOMPARE(agent.get(redirect), 0); // nobody listens any more
    }
};

QTEST_GUILESS_MAIN(TestCodeFlow)
#include "tst_codeflow.moc"
