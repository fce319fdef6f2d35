// Single sign-on at the resource server (issue #16, part 4): the sandbox's Overkiz login
// takes an access token (accessToken) or an ID token (jwt) from a configured issuer and
// verifies it for real (RS256 signature against the issuer's JWKS, iss, aud, exp). The
// tokens come from a real OpenID provider (tests/oidc) through the device flow, the
// person's part played by BrowserAgent; forged ones are made from them.
#include "BackendFixture.h"
#include "HttpClient.h"
#include "OidcProviderProcess.h"
#include "OidcTestFlows.h"
#include "OverkizBackend.h"

#include <QJsonDocument>

using namespace authdesk;

namespace {

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject part(const QString &jwt, int i)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.toLatin1().split('.').value(i), QByteArray::Base64UrlEncoding)).object();
}

// The token with its header / payload replaced, the original signature kept.
QString rewritten(const QJsonObject &header, const QJsonObject &payload, const QByteArray &signature)
{
    return QString::fromLatin1(b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                               + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + signature);
}

} // namespace

class TestSsoSignIn : public QObject
{
    Q_OBJECT
    BackendFixture f;
    OidcProviderProcess m_provider, m_otherProvider;
    OidcTokens m_tokens, m_otherAppTokens, m_otherIssuerTokens;

    std::optional<OidcTokens> tokensFrom(const OidcProviderProcess &provider, const QString &clientId)
    {
        OidcSettings s;
        s.issuer = provider.issuer();
        s.clientId = clientId;
        s.resource = QStringLiteral("https://overkiz.test/");
        OidcClient client(f.context().http(), f.clock(), s, {});
        const DeviceOutcome out = runDeviceFlow(client, BrowserAgent::Answer::Approve, QStringLiteral("alice@example.com"));
        if (!out.tokens)
            qWarning() << "device flow:" << out.error.message;
        return out.tokens;
    }
    ApiError signIn(Credentials::Mode mode, const QString &token)
    {
        Credentials c;
        c.mode = mode;
        c.secret = token;
        OverkizBackend b(f.profile(Dialect::Overkiz), f.context());
        b.setAuditLog(f.audit());
        const auto r = AWAIT(SignInState, b.signIn(c, cb));
        return r.ok() ? ApiError() : r.error();
    }
    void trustProvider()
    {
        QVERIFY(f.sandbox().setConfig({{QStringLiteral("oidcIssuer"), m_provider.issuer().toString()},
                                       {QStringLiteral("oidcAudiences"),
                                        QJsonArray{QStringLiteral("https://overkiz.test/"), QStringLiteral("authdesk")}}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        QVERIFY2(m_provider.start({}, &error), qPrintable(error));
        QVERIFY2(m_otherProvider.start({}, &error), qPrintable(error));
        const auto mine = tokensFrom(m_provider, QStringLiteral("authdesk"));
        const auto otherApp = tokensFrom(m_provider, QStringLiteral("other-app"));
        const auto otherIssuer = tokensFrom(m_otherProvider, QStringLiteral("authdesk"));
        QVERIFY(mine && otherApp && otherIssuer);
        m_tokens = *mine;
        m_otherAppTokens = *otherApp;
        m_otherIssuerTokens = *otherIssuer;
    }
    void init()
    {
        f.reset();
        trustProvider();
    }

    void theAccessTokenSignsIn()
    {
        const ApiError e = signIn(Credentials::Mode::AccessToken, m_tokens.accessToken);
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        QCOMPARE(f.statuses(QStringLiteral("O1")), QList<int>{200});
    }
    void theIdTokenSignsIn()
    {
        const ApiError e = signIn(Credentials::Mode::Jwt, m_tokens.idToken);
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        QCOMPARE(f.statuses(QStringLiteral("O1")), QList<int>{200});
    }

    void forgedTokensAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("token");
        const QString access = m_tokens.accessToken;
        const QByteArray signature = access.toLatin1().split('.').value(2);
        QJsonObject claims = part(access, 1);
        claims.insert(QStringLiteral("sub"), QStringLiteral("admin@example.com"));
        QTest::newRow("claims changed") << int(Credentials::Mode::AccessToken) << rewritten(part(access, 0), claims, signature);
        QJsonObject none = part(access, 0);
        none.insert(QStringLiteral("alg"), QStringLiteral("none"));
        QTest::newRow("alg none") << int(Credentials::Mode::AccessToken) << rewritten(none, part(access, 1), QByteArray());
        QByteArray flipped = QByteArray::fromBase64(signature, QByteArray::Base64UrlEncoding);
        flipped[10] = char(flipped[10] ^ 1);
        QTest::newRow("signature changed") << int(Credentials::Mode::AccessToken) << rewritten(part(access, 0), part(access, 1), b64(flipped));
        // Signed by another provider's key under the same key id.
        QTest::newRow("other issuer") << int(Credentials::Mode::AccessToken) << m_otherIssuerTokens.accessToken;
        // Genuine and from the trusted issuer, but an ID token for another client.
        QTest::newRow("other audience") << int(Credentials::Mode::Jwt) << m_otherAppTokens.idToken;
        QTest::newRow("not a JWT") << int(Credentials::Mode::AccessToken) << QStringLiteral("opaque-token-value");
    }
    void forgedTokensAreRefused()
    {
        QFETCH(int, mode);
        QFETCH(QString, token);
        const ApiError e = signIn(Credentials::Mode(mode), token);
        QCOMPARE(e.kind, ErrorKind::BadCredentials);
        QCOMPARE(f.statuses(QStringLiteral("O1")), QList<int>{401});
        // The real Overkiz body: AUTHENTICATION_ERROR "Bad credentials", and no token in the text.
        QCOMPARE(e.serverCode, QStringLiteral("AUTHENTICATION_ERROR"));
        QVERIFY(!e.message.contains(token.left(20)));
    }

    void anExpiredTokenIsRefused()
    {
        QVERIFY(signIn(Credentials::Mode::AccessToken, m_tokens.accessToken).message.isEmpty());
        QVERIFY(f.sandbox().advanceClock(601)); // the provider's access tokens live 600 s
        QCOMPARE(signIn(Credentials::Mode::AccessToken, m_tokens.accessToken).kind, ErrorKind::BadCredentials);
        QCOMPARE(f.statuses(QStringLiteral("O1")), (QList<int>{200, 401}));
    }

    void withoutATrustedIssuerTokensAreRefused()
    {
        QVERIFY(f.sandbox().setConfig({{QStringLiteral("oidcIssuer"), QString()}}));
        QCOMPARE(signIn(Credentials::Mode::AccessToken, m_tokens.accessToken).kind, ErrorKind::BadCredentials);
        // Trusting the other provider instead: its tokens pass, ours no longer do.
        QVERIFY(f.sandbox().setConfig({{QStringLiteral("oidcIssuer"), m_otherProvider.issuer().toString()}}));
        QVERIFY(signIn(Credentials::Mode::AccessToken, m_otherIssuerTokens.accessToken).message.isEmpty());
        QCOMPARE(signIn(Credentials::Mode::AccessToken, m_tokens.accessToken).kind, ErrorKind::BadCredentials);
    }
};

QTEST_GUILESS_MAIN(TestSsoSignIn)
#include "tst_ssosignin.moc"
